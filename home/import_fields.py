"""Page fields from import files' front matter: plain values, lists that become stream
blocks, taxonomy terms, form fields (references to other objects by name are in
import_reference_fields.py; docs/import-format.md). Each setter takes the page and
the file's Fields."""

import datetime
import re
import uuid

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.fields import RichTextField, StreamField

from home.import_markdown import markdown_blocks, markdown_rich_text
from home.import_refs import image_by_title
from home.import_source import ContentError, Fields
from home.models.strategy import PROGRESS_CHOICES
from home.slugs import page_slug

PROGRESS = [value for value, _label in PROGRESS_CHOICES]  # of goals and actions


def base_slug(title, key, language):
    return page_slug(title, language) or page_slug(key, language) or "page"


def stream_data(page, field_name, blocks):
    """Raw StreamField data with block ids derived from the page and the position, so an
    unchanged file gives identical content and translation tools see stable blocks."""
    return [
        {"type": kind, "value": value, "id": block_id(page, f"{field_name}/{n}")}
        for n, (kind, value) in enumerate(blocks)
    ]


def block_id(page, place):
    """The same in every language, as wagtail-localize keeps block ids in translations, so
    a translation's strings pair with the source's (home/import_translations.py)."""
    return str(uuid.uuid5(uuid.UUID(str(page.translation_key)), place))


def assign(page, fields, name, required=False):
    """Set a plain model field from the key of the same name. An absent key leaves the
    field as it is (on a new page: its default); an empty one clears it."""
    if not (fields.has(name) or required):
        return
    field = page._meta.get_field(name)
    if isinstance(field, models.DateField):
        value = fields.date(name, required=required or not field.null)
    elif isinstance(field, models.CharField | models.TextField):
        value = fields.text(name, required=required or not field.blank, max_length=field.max_length)
        if field.choices:
            value = fields.choice(name, [str(choice) for choice, _label in field.choices], value)
    elif isinstance(field, models.IntegerField):
        value = fields.integer(name)
    else:
        raise fields.error(name, "cannot be imported")
    setattr(page, name, value)


def set_body(page, field_name, body):
    """The Markdown body into the page's main field (a StreamField or rich text)."""
    field = next((f for f in page._meta.concrete_fields if f.name == field_name), None)
    if isinstance(field, StreamField):
        setattr(page, field_name, stream_data(page, field_name, markdown_blocks(body)))
    elif isinstance(field, RichTextField):
        setattr(page, field_name, markdown_rich_text(body))
    elif body.strip():
        raise ContentError("body", "this page type has no body: leave it empty")


def goal_blocks(fields):
    blocks = []
    for item in fields.items("goals"):
        item.check_keys(("title", "description", "indicator", "status"), "a goal")
        value = {
            "title": item.text("title", required=True),
            "description": markdown_rich_text(item.text("description")),
            "indicator": item.text("indicator"),
            "status": item.choice("status", PROGRESS, default="planned"),
        }
        blocks.append(("goal", value))
    return blocks


def action_blocks(fields):
    blocks = []
    for item in fields.items("actions"):
        item.check_keys(
            ("title", "description", "goals", "owner", "timeline", "status"), "an action"
        )
        goals = item.data.get("goals")
        if isinstance(goals, int) and not isinstance(goals, bool):
            goals = [goals]
        if isinstance(goals, list):
            if not all(isinstance(n, int) and not isinstance(n, bool) for n in goals):
                raise item.error("goals", "must be goal numbers, e.g. [1, 3] or '1, 3'")
            goals = ", ".join(str(n) for n in goals)
        else:
            goals = item.text("goals")
            if not re.fullmatch(r"[\d,\s]*", goals):
                raise item.error("goals", "must be goal numbers, e.g. [1, 3] or '1, 3'")
        value = {
            "title": item.text("title", required=True),
            "description": markdown_rich_text(item.text("description")),
            "goals": goals,
            "owner": item.text("owner"),
            "timeline": item.text("timeline"),
            "status": item.choice("status", PROGRESS, default="planned"),
        }
        blocks.append(("action", value))
    return blocks


def meeting_blocks(fields):
    blocks = []
    allowed = (
        "date",
        "start_time",
        "end_time",
        "place",
        "topic",
        "participants",
        "outcomes",
        "photos",
    )
    for item in fields.items("meetings"):
        item.check_keys(allowed, "a meeting")
        start, end = item.time("start_time"), item.time("end_time")
        value = {
            "date": item.date("date", required=True).isoformat(),
            "start_time": start.isoformat() if start else None,
            "end_time": end.isoformat() if end else None,
            "place": item.text("place", required=True),
            "topic": item.text("topic", required=True),
            "participants": item.integer("participants"),
            "outcomes": markdown_rich_text(item.text("outcomes")),
            "photos": [
                {"type": "item", "value": photo_value(photo), "id": photo_id(item, m)}
                for m, photo in enumerate(item.items("photos"))
            ],
        }
        blocks.append(("meeting", value))
    return blocks


def set_dates(page, fields):
    """An event's dates. `in_days` counts days from the day of the import, so that
    a data file's events are upcoming whenever it is loaded (the demo's are); `date`
    is a fixed day. Times are local wall-clock time in the site's time zone."""
    model = page._meta.get_field("dates").related_model
    allowed = ("date", "in_days", "start_time", "end_date", "end_time")
    today = timezone.localdate()
    dates = []
    for item in fields.items("dates"):
        item.check_keys(allowed, "a date")
        if item.has("in_days") == item.has("date"):
            raise item.error("date", "give either date (YYYY-MM-DD) or in_days (a number)")
        day = item.date("date")
        if day is None:
            day = today + datetime.timedelta(days=item.integer("in_days"))
        end_date = item.date("end_date")
        dates.append(
            model(
                date=day,
                start_time=item.time("start_time"),
                end_date=end_date,
                end_time=item.time("end_time"),
            )
        )
    if not dates:
        raise fields.error("dates", "an event needs at least one date")

    def when(row):
        return (row.date, row.start_time, row.end_date, row.end_time)

    # Rows are replaced only if they differ: new rows would count as a change.
    if [when(row) for row in page.dates.all()] != [when(row) for row in dates]:
        page.dates = dates


def photo_value(item):
    """An image from the media library (by title) with its alternative text and credit."""
    item.check_keys(("image", "alt", "caption", "credit"), "a photo")
    title = item.text("image", required=True)
    image = image_by_title(title)
    if image is None:
        message = f"no image titled '{title}' (import it first with import_snippets)"
        raise item.error("image", message)
    return {
        "image": image.pk,
        "alt_text": item.text("alt", required=True, max_length=250),
        "caption": item.text("caption"),
        "credit": item.text("credit"),
    }


def photo_id(item, m):
    return str(uuid.uuid5(PHOTO_IDS, f"{item.label('photos')}/{m}"))


PHOTO_IDS = uuid.UUID("0b6a4e0e-5d0f-4b8e-9a7c-52f1d2f4a0c3")


def entries(fields, name, main_key):
    """The items of a list key, each as Fields; an item may be a mapping or, for short,
    just its main value (`- Birth certificate` for `- document: Birth certificate`)."""
    value = fields.data.get(name)
    if isinstance(value, list):
        value = [
            {main_key: item} if isinstance(item, str | int | float) else item for item in value
        ]
        return Fields(fields.source, {**fields.data, name: value}, fields.steps).items(name)
    return fields.items(name)


def struct_blocks(name, block_type, main_key, keys, context):
    """Stream blocks of one type from a list key: the main key is required, the other
    keys optional text; `rich` keys are Markdown."""

    def make_blocks(fields):
        blocks = []
        for item in entries(fields, name, main_key):
            item.check_keys(tuple(keys), context)
            value = {}
            for key, kind in keys.items():
                text = item.text(key, required=key == main_key)
                value[key] = markdown_rich_text(text) if kind == "rich" else text
            blocks.append((block_type, value))
        return blocks

    return make_blocks


def set_terms(page, fields, name):
    """A service's taxonomy terms (categories, target groups, life events, areas) by
    slug or name in the page's language. Terms are curated and translated in the admin,
    so an unknown one is an error rather than a new term made from a typo."""
    values = fields.data.get(name)
    values = [] if values in (None, "") else values
    values = [values] if isinstance(values, str) else values
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise fields.error(name, "must be a list of slugs or names, e.g. [families, older-people]")
    model = page._meta.get_field(name).related_model
    in_locale = model.objects.filter(locale=page.locale)
    terms = []
    for n, value in enumerate(values):
        value = value.strip()
        term = in_locale.filter(slug=value).first() or in_locale.filter(name__iexact=value).first()
        if term is None:
            slugs = list(in_locale.order_by("slug").values_list("slug", flat=True)[:13])
            known = ", ".join(slugs[:12]) + (", …" if len(slugs) > 12 else "") or "none yet"
            message = (
                f"no {model._meta.verbose_name} '{value}' in '{page.locale.language_code}' "
                f"(known: {known})"
            )
            raise fields.item_error(name, n, message)
        terms.append(term)
    getattr(page, name).set(terms)


def set_languages(page, fields):
    """Languages a service is offered in: codes such as `de`, `en`, `sgn`."""
    value = fields.data.get("languages")
    if isinstance(value, str):
        value = [code for code in re.split(r"[,\s]+", value) if code]
    value = [] if value is None else value
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise fields.error("languages", "must be a list of language codes, e.g. [de, en, sgn]")
    choices = [code for code, _name in page._meta.get_field("languages").base_field.choices]
    for n, code in enumerate(value):
        if code.strip() not in choices:
            message = f"'{code}' is not one of: {', '.join(choices)}"
            raise fields.item_error("languages", n, message)
    page.languages = list(dict.fromkeys(code.strip() for code in value))


def rich_text_setter(field_name):
    def set_rich_text(page, fields):
        setattr(page, field_name, markdown_rich_text(fields.text(field_name)))

    return set_rich_text


def stream_setter(field_name, make_blocks):
    def set_stream(page, fields):
        setattr(page, field_name, stream_data(page, field_name, make_blocks(fields)))

    return set_stream


FORM_FIELD_KEYS = ("label", "type", "required", "help_text", "choices", "default")


def set_form_fields(page, fields):
    """A form page's fields, in order: a label, a type of Wagtail's form builder
    (default `singleline`), `required` (default true), help text, choices (a list) and
    a default value. A translation stores its answers under the names the
    default-language page's fields have, field by field."""
    field_model = apps.get_model("formpages", "FormField")
    types = [choice for choice, _label in FORM_FIELD_CHOICES]
    source = (
        apps.get_model("formpages", "FormPage")
        .objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(locale=page.locale)
        .first()
    )
    names = [field.clean_name for field in source.form_fields.all()] if source else []
    # A re-import keeps the fields it finds (their ids, translation keys), so an
    # unchanged file makes no new revision.
    existing = list(page.form_fields.all()) if page.pk else []
    made = []
    for n, item in enumerate(fields.items("form_fields")):
        item.check_keys(FORM_FIELD_KEYS, "a form field")
        required = item.data.get("required", True)
        if not isinstance(required, bool):
            raise item.error("required", "must be true or false")
        choices = item.data.get("choices") or []
        if not isinstance(choices, list):
            raise item.error("choices", "must be a list (lines starting with '- ')")
        field = existing[n] if n < len(existing) else field_model()
        field.sort_order = n
        field.label = item.text("label", required=True, max_length=255)
        field.field_type = item.choice("type", types, default="singleline")
        field.required = required
        field.help_text = item.text("help_text")
        field.choices = "\n".join(str(choice).strip() for choice in choices)
        field.default_value = item.text("default")
        field.clean_name = names[n] if n < len(names) else get_field_clean_name(field.label)
        made.append(field)
    page.form_fields = made
