"""The events listing: upcoming first, filters in two languages, past events,
pagination, bad input."""

import datetime

import pytest

from tests.events.factories import EventIndexPageFactory, EventPageFactory, at
from tests.events.helpers import errors, link, titles
from tests.factories import translate
from tests.services.factories import ServiceCategoryFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(now):
    """A German listing: events this week, this month, later, past, and a series."""
    index = EventIndexPageFactory(title="Termine")
    seniors = TargetGroupFactory(name="Seniorinnen und Senioren", slug="senioren")
    culture = ServiceCategoryFactory(name="Kultur", slug="kultur")
    EventPageFactory(
        parent=index, title="Lesung", dates=[at("2030-06-14", 19)], categories=[culture]
    )
    EventPageFactory(
        parent=index, title="Sprechstunde", dates=[at("2030-06-25", 9)], target_groups=[seniors]
    )
    EventPageFactory(parent=index, title="Herbstmarkt", dates=[at("2030-09-20")])
    EventPageFactory(parent=index, title="Vorbei", dates=[at("2030-06-01", 18)])
    EventPageFactory(
        parent=index,
        title="Kurs",
        dates=[at("2030-06-05", 17), at("2030-06-13", 17), at("2030-07-10", 17)],
        target_groups=[seniors],
        categories=[culture],
    )
    # Started an hour ago, ends at noon: still listed.
    EventPageFactory(
        parent=index,
        title="Läuft gerade",
        dates=[at("2030-06-12", 9) | {"end_time": datetime.time(12)}],
    )
    return {"index": index, "seniors": seniors, "culture": culture}


def test_upcoming_events_come_by_their_next_date(client, listing):
    response = client.get(listing["index"].url)
    assert response.status_code == 200
    assert titles(response.content) == [
        "Läuft gerade",
        "Kurs",
        "Lesung",
        "Sprechstunde",
        "Herbstmarkt",
    ]
    assert "und 2 weitere Termine" in response.content.decode()


def test_past_events_have_their_own_page_most_recent_first(client, listing):
    EventPageFactory(parent=listing["index"], title="Früher", dates=[at("2030-05-01")])
    response = client.get(listing["index"].url + "past/")
    assert response.status_code == 200
    assert titles(response.content) == ["Vorbei", "Früher"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"when": "week"}, ["Läuft gerade", "Kurs", "Lesung"]),
        ({"when": "month"}, ["Läuft gerade", "Kurs", "Lesung", "Sprechstunde"]),
        ({"start": "2030-06-20", "end": "2030-07-10"}, ["Sprechstunde", "Kurs"]),
        ({"start": "2030-07-11"}, ["Herbstmarkt"]),
        ({"end": "2030-06-13"}, ["Läuft gerade", "Kurs"]),
        ({"target_group": "senioren"}, ["Kurs", "Sprechstunde"]),
        ({"category": "kultur", "when": "week"}, ["Kurs", "Lesung"]),
    ],
)
def test_filters(client, listing, query, expected):
    response = client.get(listing["index"].url, query)
    assert response.status_code == 200
    assert titles(response.content) == expected


def test_a_range_shows_the_date_in_the_range_not_the_next_one(client, listing):
    response = client.get(listing["index"].url, {"start": "2030-07-01", "end": "2030-07-31"})
    assert titles(response.content) == ["Kurs"]
    assert "10. Juli 2030" in response.content.decode()


def test_english_listing_filters_by_the_english_terms_of_translated_events(client, listing):
    english_index = translate(listing["index"], "en", title="Events", slug="events")
    translate(listing["seniors"], "en", name="Older people", slug="older-people")
    for page in listing["index"].get_children().specific():
        translate(page, "en", title=f"EN {page.title}")
    response = client.get(english_index.url)
    assert titles(response.content) == [
        "EN Läuft gerade",
        "EN Kurs",
        "EN Lesung",
        "EN Sprechstunde",
        "EN Herbstmarkt",
    ]
    body = response.content.decode()
    assert '<option value="older-people">Older people</option>' in body
    assert "Seniorinnen" not in body
    filtered = client.get(english_index.url, {"target_group": "older-people"})
    assert titles(filtered.content) == ["EN Kurs", "EN Sprechstunde"]
    # The German listing is untouched by the English pages.
    assert "EN Kurs" not in client.get(listing["index"].url).content.decode()


def test_pagination_keeps_the_filters(client, now):
    index = EventIndexPageFactory(title="Viele Termine")
    for n in range(12):
        EventPageFactory(parent=index, title=f"Termin {n:02}", dates=[at(f"2030-06-{13 + n}", 10)])
    first = client.get(index.url, {"when": "month"})
    assert titles(first.content) == [f"Termin {n:02}" for n in range(10)]
    next_url = link(first.content, "next")
    assert "when=month" in next_url and "page=2" in next_url
    second = client.get(next_url)
    assert titles(second.content) == ["Termin 10", "Termin 11"]
    assert link(second.content, "next") is None


@pytest.mark.parametrize(
    ("language", "query", "message"),
    [
        ("de", {"start": "2030-07-10", "end": "2030-07-01"}, "Das Ende des Zeitraums liegt vor"),
        ("en", {"start": "2030-07-10", "end": "2030-07-01"}, "The end of the date range is"),
        ("de", {"start": "morgen"}, "gültiges Datum"),
        ("en", {"start": "tomorrow"}, "valid date"),
        ("de", {"end": "9999-12-31"}, "zwischen den Jahren 1900 und 2999"),
        ("en", {"when": "year"}, "Select a valid choice"),
        ("de", {"target_group": "gibt-es-nicht"}, "gültige Auswahl"),
        ("de", {"when": "week", "start": "2030-06-01"}, "entweder einen Zeitraum"),
    ],
)
def test_bad_filters_are_a_400_in_the_visitors_language(client, listing, language, query, message):
    index = listing["index"]
    if language == "en":
        index = translate(index, "en", title="Events", slug="events")
    response = client.get(index.url, query)
    assert response.status_code == 400
    assert any(message in error for error in errors(response.content)), errors(response.content)
    calendar = client.get(index.url + "calendar/", query)
    assert calendar.status_code == 400
    assert message in calendar.content.decode()


def test_midnight_ends_an_all_day_event(client, time_machine, now):
    index = EventIndexPageFactory(title="Mitternacht")
    EventPageFactory(parent=index, title="Tag der offenen Tür", dates=[at("2030-06-12")])
    late = datetime.datetime(2030, 6, 12, 23, 59, 59, tzinfo=now.tzinfo)
    time_machine.move_to(late, tick=False)
    assert titles(client.get(index.url).content) == ["Tag der offenen Tür"]
    time_machine.move_to(late + datetime.timedelta(seconds=1), tick=False)
    assert titles(client.get(index.url).content) == []
    assert titles(client.get(index.url + "past/").content) == ["Tag der offenen Tür"]


def test_an_event_past_midnight_belongs_to_the_day_it_starts_and_ends(client, now):
    index = EventIndexPageFactory(title="Nachts")
    night = at("2030-06-14", 22) | {
        "end_date": datetime.date(2030, 6, 15),
        "end_time": datetime.time(2, 0),
    }
    EventPageFactory(parent=index, title="Lange Nacht", dates=[night])
    # Overlaps the 15th, though it starts on the 14th.
    response = client.get(index.url, {"start": "2030-06-15", "end": "2030-06-15"})
    assert titles(response.content) == ["Lange Nacht"]
    # Not the 16th: it is over at 02:00 on the 15th.
    response = client.get(index.url, {"start": "2030-06-16"})
    assert titles(response.content) == []


def test_past_events_are_paginated_too(client, now):
    index = EventIndexPageFactory(title="Archiv")
    for n in range(12):
        EventPageFactory(parent=index, title=f"Alt {n:02}", dates=[at(f"2030-05-{10 + n}", 10)])
    first = client.get(index.url + "past/")
    assert titles(first.content) == [f"Alt {n:02}" for n in range(11, 1, -1)]
    second = client.get(link(first.content, "next"))
    assert second.status_code == 200
    assert titles(second.content) == ["Alt 01", "Alt 00"]
