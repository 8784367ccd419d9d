"""The read-only HSDS 3 API, one per language: /api/hsds/<lang>/ describes it,
…/openapi.json is its OpenAPI document, and services, organizations,
taxonomies, taxonomy_terms and service_at_locations each have a paginated list
and a detail address (docs/open-data.md).

Query parameters are read by Django forms; a bad one is a 400 naming it, in the
requested language. Errors are JSON ({"status", "message"}), never HTML or a 500.
"""

import datetime
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from services.api import BadRequest, error, in_language, json_response, languages
from services.hsds import paginated, serialize_services, service_queryset
from services.hsds_lists import (
    filter_services,
    one_to_one,
    organisation_queryset,
    serialize_organisations,
    serialize_services_at_locations,
    serialize_taxonomies,
    serialize_terms,
    service_at_location_by_id,
    service_at_location_queryset,
    taxonomy_matches,
    term_by_id,
    term_list,
)
from services.hsds_openapi import openapi_document
from services.hsds_vocabulary import TAXONOMIES

HSDS_VERSION = "3.0"
# We follow no HSDS profile: HSDS 3.0 itself, with extensions (x_…) our OpenAPI
# document and docs/open-data.md describe.
PROFILE = "https://github.com/openreferral/specification/tree/3.0"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class Flag(forms.TypedChoiceField):
    """A boolean parameter: `true` or `false`, anything else is an error."""

    def __init__(self):
        super().__init__(
            choices=[("true", "true"), ("false", "false")],
            coerce=lambda value: value == "true",
            required=False,
            empty_value=None,
        )


class ListQuery(forms.Form):
    page = forms.IntegerField(min_value=1, required=False)
    per_page = forms.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, required=False)
    search = forms.CharField(max_length=200, required=False)


class ServiceQuery(ListQuery):
    taxonomy_term_id = forms.UUIDField(required=False)
    taxonomy_id = forms.UUIDField(required=False)
    organization_id = forms.UUIDField(required=False)
    modified_after = forms.DateTimeField(required=False)
    postcode = forms.CharField(max_length=20, required=False)
    full = Flag()

    def clean_modified_after(self):
        moment = self.cleaned_data["modified_after"]
        try:
            # A time at the edge of the calendar with an offset may not exist in UTC.
            return moment.astimezone(datetime.UTC) if moment else None
        except OverflowError:
            raise ValidationError(self.fields["modified_after"].error_messages["invalid"]) from None


class OrganizationQuery(ListQuery):
    full = Flag()
    full_service = Flag()


class OrganizationDetailQuery(forms.Form):
    full_service = Flag()


class TermQuery(ListQuery):
    taxonomy_id = forms.UUIDField(required=False)
    parent_id = forms.UUIDField(required=False)
    top_only = Flag()


SERVICE_FILTERS = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "postcode",
]


def filtered_services(language, query):
    return filter_services(service_queryset(language), **{f: query[f] for f in SERVICE_FILTERS})


def parameters(request, form_class):
    form = form_class(request.GET)
    if not form.is_valid():
        name, messages = next(iter(form.errors.items()))
        raise BadRequest(f"{name}: {messages[0]}")
    return form.cleaned_data


def page_of(items, query, serialize):
    """HSDS's paginated envelope of `items` (a QuerySet or a list), serialised by
    `serialize(items on the page)`."""
    number = query["page"] or 1
    size = query["per_page"] or DEFAULT_PAGE_SIZE
    total = len(items) if isinstance(items, list) else items.count()
    total_pages = max(1, -(-total // size))
    if number > total_pages:
        raise BadRequest(
            _("There is no page %(page)d: the last page is %(last)d.")
            % {"page": number, "last": total_pages}
        )
    start = (number - 1) * size
    return paginated(serialize(items[start : start + size]), total, number, size)


def parse_id(value):
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def not_found(request, value):
    return error(
        request,
        404,
        _("Nothing with the id “%(id)s” is published here in this language.") % {"id": value[:60]},
    )


# The API's description


@require_safe
def index(request):
    """Where to start: each language's API."""
    return json_response(
        {
            "version": HSDS_VERSION,
            "languages": [
                {
                    "language": code,
                    "root": request.build_absolute_uri(reverse("hsds:root", args=[code])),
                    "services": request.build_absolute_uri(reverse("hsds:services", args=[code])),
                    "openapi_url": request.build_absolute_uri(reverse("hsds:openapi", args=[code])),
                }
                for code in languages()
            ],
        }
    )


@require_safe
@in_language
def root(request, language):
    """HSDS's `/`: the API's version, profile and OpenAPI document."""
    return json_response(
        {
            "version": HSDS_VERSION,
            "profile": PROFILE,
            "openapi_url": request.build_absolute_uri(reverse("hsds:openapi", args=[language])),
            "x_language": language,
        }
    )


@require_safe
@in_language
def openapi(request, language):
    base = request.build_absolute_uri(reverse("hsds:root", args=[language])).rstrip("/")
    return json_response(openapi_document(base, language, HSDS_VERSION, MAX_PAGE_SIZE))


# Services


@require_safe
@in_language
def service_list(request, language):
    """One page of services, A–Z; in full unless full=false."""
    query = parameters(request, ServiceQuery)
    services = filtered_services(language, query)
    full = query["full"] is not False

    def serialize(pages):
        records = serialize_services(pages, language, request)
        return records if full else [one_to_one(record) for record in records]

    return json_response(page_of(services, query, serialize))


@require_safe
@in_language
def service_detail(request, language, service_id):
    """One service in full, by its id (the same in every language)."""
    key = parse_id(service_id)
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


# Organizations


@require_safe
@in_language
def organization_list(request, language):
    query = parameters(request, OrganizationQuery)
    services = "full" if query["full_service"] else "simple" if query["full"] else None

    def serialize(organisations):
        records = serialize_organisations(organisations, language, request, services)
        return records if query["full"] or services else [one_to_one(r) for r in records]

    return json_response(
        page_of(organisation_queryset(language, query["search"]), query, serialize)
    )


@require_safe
@in_language
def organization_detail(request, language, organization_id):
    query = parameters(request, OrganizationDetailQuery)
    key = parse_id(organization_id)
    found = organisation_queryset(language).filter(translation_key=key) if key else []
    if not found:
        return not_found(request, organization_id)
    services = "full" if query["full_service"] else "simple"
    return json_response(serialize_organisations(found, language, request, services)[0])


# Taxonomies and terms


@require_safe
@in_language
def taxonomy_list(request, language):
    query = parameters(request, ListQuery)
    taxonomies = [t for t in TAXONOMIES if taxonomy_matches(t, query["search"])]
    return json_response(page_of(taxonomies, query, serialize_taxonomies))


@require_safe
@in_language
def taxonomy_detail(request, language, taxonomy_id):
    found = [t for t in TAXONOMIES if t.id == str(parse_id(taxonomy_id))]
    if not found:
        return not_found(request, taxonomy_id)
    return json_response(serialize_taxonomies(found)[0])


@require_safe
@in_language
def taxonomy_term_list(request, language):
    query = parameters(request, TermQuery)
    terms = term_list(
        language,
        search=query["search"],
        taxonomy_id=query["taxonomy_id"],
        parent_id=query["parent_id"],
        top_only=bool(query["top_only"]),
    )
    return json_response(
        page_of(terms, query, lambda pairs: serialize_terms(pairs, language, request))
    )


@require_safe
@in_language
def taxonomy_term_detail(request, language, term_id):
    key = parse_id(term_id)
    found = term_by_id(language, key) if key else None
    if found is None:
        return not_found(request, term_id)
    return json_response(serialize_terms([found], language, request)[0])


# Services at locations


@require_safe
@in_language
def service_at_location_list(request, language):
    """Each service's locations, by service and location name; the location in full,
    the service's one-to-one fields (in full with full=true)."""
    query = parameters(request, ServiceQuery)
    services = filtered_services(language, query)
    full = bool(query["full"])
    links = service_at_location_queryset(services)
    return json_response(
        page_of(
            links,
            query,
            lambda page: serialize_services_at_locations(page, language, request, full),
        )
    )


@require_safe
@in_language
def service_at_location_detail(request, language, link_id):
    key = parse_id(link_id)
    links = service_at_location_by_id(service_queryset(language), key) if key else None
    if links is None:
        return not_found(request, link_id)
    return json_response(serialize_services_at_locations(links, language, request, True)[0])


def unknown(request, rest=""):
    """Any other address under /api/hsds/: a JSON 404, not the site's HTML page."""
    return error(request, 404, _("There is no such address in this API."))
