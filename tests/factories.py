"""Factories for pages built on the demo tree (tests/conftest.py loads it)."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from home.keys import translation_key
from home.models import HomePage, StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "de"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


def demo_page(key, language="de"):
    """A page of the demo content by its key, in one language, as its own class."""
    return Page.objects.get(
        translation_key=translation_key(key), locale__language_code=language
    ).specific


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Startseite {n}")
    locale = factory.SubFactory(LocaleFactory)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    summary = "Eine kurze Beschreibung."
    locale = factory.LazyAttribute(lambda o: o.parent.locale)

    class Meta:
        model = StandardPage
