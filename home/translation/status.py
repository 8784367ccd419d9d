"""Whether each translation is up to date, outdated, in progress or missing.

The source of every translation is its version in the default language
(LANGUAGE_CODE). A translation is *outdated* when the source changed after the
translation was last published, or, for translations that wagtail-localize
manages, when the source changed after it was last synced: until someone syncs
and publishes, translators and citizens are told.

"Changed" means, for pages, published (Wagtail's last_published_at); for
snippets, which have no publication date, the latest change in Wagtail's audit
log (edits in the admin and `import_services`, which logs like the admin; code
that changes snippets must log too), and for managed translations the last sync.
The importers (and so the demo) record what they import as wagtail-localize
translations. Translations made otherwise, pages that merely share a
translation key, are compared by those dates alone; they open in the ordinary
editor rather than the translation editor, and "Translate this page" can
bring them under wagtail-localize.

Everything here runs a fixed number of queries, whatever the number of pages:
one per query below, and one per translatable snippet model.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from wagtail.models import Locale, ModelLogEntry, Page
from wagtail_localize.models import Translation

from home.querysets import public_pages
from home.translation.groups import translatable_snippet_models

UP_TO_DATE = "up_to_date"
OUTDATED = "outdated"
IN_PROGRESS = "in_progress"  # a translation exists but was never published
MISSING = "missing"
STATUSES = [UP_TO_DATE, OUTDATED, IN_PROGRESS, MISSING]


@dataclass
class Row:
    kind: str  # "page" or "snippet"
    title: str
    source_id: object
    translation_id: object | None
    status: str
    source_changed_at: datetime | None
    managed: bool = False
    model: type | None = None
    # A missing page whose parent is missing too: translate that first, as the
    # translation has nowhere to go until then.
    missing_parent: str | None = None


@dataclass
class LocaleReport:
    locale: Locale
    rows: list = field(default_factory=list)

    def counts(self, kind=None):
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            if kind is None or row.kind == kind:
                counts[row.status] += 1
        return counts

    def by_status(self, status):
        return [row for row in self.rows if row.status == status]


def is_outdated(source_changed, translation_changed, synced_at):
    if source_changed is None:
        return False
    if translation_changed is None or translation_changed < source_changed:
        return True
    return synced_at is not None and synced_at < source_changed


def _synced(content_type_ids, keys):
    """{(translation key, target locale id): when its source was last synced}."""
    return {
        (key, locale_id): synced_at
        for key, locale_id, synced_at in Translation.objects.filter(
            enabled=True,
            source__object_id__in=keys,
            source__locale__language_code=settings.LANGUAGE_CODE,
            source__specific_content_type_id__in=content_type_ids,
        ).values_list("source__object_id", "target_locale_id", "source__last_updated_at")
    }


def page_rows(locales, section=None, public_only=False):
    """Rows for the live pages of the default language (within `section`), per
    locale; with `public_only`, none behind a view restriction (translators may
    neither translate those nor learn their titles)."""
    sources = Page.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        depth__gt=1,
        live=True,
        alias_of__isnull=True,
    )
    if public_only:
        sources = public_pages(sources)
    if section is not None:
        sources = sources.filter(path__startswith=section.path)
    sources = list(
        sources.order_by("path").values(
            "pk", "title", "path", "translation_key", "last_published_at", "content_type_id"
        )
    )
    by_path = {s["path"]: s for s in sources}
    keys = [s["translation_key"] for s in sources]
    versions = {
        (v["translation_key"], v["locale_id"]): v
        for v in Page.objects.filter(
            translation_key__in=keys, locale__in=locales, alias_of__isnull=True
        ).values("pk", "translation_key", "locale_id", "live", "last_published_at")
    }
    synced = _synced({s["content_type_id"] for s in sources}, keys)
    rows = defaultdict(list)
    for locale in locales:
        for source in sources:
            key = source["translation_key"]
            version = versions.get((key, locale.pk))
            managed = (key, locale.pk) in synced
            missing_parent = None
            if version is None:
                status = MISSING
                parent = by_path.get(source["path"][: -Page.steplen])
                if parent and (parent["translation_key"], locale.pk) not in versions:
                    missing_parent = parent["title"]
            elif not version["live"]:
                status = IN_PROGRESS
            elif is_outdated(
                source["last_published_at"],
                version["last_published_at"],
                synced.get((key, locale.pk)),
            ):
                status = OUTDATED
            else:
                status = UP_TO_DATE
            rows[locale.pk].append(
                Row(
                    kind="page",
                    title=source["title"],
                    source_id=source["pk"],
                    translation_id=version["pk"] if version else None,
                    status=status,
                    source_changed_at=source["last_published_at"],
                    managed=managed,
                    missing_parent=missing_parent,
                )
            )
    return rows


def snippet_rows(locales):
    """Rows for every translatable snippet of the default language, per locale."""
    rows = defaultdict(list)
    models = translatable_snippet_models()
    content_types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    objects = {}  # model -> (sources, {(key, locale id): pk})
    for model in models:
        # One query per model: the sources and their translations together.
        everything = list(
            model.objects.filter(
                locale__language_code__in=[settings.LANGUAGE_CODE]
                + [locale.language_code for locale in locales]
            ).select_related("locale")
        )
        sources = [o for o in everything if o.locale.language_code == settings.LANGUAGE_CODE]
        versions = {
            (o.translation_key, o.locale_id): o.pk
            for o in everything
            if o.locale.language_code != settings.LANGUAGE_CODE
        }
        objects[model] = (sources, versions)

    changes = {
        (content_type_id, object_id): timestamp
        for content_type_id, object_id, timestamp in ModelLogEntry.objects.filter(
            content_type__in=content_types.values()
        )
        .values("content_type_id", "object_id")
        .annotate(latest=Max("timestamp"))
        .values_list("content_type_id", "object_id", "latest")
    }
    keys = [o.translation_key for sources, _ in objects.values() for o in sources]
    synced = _synced([ct.pk for ct in content_types.values()], keys)

    for model, (sources, versions) in objects.items():
        content_type_id = content_types[model].pk
        for locale in locales:
            for source in sources:
                key = source.translation_key
                pk = versions.get((key, locale.pk))
                synced_at = synced.get((key, locale.pk))
                source_changed = changes.get((content_type_id, str(source.pk)))
                if pk is None:
                    status = MISSING
                else:
                    translation_changed = max(
                        (t for t in (changes.get((content_type_id, str(pk))), synced_at) if t),
                        default=None,
                    )
                    outdated = is_outdated(source_changed, translation_changed, synced_at)
                    status = OUTDATED if outdated else UP_TO_DATE
                rows[locale.pk].append(
                    Row(
                        kind="snippet",
                        title=str(source),
                        source_id=source.pk,
                        translation_id=pk,
                        status=status,
                        source_changed_at=source_changed,
                        managed=synced_at is not None,
                        model=model,
                    )
                )
    return rows


def translation_reports(
    locales, section=None, include_pages=True, include_snippets=True, public_only=False
):
    """One LocaleReport per locale (never the default one)."""
    locales = [locale for locale in locales if locale.language_code != settings.LANGUAGE_CODE]
    pages = page_rows(locales, section, public_only) if include_pages else {}
    snippets = snippet_rows(locales) if include_snippets else {}
    return [
        LocaleReport(locale=locale, rows=pages.get(locale.pk, []) + snippets.get(locale.pk, []))
        for locale in locales
    ]
