"""Health checks for load balancers and orchestrators.

- `/healthz`: the process is alive and answers; touches nothing else.
- `/readyz`: the database, the cache and the search backends answer; 503 with
  the ones that failed, so an operator sees at a glance what is down.

Answered by the first middleware, before the host check, the HTTPS redirect,
sessions or the locale: a load balancer probes by IP over plain HTTP.
"""

import json
import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from wagtail.search.backends import get_search_backends

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache():
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("a value written to the cache could not be read back")
    cache.delete(key)


def check_search():
    for backend in get_search_backends(with_auto_update=False):
        client = getattr(backend, "es", None)
        # Elasticsearch/OpenSearch: ping the cluster. The database backends
        # live in the database checked above.
        if client is not None and not client.ping():
            raise RuntimeError(f"{type(backend).__name__} does not answer")


CHECKS = {"database": check_database, "cache": check_cache, "search": check_search}


def _json(body, status):
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


def healthz(request):
    return _json({"status": "ok"}, 200)


def readyz(request):
    results, failed = {}, []
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure means "not ready", and says which
            logger.warning("Readiness check %s failed: %s", name, error)
            results[name] = f"failed: {type(error).__name__}"
            failed.append(name)
        else:
            results[name] = "ok"
    if "database" in failed:
        # A broken connection must not be reused by the next probe.
        connection.close()
    body = {"status": "failed" if failed else "ok", "failed": failed, "checks": results}
    return _json(body, 503 if failed else 200)


PATHS = {"/healthz": healthz, "/readyz": readyz}


class HealthCheckMiddleware:
    """First in MIDDLEWARE: probes bypass host validation and the HTTPS redirect."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = PATHS.get(request.path_info)
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)
