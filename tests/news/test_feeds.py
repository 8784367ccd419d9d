"""RSS and Atom feeds: valid XML, the 20 newest items, absolute links, one feed per language."""

import datetime
import email.utils
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from news.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
DAY_ONE = datetime.date(2025, 1, 1)


@pytest.fixture
def many_news(news_index):
    start = datetime.date(2025, 1, 1)
    for n in range(25):
        NewsPageFactory(
            parent=news_index,
            title=f"Item {n:02}",
            summary=f"Summary {n:02} & more",
            author="Press office",
            date=start + datetime.timedelta(days=n),
        )
    NewsPageFactory(parent=news_index, title="Draft", live=False, date=datetime.date(2030, 1, 1))
    private = NewsPageFactory(parent=news_index, title="Private", date=datetime.date(2030, 1, 1))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="pw")
    return news_index


def test_rss_feed_lists_the_20_newest_items_with_absolute_links(client, many_news):
    response = client.get(f"{many_news.url}feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title").startswith("Press releases")
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == many_news.full_url
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [f"Item {n:02}" for n in range(24, 4, -1)]
    newest = items[0]
    assert newest.findtext("link").startswith(("http://", "https://"))
    assert newest.findtext("link") == NewsPage.objects.get(title="Item 24").full_url
    assert newest.findtext("description") == "Summary 24 & more"
    published = email.utils.parsedate_to_datetime(newest.findtext("pubDate"))
    assert published.date() == datetime.date(2025, 1, 25)


def test_atom_feed_lists_the_20_newest_items_with_absolute_links(client, many_news):
    response = client.get(f"{many_news.url}feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 20
    assert entries[0].findtext(f"{ATOM}title") == "Item 24"
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        title = entry.findtext(f"{ATOM}title")
        assert href == NewsPage.objects.child_of(many_news).get(title=title).full_url
        assert entry.findtext(f"{ATOM}summary").startswith("Summary ")
        assert entry.findtext(f"{ATOM}published").endswith(("+01:00", "+02:00"))
        assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Press office"
    self_link = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link[0].get("href") == f"{many_news.full_url}feed/atom/"


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("de", ["Runder Tisch Pflege: Beratung öffnet", "Bäume für den Kreiswald"]),
        ("da", ["Rundbordsmøde om pleje: rådgivning åbner", "Træer til skoven"]),
        ("fi", ["Hoivan pyöreä pöytä: neuvonta avataan", "Puita metsään"]),
        ("en", ["Care round table: advice centre opens", "Trees for the county forest"]),
    ],
)
def test_each_language_has_its_own_feeds(client, language, titles):
    index = NewsIndexPageFactory(language=language)
    NewsPageFactory(parent=index, title=titles[1], date=datetime.date(2025, 3, 1))
    NewsPageFactory(parent=index, title=titles[0], date=datetime.date(2025, 10, 14))
    for other in {"de", "en"} - {language}:
        NewsPageFactory(
            parent=NewsIndexPageFactory(language=other), title=f"Only in {other}", date=DAY_ONE
        )
    rss = ET.fromstring(client.get(f"{index.url}feed/rss/").content).find("channel")
    assert rss.findtext("language") == language
    items = rss.findall("item")
    assert [item.findtext("title") for item in items] == titles
    assert all(f"/{language}/" in item.findtext("link") for item in items)
    atom = ET.fromstring(client.get(f"{index.url}feed/atom/").content)
    assert [entry.findtext(f"{ATOM}title") for entry in atom.findall(f"{ATOM}entry")] == titles


def test_an_empty_news_list_has_valid_empty_feeds(client, news_index):
    channel = ET.fromstring(client.get(f"{news_index.url}feed/rss/").content).find("channel")
    assert channel.findall("item") == []
    atom = ET.fromstring(client.get(f"{news_index.url}feed/atom/").content)
    assert atom.findall(f"{ATOM}entry") == []


def test_feeds_escape_what_editors_type(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title='Fish & chips <"fresh">',
        summary="Price < 5 € & more ]]>",
        author="Café <Press>",
    )
    channel = ET.fromstring(client.get(f"{news_index.url}feed/rss/").content).find("channel")
    [item] = channel.findall("item")
    assert item.findtext("title") == 'Fish & chips <"fresh">'
    assert item.findtext("description") == "Price < 5 € & more ]]>"
