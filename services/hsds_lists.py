"""The HSDS objects besides the service, each in one language: organizations,
taxonomies, taxonomy terms and services at locations, as the API's lists and
detail addresses publish them (services/hsds_api.py). Each is serialised as it
appears inside a service (services/hsds.py), so a client sees one shape.

Ids are translation keys (a service at a location: the UUIDv5 of its service's
and location's keys), the same in every language; an object without a
translation into the language is shown in the default language, else in the
language it was written in.
"""

from django.conf import settings
from django.db.models import Case, IntegerField, Q, Value, When

from home.organisations.models import Organisation
from services.hsds import (
    Context,
    serialize_location,
    serialize_organisation,
    serialize_services,
    serialize_term,
    service_queryset,
    without_nulls,
)
from services.hsds_vocabulary import TAXONOMIES, child_id
from services.models import ServiceCategory, ServiceLocation, ServicePage

TERM_TAXONOMIES = TAXONOMIES  # the vocabularies whose terms /taxonomy_terms lists


def one_per_key(queryset, language):
    """The objects of `queryset`, one per translation key: in `language` where
    translated, else in the default language, else the first written."""
    preference = Case(
        When(locale__language_code=language, then=Value(0)),
        When(locale__language_code=settings.LANGUAGE_CODE, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    chosen = (
        queryset.model._default_manager.filter(
            translation_key__in=queryset.values("translation_key")
        )
        .annotate(preference=preference)
        .order_by("translation_key", "preference", "pk")
        .distinct("translation_key")
        .values("pk")
    )
    return queryset.model._default_manager.filter(pk__in=chosen).order_by("name", "pk")


def one_to_one(record):
    """A record without its lists of child objects (HSDS's list endpoints)."""
    return {key: value for key, value in record.items() if not isinstance(value, list)}


# Services


def filter_services(
    services,
    search="",
    taxonomy_term_id=None,
    taxonomy_id=None,
    organization_id=None,
    modified_after=None,
    postcode="",
):
    """The API's filters on services, cumulative (AND) as HSDS's API requires."""
    if search:
        services = services.filter(Q(title__icontains=search) | Q(summary__icontains=search))
    if taxonomy_term_id:
        with_term = Q()
        for taxonomy in TAXONOMIES:
            linked = ServicePage.objects.filter(
                **{f"{taxonomy.field}__translation_key": taxonomy_term_id}
            )
            with_term |= Q(pk__in=linked.values("pk"))
        services = services.filter(with_term)
    if taxonomy_id:
        taxonomy = next((t for t in TAXONOMIES if t.id == str(taxonomy_id)), None)
        if taxonomy is None:
            return services.none()
        linked = ServicePage.objects.filter(**{f"{taxonomy.field}__isnull": False})
        services = services.filter(pk__in=linked.values("pk"))
    if organization_id:
        services = services.filter(organisation__translation_key=organization_id)
    if modified_after:
        services = services.filter(last_published_at__gte=modified_after)
    if postcode:
        at = ServicePage.objects.filter(locations__postal_code__iexact=postcode.strip())
        services = services.filter(pk__in=at.values("pk"))
    return services


# Organizations


def organisation_queryset(language, search=""):
    organisations = one_per_key(Organisation.objects.all(), language)
    if search:
        organisations = organisations.filter(name__icontains=search)
    return organisations


def serialize_organisations(organisations, language, request, services=None):
    """HSDS organizations; `services`: None (none listed), "simple" (their services'
    one-to-one fields) or "full" (their services in full)."""
    organisations = list(organisations)
    ctx = Context([], language, request)
    records = [without_nulls(serialize_organisation(o, ctx)) for o in organisations]
    if services is None:
        return records
    keys = [o.translation_key for o in organisations]
    pages = service_queryset(language).filter(organisation__translation_key__in=keys)
    by_organisation = {record["id"]: [] for record in records}
    for service in serialize_services(pages, language, request):
        shown = service if services == "full" else one_to_one(service)
        by_organisation[service["organization_id"]].append(shown)
    return [record | {"services": by_organisation[record["id"]]} for record in records]


# Taxonomies and their terms


def serialize_taxonomies(taxonomies):
    return [taxonomy.detail() for taxonomy in taxonomies]


def taxonomy_matches(taxonomy, search):
    return not search or search.casefold() in taxonomy.name.casefold()


def term_list(language, search="", taxonomy_id=None, parent_id=None, top_only=False):
    """(taxonomy, term) of every vocabulary, in the taxonomies' order and A–Z. The
    vocabularies are small (tens to hundreds of terms): read whole, paged in Python."""
    found = []
    for taxonomy in TAXONOMIES:
        if taxonomy_id and taxonomy.id != str(taxonomy_id):
            continue
        terms = one_per_key(taxonomy.model.objects.all(), language)
        if search:
            terms = terms.filter(name__icontains=search)
        if taxonomy.model is ServiceCategory:
            if parent_id:
                terms = terms.filter(parent__translation_key=parent_id)
            if top_only:
                terms = terms.filter(parent__isnull=True)
        elif parent_id:
            continue  # only categories have parents
        found += [(taxonomy, term) for term in terms]
    return found


def term_by_id(language, key):
    for taxonomy in TAXONOMIES:
        term = one_per_key(taxonomy.model.objects.filter(translation_key=key), language).first()
        if term is not None:
            return taxonomy, term
    return None


def serialize_terms(pairs, language, request):
    ctx = Context([], language, request)
    ctx.parents = ctx.category_ancestors(
        [term for taxonomy, term in pairs if taxonomy.model is ServiceCategory]
    )
    return [without_nulls(serialize_term(term, taxonomy, ctx)) for taxonomy, term in pairs]


# Services at locations


def service_at_location_queryset(services):
    """The (service, location) links of these services: by service name, then location."""
    through = ServicePage.locations.through
    return (
        through.objects.filter(servicepage__in=services.values("pk"))
        .select_related("servicepage", "servicelocation")
        .order_by("servicepage__title", "servicepage__pk", "servicelocation__name", "pk")
    )


def service_at_location_by_id(services, key):
    """The link whose derived id is `key` (ids are UUIDv5 of both keys: found by
    computing them, one query for the language's links)."""
    for pk, service_key, location_key in service_at_location_queryset(services).values_list(
        "pk", "servicepage__translation_key", "servicelocation__translation_key"
    ):
        if child_id(str(service_key), "at", location_key) == str(key):
            return service_at_location_queryset(services).filter(pk=pk)
    return None


def serialize_services_at_locations(links, language, request, full=False):
    links = list(links)
    pages = {link.servicepage_id: link.servicepage for link in links}
    services = serialize_services(
        service_queryset(language).filter(pk__in=pages), language, request
    )
    by_key = {service["id"]: service for service in services}
    ctx = Context([], language, request)
    locations = ctx.localize(
        ServiceLocation, [link.servicelocation for link in links], prefetch=("hours", "exceptions")
    )
    records = []
    for link in links:
        service = by_key[str(pages[link.servicepage_id].translation_key)]
        location = locations[link.servicelocation_id]
        key = service["id"]
        records.append(
            {
                "id": child_id(key, "at", location.translation_key),
                "service_id": key,
                "location_id": str(location.translation_key),
                "location": without_nulls(serialize_location(location, ctx)),
                "service": service if full else one_to_one(service),
            }
        )
    return records
