"""Project-level views: error pages in the visitor's language, robots.txt."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


def page_not_found(request, exception=None):
    # LocaleMiddleware has already activated the language of the /<lang>/ prefix.
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


def server_error(request):
    # Rendered without context processors: the database may be what failed.
    # Django calls this while handling the exception, so it is still at hand.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


def database_unavailable(request):
    """The database is down, refuses connections or timed out (settings/base.py):
    a temporary condition, so 503 with Retry-After, in the visitor's language
    (LocaleMiddleware has run), without touching the database again."""
    template = loader.get_template("503.html")
    response = HttpResponse(template.render({}), status=503)
    response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    body = f"User-agent: *\nDisallow: /admin/\nSitemap: {sitemap_url}\n"
    return HttpResponse(body, content_type="text/plain")
