"""Cached pages never show an alert too late or too long: the page cache keeps a page
until the next start or end of an alert, and an edit is seen at once."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client

from tests.alerts.factories import AlertFactory
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def visit(url):
    return Client().get(url)


def test_a_cached_page_shows_an_alert_from_its_start_to_its_end(time_machine):
    page = StandardPageFactory(title="Abfallkalender")
    start = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)
    AlertFactory(title="Stromausfall", starts_at=start, ends_at=start + datetime.timedelta(hours=1))

    time_machine.move_to(start - datetime.timedelta(seconds=40), tick=False)
    before = visit(page.url)
    assert "s-maxage=40" in before["Cache-Control"]  # cached until the alert starts
    assert b"Stromausfall" not in before.content
    assert visit(page.url)["X-Page-Cache"] == "hit"

    time_machine.move_to(start + datetime.timedelta(seconds=1), tick=False)
    during = visit(page.url)
    assert during["X-Page-Cache"] == "miss" and b"Stromausfall" in during.content

    time_machine.move_to(start + datetime.timedelta(minutes=59, seconds=30), tick=False)
    assert visit(page.url)["X-Page-Cache"] == "hit"  # cached at 10:00:01 until 11:00
    time_machine.move_to(start + datetime.timedelta(hours=1), tick=False)
    after = visit(page.url)
    assert after["X-Page-Cache"] == "miss" and b"Stromausfall" not in after.content


def test_the_feeds_expire_at_the_alerts_end_too(time_machine):
    start = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=BERLIN)
    AlertFactory(title="Stromausfall", starts_at=start, ends_at=start + datetime.timedelta(hours=1))
    time_machine.move_to(start + datetime.timedelta(minutes=59, seconds=50), tick=False)
    for url in ("/de/alerts/atom/", "/de/alerts/cap/"):
        response = visit(url)
        assert "s-maxage=10" in response["Cache-Control"]
        assert b"Stromausfall" in response.content
    time_machine.move_to(start + datetime.timedelta(hours=1, seconds=1), tick=False)
    assert b"Stromausfall" not in visit("/de/alerts/atom/").content


def test_creating_editing_and_deleting_an_alert_is_seen_at_once():
    page = StandardPageFactory(title="Bürgerbüro")
    assert visit(page.url)["X-Page-Cache"] == "miss"
    assert visit(page.url)["X-Page-Cache"] == "hit"
    alert = AlertFactory(title="Heute geschlossen", ends_at=None)
    assert b"Heute geschlossen" in visit(page.url).content
    alert.title = "Heute ab 12 Uhr geschlossen"
    alert.save()
    assert b"Heute ab 12 Uhr geschlossen" in visit(page.url).content
    alert.delete()
    assert b"geschlossen" not in visit(page.url).content
