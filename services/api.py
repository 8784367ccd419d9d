"""What the read APIs share (the HSDS API's views are in services/hsds_api.py),
and Wagtail's API v2 made safe with bad input.

Errors are JSON too ({"status": …, "message": …}), in the requested language
where it is one of ours, so a client never gets an HTML page or a 500 for a
bad address or parameter."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet as WagtailPagesAPIViewSet


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


# PostgreSQL's OFFSET is a bigint; far below that, no listing has so many pages.
MAX_OFFSET = 2**31 - 1
SEARCH_OPERATORS = ("and", "or")


class BoundedPagination(WagtailPagination):
    """Wagtail's offset/limit paging, with an offset the database can take."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(
                _("offset must be a whole number from 0 to %(maximum)d.") % {"maximum": MAX_OFFSET}
            )
        return super().paginate_queryset(queryset, request, view)


class TypedFieldsFilter(FieldsFilter):
    """Wagtail's ?field=value filters, with values that do not fit the field
    (a date "2024-13-45", a number out of range) answered as a 400."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields or name == "locale":
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except LookupError:
                continue
            if isinstance(field, models.Field) and not field.is_relation:
                try:
                    field.get_prep_value(field.to_python(value))
                except (ValidationError, ValueError, TypeError):
                    raise BadRequestError(
                        _("“%(value)s” is not a valid value for %(name)s.")
                        % {"value": value[:40], "name": name}
                    ) from None
        return super().filter_queryset(request, queryset, view)


class PagesAPIViewSet(WagtailPagesAPIViewSet):
    """Wagtail API v2's pages endpoint (/api/v2/pages/): its 404s kept as JSON,
    and parameters the database cannot take (a NUL byte, an offset beyond a
    bigint, an unknown search operator) answered as a 400 with a message."""

    pagination_class = BoundedPagination
    filter_backends = [
        TypedFieldsFilter if backend is FieldsFilter else backend
        for backend in WagtailPagesAPIViewSet.filter_backends
    ]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise BadRequestError(
                    _("%(name)s must not contain a NUL character.") % {"name": name.strip("\x00")}
                )
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(
                _("search_operator must be “and” or “or”, not “%(value)s”.")
                % {"value": operator[:20]}
            )

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if response.status_code == 404:
            keep_not_found(self.request._request)
        return response


class BadRequest(Exception):
    pass


def languages():
    return [code for code, _name in settings.LANGUAGES]


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
