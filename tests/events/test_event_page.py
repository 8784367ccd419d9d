"""An event page and its files: the .ics (read with icalendar), the feeds (read
with feedparser), schema.org JSON-LD, the admin, the care network, the search,
the page cache."""

import datetime
import json

import feedparser
import icalendar
import lxml.html
import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from search.backend_settings import SITE_BACKEND
from services.events.models import EventPage
from tests.events.conftest import BERLIN
from tests.events.factories import EventIndexPageFactory, EventPageFactory, at
from tests.events.helpers import titles
from tests.factories import CareNetworkPageFactory, OrganisationFactory, translate
from tests.services.factories import ServiceLocationFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db


def vevents(content):
    calendar = icalendar.Calendar.from_ical(content)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


@pytest.fixture
def reading(now):
    index = EventIndexPageFactory(title="Kalender")
    event = EventPageFactory(
        parent=index,
        title="Vorlesestunde",
        summary="Geschichten für Kinder",
        location=ServiceLocationFactory(name="Stadtbibliothek", street_address="Markt 2"),
        organiser=OrganisationFactory(name="Bibliotheksverein"),
        cost="Kostenlos",
        registration_url="https://example.org/anmelden",
        registration_deadline=datetime.date(2030, 6, 20),
        target_groups=[TargetGroupFactory(name="Familien", slug="familien")],
        dates=[
            at("2030-06-21", 16) | {"end_time": datetime.time(17, 30)},
            at("2030-06-28", 16) | {"end_time": datetime.time(17, 30)},
        ],
    )
    return index, event


def test_the_event_page_shows_what_citizens_need(client, reading):
    _index, event = reading
    response = client.get(event.url)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content)
    facts = " ".join(tree.xpath("string(//dl[@class='event-facts'])").split())
    for expected in [
        "Freitag, 21. Juni 2030, 16:00–17:30",
        "Freitag, 28. Juni 2030, 16:00–17:30",
        "Stadtbibliothek",
        "Bibliotheksverein",
        "Kostenlos",
        "bis 20. Juni 2030",
        "Familien",
    ]:
        assert expected in facts


def test_ics_per_event_is_valid_icalendar_with_every_date(client, reading):
    _index, event = reading
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = vevents(response.content)
    assert [e.decoded("dtstart") for e in events] == [
        datetime.datetime(2030, 6, 21, 16, tzinfo=BERLIN),
        datetime.datetime(2030, 6, 28, 16, tzinfo=BERLIN),
    ]
    assert all(str(e["summary"]) == "Vorlesestunde" for e in events)
    assert "Stadtbibliothek" in str(events[0]["location"])
    assert str(events[0]["url"]) == event.full_url


def test_ics_keeps_local_time_across_summer_time_changes(client, now):
    """Last Sundays of March and October 2030: 10:00 in Berlin either side of the change."""
    event = EventPageFactory(
        title="Sonntagsführung",
        dates=[at("2030-03-31", 10), at("2030-10-27", 10), at("2030-12-24")],
    )
    events = vevents(client.get(event.url + "calendar/").content)
    starts = [e.decoded("dtstart") for e in events]
    assert [(s.hour, s.minute) for s in starts[:2]] == [(10, 0), (10, 0)]
    assert all(str(s.tzinfo) == "Europe/Berlin" for s in starts[:2])
    assert [s.astimezone(datetime.UTC).hour for s in starts[:2]] == [8, 9]
    assert (
        "TZID=Europe/Berlin:20300331T100000" in client.get(event.url + "calendar/").content.decode()
    )
    # All day: a date, ending (exclusively) the next day.
    assert starts[2] == datetime.date(2030, 12, 24)
    assert events[2].decoded("dtend") == datetime.date(2030, 12, 25)


def test_listing_calendar_has_the_listings_filters(client, reading):
    index, _event = reading
    EventPageFactory(parent=index, title="Sommerfest", dates=[at("2030-07-05")])
    all_events = vevents(client.get(index.url + "calendar/").content)
    assert sorted(str(e["summary"]) for e in all_events) == [
        "Sommerfest",
        "Vorlesestunde",
        "Vorlesestunde",
    ]
    filtered = vevents(client.get(index.url + "calendar/", {"target_group": "familien"}).content)
    assert {str(e["summary"]) for e in filtered} == {"Vorlesestunde"}


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_list_upcoming_events_next_first(client, reading, kind):
    index, _event = reading
    EventPageFactory(parent=index, title="Sommerfest", dates=[at("2030-07-05")])
    EventPageFactory(parent=index, title="Gestern", dates=[at("2030-06-11")])
    response = client.get(f"{index.url}feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.title == "Kalender"
    assert [entry.title for entry in feed.entries] == ["Vorlesestunde", "Sommerfest"]
    assert feed.entries[0].link == EventPage.objects.get(title="Vorlesestunde").full_url
    assert "21. Juni 2030" in feed.entries[0].summary


def test_json_ld_describes_one_event_per_date(client, reading):
    _index, event = reading
    tree = lxml.html.fromstring(client.get(event.url).content)
    [script] = tree.xpath("//script[@type='application/ld+json']/text()")
    graph = json.loads(script)["@graph"]
    assert [e["startDate"] for e in graph] == [
        "2030-06-21T16:00:00+02:00",
        "2030-06-28T16:00:00+02:00",
    ]
    first = graph[0]
    assert first["@type"] == "Event"
    assert first["name"] == "Vorlesestunde"
    assert first["endDate"] == "2030-06-21T17:30:00+02:00"
    assert first["location"]["name"] == "Stadtbibliothek"
    assert first["location"]["address"]["streetAddress"] == "Markt 2"
    assert first["organizer"]["name"] == "Bibliotheksverein"
    assert first["offers"]["url"] == "https://example.org/anmelden"
    assert first["audience"] == [{"@type": "Audience", "audienceType": "Familien"}]


def test_a_translation_shows_its_terms_in_its_language(client, reading):
    _index, event = reading
    group = event.target_groups.get()
    translate(group, "en", name="Families", slug="families")
    english = translate(event, "en", title="Story time", slug="story-time")
    body = client.get(english.url).content.decode()
    assert "Families" in body and "Familien" not in body
    assert "Friday, June 21, 2030" in " ".join(body.split()) or "21 June 2030" in body


def test_editors_create_an_event_with_two_dates_in_the_admin(now, admin_client):
    index = EventIndexPageFactory(title="Im Admin")
    data = nested_form_data(
        {
            "title": "Bürgerversammlung",
            "slug": "buergerversammlung",
            "summary": "Der Kreistag informiert",
            "dates": inline_formset(
                [
                    {
                        "date": "2030-07-01",
                        "start_time": "18:00",
                        "end_date": "",
                        "end_time": "20:00",
                    },
                    {"date": "2030-07-08", "start_time": "", "end_date": "", "end_time": ""},
                ]
            ),
            "location": "",
            "address": "Kreishaus\nMarkt 1",
            "organiser": "",
            "cost": "",
            "registration_url": "",
            "registration_deadline": "",
            "accessibility_notes": "Stufenloser Zugang",
            "image": "",
            "image_alt": "",
            "image_credit": "",
            "body": streamfield([]),
            "related_pages": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event = EventPage.objects.get(slug="buergerversammlung")
    assert [(d.starts_at, d.ends_at) for d in event.sorted_dates()] == [
        (
            datetime.datetime(2030, 7, 1, 18, tzinfo=BERLIN),
            datetime.datetime(2030, 7, 1, 20, tzinfo=BERLIN),
        ),
        (
            datetime.datetime(2030, 7, 8, tzinfo=BERLIN),
            datetime.datetime(2030, 7, 9, tzinfo=BERLIN),
        ),
    ]
    assert titles(Client().get(index.url).content) == ["Bürgerversammlung"]


def test_the_admin_refuses_a_date_that_ends_before_it_starts(now, admin_client):
    index = EventIndexPageFactory(title="Fehler")
    data = nested_form_data(
        {
            "title": "Falsch",
            "slug": "falsch",
            "summary": "",
            "dates": inline_formset(
                [{"date": "2030-07-01", "start_time": "18:00", "end_date": "", "end_time": "17:00"}]
            ),
            "body": streamfield([]),
            "related_pages": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="falsch").exists()


def test_a_network_meeting_is_entered_once_and_shown_on_both_pages(client, now):
    network = CareNetworkPageFactory(title="Pflegenetzwerk")
    index = EventIndexPageFactory(title="Alle Termine")
    EventPageFactory(parent=network, title="Netzwerktreffen", dates=[at("2030-06-19", 14)])
    network_page = client.get(network.url).content.decode()
    assert "Netzwerktreffen" in network_page
    assert "Anstehende Treffen" in network_page
    assert titles(client.get(index.url).content) == ["Netzwerktreffen"]


def test_the_site_search_finds_event_pages(client, now):
    get_search_backend(SITE_BACKEND).get_index_for_model(Page).reset()
    event = EventPageFactory(title="Kräuterwanderung", dates=[at("2030-06-30", 10)])
    get_search_backend(SITE_BACKEND).add(event)
    response = client.get("/de/search/", {"q": "Kräuterwanderung"})
    assert response.status_code == 200
    assert "Kräuterwanderung" in [hit.title for hit in response.context["results"].hits]


def test_a_cached_listing_expires_when_the_next_event_ends(client, settings, time_machine, now):
    settings.PAGE_CACHE_ENABLED = True
    index = EventIndexPageFactory(title="Gecacht")
    EventPageFactory(
        parent=index,
        title="Bald vorbei",
        dates=[at("2030-06-12", 9) | {"end_time": datetime.time(10, 0, 30)}],
    )
    first = Client().get(index.url)
    assert "s-maxage=30" in first["Cache-Control"]
    assert titles(first.content) == ["Bald vorbei"]
    assert Client().get(index.url)["X-Page-Cache"] == "hit"
    time_machine.move_to(now + datetime.timedelta(seconds=31), tick=False)
    later = Client().get(index.url)
    assert later["X-Page-Cache"] == "miss"
    assert titles(later.content) == []
