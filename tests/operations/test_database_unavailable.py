"""The database is down: citizens get a 503 in their language, fast, and someone is told.

Each test starts the site with production settings in its own process, as
gunicorn would (wsgi.py's web-process limits), against a port where nothing
listens, and reads what Django's handler answers.
"""

import gzip
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from lxml import html

from .helpers import closed_port, production_env, run_python

REQUESTS = """
import json, os, sys, time
os.environ["MUNICIPAL_PROCESS"] = "web"
import django
django.setup()
from django.core import mail
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()  # mail to the outbox, not to a server
client = Client(raise_request_exception=False)
client.get("/robots.txt", secure=True, HTTP_HOST="kreis.example")  # a worker's first request
answers = []
for path in sys.argv[1:]:
    started = time.monotonic()
    response = client.get(path, secure=True, HTTP_HOST="kreis.example")
    answers.append({
        "path": path,
        "status": response.status_code,
        "seconds": time.monotonic() - started,
        "headers": dict(response.headers),
        "body": response.content.decode(),
    })
import sentry_sdk
sentry_sdk.flush(5)
print(json.dumps({
    "answers": answers,
    "mail": [{"to": m.to, "subject": m.subject, "body": m.body} for m in mail.outbox],
}))
"""

DOWN = f"postgres://postgres@127.0.0.1:{closed_port()}/municipal"


@pytest.fixture
def ask(production_static):
    def ask(*paths, **env):
        env.setdefault("STATIC_ROOT", str(production_static))
        return run_python(REQUESTS, production_env(**env), args=paths)

    return ask


def test_citizens_get_a_503_in_their_language_with_retry_after_within_two_seconds(ask):
    outcome, _stderr = ask("/de/", "/da/", "/fi/", "/en/search/?q=care", DATABASE_URL=DOWN)
    expected = [
        ("de", "Vorübergehend nicht erreichbar"),
        ("da", "Midlertidigt utilgængelig"),
        ("fi", "Tilapäisesti poissa käytöstä"),
        ("en", "Temporarily unavailable"),
    ]
    for answer, (language, title) in zip(outcome["answers"], expected, strict=True):
        assert answer["status"] == 503, answer["body"][:500]
        assert answer["headers"]["Retry-After"] == "30"
        assert answer["headers"]["Cache-Control"] == "no-store"
        document = html.fromstring(answer["body"])
        assert document.get("lang") == language
        assert document.findtext(".//h1") == title
        assert answer["seconds"] < 2


def test_an_outage_is_mailed_to_the_admins(ask):
    outcome, _stderr = ask("/de/", DATABASE_URL=DOWN, ADMINS="Web team <web@kreis.example>")
    assert outcome["answers"][0]["status"] == 503
    [message] = outcome["mail"]
    assert message["to"] == ["web@kreis.example"]
    assert "/de/" in message["subject"]
    assert "OperationalError" in message["body"]


class SentryIngest(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        SentryIngest.received.append((self.path, body))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


def test_an_outage_is_reported_to_sentry_when_a_dsn_is_set(ask):
    """A real Sentry SDK sending to a local stand-in for Sentry's ingest endpoint."""
    server = HTTPServer(("127.0.0.1", 0), SentryIngest)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        dsn = f"http://public@127.0.0.1:{server.server_port}/7"
        outcome, _stderr = ask("/de/", DATABASE_URL=DOWN, SENTRY_DSN=dsn)
    finally:
        server.shutdown()
    assert outcome["answers"][0]["status"] == 503
    envelopes = [body for path, body in SentryIngest.received if path.startswith("/api/7/")]
    assert envelopes, "no event reached Sentry"
    assert any(b"OperationalError" in body for body in envelopes)


def test_json_logs_carry_time_level_logger_request_id_path_and_status(ask):
    outcome, stderr = ask("/de/", DATABASE_URL=DOWN, LOG_FORMAT="json")
    request_id = outcome["answers"][0]["headers"]["X-Request-ID"]
    records = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    mine = [r for r in records if r.get("request_id") == request_id]
    error = next(r for r in mine if r["logger"] == "django.request")
    assert error["level"] == "ERROR"
    assert error["path"] == "/de/" and error["status"] == 503
    assert "OperationalError" in error["exc_info"]
    line = next(r for r in mine if r["logger"] == "municipal_site.request")
    assert line["status"] == 503 and line["path"] == "/de/" and line["method"] == "GET"
    for record in mine:
        assert {"time", "level", "logger", "message"} <= record.keys()


def test_readiness_names_every_failed_dependency_and_health_stays_up(ask):
    outcome, _stderr = ask(
        "/readyz",
        "/healthz",
        DATABASE_URL=DOWN,
        REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0",
        ELASTICSEARCH_URL=f"http://127.0.0.1:{closed_port()}",
    )
    ready, alive = outcome["answers"]
    assert ready["status"] == 503
    body = json.loads(ready["body"])
    assert body["failed"] == ["database", "cache", "search"]
    assert alive["status"] == 200
