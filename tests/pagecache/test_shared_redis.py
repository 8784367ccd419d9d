"""Two app servers sharing Redis: a page one cached is served by the other, and a
publish (here in the test's own process) is seen by the next request to either.

Needs REDIS_URL (the local Redis server; the test settings then point Django's
cache at it, see site/settings/test.py). The servers are gunicorn processes on
the test database: what the test commits there is visible to them, and is
removed at the end, as the browser tests do (tests/browser/conftest.py).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings
from django.db import connection
from lxml import html

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="REDIS_URL is not set: two processes can share only a Redis cache "
    "(e.g. REDIS_URL=redis://127.0.0.1:6379/12)",
)


def database_url(db):
    """A DATABASE_URL for the test database the test process is connected to."""
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    host, options = db["HOST"] or "", dict(db.get("OPTIONS") or {})
    if host.startswith("/"):  # a Unix socket: an option, not part of the address
        options["host"], host = host, ""
    address = host + (f":{db['PORT']}" if db["PORT"] else "")
    query = f"?{urlencode(options)}" if options else ""
    return f"postgres://{credentials}@{address}/{db['NAME']}{query}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    """GET with the same Host header for both servers: one site, one cache key."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": "localhost"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def servers():
    """Two gunicorn servers (one sync worker each) on the test database and the
    Redis database this test process uses, with the page cache on."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
        DATABASE_URL=database_url(connection.settings_dict),
        REDIS_URL=settings.CACHES["default"]["LOCATION"],
        PAGE_CACHE="true",
        DEBUG="false",
    )
    ports = [free_port(), free_port()]
    processes = [
        subprocess.Popen(
            [
                # This interpreter's gunicorn: a copied virtualenv's script may name another's.
                sys.executable,
                "-m",
                "gunicorn",
                "municipal_site.wsgi",
                "--workers=1",
                f"--bind=127.0.0.1:{port}",
                "--log-level=warning",
                "--access-logfile=/dev/null",
            ],
            cwd=ROOT,
            env=env,
        )
        for port in ports
    ]
    try:
        deadline = time.monotonic() + 60
        for port in ports:
            while True:
                try:
                    if get(port, "/robots.txt")[0] == 200:
                        break
                except OSError:
                    pass
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


@pytest.fixture
def committed_page(django_db_blocker):
    """A live page committed to the test database, deleted afterwards."""
    from tests.factories import StandardPageFactory

    with django_db_blocker.unblock():
        page = StandardPageFactory(title="Sprechzeiten", slug="sprechzeiten-redis")
        try:
            yield page
        finally:
            page.delete()


def title(body):
    return html.fromstring(body).xpath("string(//h1)").strip()


def test_a_publish_in_one_process_is_seen_by_the_next_request_in_another(
    committed_page, servers, django_db_blocker
):
    first, second = servers
    path = committed_page.url

    status, headers, body = get(first, path)
    assert (status, headers["X-Page-Cache"], title(body)) == (200, "miss", "Sprechzeiten")
    # The other process answers from the entry the first one stored in Redis.
    status, headers, body = get(second, path)
    assert (status, headers["X-Page-Cache"], title(body)) == (200, "hit", "Sprechzeiten")

    with django_db_blocker.unblock():
        committed_page.title = "Sprechzeiten ab Januar"
        committed_page.save_revision().publish()

    for port in (second, first):
        status, headers, body = get(port, path)
        assert status == 200 and title(body) == "Sprechzeiten ab Januar"
    assert headers["X-Page-Cache"] == "hit"  # the second server cached the new page
