"""Processes started as an operator starts them: own environment, own settings."""

import json
import os
import socket
import subprocess
import sys
from urllib.parse import quote

from django.conf import settings

BASE_DIR = settings.BASE_DIR
STRONG_KEY = "k8#Qz!v2@Lr5$Wn9^Tb4&Hy7*Jm3(Xp6)Cs1_Gd0+Fe8=Ua5-Ri2"
# Variables of the test run that an operator's process would not have.
TEST_RUN_ONLY = {
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "LOG_FORMAT",
    "SENTRY_DSN",
    "ADMINS",
}


def production_env(**env):
    environment = {k: v for k, v in os.environ.items() if k not in TEST_RUN_ONLY}
    environment.update(
        DJANGO_SETTINGS_MODULE="municipal_site.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="kreis.example",
    )
    environment.update(env)
    return environment


def run_python(script, env, args=(), timeout=120):
    """Runs a script in a fresh interpreter; returns its last stdout line as JSON, and stderr."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=BASE_DIR,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def closed_port():
    """A local port nobody listens on: connections are refused at once."""
    return free_port()


def database_url(db_settings, name=None):
    """A DATABASE_URL for Django's settings dict (Unix sockets as the host option)."""
    user = quote(db_settings.get("USER") or "")
    password = db_settings.get("PASSWORD") or ""
    credentials = user + (f":{quote(password)}" if password else "")
    host = db_settings.get("HOST") or ""
    query = ""
    if host.startswith("/"):
        query, host = f"?host={quote(host)}", ""
    port = f":{db_settings['PORT']}" if db_settings.get("PORT") else ""
    return f"postgres://{credentials}@{host}{port}/{name or db_settings['NAME']}{query}"
