"""What a citizen sees on a news list: newest first, ten a page, filters, counts, empty states."""

import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import demo_page
from tests.news.factories import NewsPageFactory, demo_topic
from tests.news.helpers import link, results_count, teaser_titles

pytestmark = pytest.mark.django_db


def day(n):
    return datetime.date(2025, 1, 1) + datetime.timedelta(days=n)


def test_demo_news_lists_newest_first_in_each_language(client):
    german = teaser_titles(client.get("/de/aktuelles/").content)
    assert german[0] == "Runder Tisch Pflege: Beratungsstelle soll 2026 öffnen"
    assert german[-1] == "5.000 junge Bäume für den Kreiswald"
    assert len(german) == 5
    assert teaser_titles(client.get("/da/nyheder/").content) == [
        "Rundbordsmøde om pleje: rådgivning åbner i 2026",
        "Registrer dit køretøj online: pilotprojekt begynder",
    ]


def test_newest_first_and_same_day_news_by_creation(client, news_index):
    NewsPageFactory(parent=news_index, title="Old", date=datetime.date(2024, 1, 5))
    NewsPageFactory(parent=news_index, title="New", date=datetime.date(2025, 3, 1))
    NewsPageFactory(parent=news_index, title="Same day, first", date=datetime.date(2025, 2, 1))
    NewsPageFactory(parent=news_index, title="Same day, second", date=datetime.date(2025, 2, 1))
    content = client.get(news_index.url).content
    assert teaser_titles(content) == ["New", "Same day, second", "Same day, first", "Old"]
    assert results_count(content) == "4 news items"


def test_drafts_and_restricted_news_are_not_listed(client, news_index):
    NewsPageFactory(parent=news_index, title="Published")
    NewsPageFactory(parent=news_index, title="Draft", live=False)
    private = NewsPageFactory(parent=news_index, title="Members only")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="pw")
    content = client.get(news_index.url).content
    assert teaser_titles(content) == ["Published"]
    assert results_count(content) == "1 news item"


def test_teaser_shows_date_summary_and_topics_in_the_visitors_language(client, news_index):
    # Translated pages keep their source's topics: here the German "Pflege".
    NewsPageFactory(
        parent=news_index,
        title="Care news",
        summary="What changes for families.",
        date=datetime.date(2025, 3, 9),
        topics=[demo_topic("care", "de")],
    )
    content = client.get(news_index.url).content.decode()
    assert '<time datetime="2025-03-09">' in content
    assert "What changes for families." in content
    assert '<span class="news-tag">Care</span>' in content
    assert "Pflege" not in content


def test_ten_news_a_page_with_prev_and_next_links_that_keep_the_filters(client, news_index):
    care = demo_topic("care", "en")
    for n in range(23):
        NewsPageFactory(parent=news_index, title=f"Item {n:02}", date=day(n), topics=[care])
    NewsPageFactory(parent=news_index, title="Other topic", date=day(30))

    first = client.get(news_index.url, {"topic": "care", "year": "2025"}).content
    assert teaser_titles(first) == [f"Item {n:02}" for n in range(22, 12, -1)]
    assert results_count(first) == "23 news items"
    assert link(first, "prev") is None
    assert re.search(rb'<nav class="pagination" aria-label="[^"]+">', first)
    next_url = link(first, "next")
    assert next_url == f"{news_index.url}?topic=care&year=2025&page=2"

    second = client.get(next_url).content
    assert teaser_titles(second) == [f"Item {n:02}" for n in range(12, 2, -1)]
    assert link(second, "prev") == f"{news_index.url}?topic=care&year=2025"

    last = client.get(link(second, "next")).content
    assert teaser_titles(last) == ["Item 02", "Item 01", "Item 00"]
    assert link(last, "next") is None


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("99", "last"),
        ("0", "last"),
        ("-2", "last"),
        ("abc", "first"),
        ("1.5", "first"),
        ("", "first"),
    ],
)
def test_invalid_or_out_of_range_page_numbers_show_a_page_not_an_error(
    client, news_index, page, shown
):
    for n in range(12):
        NewsPageFactory(parent=news_index, title=f"Item {n:02}", date=day(n))
    response = client.get(news_index.url, {"page": page})
    assert response.status_code == 200
    expected = (
        ["Item 01", "Item 00"] if shown == "last" else [f"Item {n:02}" for n in range(11, 1, -1)]
    )
    assert teaser_titles(response.content) == expected


def test_topic_filter_finds_news_tagged_with_any_translation_of_the_topic(client, news_index):
    NewsPageFactory(
        parent=news_index, title="Care (German topic)", topics=[demo_topic("care", "de")]
    )
    NewsPageFactory(parent=news_index, title="Care", topics=[demo_topic("care", "en")])
    NewsPageFactory(parent=news_index, title="Roads", topics=[demo_topic("environment", "en")])
    NewsPageFactory(parent=news_index, title="No topic")

    content = client.get(news_index.url, {"topic": "care"}).content.decode()
    assert sorted(teaser_titles(content)) == ["Care", "Care (German topic)"]
    assert results_count(content) == "2 news items"
    # The filter offers the topics in use, in the visitor's language, the chosen one selected.
    options = re.findall(r'<option value="([^"]*)"( selected)?>', content)
    assert ("care", " selected") in options
    assert ("environment-and-roads", "") in options
    assert ("pflege", "") not in options
    assert ("digital-services", "") not in options  # no news on it in this list


def test_year_filter(client, news_index):
    NewsPageFactory(parent=news_index, title="Last year", date=datetime.date(2024, 12, 31))
    NewsPageFactory(parent=news_index, title="This year", date=datetime.date(2025, 1, 1))
    content = client.get(news_index.url, {"year": "2024"}).content.decode()
    assert teaser_titles(content) == ["Last year"]
    assert '<option value="2024" selected>2024</option>' in content
    assert '<option value="2025">2025</option>' in content


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
        {"topic": "no-such-topic"},
        {"topic": "<script>"},
        {"topic": "pflege"},  # a German slug on the English list
        {"topic": ["care", "x"], "year": ["x", "y"]},
    ],
)
def test_bad_filter_values_are_ignored(client, news_index, query):
    NewsPageFactory(parent=news_index, title="One", date=datetime.date(2024, 5, 1))
    NewsPageFactory(parent=news_index, title="Two", date=datetime.date(2025, 5, 1))
    response = client.get(news_index.url, query)
    assert response.status_code == 200
    assert results_count(response.content) == "2 news items"
    assert b"Active filters" not in response.content


def test_active_filters_each_with_a_link_that_removes_it(client, news_index):
    NewsPageFactory(
        parent=news_index, date=datetime.date(2024, 5, 1), topics=[demo_topic("care", "en")]
    )
    content = client.get(news_index.url, {"topic": "care", "year": "2024"}).content.decode()
    assert results_count(content) == "1 news item"
    section = re.search(r'<section class="news-active-filters".*?</section>', content, re.S).group(
        0
    )
    assert f'<a href="{news_index.url}?year=2024">Remove' in section
    assert f'<a href="{news_index.url}?topic=care">Remove' in section
    assert "Topic: Care" in section and "Year: 2024" in section


def test_no_matches_says_so_and_links_back_to_all_news(client, news_index):
    NewsPageFactory(parent=news_index, date=datetime.date(2025, 5, 1))
    content = client.get(news_index.url, {"year": "1999"}).content.decode()
    assert results_count(content) == "0 news items"
    assert "No news matches these filters." in content
    assert f'<a href="{news_index.url}">Show all news</a>' in content
    assert teaser_titles(content) == []


def test_empty_news_list(client, news_index):
    content = client.get(news_index.url).content.decode()
    assert "There is no news yet." in content
    assert '<nav class="pagination"' not in content


def test_filter_form_works_without_javascript_and_labels_every_control(client):
    content = client.get("/en/news/").content.decode()
    form = re.search(
        r'<form class="news-filter" method="get" action="/en/news/".*?</form>', content, re.S
    )
    assert form
    selects = re.findall(r'<select id="([^"]+)" name="(topic|year)">', form.group(0))
    assert {name for _id, name in selects} == {"topic", "year"}
    for control_id, _name in selects:
        assert f'<label for="{control_id}">' in form.group(0)
    assert '<button type="submit"' in form.group(0)


def test_feeds_are_announced_in_the_head(client):
    content = client.get("/de/aktuelles/").content.decode()
    head = content.split("</head>")[0]
    for kind in ["rss", "atom"]:
        pattern = (
            rf'<link rel="alternate" type="application/{kind}\+xml" title="[^"]+" '
            rf'href="/de/aktuelles/feed/{kind}/">'
        )
        assert re.search(pattern, head), kind


def test_news_index_appears_in_the_main_menu_of_each_language(client):
    for language, title in [
        ("de", "Aktuelles"),
        ("da", "Nyheder"),
        ("fi", "Uutiset"),
        ("en", "News"),
    ]:
        page = demo_page("news", language)
        nav = re.search(
            r'<nav class="main-nav".*?</nav>', client.get(f"/{language}/").content.decode(), re.S
        ).group(0)
        assert f'<a href="{page.url}">{title}</a>' in nav
