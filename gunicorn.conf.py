"""Gunicorn's settings, from the environment (docs/deploy.md).

gunicorn reads this file from the working directory: `gunicorn municipal_site.wsgi`
in the project folder (or `-c /path/to/gunicorn.conf.py`).
"""

import multiprocessing
import os

wsgi_app = "municipal_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# WEB_CONCURRENCY is the worker count most platforms set; default: two per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threads per worker: more than 1 runs the gthread worker (requests waiting on the
# database or search do not block the others).
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A worker busy longer than this is killed. The database's web limits
# (DB_WEB_STATEMENT_TIMEOUT etc., settings/base.py) stay well below it.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Workers are forked from a master that has imported the site once: a new or
# recycled worker serves within milliseconds instead of importing Django, Wagtail
# and every app again (2.4 s of CPU on a 2-core server, taken from the worker
# still serving), and the workers share the imported code's memory.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() not in ("0", "false", "no")
# Recycle workers now and then, so a slow leak never grows into an outage. Not
# every few seconds: without REDIS_URL each worker's page cache is its own and
# goes with it (at 2,000 requests, a busy two-worker server lost its cache every
# 7 s and answered cached pages with 1-3 s stalls, `make bench BENCH=pages`).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))

# Only these proxies may set X-Forwarded-Proto/-For (the TLS-terminating nginx on the
# same host by default; in a container, the proxy's address or network).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log to stderr with the request id the site gives every request. With
# LOG_FORMAT=json the site itself writes one JSON line per request instead.
if os.environ.get("LOG_FORMAT", "text") == "json":
    accesslog = None
else:
    accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = (
    '%({x-forwarded-for}i)s %(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s '
    '"%(f)s" "%(a)s" %(M)sms id=%({x-request-id}o)s'
)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")


def on_starting(server):
    """Development only (no DATABASE_URL, as `make bench` runs it): the master owns
    the embedded PostgreSQL, so a worker that is killed or recycled never stops it."""
    if os.environ.get("DATABASE_URL"):
        return
    from pathlib import Path

    from municipal_site.database import claim_embedded_server

    default = Path(__file__).resolve().parent / ".local"
    claim_embedded_server(Path(os.environ.get("EMBEDDED_POSTGRES_DIR", default)))


def pre_fork(server, worker):
    """Nothing the master opened while loading the site (a database connection, a
    cache client) may be shared by the workers it forks: each opens its own.

    What the master imported is then frozen (gc.freeze()): the workers' garbage
    collector no longer walks the whole of Django, Wagtail and the site in a full
    collection (120-170 ms, in the middle of whichever request triggered it:
    `make bench BENCH=search_speed`), and its writes no longer copy the shared
    memory into every worker."""
    import gc

    from django.core.cache import caches
    from django.db import connections

    connections.close_all()
    for cache in caches.all(initialized_only=True):
        cache.close()
    gc.freeze()
