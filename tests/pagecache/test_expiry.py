"""Time-dependent pages leave the page cache when what they show changes."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.test import Client
from lxml import html

from tests.factories import NewsPageFactory, skeleton_page
from tests.services.factories import ServiceLocationFactory, ServicePageFactory, weekly_hours

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")
# A Wednesday in December: no summer time, no holiday.
AT_11_59 = datetime.datetime(2026, 12, 2, 11, 59, tzinfo=BERLIN)
AT_12_00_01 = datetime.datetime(2026, 12, 2, 12, 0, 1, tzinfo=BERLIN)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def service_with_hours(title, opens, closes):
    location = ServiceLocationFactory(name=f"Büro {title}")
    weekly_hours(location, days=range(7), opens=opens, closes=closes)
    service = ServicePageFactory(parent=skeleton_page("services"), title=title)
    service.locations.set([location])
    service.save_revision().publish()
    return service


def listed(url):
    """(response, titles of the services listed, titles marked "open now")."""
    response = Client().get(url)
    tree = html.fromstring(response.content)
    teasers = tree.xpath('//article[contains(@class, "service-teaser")]')
    titles = [t.xpath("string(.//h3)").strip() for t in teasers]
    open_now = [
        t.xpath("string(.//h3)").strip()
        for t in teasers
        if t.xpath('.//*[contains(@class, "service-badge-open")]')
    ]
    return response, titles, open_now


def test_the_open_now_filter_is_fresh_when_a_location_closes(time_machine):
    """Cached at 11:59 with an office closing at 12:00: at 12:00:01 the service is
    no longer "open now", though the page was cached for a minute only."""
    service_with_hours("Ausweis beantragen", "08:00", "12:00")
    service_with_hours("Hund anmelden", "08:00", "18:00")
    url = skeleton_page("services").url + "?open_now=1"

    time_machine.move_to(AT_11_59, tick=False)
    before, titles, _open = listed(url)
    assert sorted(titles) == ["Ausweis beantragen", "Hund anmelden"]
    assert before["X-Page-Cache"] == "miss"
    assert "s-maxage=60" in before["Cache-Control"]  # the closing is a minute away
    assert listed(url)[0]["X-Page-Cache"] == "hit"

    time_machine.move_to(AT_12_00_01, tick=False)
    after, titles, _open = listed(url)
    assert after["X-Page-Cache"] == "miss"
    assert titles == ["Hund anmelden"]


def test_a_location_that_opens_joins_the_open_now_results_on_time(time_machine):
    """The expiry counts every listed service's locations, not only those shown:
    an office opening at 12:00 was not in the 11:59 results, and is at 12:00:01."""
    service_with_hours("Ausweis beantragen", "08:00", "18:00")
    service_with_hours("Bauantrag stellen", "12:00", "16:00")
    url = skeleton_page("services").url + "?open_now=1"

    time_machine.move_to(AT_11_59, tick=False)
    assert listed(url)[1] == ["Ausweis beantragen"]
    time_machine.move_to(AT_12_00_01, tick=False)
    assert sorted(listed(url)[1]) == ["Ausweis beantragen", "Bauantrag stellen"]


def test_the_unfiltered_directorys_open_now_badges_are_fresh(time_machine):
    service_with_hours("Ausweis beantragen", "08:00", "12:00")
    url = skeleton_page("services").url

    time_machine.move_to(AT_11_59, tick=False)
    _response, titles, open_now = listed(url)
    assert titles == ["Ausweis beantragen"] and open_now == ["Ausweis beantragen"]
    assert listed(url)[0]["X-Page-Cache"] == "hit"

    time_machine.move_to(AT_12_00_01, tick=False)
    response, titles, open_now = listed(url)
    assert response["X-Page-Cache"] == "miss"
    assert titles == ["Ausweis beantragen"] and open_now == []


def test_a_directory_without_opening_hours_lives_until_midnight(time_machine):
    ServicePageFactory(parent=skeleton_page("services"), title="Online-Antrag")
    time_machine.move_to(datetime.datetime(2026, 12, 2, 23, 0, tzinfo=BERLIN), tick=False)
    response = Client().get(skeleton_page("services").url)
    assert "s-maxage=60" in response["Cache-Control"]  # the proxy's own bound
    time_machine.move_to(datetime.datetime(2026, 12, 2, 23, 59, 59, tzinfo=BERLIN), tick=False)
    assert Client().get(skeleton_page("services").url)["X-Page-Cache"] == "hit"


def test_a_scheduled_news_item_is_listed_once_the_scheduler_publishes_it(time_machine):
    """The news list needs no expiry of its own at go_live_at: a scheduled page goes
    live only when publish_scheduled publishes it, and that publish changes the
    generation; an expiry at go_live_at would only re-render the list without it."""
    time_machine.move_to(AT_11_59, tick=False)
    item = NewsPageFactory(title="Kreistag tagt", live=False)
    revision = item.save_revision()
    revision.approved_go_live_at = datetime.datetime(2026, 12, 2, 12, 0, tzinfo=BERLIN)
    revision.save()
    news_url = skeleton_page("news").url

    first = Client().get(news_url)
    assert b"Kreistag tagt" not in first.content
    assert Client().get(news_url)["X-Page-Cache"] == "hit"

    time_machine.move_to(AT_12_00_01, tick=False)
    call_command("publish_scheduled", verbosity=0)
    response = Client().get(news_url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Kreistag tagt" in response.content


def test_a_place_shared_by_two_services_shows_the_right_status_on_each(time_machine):
    """A place's section is kept per generation and shared by every service there
    (services/templatetags/service_tags.py): read on one service at 11:59, it must
    not come back on the other at 12:00:01, nor after its hours were edited."""
    first = service_with_hours("Ausweis beantragen", "08:00", "12:00")
    place = first.locations.get()
    second = ServicePageFactory(parent=skeleton_page("services"), title="Pass beantragen")
    second.locations.set([place])
    second.save_revision().publish()

    def status(service):
        tree = html.fromstring(Client().get(service.url).content)
        return tree.xpath('string(//p[contains(@class, "open-status")]/strong)').strip()

    time_machine.move_to(AT_11_59, tick=False)
    assert status(first) == status(second) == "Jetzt geöffnet, bis 12:00"
    time_machine.move_to(AT_12_00_01, tick=False)
    assert status(second) == status(first) == "Jetzt geschlossen"
    place.hours.update(closes=datetime.time(18))
    place.save()  # as the admin saves a place with its hours
    assert status(first) == status(second) == "Jetzt geöffnet, bis 18:00"
