"""Service pages as Open Referral HSDS 3 JSON (the export direction; the import
is in services/hsds_import/ and reads exactly what this writes; what both share is
in services/hsds_vocabulary.py, the one-to-one fields in services/hsds_fields.py).

Identifiers are translation keys, so a service, location or term has the same
id in every language; child objects (phones, schedules, attributes …) get
UUIDv5 ids derived from their parent's id and position, stable across exports.
What HSDS has no field for goes into properties prefixed `x_` (docs/open-data.md).

serialize_services() turns a list of pages into HSDS dicts with a fixed number
of queries however many pages there are: everything a service refers to is
loaded in bulk and shown in the service's language where it is translated.
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from home.organisations.models import Organisation
from home.querysets import public_pages
from services.hsds_fields import export_rows
from services.hsds_vocabulary import BYDAY, STATUS_TO_HSDS, TAXONOMIES, child_id
from services.models import (
    ACCESSIBILITY_FEATURES,
    LANGUAGE_CHOICES,
    Cost,
    ExceptionKind,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    Weekday,
)


def service_queryset(language):
    """The services the API and the export publish: live, public, of one language."""
    pages = ServicePage.objects.live().filter(locale__language_code=language)
    return (
        public_pages(pages)
        .select_related("locale")
        .prefetch_related(
            "categories",
            "target_groups",
            "life_events",
            "areas",
            "locations__hours",
            "locations__exceptions",
        )
        .order_by("title", "pk")
    )


def text(value):
    """Empty text as None: left out of the output (see without_nulls)."""
    return value or None


def without_nulls(value):
    """HSDS types each field (a string, a number …) and has no null: a value we do
    not have is left out. Our own x_ properties are passed through as they are
    (a stream's stored JSON may hold nulls an import needs back), only left out
    when they are None themselves."""
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    if isinstance(value, dict):
        return {
            key: item if key.startswith("x_") else without_nulls(item)
            for key, item in value.items()
            if item is not None
        }
    return value


def iso(value):
    return value.isoformat() if value is not None else None


def hhmm(value):
    return value.strftime("%H:%M") if value is not None else None


def stream_data(value):
    """A StreamField's stored JSON (block ids included, so a round trip keeps them)."""
    return list(value.get_prep_value()) if value else []


class Context:
    """What serialising a batch of services needs, loaded once for the batch."""

    def __init__(self, pages, language, request=None):
        self.language = language
        self.request = request
        self.locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        self.terms = {}
        for taxonomy in TAXONOMIES:
            self.terms[taxonomy.field] = self.localize(
                taxonomy.model, [t for p in pages for t in getattr(p, taxonomy.field).all()]
            )
        self.terms["areas"] = self.localize(ServiceArea, [a for p in pages for a in p.areas.all()])
        self.parents = self.category_ancestors(self.terms["categories"].values())
        self.locations = self.localize(
            ServiceLocation,
            [loc for p in pages for loc in p.locations.all()],
            prefetch=("hours", "exceptions"),
        )
        organisations = Organisation.objects.filter(
            pk__in={p.organisation_id for p in pages if p.organisation_id}
        )
        self.organisations = self.localize(Organisation, list(organisations))
        page_ids, document_ids = set(), set()
        for page in pages:
            page_ids.update(b["value"] for b in stream_data(page.related_pages) if b["value"])
            document_ids.update(b["value"] for b in stream_data(page.forms) if b["value"])
        self.page_keys = dict(
            Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key")
        )
        self.documents = get_document_model().objects.in_bulk(document_ids)

    def localize(self, model, objects, prefetch=()):
        """{pk: the object in this language where translated, else itself}, one query."""
        localized = (
            model.objects.filter(pk__in=[o.pk for o in objects])
            .localized(self.language)
            .prefetch_related(*prefetch)
        )
        by_key = {obj.translation_key: obj for obj in localized}
        return {o.pk: by_key.get(o.translation_key, o) for o in objects}

    def category_ancestors(self, categories):
        """{pk: category} for every ancestor, one query per level of the tree."""
        known = {c.pk: c for c in categories}
        missing = {c.parent_id for c in categories if c.parent_id and c.parent_id not in known}
        while missing:
            found = ServiceCategory.objects.in_bulk(missing)
            known.update(found)
            missing = {
                c.parent_id for c in found.values() if c.parent_id and c.parent_id not in known
            }
        return known

    def code(self, obj):
        return self.locale_codes[obj.locale_id]


def serialize_services(pages, language, request=None):
    """HSDS service dicts for `pages` (from service_queryset), in `language`."""
    pages = list(pages)
    context = Context(pages, language, request)
    with translation.override(language):
        return [without_nulls(serialize_service(page, context)) for page in pages]


def serialize_service(page, ctx):
    key = str(page.translation_key)
    organisation = ctx.organisations.get(page.organisation_id)
    steps = [b["value"] for b in stream_data(page.how_to_apply)]
    locations = by_name(ctx.locations[loc.pk] for loc in page.locations.all())
    return (
        {"id": key}
        | export_rows(page, key)
        | {
            "organization_id": str(organisation.translation_key) if organisation else None,
            "description": body_text(page.body),
            "url": page.get_full_url(ctx.request),
            "status": STATUS_TO_HSDS.get(page.status, "active"),
            "application_process": text(
                "\n".join(
                    f"{n}. {step['title']}"
                    + (
                        f": {strip_tags(step['text']).strip()}"
                        if strip_tags(step.get("text") or "")
                        else ""
                    )
                    for n, step in enumerate(steps, 1)
                )
            ),
            "last_modified": iso(page.last_published_at),
            "organization": serialize_organisation(organisation, ctx) if organisation else None,
            "schedules": [],
            "service_areas": [
                serialize_area(area, key, ctx)
                for area in by_name(ctx.terms["areas"][a.pk] for a in page.areas.all())
            ],
            "service_at_locations": [
                {
                    "id": child_id(key, "at", location.translation_key),
                    "service_id": key,
                    "location_id": str(location.translation_key),
                    "location": serialize_location(location, ctx),
                }
                for location in locations
            ],
            "languages": [
                {
                    "id": child_id(key, "language", code),
                    "service_id": key,
                    "name": language_name(code),
                    "code": code,
                }
                for code in page.languages
            ],
            "cost_options": [
                {
                    "id": child_id(key, "cost"),
                    "service_id": key,
                    "option": str(Cost(page.cost).label) if page.cost in Cost.values else page.cost,
                    # Free is an amount of 0 (in any currency: none is named); other
                    # amounts are only in the text, as our pages have no number for them.
                    "amount": 0 if page.cost == Cost.FREE else None,
                    "amount_description": text(page.cost_description),
                    "x_cost": page.cost,
                }
            ],
            "contacts": [],
            "attributes": [
                serialize_attribute(term, taxonomy, key, ctx)
                for taxonomy in TAXONOMIES
                for term in by_name(
                    ctx.terms[taxonomy.field][t.pk] for t in getattr(page, taxonomy.field).all()
                )
            ],
            "x_locale": ctx.code(page),
            "x_slug": page.slug,
            "x_body": stream_data(page.body),
            "x_how_to_apply": [
                {"title": step["title"], "text": text(step.get("text"))} for step in steps
            ],
            "x_online_service": (
                {"url": page.online_service_url, "label": text(page.online_service_label)}
                if page.online_service_url or page.online_service_label
                else None
            ),
            "x_forms": [serialize_form(b["value"], ctx) for b in stream_data(page.forms)],
            "x_related_services": [
                str(ctx.page_keys[b["value"]])
                for b in stream_data(page.related_pages)
                if b["value"] in ctx.page_keys
            ],
        }
    )


def language_name(code):
    # Django's language names are marked with gettext_noop: translate them here.
    name = dict(LANGUAGE_CHOICES).get(code, code)
    return gettext(name) if isinstance(name, str) else str(name)


def by_name(objects):
    """In the order a reader expects, the same whichever translation a page links to."""
    return sorted(objects, key=lambda obj: (obj.name.casefold(), str(obj.translation_key)))


def body_text(body):
    """The full description as HTML: headings and text of the body; the body's
    other blocks (images, videos …) are in x_body only."""
    parts = []
    for block in stream_data(body):
        value = block["value"]
        if block["type"] == "heading":
            level = value.get("level") or "h2"
            parts.append(f"<{level}>{value.get('text', '')}</{level}>")
        elif block["type"] == "paragraph":
            parts.append(value)
    return "\n".join(parts) or None


def serialize_form(document_id, ctx):
    document = ctx.documents.get(document_id)
    return {
        "id": document_id,
        "title": document.title if document else None,
        "url": document.url if document else None,
    }


def serialize_organisation(organisation, ctx):
    key = str(organisation.translation_key)
    return {
        "id": key,
        "name": organisation.name,
        "description": str(organisation.get_kind_display()),
        "email": text(organisation.email),
        "website": text(organisation.website),
        "phones": (
            [{"id": child_id(key, "phone"), "organization_id": key, "number": organisation.phone}]
            if organisation.phone
            else []
        ),
        "x_locale": ctx.code(organisation),
        "x_kind": organisation.kind,
        "x_address": text(organisation.address),
    }


def serialize_area(area, service_key, ctx):
    return {
        "id": str(area.translation_key),
        "service_id": service_key,
        "name": area.name,
        "description": text(area.description),
        "x_locale": ctx.code(area),
        "x_slug": area.slug,
        "x_kind": area.kind,
        "x_code": text(area.code),
    }


def serialize_term(term, taxonomy, ctx, depth=0):
    parent = ctx.parents.get(term.parent_id) if taxonomy.model is ServiceCategory else None
    data = {
        "id": str(term.translation_key),
        "code": term.slug,
        "name": term.name,
        # Required by HSDS: an empty one where the term has none.
        "description": term.description or "",
        "parent_id": str(parent.translation_key) if parent else None,
        "taxonomy": taxonomy.name,
        "language": ctx.code(term),
        "taxonomy_id": taxonomy.id,
        "taxonomy_detail": taxonomy.detail(),
    }
    if parent is not None:
        # HSDS names only the parent's id; importers elsewhere need the parent
        # itself to rebuild the tree, so it comes along (depth-limited against cycles).
        data["x_parent"] = serialize_term(parent, taxonomy, ctx, depth + 1) if depth < 10 else None
    return data


def serialize_attribute(term, taxonomy, service_key, ctx):
    term_key = str(term.translation_key)
    return {
        "id": child_id(service_key, "attribute", term_key),
        "link_id": service_key,
        "link_type": taxonomy.link_type,
        "link_entity": "service",
        "taxonomy_term_id": term_key,
        "label": term.name,
        "taxonomy_term": serialize_term(term, taxonomy, ctx),
    }


def serialize_location(location, ctx):
    key = str(location.translation_key)
    accessibility = [
        {
            "id": child_id(key, "accessibility", feature),
            "location_id": key,
            "description": str(location._meta.get_field(feature).verbose_name),
            "x_feature": feature,
        }
        for feature in ACCESSIBILITY_FEATURES
        if getattr(location, feature)
    ]
    if location.accessibility_notes:
        accessibility.append(
            {
                "id": child_id(key, "accessibility", "notes"),
                "location_id": key,
                "description": location.accessibility_notes,
                "x_feature": None,
            }
        )
    schedules = [
        {
            "id": child_id(key, "hours", n),
            "location_id": key,
            "freq": "WEEKLY",
            "byday": BYDAY[hours.weekday],
            "opens_at": hhmm(hours.opens),
            "closes_at": hhmm(hours.closes),
            "description": str(Weekday(hours.weekday).label),
            "x_timezone": settings.TIME_ZONE,
        }
        for n, hours in enumerate(location.hours.all())
    ]
    schedules += [
        {
            "id": child_id(key, "exception", n),
            "location_id": key,
            "valid_from": iso(exception.start_date),
            "valid_to": iso(exception.last_date),
            # A closed day is a dated schedule without times (HSDS has no flag for it).
            "opens_at": None if exception.is_closed else hhmm(exception.opens),
            "closes_at": None if exception.is_closed else hhmm(exception.closes),
            "description": exception_description(exception),
            "x_timezone": settings.TIME_ZONE,
            "x_exception_kind": exception.kind,
        }
        for n, exception in enumerate(location.exceptions.all())
    ]
    return {
        "id": key,
        "location_type": "physical",
        "name": location.name,
        "transportation": text(location.transport),
        "latitude": float(location.latitude) if location.latitude is not None else None,
        "longitude": float(location.longitude) if location.longitude is not None else None,
        # HSDS requires every part of an address; one we lack is empty (we have no
        # state or province), and a location without street, postcode or town has none.
        "addresses": (
            [
                {
                    "id": child_id(key, "address"),
                    "location_id": key,
                    "address_1": location.street_address,
                    "city": location.locality,
                    "state_province": "",
                    "postal_code": location.postal_code,
                    "country": location.country,
                    "address_type": "physical",
                }
            ]
            if location.street_address or location.postal_code or location.locality
            else []
        ),
        "phones": (
            [{"id": child_id(key, "phone"), "location_id": key, "number": location.phone}]
            if location.phone
            else []
        ),
        "contacts": (
            [{"id": child_id(key, "contact"), "location_id": key, "email": location.email}]
            if location.email
            else []
        ),
        "accessibility": accessibility,
        "schedules": schedules,
        "x_locale": ctx.code(location),
    }


def exception_description(exception):
    if exception.kind not in ExceptionKind.values:
        return exception.kind
    label = str(ExceptionKind(exception.kind).label)
    if exception.is_closed and exception.kind != ExceptionKind.CLOSURE:
        return f"{label}: {ExceptionKind.CLOSURE.label}"
    return label


def paginated(contents, total, page_number, size):
    """HSDS 3's paginated envelope."""
    total_pages = max(1, -(-total // size))
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page_number,
        "size": size,
        "first_page": page_number == 1,
        "last_page": page_number >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def export_language(language):
    """Every published service of a language, as the API's envelope on one page."""
    contents = serialize_services(service_queryset(language), language)
    return paginated(contents, len(contents), 1, max(1, len(contents)))
