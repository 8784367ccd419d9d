"""What a citizen sees on a news list: newest first, ten a page, filters, counts, empty states."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import NewsIndexPageFactory, NewsPageFactory, skeleton_page
from tests.html import get, has_class, one, text
from tests.news.helpers import link, options, results_count, teaser_tags, teaser_titles

pytestmark = pytest.mark.django_db


def day(n):
    return datetime.date(2025, 1, 1) + datetime.timedelta(days=n)


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("de", ["Runder Tisch: Beratung öffnet", "Bäume für den Kreiswald", "Straße gesperrt"]),
        ("da", ["Rundbordsmøde om pleje", "Træer til skoven", "Vej lukket"]),
        ("fi", ["Hoivan pyöreä pöytä", "Puita metsään", "Tie suljettu"]),
    ],
)
def test_news_lists_newest_first_in_each_language(client, language, titles):
    index = NewsIndexPageFactory(language=language)
    other_language = NewsIndexPageFactory(language="en")
    # Created in another order than their dates.
    for title, date in zip(titles[::-1], [day(1), day(40), day(90)], strict=True):
        NewsPageFactory(parent=index, title=title, date=date)
    NewsPageFactory(parent=other_language, title="English only", date=day(99))
    html = get(client, index.url)
    assert teaser_titles(html) == titles
    assert one(html, "/html").get("lang") == language


def test_newest_first_and_same_day_news_by_creation(client, news_index):
    NewsPageFactory(parent=news_index, title="Old", date=datetime.date(2024, 1, 5))
    NewsPageFactory(parent=news_index, title="New", date=datetime.date(2025, 3, 1))
    NewsPageFactory(parent=news_index, title="Same day, first", date=datetime.date(2025, 2, 1))
    NewsPageFactory(parent=news_index, title="Same day, second", date=datetime.date(2025, 2, 1))
    html = get(client, news_index.url)
    assert teaser_titles(html) == ["New", "Same day, second", "Same day, first", "Old"]
    assert results_count(html) == "4 news items"


def test_drafts_and_restricted_news_are_not_listed(client, news_index):
    NewsPageFactory(parent=news_index, title="Published")
    NewsPageFactory(parent=news_index, title="Draft", live=False)
    private = NewsPageFactory(parent=news_index, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="pw")
    html = get(client, news_index.url)
    assert teaser_titles(html) == ["Published"]
    assert results_count(html) == "1 news item"


def test_teaser_shows_date_summary_and_topics_in_the_visitors_language(client, news_index, topics):
    # Translated pages keep their source's topics: here the German "Schule und Bildung".
    NewsPageFactory(
        parent=news_index,
        title="School news",
        summary="What changes for families.",
        date=datetime.date(2025, 3, 9),
        topics=[topics["schools"]["de"]],
    )
    html = get(client, news_index.url)
    [teaser] = html.xpath(f"//article[{has_class('news-teaser')}]")
    assert teaser.xpath(".//time/@datetime") == ["2025-03-09"]
    assert "What changes for families." in text(teaser)
    assert teaser_tags(html) == [["Schools"]]
    assert "Schule" not in text(html)


def test_ten_news_a_page_with_prev_and_next_links_that_keep_the_filters(client, news_index, topics):
    schools = topics["schools"]["en"]
    for n in range(23):
        NewsPageFactory(parent=news_index, title=f"Item {n:02}", date=day(n), topics=[schools])
    NewsPageFactory(parent=news_index, title="Other topic", date=day(30))

    first = get(client, news_index.url, topic="schools", year="2025")
    assert teaser_titles(first) == [f"Item {n:02}" for n in range(22, 12, -1)]
    assert results_count(first) == "23 news items"
    assert link(first, "prev") is None
    nav = one(first, f"//nav[{has_class('pagination')}]")
    assert nav.get("aria-label")
    next_url = link(first, "next")
    assert next_url == f"{news_index.url}?topic=schools&year=2025&page=2"

    second = get(client, next_url)
    assert teaser_titles(second) == [f"Item {n:02}" for n in range(12, 2, -1)]
    assert link(second, "prev") == f"{news_index.url}?topic=schools&year=2025"

    last = get(client, link(second, "next"))
    assert teaser_titles(last) == ["Item 02", "Item 01", "Item 00"]
    assert link(last, "next") is None


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("99", "last"),
        # Below the start, as in the directory and the search (home.pagination).
        ("0", "first"),
        ("-2", "first"),
        ("abc", "first"),
        ("1.5", "first"),
        ("", "first"),
        ("９", "last"),  # full-width digits, as some keyboards type them
        ("9" * 400, "last"),
    ],
)
def test_invalid_or_out_of_range_page_numbers_show_a_page_not_an_error(
    client, news_index, page, shown
):
    for n in range(12):
        NewsPageFactory(parent=news_index, title=f"Item {n:02}", date=day(n))
    html = get(client, news_index.url, page=page)
    expected = (
        ["Item 01", "Item 00"] if shown == "last" else [f"Item {n:02}" for n in range(11, 1, -1)]
    )
    assert teaser_titles(html) == expected


def test_topic_filter_finds_news_tagged_with_any_translation_of_the_topic(
    client, news_index, topics
):
    NewsPageFactory(
        parent=news_index, title="Schools (German topic)", topics=[topics["schools"]["de"]]
    )
    NewsPageFactory(parent=news_index, title="Schools", topics=[topics["schools"]["en"]])
    NewsPageFactory(parent=news_index, title="Roads", topics=[topics["roads"]["en"]])
    NewsPageFactory(parent=news_index, title="No topic")

    html = get(client, news_index.url, topic="schools")
    assert sorted(teaser_titles(html)) == ["Schools", "Schools (German topic)"]
    assert results_count(html) == "2 news items"
    # The filter offers the topics in use, in the visitor's language, the chosen one selected.
    offered = options(html, "topic")
    assert ("schools", "Schools", True) in offered
    assert ("roads-transport", "Roads and transport", False) in offered
    values = [value for value, _label, _selected in offered]
    assert "schule-bildung" not in values
    assert "culture" not in values  # no news on it in this list


def test_year_filter(client, news_index):
    NewsPageFactory(parent=news_index, title="Last year", date=datetime.date(2024, 12, 31))
    NewsPageFactory(parent=news_index, title="This year", date=datetime.date(2025, 1, 1))
    html = get(client, news_index.url, year="2024")
    assert teaser_titles(html) == ["Last year"]
    assert ("2024", "2024", True) in options(html, "year")
    assert ("2025", "2025", False) in options(html, "year")


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "99999"},
        {"year": "0"},
        {"year": "-1"},
        {"year": "2024.5"},
        {"year": "２０２４"},
        {"year": ""},
        {"year": "9" * 400},
        {"topic": "no-such-topic"},
        {"topic": "<script>"},
        {"topic": "schule-bildung"},  # a German slug on the English list
        {"topic": "x" * 5000},
        {"topic": ["schools", "x"], "year": ["x", "y"]},
    ],
)
def test_bad_filter_values_are_ignored(client, news_index, topics, query):
    NewsPageFactory(parent=news_index, title="One", date=datetime.date(2024, 5, 1))
    NewsPageFactory(parent=news_index, title="Two", date=datetime.date(2025, 5, 1))
    html = get(client, news_index.url, **query)
    assert results_count(html) == "2 news items"
    assert not html.xpath(f"//*[{has_class('news-active-filters')}]")
    assert "Active filters" not in text(html)


def test_active_filters_each_with_a_link_that_removes_it(client, news_index, topics):
    NewsPageFactory(
        parent=news_index, date=datetime.date(2024, 5, 1), topics=[topics["schools"]["en"]]
    )
    html = get(client, news_index.url, topic="schools", year="2024")
    assert results_count(html) == "1 news item"
    section = one(html, f"//section[{has_class('news-active-filters')}]")
    removals = {
        text(li).split(" Remove")[0]: li.xpath("./a/@href")[0] for li in section.xpath(".//li")
    }
    assert removals == {
        "Topic: Schools": f"{news_index.url}?year=2024",
        "Year: 2024": f"{news_index.url}?topic=schools",
    }
    for remove in section.xpath(".//li/a"):
        assert remove.text.strip() == "Remove"


def test_no_matches_says_so_and_links_back_to_all_news(client, news_index):
    NewsPageFactory(parent=news_index, date=datetime.date(2025, 5, 1))
    html = get(client, news_index.url, year="1999")
    assert results_count(html) == "0 news items"
    empty = one(html, f"//div[{has_class('news-empty')}]")
    assert "No news matches these filters." in text(empty)
    assert [(text(a), a.get("href")) for a in empty.xpath(".//a")] == [
        ("Show all news", news_index.url)
    ]
    assert teaser_titles(html) == []


def test_empty_news_list(client, news_index):
    html = get(client, news_index.url)
    assert "There is no news yet." in text(one(html, f"//div[{has_class('news-empty')}]"))
    assert not html.xpath(f"//nav[{has_class('pagination')}]")


def test_filter_form_works_without_javascript_and_labels_every_control(client, news_index, topics):
    NewsPageFactory(parent=news_index, topics=[topics["schools"]["en"]])
    form = one(get(client, news_index.url), f"//form[{has_class('news-filter')}]")
    assert form.get("method") == "get"
    assert form.get("action") == news_index.url
    selects = form.xpath(".//select")
    assert {select.get("name") for select in selects} == {"topic", "year"}
    for select in selects:
        assert form.xpath(f".//label[@for='{select.get('id')}']"), select.get("name")
    assert form.xpath(".//button[@type='submit']")


@pytest.mark.parametrize("language", ["de", "fi"])
def test_feeds_are_announced_in_the_head(client, language):
    index = skeleton_page("news", language)
    html = get(client, index.url)
    for kind in ["rss", "atom"]:
        # Every page also announces the alerts' feeds (home/alerts); the news list its own.
        links = html.xpath(f"/html/head/link[@rel='alternate'][@type='application/{kind}+xml']")
        [feed] = [link for link in links if link.get("href") == f"{index.url}feed/{kind}/"]
        assert feed.get("title")
        assert len({link.get("title") for link in links}) == len(links)


@pytest.mark.parametrize("language", ["de", "da", "fi", "en"])
def test_news_index_appears_in_the_main_menu_of_each_language(client, language):
    page = skeleton_page("news", language)
    nav = one(get(client, skeleton_page("home", language).url), f"//nav[{has_class('main-nav')}]")
    links = [(text(a), a.get("href")) for a in nav.xpath(".//a")]
    assert (page.title, page.url) in links
    assert page.url.startswith(f"/{language}/")
