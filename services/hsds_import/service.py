"""One HSDS service record into one service page (and its translations' links)."""

import copy
import html

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from wagtail.documents import get_document_model
from wagtail.models import Page

import services.hsds_import.values as readers
from home.bulk_pages import add_published
from home.import_translations import record_translation
from home.importing import same_title
from home.memo import remembered, remembering_now
from home.slugs import page_slug
from services.hsds_fields import PAGE_ROWS, read_rows
from services.hsds_vocabulary import STATUS_FROM_HSDS, TAXONOMIES
from services.models import Cost, ServiceArea, ServiceIndexPage, ServicePage, Status

from .rich_text import check_raw, clean_html, clean_raw
from .snippets import import_location, import_organisation, import_term
from .values import (
    RecordError,
    date,
    items,
    locale_for,
    obj,
    parse_uuid,
    string,
    validation_message,
)

# Model field → the HSDS property an error message should name: the shared table's
# rows, and the fields this module maps by hand.
PAGE_FIELDS = {row.field: row.hsds for row in PAGE_ROWS} | {
    "slug": "x_slug",
    "body": "x_body",
    "cost": "cost_options",
    "how_to_apply": "x_how_to_apply",
    "online_service_url": "x_online_service.url",
    "online_service_label": "x_online_service.label",
    "forms": "x_forms",
    "languages": "languages",
    "status": "status",
    "related_pages": "x_related_services",
}
STREAM_FIELDS = ["body", "how_to_apply", "required_documents", "legal_basis", "phones", "forms"]
RELATIONS = ["categories", "target_groups", "life_events", "areas", "locations"]


def clean_rich_text(values):
    for name, value in values.items():
        field = ServicePage._meta.get_field(name)
        if name in STREAM_FIELDS or name == "related_pages":
            check_raw(field.stream_block, value, PAGE_FIELDS[name])
            values[name] = clean_raw(field.stream_block, value)
        elif hasattr(field, "features"):
            values[name] = clean_html(value, field.features)
    return values


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
    if not forms:
        return []  # most services: without building two queries that ask nothing
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
    if not keys:
        return [], []
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
    values = read_rows(data, readers)
    return values | {
        "slug": string(data, "x_slug") or page_slug(values["title"], locale.language_code)[:255],
        "body": body_from(data),
        "cost": cost_from(data),
        "how_to_apply": steps_from(data),
        "online_service_url": string(online, "url", "x_online_service.url"),
        "online_service_label": string(online, "label", "x_online_service.label"),
        "forms": forms_from(data),
        "languages": languages_from(data),
        "status": STATUS_FROM_HSDS.get(data.get("status"), Status.ACTIVE),
        # One review block: HSDS's assured_date (older exports: x_reviewed_on).
        "reviewed_on": values["reviewed_on"] or date(data, "x_reviewed_on"),
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


def existing_service(key, locale):
    """(the service page of this key in this language or None, whether no page at
    all has the key in this language: then it need not be checked again)."""
    if remembering_now():
        found = pages_by_key(locale).get(key)
        if found is None:
            return None, True
        pk, content_type_id = found
        service = ContentType.objects.get_for_model(ServicePage).pk == content_type_id
        return (ServicePage.objects.get(pk=pk) if service else None), False
    # The key first: a service page has many columns to read.
    found = ServicePage.objects.filter(translation_key=key, locale=locale).values_list("pk")
    found = found.first()
    return (ServicePage.objects.get(pk=found[0]) if found else None), False


@remembered()
def pages_by_key(locale):
    """{translation key: (pk, content type)} of every page in `locale`, read once a
    batch instead of once a record; import_service() adds the pages it creates."""
    pages = Page.objects.filter(locale=locale).values_list("translation_key", "pk", "content_type")
    return {key: (pk, content_type) for key, pk, content_type in pages}


def twin(index, title):
    """A service under `index` with this title (home/importing.py same_title). In
    a batch, the database is asked only when a title of the batch's list could
    be one: a fold of case wider than the database's, so no twin is missed."""
    if remembering_now() and fold(title) not in children_of(index).titles:
        return None
    return same_title(index, title)


class Children:
    """The folded titles and the slugs of the pages under an index."""

    def __init__(self, index):
        rows = list(index.get_children().values_list("title", "slug"))
        self.titles = {fold(title) for title, _slug in rows}
        self.slugs = {slug for _title, slug in rows}

    def add(self, page):
        self.titles.add(fold(page.title))
        self.slugs.add(page.slug)


@remembered()
def children_of(index):
    """Children of `index`, read once a batch; the batch adds the pages it
    creates and updates (a title or slug may change)."""
    return Children(index)


def fold(title):
    # upper() first: "ı" and "ſ" are "I" and "S" to PostgreSQL's UPPER as well.
    return title.strip().upper().casefold()


@remembered()
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

    page, key_is_new = existing_service(key, locale)
    if page is None and not allow_duplicate_title:
        found = twin(service_index(locale), values.get("title") or "")
        if found is not None:
            return Result(found.specific, "exists", [])
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
            index = service_index(locale)
            slugs = children_of(index).slugs if remembering_now() else None
            add_published(index, page, key_is_new=key_is_new, sibling_slugs=slugs)
            action = "created"
        elif snapshot(page) != before or not page.live:
            action = "updated"
            page.save_revision().publish()
        else:
            return Result(page, "unchanged", missing, warnings)
    except ValidationError as error:
        fields = getattr(error, "message_dict", {"__all__": error.messages})
        name, messages = next(iter(fields.items()))
        raise RecordError(PAGE_FIELDS.get(name, name), " ".join(map(str, messages))) from None
    record_translation(page)
    if remembering_now():  # for the batch's next records
        pages_by_key(locale)[key] = (page.pk, page.content_type_id)
        children_of(service_index(locale)).add(page)
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
