from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from wagtail.models import Page, PageViewRestriction


def view_restricted():
    """An expression: whether the page or one of its ancestors has a view restriction."""
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))


def public_pages(queryset):
    """Like PageQuerySet.public(), in the same query: Wagtail's version first
    loads every view restriction, one extra query per listing."""
    return queryset.exclude(view_restricted())


def localized_pages(page_ids, language):
    """{chosen page id: the live page to link to}, in one query: the chosen
    page's translation in `language` where one is live, else the chosen page.
    Each page's `is_restricted` says whether a view restriction covers it.

    Editors choose pages in the source language; visitors should land on
    their own language's version."""
    page_ids = [pk for pk in page_ids if pk]
    if not page_ids:
        return {}
    chosen_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    candidates = list(
        Page.objects.filter(
            Q(pk__in=page_ids) | Q(translation_key__in=chosen_keys, locale__language_code=language)
        )
        .live()
        .annotate(is_restricted=view_restricted())
    )
    by_key = {p.translation_key: p for p in candidates if p.pk not in page_ids}
    chosen = {p.pk: p for p in candidates if p.pk in page_ids}
    return {pk: by_key.get(page.translation_key, page) for pk, page in chosen.items()}


def language_preference(language):
    """Sort key for language codes: the visitor's language first, then the
    default language (the source of translations), then any other."""
    order = [language, settings.LANGUAGE_CODE]
    return lambda code: order.index(code) if code in order else len(order)


class TranslatableQuerySet(models.QuerySet):
    """The QuerySet of translatable snippets (TranslatableMixin)."""

    def localized(self, language):
        """These objects in `language` where translated, else as they are: one
        lazy query, usable as a subquery. Pages keep the snippets their source
        chose (translations synchronise them), so visitors get them swapped for
        their language's."""
        manager = self.model._default_manager
        translated = manager.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language
        )
        return manager.filter(
            Q(translation_key__in=self.values("translation_key"), locale__language_code=language)
            | (Q(pk__in=self.values("pk")) & ~Exists(translated))
        )
