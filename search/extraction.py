"""What the index stores for one object: title, summary, body text, date and facets.

Text comes from each model's own `search_fields`, so a new page type (or new
fields on the service pages) is searchable without touching this app.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.encoding import force_str
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search import index

from .facets import facets_for
from .languages import config_for_language

# Fields shown under the title in listings: weighted above the body.
SUMMARY_FIELDS = {"summary", "search_description", "intro", "introduction"}
# A body this long is plenty for matching and snippets; tsvector has a 1 MB limit.
MAX_BODY_CHARS = 200_000


@dataclass
class Entry:
    """One row of IndexedDocument before it is written."""

    locale_id: int
    content_type_id: int
    config: str
    title: str
    summary: str = ""
    body: str = ""
    date: datetime.date | None = None
    facets: list = field(default_factory=list)
    page_id: int | None = None
    document_id: int | None = None


def flatten(value):
    """Text of a field value: strings, lists and dicts (StreamField content) joined."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(flatten(item) for item in value.values())
    return force_str(value)


def field_texts(obj, fields):
    """(field name, text) for every SearchField, following RelatedFields."""
    for search_field in fields:
        if isinstance(search_field, index.SearchField):
            yield search_field.field_name, flatten(search_field.get_value(obj))
        elif isinstance(search_field, index.RelatedFields):
            related = search_field.get_value(obj)
            if related is None:
                continue
            related_objects = related.all() if hasattr(related, "all") else [related]
            for related_object in related_objects:
                yield from field_texts(related_object, search_field.fields)


def split_texts(obj):
    title, summary, body = "", [], []
    for name, text in field_texts(obj, obj.get_search_fields()):
        text = " ".join(text.split())
        if not text:
            continue
        if name == "title":
            title = title or text
        elif name in SUMMARY_FIELDS:
            summary.append(text)
        else:
            body.append(text)
    return title, " ".join(summary), " ".join(body)[:MAX_BODY_CHARS]


def cached_locale(locale_id):
    """Locales are few and never change their language: one query per process, not per page."""
    locale = _locales.get(locale_id)
    if locale is None:
        _locales.update((loc.pk, loc) for loc in Locale.objects.all())
        locale = _locales.get(locale_id)
    return locale


_locales = {}


def forget_locales(**kwargs):
    _locales.clear()


def content_languages():
    return {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def page_entry(page):
    """The entry of a live page of a content language, or None if it must not be found."""
    if not page.live or page.depth < 2 or type(page) is Page:
        return None
    locale = cached_locale(page.locale_id)
    if locale is None or locale.language_code not in content_languages():
        return None
    title, summary, body = split_texts(page)
    date = getattr(page, "date", None)
    return Entry(
        page_id=page.pk,
        locale_id=locale.pk,
        content_type_id=page.content_type_id,
        config=config_for_language(locale.language_code),
        title=title or page.title,
        summary=summary,
        body=body,
        date=date if isinstance(date, datetime.date) else None,
        facets=facets_for(page),
    )


def document_entries(document):
    """A document in every content language: documents have no language of their own,
    and a citizen searching in Danish should still find the form they need.

    Documents in a collection with view restrictions are left out: their files
    are private."""
    if document.collection.get_view_restrictions().exists():
        return []
    title, summary, body = split_texts(document)
    content_type = ContentType.objects.get_for_model(type(document))
    locales = Locale.objects.filter(language_code__in=content_languages())
    return [
        Entry(
            document_id=document.pk,
            locale_id=locale.pk,
            content_type_id=content_type.pk,
            config=config_for_language(locale.language_code),
            title=title or document.title,
            summary=summary,
            body=body,
        )
        for locale in locales
    ]


def entries_for(obj):
    if isinstance(obj, Page):
        entry = page_entry(obj)
        return [entry] if entry else []
    if isinstance(obj, get_document_model()):
        return document_entries(obj)
    return []
