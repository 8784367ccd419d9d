"""The container and the host deployment, checked without a Docker engine:
hadolint on the Dockerfile, compose.yaml's structure, and the image's
entrypoint run for real against a PostgreSQL server."""

import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest
import yaml

from .helpers import BASE_DIR, free_port, production_env

COMPOSE = yaml.safe_load((BASE_DIR / "compose.yaml").read_text())
LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432"


def test_dockerfile_passes_hadolint():
    hadolint = Path(sys.executable).parent / "hadolint"
    result = subprocess.run(
        [str(hadolint), "--failure-threshold", "info", str(BASE_DIR / "Dockerfile")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_builds_a_non_root_image_with_a_health_check_and_production_lock():
    lines = [
        line.strip()
        for line in (BASE_DIR / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    instructions = [(line.split()[0], line) for line in lines]
    users = [line for keyword, line in instructions if keyword == "USER"]
    assert users and users[-1].split()[1].split(":")[0] not in ("0", "root")
    assert any(k == "HEALTHCHECK" and "/healthz" in line for k, line in instructions)
    runs = " ".join(line for keyword, line in instructions if keyword == "RUN")
    assert "-r requirements.lock" in runs and "requirements-dev.lock" not in runs
    assert "compilemessages" in runs and "collectstatic" in runs
    assert any(k == "ENTRYPOINT" and "deploy/entrypoint.sh" in line for k, line in instructions)


def test_compose_runs_site_scheduler_database_redis_and_optional_search():
    services = COMPOSE["services"]
    assert {"site", "scheduler", "db", "redis", "search"} <= services.keys()
    assert services["site"]["command"] == ["web"]
    assert services["scheduler"]["command"] == ["scheduler"]
    assert services["search"]["profiles"] == ["search"]  # optional
    for name in ("site", "scheduler"):
        environment = services[name]["environment"]
        assert environment["DATABASE_URL"].startswith("postgres://")
        assert "@db:5432/" in environment["DATABASE_URL"]
        assert environment["REDIS_URL"].startswith("redis://redis:")
        assert {"SECRET_KEY", "ALLOWED_HOSTS"} <= environment.keys()
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
        assert "media:/app/media" in services[name]["volumes"]
    for name in ("db", "redis", "search"):
        assert "test" in services[name]["healthcheck"], f"{name} has no health check"
    # The official image ships the contrib extensions the search needs.
    assert services["db"]["image"].split(":")[0] == "postgres"
    assert {"media", "postgres"} <= COMPOSE["volumes"].keys()

    # Where Docker Compose is installed, it validates the file too (not on CI's machines).
    docker = shutil.which("docker")
    compose = docker and subprocess.run([docker, "compose", "version"], capture_output=True)
    if compose and compose.returncode == 0:
        result = subprocess.run(
            [docker, "compose", "-f", str(BASE_DIR / "compose.yaml"), "config", "--quiet"],
            capture_output=True,
            text=True,
            env={"SECRET_KEY": "x", "ALLOWED_HOSTS": "x", "POSTGRES_PASSWORD": "x"},
        )
        assert result.returncode == 0, result.stderr


@pytest.fixture
def server_database():
    """A fresh database on the PostgreSQL server this machine runs (as CI has)."""
    name = f"entrypoint_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(f"{LOCAL_SERVER}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        pytest.skip(f"no PostgreSQL server at 127.0.0.1:5432: {error}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        yield f"{LOCAL_SERVER}/{name}"
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return None, b""


def test_container_entrypoint_migrates_and_serves_outside_a_container(
    server_database, production_static, tmp_path
):
    port = free_port()
    venv = str(Path(sys.executable).parent)
    env = production_env(
        DATABASE_URL=server_database,
        STATIC_ROOT=str(production_static),
        MEDIA_ROOT=str(tmp_path / "media"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        PATH=f"{venv}:/usr/bin:/bin",
    )
    log = tmp_path / "entrypoint.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(BASE_DIR / "deploy" / "entrypoint.sh"), "web"],
            cwd="/",  # the script finds the project itself
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 900  # a fresh database: every migration
        while get(f"http://127.0.0.1:{port}/healthz")[0] != 200:
            assert process.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        status, body = get(f"http://127.0.0.1:{port}/readyz")
        assert status == 200, body
        assert process.pid == _gunicorn_master(process.pid), "entrypoint did not exec gunicorn"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    with psycopg.connect(server_database) as conn:
        applied = conn.execute("SELECT count(*) FROM django_migrations").fetchone()[0]
    assert applied > 100  # migrate ran before gunicorn
    assert "Booting worker" in log.read_text()


def _gunicorn_master(pid):
    import psutil

    process = psutil.Process(pid)
    return pid if "gunicorn" in " ".join(process.cmdline()) else None


def test_entrypoint_refuses_to_start_without_database_url(tmp_path):
    env = production_env(PATH=f"{Path(sys.executable).parent}:/usr/bin:/bin")
    result = subprocess.run(
        [str(BASE_DIR / "deploy" / "entrypoint.sh"), "web"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Set DATABASE_URL" in result.stderr
