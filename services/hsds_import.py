"""HSDS 3 JSON (as services/hsds.py writes it) back into service pages.

Each service is matched by id (its translation key) and language (x_locale):
found → updated in place; the id known in another language → a translation
with the same key, under that language's service index; unknown → a new page.
Terms, locations and organisations are matched the same way and created or
updated. A page gets a new revision only when something on it changed.

Errors name the service and the field (RecordError); the caller runs each
record in its own savepoint so a bad record leaves nothing behind.
"""

import copy
import datetime
import decimal
import html
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from home.import_translations import record_translation
from home.importing import same_title
from home.organisations.models import Organisation, OrganisationKind
from home.slugs import page_slug
from services.hsds import (
    BYDAY,
    STATUS_FROM_HSDS,
    TAXONOMIES,
)
from services.models import (
    ACCESSIBILITY_FEATURES,
    Cost,
    ExceptionKind,
    OpeningHours,
    OpeningHoursException,
    ServiceArea,
    ServiceCategory,
    ServiceIndexPage,
    ServiceLocation,
    ServicePage,
    Status,
)

# Model field → the HSDS property an error message should name.
PAGE_FIELDS = {
    "title": "name",
    "slug": "x_slug",
    "summary": "x_short_description",
    "body": "x_body",
    "email": "email",
    "eligibility": "eligibility_description",
    "minimum_age": "minimum_age",
    "maximum_age": "maximum_age",
    "cost": "cost_options",
    "cost_description": "fees_description",
    "how_to_apply": "x_how_to_apply",
    "required_documents": "required_documents",
    "processing_time": "x_processing_time",
    "deadlines": "x_deadlines",
    "legal_basis": "x_legal_basis",
    "further_notes": "x_further_notes",
    "online_service_url": "x_online_service.url",
    "online_service_label": "x_online_service.label",
    "phones": "phones",
    "forms": "x_forms",
    "languages": "languages",
    "status": "status",
    "status_notice": "alert",
    "reviewed_on": "assured_date",
    "reviewed_by": "x_verified_by",
    "content_owner": "x_content_owner",
    "review_due": "x_review_due",
    "related_pages": "x_related_services",
}
STREAM_FIELDS = ["body", "how_to_apply", "required_documents", "legal_basis", "phones", "forms"]
RELATIONS = ["categories", "target_groups", "life_events", "areas", "locations"]


class RecordError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def records_from(data):
    """The services in a document: the list envelope, a bare list or one service."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return [data]
    raise RecordError("document", "expected a service, a list of services or a page of them")


# --- Values ----------------------------------------------------------------------------------


def parse_uuid(value, field):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise RecordError(field, f"not a UUID: {str(value)[:60]!r}") from None


def string(data, name, field=None, required=False):
    value = data.get(name)
    if value is None:
        if required:
            raise RecordError(field or name, "missing")
        return ""
    if not isinstance(value, str):
        raise RecordError(field or name, "not a string")
    if required and not value.strip():
        raise RecordError(field or name, "empty")
    return value


def number(data, name, field=None):
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordError(field or name, "not a number")
    if value != int(value) or value < 0:
        raise RecordError(field or name, "not a whole number of 0 or more")
    return int(value)


def date(data, name, field=None):
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RecordError(field or name, f"not a date (YYYY-MM-DD): {str(value)[:30]!r}") from None


def time(data, name, field):
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        return datetime.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise RecordError(field, f"not a time (HH:MM): {str(value)[:30]!r}") from None


def coordinate(data, name, field):
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RecordError(field, "not a number")
    try:
        return decimal.Decimal(str(value)).quantize(decimal.Decimal("0.000001"))
    except decimal.InvalidOperation:
        raise RecordError(field, "not a number") from None


def items(data, name, field=None):
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise RecordError(field or name, "not a list of objects")
    return value


def obj(data, name, field=None):
    value = data.get(name)
    if value is not None and not isinstance(value, dict):
        raise RecordError(field or name, "not an object")
    return value


def locale_for(code, field):
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise RecordError(field, f"unknown language {str(code)[:20]!r}")
    return locale


def validation_message(error):
    if hasattr(error, "message_dict"):
        return "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in error.message_dict.items())
    return " ".join(str(m) for m in error.messages)


def save_snippet(obj, field):
    """Validates and saves a snippet, and records it in its history as the admin does:
    the translation dashboard reads that history to tell which translations are outdated."""
    try:
        obj.full_clean()
    except ValidationError as error:
        raise RecordError(field, validation_message(error)) from None
    is_new = obj.pk is None
    obj.save()
    log(obj, "wagtail.create" if is_new else "wagtail.edit")


def update(obj, values):
    """Sets `values` on `obj`; whether anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


# --- Snippets ------------------------------------------------------------------------------


def find_or_new(model, key, locale, values, field):
    """The snippet with this key in this language, updated to `values`, or a new one."""
    instance = model.objects.filter(translation_key=key, locale=locale).first()
    if instance is None:
        instance = model(translation_key=key, locale=locale, **values)
        save_snippet(instance, field)
    elif update(instance, values):
        save_snippet(instance, field)
    else:
        return instance
    record_translation(instance)
    return instance


def term_locale(data, default, field):
    code = data.get("language") or data.get("x_locale")
    return locale_for(code, f"{field}.language") if code else default


def import_term(model, data, locale, field, depth=0):
    key = parse_uuid(data.get("id"), f"{field}.id")
    locale = term_locale(data, locale, field)
    name = string(data, "name", f"{field}.name", required=True)
    values = {
        "name": name,
        "slug": string(data, "code", f"{field}.code") or slugify(name, allow_unicode=True)[:100],
        "description": string(data, "description", f"{field}.description"),
    }
    if model is ServiceCategory:
        values["parent"] = import_parent(data, locale, field, depth)
    if model is ServiceArea:
        values["kind"] = string(data, "x_kind", f"{field}.x_kind") or "municipality"
        values["slug"] = string(data, "x_slug", f"{field}.x_slug") or values["slug"]
        values["code"] = string(data, "x_code", f"{field}.x_code")
    return find_or_new(model, key, locale, values, field)


def import_parent(data, locale, field, depth):
    parent_id = data.get("parent_id")
    if not parent_id:
        return None
    parent_key = parse_uuid(parent_id, f"{field}.parent_id")
    parent_data = obj(data, "x_parent", f"{field}.x_parent")
    if parent_data and str(parent_data.get("id")) == str(parent_key) and depth < 10:
        return import_term(ServiceCategory, parent_data, locale, f"{field}.x_parent", depth + 1)
    candidates = ServiceCategory.objects.filter(translation_key=parent_key)
    parent = candidates.filter(locale=locale).first() or candidates.first()
    if parent is None:
        raise RecordError(f"{field}.parent_id", f"no category with the id {parent_key}")
    return parent


def import_organisation(data, locale, field="organization"):
    key = parse_uuid(data.get("id"), f"{field}.id")
    locale = term_locale(data, locale, field)
    phones = items(data, "phones", f"{field}.phones")
    kind = string(data, "x_kind", f"{field}.x_kind") or OrganisationKind.OTHER
    values = {
        "name": string(data, "name", f"{field}.name", required=True),
        "kind": kind,
        "address": string(data, "x_address", f"{field}.x_address"),
        "phone": string(phones[0], "number", f"{field}.phones[0].number") if phones else "",
        "email": string(data, "email", f"{field}.email"),
        "website": string(data, "website", f"{field}.website"),
    }
    return find_or_new(Organisation, key, locale, values, field)


def import_location(data, locale, field):
    key = parse_uuid(data.get("id"), f"{field}.id")
    locale = term_locale(data, locale, field)
    addresses = items(data, "addresses", f"{field}.addresses")
    address = addresses[0] if addresses else {}
    phones = items(data, "phones", f"{field}.phones")
    contacts = items(data, "contacts", f"{field}.contacts")
    values = {
        "name": string(data, "name", f"{field}.name", required=True),
        "street_address": string(address, "address_1", f"{field}.addresses[0].address_1"),
        "postal_code": string(address, "postal_code", f"{field}.addresses[0].postal_code"),
        "locality": string(address, "city", f"{field}.addresses[0].city"),
        "country": string(address, "country", f"{field}.addresses[0].country") or "DE",
        "latitude": coordinate(data, "latitude", f"{field}.latitude"),
        "longitude": coordinate(data, "longitude", f"{field}.longitude"),
        "phone": string(phones[0], "number", f"{field}.phones[0].number") if phones else "",
        "email": next((c["email"] for c in contacts if c.get("email")), ""),
        "transport": string(data, "transportation", f"{field}.transportation"),
    }
    notes = []
    values |= dict.fromkeys(ACCESSIBILITY_FEATURES, False)
    for n, item in enumerate(items(data, "accessibility", f"{field}.accessibility")):
        feature = item.get("x_feature")
        if feature in ACCESSIBILITY_FEATURES:
            values[feature] = True
        elif feature is None:
            notes.append(string(item, "description", f"{field}.accessibility[{n}].description"))
        else:
            raise RecordError(f"{field}.accessibility[{n}].x_feature", f"unknown: {feature!r}")
    values["accessibility_notes"] = "\n\n".join(note for note in notes if note)
    hours, exceptions = import_schedules(items(data, "schedules", f"{field}.schedules"), field)

    location = ServiceLocation.objects.filter(translation_key=key, locale=locale).first()
    if location is None:
        location = ServiceLocation(translation_key=key, locale=locale, **values)
        changed = True
    else:
        changed = update(location, values)
    if [row_values(h, HOURS_FIELDS) for h in location.hours.all()] != [
        row_values(h, HOURS_FIELDS) for h in hours
    ]:
        location.hours = hours
        changed = True
    if [row_values(e, EXCEPTION_FIELDS) for e in location.exceptions.all()] != [
        row_values(e, EXCEPTION_FIELDS) for e in exceptions
    ]:
        location.exceptions = exceptions
        changed = True
    if changed:
        save_snippet(location, field)
    return location


HOURS_FIELDS = ["weekday", "opens", "closes"]
EXCEPTION_FIELDS = ["start_date", "end_date", "kind", "opens", "closes"]


def row_values(row, fields):
    return tuple(getattr(row, name) for name in fields)


def import_schedules(schedules, field):
    """(weekly hours, exceptions) from HSDS schedules: freq=WEEKLY with byday and
    times are regular hours; valid_from/valid_to ranges are exceptions."""
    hours, exceptions = [], []
    for n, schedule in enumerate(schedules):
        where = f"{field}.schedules[{n}]"
        opens = time(schedule, "opens_at", f"{where}.opens_at")
        closes = time(schedule, "closes_at", f"{where}.closes_at")
        if schedule.get("freq") == "WEEKLY":
            days = [d.strip().upper() for d in str(schedule.get("byday") or "").split(",")]
            if not days or any(day not in BYDAY for day in days):
                raise RecordError(f"{where}.byday", "expected day codes such as MO,TU")
            if opens is None or closes is None:
                raise RecordError(f"{where}.opens_at", "weekly hours need opens_at and closes_at")
            for day in days:
                hours.append(
                    OpeningHours(
                        weekday=BYDAY.index(day), opens=opens, closes=closes, sort_order=len(hours)
                    )
                )
        elif schedule.get("valid_from"):
            start = date(schedule, "valid_from", f"{where}.valid_from")
            end = date(schedule, "valid_to", f"{where}.valid_to")
            default_kind = ExceptionKind.SPECIAL_HOURS if opens else ExceptionKind.CLOSURE
            kind = schedule.get("x_exception_kind") or default_kind
            if kind not in ExceptionKind.values:
                raise RecordError(f"{where}.x_exception_kind", f"unknown: {str(kind)[:30]!r}")
            row = OpeningHoursException(
                start_date=start,
                end_date=end if end and end != start else None,
                kind=kind,
                opens=opens,
                closes=closes,
                sort_order=len(exceptions),
            )
            try:
                row.clean()
            except ValidationError as error:
                raise RecordError(where, validation_message(error)) from None
            exceptions.append(row)
        else:
            raise RecordError(where, "neither weekly hours (freq=WEEKLY) nor dates (valid_from)")
    return hours, exceptions


# --- Rich text -----------------------------------------------------------------------------


def clean_html(value, features):
    """Rich text reduced to what the editor allows for the field (no scripts,
    no event handlers, no javascript: links), as if typed into the admin.
    Going through the editor's format keeps links to pages and documents."""
    if not isinstance(value, str) or not value:
        return value
    converter = EditorHTMLConverter(features=features)
    cleaned = converter.to_database_format(converter.from_database_format(value))
    # The converter also re-encodes characters (' → &#x27;): where that is all
    # it changed, keep the text as it came, so export and import round-trip.
    return value if html.unescape(cleaned) == html.unescape(value) else cleaned


def clean_raw(block, value):
    """clean_html() for every rich text inside a block's stored (raw) value."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_html(value, block.features)
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return [
            child | {"value": clean_raw(block.child_blocks[child["type"]], child.get("value"))}
            if isinstance(child, dict) and child.get("type") in block.child_blocks
            else child
            for child in value
        ]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: clean_raw(block.child_blocks[name], item) if name in block.child_blocks else item
            for name, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            item | {"value": clean_raw(block.child_block, item.get("value"))}
            if isinstance(item, dict) and item.get("type") == "item"
            else clean_raw(block.child_block, item)
            for item in value
        ]
    return value


def check_raw(block, value, field):
    """The shape of a block's stored (raw) value, checked before Wagtail reads
    it: to_python() takes anything, and a dict where text belongs would only
    fail when a page, its API or the HSDS list is rendered."""
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(value, list):
            raise RecordError(field, "not a list of blocks")
        for n, child in enumerate(value):
            where = f"{field}[{n}]"
            if not isinstance(child, dict) or "value" not in child:
                raise RecordError(where, 'not a block ({"type": …, "value": …})')
            if child.get("type") not in block.child_blocks:
                names = ", ".join(block.child_blocks)
                raise RecordError(
                    f"{where}.type", f"unknown block {str(child.get('type'))[:30]!r} ({names})"
                )
            check_raw(block.child_blocks[child["type"]], child["value"], f"{where}.value")
    elif isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            raise RecordError(field, "not an object")
        for name, item in value.items():
            if name not in block.child_blocks:
                raise RecordError(f"{field}.{name}", "unknown property")
            check_raw(block.child_blocks[name], item, f"{field}.{name}")
    elif isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise RecordError(field, "not a list")
        for n, item in enumerate(value):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            check_raw(block.child_block, item, f"{field}[{n}]")
    elif isinstance(block, blocks.ChooserBlock):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise RecordError(field, "not an id")
    elif isinstance(value, (dict, list)):
        raise RecordError(field, "not text" if isinstance(block, blocks.FieldBlock) else "invalid")
    elif isinstance(block, blocks.RichTextBlock | blocks.CharBlock | blocks.TextBlock) and not (
        value is None or isinstance(value, str)
    ):
        raise RecordError(field, "not text")


def clean_rich_text(values):
    for name, value in values.items():
        field = ServicePage._meta.get_field(name)
        if name in STREAM_FIELDS or name == "related_pages":
            check_raw(field.stream_block, value, PAGE_FIELDS[name])
            values[name] = clean_raw(field.stream_block, value)
        elif hasattr(field, "features"):
            values[name] = clean_html(value, field.features)
    return values


# --- The page ------------------------------------------------------------------------------


def stream(blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


def comparable(value):
    """Stream data without block ids, which an import from elsewhere does not have."""
    if isinstance(value, list):
        return [comparable(item) for item in value]
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k != "id"}
    return value


def body_from(data):
    if data.get("x_body") is not None:
        if not isinstance(data["x_body"], list):
            raise RecordError("x_body", "not a list of blocks")
        return copy.deepcopy(data["x_body"])
    description = string(data, "description")
    if not description:
        return []
    if "<" not in description:
        description = "".join(
            f"<p>{html.escape(part.strip())}</p>" for part in description.split("\n\n") if part
        )
    return [{"type": "paragraph", "value": description}]


def steps_from(data):
    if data.get("x_how_to_apply") is not None:
        return stream(
            (
                "step",
                {
                    "title": string(step, "title", f"x_how_to_apply[{n}].title", required=True),
                    "text": string(step, "text", f"x_how_to_apply[{n}].text"),
                },
            )
            for n, step in enumerate(items(data, "x_how_to_apply"))
        )
    process = string(data, "application_process")
    lines = [line.strip() for line in process.splitlines() if line.strip()]
    return stream(("step", {"title": line[:150], "text": ""}) for line in lines)


def cost_from(data):
    options = items(data, "cost_options")
    if not options:
        return Cost.FREE if data.get("fees_description") is None else Cost.VARIES
    option = options[0]
    cost = option.get("x_cost")
    if cost is not None:
        if cost not in Cost.values:
            raise RecordError("cost_options[0].x_cost", f"unknown: {str(cost)[:30]!r}")
        return cost
    return Cost.FREE if option.get("amount") == 0 else Cost.CHARGED


def languages_from(data):
    codes = []
    for n, language in enumerate(items(data, "languages")):
        codes.append(string(language, "code", f"languages[{n}].code", required=True))
    return codes


def forms_from(data):
    """Printable forms: the document of that `title` if there is one (so a file moves
    between sites, whose document ids differ), else the document of that `id`."""
    forms = items(data, "x_forms")
    documents = get_document_model().objects
    by_id = documents.in_bulk([f.get("id") for f in forms if isinstance(f.get("id"), int)])
    titles = [f.get("title") for f in forms if isinstance(f.get("title"), str)]
    by_title = {d.title: d.pk for d in documents.filter(title__in=titles).order_by("-pk")}
    blocks = []
    for n, form in enumerate(forms):
        document_id = by_title.get(form.get("title")) or (
            form.get("id") if form.get("id") in by_id else None
        )
        if document_id is None:
            message = f"no document titled {form.get('title')!r} or with the id {form.get('id')!r}"
            raise RecordError(f"x_forms[{n}]", message)
        blocks.append(("form", document_id))
    return stream(blocks)


def related_from(data, locale):
    """(blocks, ids not found yet): related pages by translation key, this language first."""
    keys = [
        parse_uuid(key, f"x_related_services[{n}]")
        for n, key in enumerate(data.get("x_related_services") or [])
    ]
    pages = {}
    for page in Page.objects.filter(translation_key__in=keys).order_by("pk"):
        if page.translation_key not in pages or page.locale_id == locale.pk:
            pages[page.translation_key] = page
    blocks = [("page", pages[key].pk) for key in keys if key in pages]
    return stream(blocks), [key for key in keys if key not in pages]


def page_values(data, locale):
    """The page's own fields from a record."""
    if data.get("status") not in STATUS_FROM_HSDS and data.get("status") is not None:
        raise RecordError("status", f"unknown: {str(data['status'])[:30]!r}")
    online = obj(data, "x_online_service") or {}
    title = string(data, "name", required=True)
    return {
        "title": title,
        "slug": string(data, "x_slug") or page_slug(title, locale.language_code)[:255],
        "summary": string(data, "x_short_description"),
        "body": body_from(data),
        "email": string(data, "email"),
        "eligibility": string(data, "eligibility_description"),
        "minimum_age": number(data, "minimum_age"),
        "maximum_age": number(data, "maximum_age"),
        "cost": cost_from(data),
        "cost_description": string(data, "fees_description"),
        "how_to_apply": steps_from(data),
        "required_documents": stream(
            (
                "document",
                {
                    "document": string(d, "document", f"required_documents[{n}].document", True),
                    "url": string(d, "uri", f"required_documents[{n}].uri"),
                },
            )
            for n, d in enumerate(items(data, "required_documents"))
        ),
        "processing_time": string(data, "x_processing_time"),
        "deadlines": string(data, "x_deadlines"),
        "legal_basis": stream(
            (
                "law",
                {
                    "title": string(law, "title", f"x_legal_basis[{n}].title", True),
                    "url": string(law, "url", f"x_legal_basis[{n}].url"),
                },
            )
            for n, law in enumerate(items(data, "x_legal_basis"))
        ),
        "further_notes": string(data, "x_further_notes"),
        "online_service_url": string(online, "url", "x_online_service.url"),
        "online_service_label": string(online, "label", "x_online_service.label"),
        "phones": stream(
            (
                "phone",
                {
                    "number": string(p, "number", f"phones[{n}].number", True),
                    "label": string(p, "description", f"phones[{n}].description"),
                    "hours": string(p, "x_hours", f"phones[{n}].x_hours"),
                },
            )
            for n, p in enumerate(items(data, "phones"))
        ),
        "forms": forms_from(data),
        "languages": languages_from(data),
        "status": STATUS_FROM_HSDS.get(data.get("status"), Status.ACTIVE),
        "status_notice": string(data, "alert"),
        # One review block: HSDS's assured_date (older exports: x_reviewed_on).
        "reviewed_on": date(data, "assured_date") or date(data, "x_reviewed_on"),
        "reviewed_by": string(data, "x_verified_by"),
        "content_owner": string(data, "x_content_owner"),
        "review_due": date(data, "x_review_due"),
    }


def relations(data, locale):
    """The page's many-to-many values, creating or updating what they refer to."""
    result = {field: [] for field in RELATIONS}
    taxonomies = {t.id: t for t in TAXONOMIES} | {t.name: t for t in TAXONOMIES}
    for n, attribute in enumerate(items(data, "attributes")):
        field = f"attributes[{n}].taxonomy_term"
        term = obj(attribute, "taxonomy_term", field)
        if term is None:
            continue  # an attribute without a term is a plain value we have no field for
        detail = term.get("taxonomy_detail") or {}
        taxonomy = (
            taxonomies.get(term.get("taxonomy_id"))
            or taxonomies.get(detail.get("name"))
            or taxonomies.get(term.get("taxonomy"))
        )
        if taxonomy is None:
            continue  # a vocabulary we do not keep
        result[taxonomy.field].append(import_term(taxonomy.model, term, locale, field))
    for n, area in enumerate(items(data, "service_areas")):
        result["areas"].append(import_term(ServiceArea, area, locale, f"service_areas[{n}]"))
    for n, at in enumerate(items(data, "service_at_locations")):
        location = obj(at, "location", f"service_at_locations[{n}].location")
        if location is None:
            raise RecordError(f"service_at_locations[{n}].location", "missing")
        result["locations"].append(
            import_location(location, locale, f"service_at_locations[{n}].location")
        )
    return result


def snapshot(page):
    """What an import may change on a page, comparable before and after."""
    state = {}
    for name in PAGE_FIELDS:
        value = getattr(page, name)
        if name in STREAM_FIELDS or name == "related_pages":
            value = comparable(page._meta.get_field(name).get_prep_value(value))
        state[name] = value
    for name in RELATIONS:
        state[name] = sorted(obj.pk for obj in getattr(page, name).all())
    state["organisation"] = page.organisation_id
    return state


def service_index(locale):
    index = ServiceIndexPage.objects.filter(locale=locale).order_by("path").first()
    if index is None:
        raise RecordError("x_locale", f"there is no service index in {locale.language_code!r}")
    return index


def clean_streams(page):
    for name in STREAM_FIELDS + ["related_pages"]:
        field = page._meta.get_field(name)
        try:
            field.stream_block.clean(getattr(page, name))
        except ValidationError as error:
            raise RecordError(PAGE_FIELDS[name], validation_message(error)) from None


NO_CATEGORY = "no category: the service is missing from the directory's category filters"


class Result:
    def __init__(self, page, action, missing_related, warnings=()):
        self.page, self.action, self.missing_related = page, action, missing_related
        self.warnings = warnings


def import_service(data, default_language=None, allow_duplicate_title=False):
    """Creates or updates one service page from one HSDS record; returns a Result
    (action: "created", "updated", "unchanged", or "exists" when the id is new
    but the directory has a service of that name, unless allow_duplicate_title)."""
    if not isinstance(data, dict):
        raise RecordError("service", "not an object")
    key = parse_uuid(data.get("id"), "id")
    locale = locale_for(
        data.get("x_locale") or default_language or settings.LANGUAGE_CODE, "x_locale"
    )
    values = page_values(data, locale)
    related, missing = related_from(data, locale)
    values["related_pages"] = related
    clean_rich_text(values)
    organisation_data = obj(data, "organization")
    organisation = import_organisation(organisation_data, locale) if organisation_data else None
    links = relations(data, locale)

    page = ServicePage.objects.filter(translation_key=key, locale=locale).first()
    if page is None and not allow_duplicate_title:
        twin = same_title(service_index(locale), values.get("title") or "")
        if twin is not None:
            return Result(twin.specific, "exists", [])
    warnings = () if links.get("categories") else (NO_CATEGORY,)
    if page is None:
        page = ServicePage(translation_key=key, locale=locale, owner=None)
        before = None
    else:
        before = snapshot(page)
    for name, value in values.items():
        setattr(page, name, value)
    page.organisation = organisation
    for name, objects in links.items():
        setattr(page, name, objects)
    clean_streams(page)
    try:
        if before is None:
            service_index(locale).add_child(instance=page)
            action = "created"
        elif snapshot(page) != before or not page.live:
            action = "updated"
        else:
            return Result(page, "unchanged", missing, warnings)
        page.save_revision().publish()
    except ValidationError as error:
        fields = getattr(error, "message_dict", {"__all__": error.messages})
        name, messages = next(iter(fields.items()))
        raise RecordError(PAGE_FIELDS.get(name, name), " ".join(map(str, messages))) from None
    record_translation(page)
    return Result(page, action, missing, warnings)


def link_related(page, data):
    """Second pass: related services that were imported after this one."""
    related, missing = related_from(data, page.locale)
    if comparable(page._meta.get_field("related_pages").get_prep_value(page.related_pages)) == (
        comparable(related)
    ):
        return missing
    page.related_pages = related
    page.save_revision().publish()
    return missing
