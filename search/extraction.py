"""What the index stores for one object: title, summary, body text, date and facets.

Text comes from each model's own `search_fields`, so a new page type (or new
fields on the service pages) is searchable without touching this app.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.encoding import force_str
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search import index

from .facets import facets_for
from .languages import config_for_language
from .readable import stream_text

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
    # Coordinated compounds spelled out (see coordinated_compounds): indexed, not shown.
    compounds: str = ""
    date: datetime.date | None = None
    facets: list = field(default_factory=list)
    page_id: int | None = None
    document_id: int | None = None


# Coordinated compounds share a part written once: "Sucht- und Drogenberatung"
# is "Suchtberatung" and "Drogenberatung", "Jugendhilfe und -beratung" is
# "Jugendhilfe" and "Jugendberatung". The page holds the whole second (first)
# word only; the citizen may type the other one. Per language: the conjunctions.
CONJUNCTIONS = {
    "de": ["und", "oder", "sowie", "bzw.", "bis"],
    "da": ["og", "eller", "samt", "til"],
    "fi": ["ja", "tai", "sekä"],
}
# The fragment's split-off part and the shared head need this many letters.
MIN_COMPOUND_PART = 3
MIN_COMPOUND_HEAD = 4
MAX_COMPOUNDS = 200  # per document: enough for any real page, bounded for odd ones


def coordination_patterns(language_code):
    words = CONJUNCTIONS.get((language_code or "").split("-")[0])
    if not words:
        return None
    conjunction = "|".join(re.escape(w) for w in words)
    # "A-, B- und C" (forward) and "A und -B" (backward); \w includes letters with accents.
    forward = re.compile(rf"((?:\b\w+-,?\s+)+)(?:{conjunction})\s+(\w+)")
    backward = re.compile(rf"\b(\w+)\s+(?:{conjunction})\s+-(\w+)")
    return forward, backward


def coordinated_compounds(text, language_code):
    """The compounds a coordination abbreviates, as text to index.

    Where the shared part begins inside the whole word is not known without a
    dictionary, so every split that leaves both sides MIN_COMPOUND_PART letters
    is given ("Suchtberatung", "Suchteratung", …): the wrong ones are words
    nobody types, the right one is found. That is a few words per coordination."""
    patterns = coordination_patterns(language_code)
    if not patterns or not text:
        return ""
    forward, backward = patterns
    found = []
    for match in forward.finditer(text):
        head_word = match.group(2)
        fragments = re.findall(r"(\w+)-", match.group(1))
        for fragment in fragments:
            for cut in range(MIN_COMPOUND_PART, len(head_word) - MIN_COMPOUND_HEAD + 1):
                found.append(fragment + head_word[cut:].lower())
    for match in backward.finditer(text):
        whole, fragment = match.group(1), match.group(2).lower()
        for cut in range(MIN_COMPOUND_PART, len(whole) - MIN_COMPOUND_PART + 1):
            found.append(whole[:cut] + fragment)
    return " ".join(found[:MAX_COMPOUNDS])


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


def field_value(obj, search_field):
    """A field's text; StreamFields as readable sentences (search/readable.py)."""
    value = getattr(obj, search_field.field_name, None)
    if isinstance(value, StreamValue):
        return stream_text(value)
    return flatten(search_field.get_value(obj))


def field_texts(obj, fields, locale_id=None):
    """(field name, text) for every SearchField, following RelatedFields.

    Related objects in another language than the page (a snippet not yet
    translated) are left out: a Danish result must not show German words."""
    for search_field in fields:
        if isinstance(search_field, index.SearchField):
            yield search_field.field_name, field_value(obj, search_field)
        elif isinstance(search_field, index.RelatedFields):
            related = search_field.get_value(obj)
            if related is None:
                continue
            related_objects = related.all() if hasattr(related, "all") else [related]
            for related_object in related_objects:
                other = getattr(related_object, "locale_id", None)
                if locale_id is not None and other is not None and other != locale_id:
                    continue
                yield from field_texts(related_object, search_field.fields, locale_id)


def split_texts(obj):
    title, summary, body = "", [], []
    for name, text in field_texts(obj, obj.get_search_fields(), getattr(obj, "locale_id", None)):
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
    # Labels of structured content ("Status: geplant") in the page's language.
    with translation.override(locale.language_code):
        title, summary, body = split_texts(page)
    date = getattr(page, "date", None)
    compounds = coordinated_compounds(" ".join([title, summary, body]), locale.language_code)
    return Entry(
        page_id=page.pk,
        locale_id=locale.pk,
        content_type_id=page.content_type_id,
        config=config_for_language(locale.language_code),
        title=title or page.title,
        summary=summary,
        body=body,
        compounds=compounds,
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
            compounds=coordinated_compounds(" ".join([title, summary, body]), locale.language_code),
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
