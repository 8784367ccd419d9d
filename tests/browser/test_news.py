"""A citizen reads the news in two languages and filters them by topic, with axe watching."""

import re

import pytest

# django_db: pytest-django creates the test database only for sessions with a
# test that asks for it; without it, running this module alone would load the
# demo content into the development database.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def teaser_links(page):
    return page.locator("article.news-teaser h2 a")


def test_news_list_topic_filter_and_news_page_are_accessible_in_german(site_url, page, axe):
    response = page.goto(f"{site_url}/de/aktuelles/")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == "Aktuelles"
    assert teaser_links(page).count() == 5
    axe(page)

    # The filter is a plain form: choose a topic by its label, then submit.
    topic = page.locator("form.news-filter select[name=topic]")
    label = page.locator("label[for=news-topic]").inner_text()
    assert page.get_by_label(label).count() == 1
    topic.select_option(label="Pflege")
    page.locator("form.news-filter button[type=submit]").click()
    page.wait_for_url(re.compile(r"[?&]topic=pflege"))
    assert [link.inner_text() for link in teaser_links(page).all()] == [
        "Runder Tisch Pflege: Beratungsstelle soll 2026 öffnen"
    ]
    assert page.locator("form.news-filter select[name=topic]").input_value() == "pflege"
    axe(page)

    teaser_links(page).first.click()
    page.wait_for_url(re.compile(r"/de/aktuelles/runder-tisch-pflege-beratungsstelle/$"))
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.locator("figure.news-lead-image small.credit").inner_text().startswith("©")
    axe(page)


def test_news_list_and_news_page_are_accessible_in_english(site_url, page, axe):
    page.goto(f"{site_url}/en/news/")
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_label("Topic").select_option(label="Digital services")
    page.get_by_role("button", name="Show news").click()
    page.wait_for_url(re.compile(r"[?&]topic=digital-services"))
    assert page.locator("#news-count").inner_text() == "1 news item"
    axe(page)

    page.get_by_role("link", name="Register your vehicle online: pilot begins").click()
    page.wait_for_url(re.compile(r"/en/news/online-vehicle-registration-pilot/$"))
    assert page.locator("time").first.get_attribute("datetime") == "2025-09-02"
    axe(page)

    page.goto(f"{site_url}/en/news/citizens-workshop-market-square/")
    assert page.locator("section.gallery figure").count() == 2
    axe(page)
