"""Event pages made as an editor makes them, with their dates, on the skeleton."""

import datetime

import factory

from services.events.models import EventDate, EventIndexPage, EventPage
from tests.factories import PageFactory


def at(day, hour=None, minute=0):
    """A date's fields: `day` (a date or "YYYY-MM-DD") and, unless all-day, a start time."""
    day = datetime.date.fromisoformat(day) if isinstance(day, str) else day
    fields = {"date": day}
    if hour is not None:
        fields["start_time"] = datetime.time(hour, minute)
    return fields


class EventIndexPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Veranstaltungen {n}")

    class Meta:
        model = EventIndexPage


class EventPageFactory(PageFactory):
    """dates=[{"date": …, "start_time": …, "end_time": …}, …] (see `at`)."""

    parent = factory.SubFactory(EventIndexPageFactory)
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    summary = factory.LazyAttribute(lambda o: f"Worum es bei {o.title} geht")

    class Meta:
        model = EventPage

    @factory.post_generation
    def dates(page, create, extracted, **kwargs):
        # In memory: the revision that the factory publishes afterwards saves them.
        page.dates = [EventDate(**fields) for fields in (extracted or [])]

    @factory.post_generation
    def target_groups(page, create, extracted, **kwargs):
        if extracted:
            page.target_groups = extracted

    @factory.post_generation
    def categories(page, create, extracted, **kwargs):
        if extracted:
            page.categories = extracted
