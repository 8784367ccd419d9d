"""Imported translations become wagtail-localize translations.

When `import_content` or `import_snippets` imports a page or snippet in another language
than the default one (LANGUAGE_CODE), and its version in the default language exists,
the import records it the way wagtail-localize's own "Translate" does: the translation
source is synced from the default-language version, a Translation for the target
language exists, and the imported text is stored as the translation of each source
string. So the translation dashboard and the translation editor treat an imported
translation like one made in the admin: up to date until the source changes, outdated
after, and a string the file does not translate (because its text has another
structure than the source, e.g. another number of paragraphs) shows as not translated.

Strings are paired by their place: the n-th string of a field or block in the source
with the n-th string of the same field or block in the translation (stream blocks keep
their ids across languages, see home/importing.py `stream_data`). A field or block whose
number of strings differs is left untranslated rather than paired wrongly.
"""

from collections import defaultdict

import polib
from django.conf import settings
from django.db.models import F
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def record_translation(instance):
    """Record `instance` as the translation of its default-language version; returns
    the Translation, or None for the default language or when there is no source."""
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        return None  # the common case of an import, without a query
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None or instance.locale_id == default.pk:
        return None
    original = instance.get_translation_or_none(default)
    if original is None:
        return None
    source, _created = TranslationSource.update_or_create_from_instance(original)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale_id=instance.locale_id, defaults={"enabled": True}
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    translation.import_po(strings_po(source, instance, translation), delete=True)
    if isinstance(instance, Page):
        # wagtail-localize copies a translated title into draft_title as its segment
        # stores it, HTML-escaped ("&lt;" for "<"); the import has just published the
        # page, so its draft title is its title.
        Page.objects.filter(pk=instance.pk).update(draft_title=F("title"))
    return translation


def strings_po(source, instance, translation):
    """The pairs (source string, translated string) as a PO file for Translation.import_po."""
    source_strings = defaultdict(list)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments.order_by("order"):
        source_strings[segment.context.path].append(segment.string.data)
    translated = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            translated[segment.path].append(segment.string.data)

    po = polib.POFile(wrapwidth=0)
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    for path, strings in source_strings.items():
        targets = translated.get(path, [])
        if len(targets) != len(strings):
            continue
        for msgid, msgstr in zip(strings, targets, strict=True):
            if msgstr and not po.find(msgid, msgctxt=path):
                po.append(polib.POEntry(msgctxt=path, msgid=msgid, msgstr=msgstr))
    return po
