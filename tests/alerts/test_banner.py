"""A citizen sees the alerts that cover the page they read, above its content, most
severe first, for as long as each alert runs."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from lxml import html

from home.alerts.models import Severity
from tests.alerts.factories import AlertFactory
from tests.factories import StandardPageFactory, TopicPageFactory, skeleton_page, translate

pytestmark = pytest.mark.django_db


def alerts_on(url):
    response = Client().get(url)
    assert response.status_code == 200
    tree = html.fromstring(response.content)
    return [
        " ".join(section.xpath("string(.//p[@class='alert-heading'])").split())
        for section in tree.xpath("//main//section[contains(@class, 'alert ')]")
    ]


@pytest.fixture
def section():
    topic = TopicPageFactory(title="Verkehr")
    return topic, StandardPageFactory(parent=topic, title="Baustellen")


def test_a_site_wide_alert_is_shown_above_the_content_of_every_page(section):
    topic, page = section
    AlertFactory(title="Bürgerbüro geschlossen", text="Heute wegen Umzug geschlossen.")
    for url in (skeleton_page("home").url, topic.url, page.url, skeleton_page("privacy").url):
        assert alerts_on(url) == ["Information: Bürgerbüro geschlossen"]
    tree = html.fromstring(Client().get(page.url).content)
    # In <main> (the skip link lands on it), before the page's heading.
    main = tree.xpath("//main")[0]
    texts = [el.tag for el in main.iter() if el.tag in ("section", "h1")]
    assert texts.index("section") < texts.index("h1")
    assert "Heute wegen Umzug geschlossen." in main.text_content()


def test_a_section_alert_covers_that_page_and_those_below_it_only(section):
    topic, page = section
    other = TopicPageFactory(title="Soziales")
    AlertFactory(title="Brücke gesperrt", page=topic)
    assert alerts_on(topic.url) == ["Information: Brücke gesperrt"]
    assert alerts_on(page.url) == ["Information: Brücke gesperrt"]
    assert alerts_on(other.url) == []
    assert alerts_on(skeleton_page("home").url) == []


def test_most_severe_first_and_an_emergency_anywhere_is_also_on_the_home_page(section):
    topic, page = section
    AlertFactory(title="Neue Sprechzeiten", severity=Severity.INFORMATION)
    AlertFactory(title="Glätte", severity=Severity.WARNING)
    AlertFactory(title="Hochwasser", severity=Severity.EMERGENCY, page=topic)
    assert alerts_on(page.url) == [
        "Notfall: Hochwasser",
        "Warnung: Glätte",
        "Information: Neue Sprechzeiten",
    ]
    home = alerts_on(skeleton_page("home").url)
    assert home[0] == "Notfall: Hochwasser"
    assert alerts_on(TopicPageFactory(title="Kultur").url) == [
        "Warnung: Glätte",
        "Information: Neue Sprechzeiten",
    ]


def test_an_alert_appears_at_its_start_and_ends_by_itself_at_its_end(time_machine):
    berlin = datetime.timezone(datetime.timedelta(hours=1))
    start = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=berlin)
    AlertFactory(title="Stromausfall", starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    home = skeleton_page("home").url
    time_machine.move_to(start - datetime.timedelta(seconds=1), tick=False)
    assert alerts_on(home) == []
    time_machine.move_to(start, tick=False)
    assert alerts_on(home) == ["Information: Stromausfall"]
    time_machine.move_to(start + datetime.timedelta(hours=2), tick=False)
    assert alerts_on(home) == []


def test_each_language_shows_its_translation_or_else_the_original_marked_as_german(section):
    topic, page = section
    english_page = translate(page, "en", title="Roadworks")
    translated = AlertFactory(title="Glätte", severity=Severity.WARNING, page=topic)
    translate(translated, "en", title="Icy roads", text="Take care on the roads.")
    AlertFactory(title="Wahlhelfer gesucht", link_url="https://wahl.example.org/")
    response = Client().get(english_page.url)
    tree = html.fromstring(response.content)
    sections = tree.xpath("//main//section[contains(@class, 'alert ')]")
    assert [s.get("lang") for s in sections] == ["en", "de"]
    assert alerts_on(english_page.url) == ["Warning: Icy roads", "Information: Wahlhelfer gesucht"]
    # The untranslated one reads German throughout, its link included.
    link = sections[1].xpath(".//a")[0]
    assert link.get("href") == "https://wahl.example.org/"
    assert " ".join(link.text_content().split()) == "Mehr Informationen: Wahlhelfer gesucht"


def test_the_link_goes_to_the_linked_page_in_the_visitors_language(section):
    topic, page = section
    english = translate(page, "en", title="Roadworks")
    alert = AlertFactory(title="Baustelle", link_page=page)
    translate(alert, "en", title="Roadworks ahead")
    tree = html.fromstring(Client().get(skeleton_page("home", "en").url).content)
    assert tree.xpath("//main//section[contains(@class, 'alert ')]//a/@href") == [english.full_url]


def test_every_page_links_both_feeds_of_its_language(section):
    topic, page = section
    for url, prefix in ((page.url, "/de/"), (skeleton_page("home", "en").url, "/en/")):
        tree = html.fromstring(Client().get(url).content)
        links = {
            link.get("type"): link.get("href")
            for link in tree.xpath("//head/link[@rel='alternate'][@type]")
        }
        assert links["application/atom+xml"] == prefix + "alerts/atom/"
        assert links["application/cap+xml"] == prefix + "alerts/cap/"
    search = html.fromstring(Client().get("/de/search/?q=test").content)
    assert search.xpath("//head/link[@type='application/cap+xml']/@href") == ["/de/alerts/cap/"]


def test_the_search_page_shows_site_wide_alerts_only(section):
    topic, _page = section
    AlertFactory(title="Überall")
    AlertFactory(title="Nur Verkehr", page=topic)
    tree = html.fromstring(Client().get("/de/search/?q=Baustellen").content)
    titles = tree.xpath("//main//section[contains(@class, 'alert ')]//strong/text()")
    assert titles == ["Überall"]


def test_an_ended_alert_is_gone_and_a_future_one_not_yet_there():
    now = timezone.now()
    AlertFactory(title="Vorbei", starts_at=now - datetime.timedelta(days=2), ends_at=now)
    AlertFactory(title="Morgen", starts_at=now + datetime.timedelta(days=1), ends_at=None)
    AlertFactory(title="Ohne Ende", ends_at=None)
    assert alerts_on(skeleton_page("home").url) == ["Information: Ohne Ende"]
