"""What import files refer to by name: images and documents by title, pages and
translatable snippets by key, in the wanted language or else in the default one."""

import uuid

from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from home.keys import translation_key


def image_by_title(title):
    return get_image_model().objects.filter(title=title).order_by("pk").first()


def document_by_title(title):
    return get_document_model().objects.filter(title=title).order_by("pk").first()


def in_locale(queryset, locale):
    """The object of `queryset` in `locale`, else the one in the default language."""
    return (
        queryset.filter(locale=locale).first()
        or queryset.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def snippet_by_key(model, key, locale):
    return in_locale(model.objects.filter(translation_key=translation_key(key)), locale)


def page_by_key(key, locale):
    """The page of `key`: an import file's key, or a translation key itself (a
    service's HSDS id is its translation key)."""
    try:
        key = uuid.UUID(str(key))
    except ValueError:
        key = translation_key(key)
    return in_locale(Page.objects.filter(translation_key=key), locale)
