"""A citizen reads the news in two languages and filters them by topic, with axe watching."""

import re

import pytest

# django_db: pytest-django creates the test database only for sessions with a
# test that asks for it; without it, running this module alone would use the
# development database.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def teaser_links(page):
    return page.locator("article.news-teaser h2 a")


def test_news_list_topic_filter_and_news_page_are_accessible_in_german(site_url, page, axe, world):
    index = world.news_index["de"]
    response = page.goto(f"{site_url}{index.url}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == "Meldungen aus Testland"
    # Newest first.
    assert teaser_links(page).all_inner_texts() == [news.title for news in world.news_de]
    axe(page)

    # The filter is a plain form: choose a topic by its label, then submit.
    topic = page.locator("form.news-filter select[name=topic]")
    label = page.locator("label[for=news-topic]").inner_text()
    assert page.get_by_label(label).count() == 1
    topic.select_option(label="Büchereien")
    page.locator("form.news-filter button[type=submit]").click()
    page.wait_for_url(re.compile(r"[?&]topic=buechereien"))
    assert teaser_links(page).all_inner_texts() == ["Neue Öffnungszeiten der Bücherei"]
    assert page.locator("form.news-filter select[name=topic]").input_value() == "buechereien"
    axe(page)

    teaser_links(page).first.click()
    page.wait_for_url(re.compile(re.escape(world.news_de[0].url) + "$"))
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.locator("figure.news-lead-image small.credit").inner_text() == (
        "© Landkreis Testland"
    )
    assert page.get_by_role("img", name="Regale voller Bücher").count() == 1
    axe(page)


def test_news_list_and_news_page_are_accessible_in_english(site_url, page, axe, world):
    page.goto(f"{site_url}{world.news_index['en'].url}")
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_label("Topic").select_option(label="Libraries")
    page.get_by_role("button", name="Show news").click()
    page.wait_for_url(re.compile(r"[?&]topic=libraries"))
    assert page.locator("#news-count").inner_text() == "1 news item"
    axe(page)

    page.get_by_role("link", name="Library cards now online").click()
    page.wait_for_url(re.compile(re.escape(world.news_en[0].url) + "$"))
    assert page.locator("time").first.get_attribute("datetime") == "2025-09-02"
    axe(page)

    page.goto(f"{site_url}{world.news_en[1].url}")
    assert page.locator("section.gallery figure").count() == 2
    axe(page)
