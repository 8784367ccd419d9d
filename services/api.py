"""The read-only HSDS 3 API: /api/hsds/<lang>/services/ and …/services/<id>/.

Errors are JSON too ({"status": …, "message": …}), in the requested language
where it is one of ours, so a client never gets an HTML page or a 500 for a
bad address or parameter."""

import uuid

from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet

from services.hsds import paginated, serialize_services, service_queryset

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def json_response(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    # Open data: any web page may read it (GET only, no credentials involved).
    response["Access-Control-Allow-Origin"] = "*"
    return response


def keep_not_found(request):
    """LocaleMiddleware answers a 404 outside /<lang>/ with a redirect to
    /<lang>/<path> (Wagtail's catch-all route matches any path), so an API
    client would land on an HTML page. Judged by a URLconf without language
    prefixes, set after the view has run, the API's 404 stays a JSON 404."""
    request.urlconf = "services.urls"


def error(request, status, message):
    response = json_response({"status": status, "message": message}, status=status)
    if status == 404:
        keep_not_found(request)
    return response


class PagesAPIViewSet(WagtailPagesAPIViewSet):
    """Wagtail API v2's pages endpoint (/api/v2/pages/), its 404s kept as JSON."""

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if response.status_code == 404:
            keep_not_found(self.request._request)
        return response


class BadRequest(Exception):
    pass


def languages():
    return [code for code, _name in settings.LANGUAGES]


def positive_int(request, name, default, maximum=None):
    raw = request.GET.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1 or (maximum is not None and value > maximum):
        if maximum is None:
            message = _("%(name)s must be a whole number from 1 up, not “%(value)s”.")
        else:
            message = _("%(name)s must be a whole number from 1 to %(maximum)d, not “%(value)s”.")
        raise BadRequest(message % {"name": name, "value": raw[:20], "maximum": maximum or 0})
    return value


def in_language(view):
    """Checks the language in the address and answers in it."""

    def wrapper(request, language, **kwargs):
        if language not in languages():
            return error(
                request,
                404,
                _("There is no language “%(language)s” here; try one of: %(languages)s.")
                % {"language": language[:20], "languages": ", ".join(languages())},
            )
        with translation.override(language):
            try:
                return view(request, language, **kwargs)
            except BadRequest as problem:
                return error(request, 400, str(problem))

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@require_safe
def index(request):
    """Where to start: the list address of each language."""
    return json_response(
        {
            "languages": [
                {
                    "language": code,
                    "services": request.build_absolute_uri(reverse("hsds:services", args=[code])),
                }
                for code in languages()
            ]
        }
    )


@require_safe
@in_language
def service_list(request, language):
    """One page of services, A–Z, with every service in full."""
    page_number = positive_int(request, "page", 1)
    size = positive_int(request, "per_page", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    services = service_queryset(language)
    total = services.count()
    total_pages = max(1, -(-total // size))
    if page_number > total_pages:
        raise BadRequest(
            _("There is no page %(page)d: the last page is %(last)d.")
            % {"page": page_number, "last": total_pages}
        )
    start = (page_number - 1) * size
    contents = serialize_services(services[start : start + size], language, request)
    return json_response(paginated(contents, total, page_number, size))


@require_safe
@in_language
def service_detail(request, language, service_id):
    """One service in full, by its id (the same in every language)."""
    try:
        key = uuid.UUID(service_id)
    except ValueError:
        key = None
    services = service_queryset(language).filter(translation_key=key) if key else []
    contents = serialize_services(services, language, request) if key else []
    if not contents:
        return error(
            request,
            404,
            _("There is no published service with the id “%(id)s” in this language.")
            % {"id": service_id[:60]},
        )
    return json_response(contents[0])
