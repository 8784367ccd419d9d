"""Factories for service tests, built on the `setup_site` skeleton (tests/conftest.py):
its service index per language is `skeleton_page("services", language)`."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from services.models import (
    LifeEvent,
    OpeningHours,
    OpeningHoursException,
    ServiceArea,
    ServiceCategory,
    ServiceIndexPage,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)


def german():
    return Locale.objects.get(language_code="de")


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.Sequence(lambda n: f"begriff-{n}")
    locale = factory.LazyFunction(german)


class ServiceCategoryFactory(TermFactory):
    class Meta:
        model = ServiceCategory


class TargetGroupFactory(TermFactory):
    class Meta:
        model = TargetGroup


class LifeEventFactory(TermFactory):
    class Meta:
        model = LifeEvent


class ServiceAreaFactory(TermFactory):
    class Meta:
        model = ServiceArea


class ServiceLocationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dienststelle {n}")
    street_address = "Marktplatz 1"
    postal_code = "12345"
    locality = "Lindenau"
    locale = factory.LazyFunction(german)

    class Meta:
        model = ServiceLocation


def weekly_hours(location, days=range(5), opens="08:00", closes="16:00"):
    """Regular hours on `days` (0 = Monday)."""
    for day in days:
        OpeningHours.objects.create(
            location=location,
            weekday=day,
            opens=datetime.time.fromisoformat(opens),
            closes=datetime.time.fromisoformat(closes),
        )


def exception(location, start, end=None, kind="public_holiday", opens=None, closes=None):
    return OpeningHoursException.objects.create(
        location=location,
        start_date=start,
        end_date=end,
        kind=kind,
        opens=datetime.time.fromisoformat(opens) if opens else None,
        closes=datetime.time.fromisoformat(closes) if closes else None,
    )


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test-Leistungen {n}")
    slug = factory.Sequence(lambda n: f"test-leistungen-{n}")
    locale = factory.LazyAttribute(lambda o: o.parent.locale)

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leistung {n}")
    slug = factory.Sequence(lambda n: f"leistung-{n}")
    summary = factory.LazyAttribute(lambda o: f"Kurzbeschreibung von {o.title}")
    locale = factory.LazyAttribute(lambda o: o.parent.locale)

    class Meta:
        model = ServicePage
        skip_postgeneration_save = True

    @factory.post_generation
    def relations(self, create, extracted, **kwargs):
        """relations={"categories": [...], "locations": [...], …}: many-to-many values."""
        for name, values in (extracted or {}).items():
            getattr(self, name).set(values)
        if extracted and create:
            self.save()
