"""A citizen filters the service directory with a plain form and opens the A–Z
list, in German and English, with axe watching every page."""

import re

import pytest
from wagtail.models import Page

from services.models import LifeEvent, ServiceArea, ServiceCategory, ServiceLocation, TargetGroup
from tests.services.test_directory import Directory

# django_db: pytest-django creates the test database only for sessions with a
# test that asks for it (see tests/browser/test_news.py).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def directory(django_db_setup, django_db_blocker):
    """Our own services, committed so that the live server's thread sees them,
    and removed again afterwards (the database stays as it was)."""
    with django_db_blocker.unblock():
        data = Directory()
        try:
            yield data
        finally:
            for index in (data.index, data.english, data.finnish, data.danish):
                Page.objects.get(pk=index.pk).delete()
            for model in (ServiceCategory, TargetGroup, LifeEvent, ServiceArea):
                # Subcategories first: their parent is protected only by SET_NULL.
                model.objects.filter(slug__startswith="t-").delete()
            ServiceLocation.objects.filter(name__startswith="Testamt").delete()


def teaser_titles(page):
    return page.locator("article.service-teaser h3 a").all_inner_texts()


def choose(page, name, label):
    """Pick an option of a filter by its visible text, through the select's label."""
    select_id = page.locator(f"select[name={name}]").get_attribute("id")
    label_text = page.locator(f"label[for={select_id}]").inner_text()
    page.get_by_label(label_text, exact=True).select_option(label=label)


def test_filter_the_german_directory_then_remove_a_filter_and_open_a_to_z(
    site_url, page, axe, directory
):
    response = page.goto(f"{site_url}{directory.index.url}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == "de"
    assert page.get_by_role("heading", level=1).inner_text() == "Testverzeichnis"
    assert len(teaser_titles(page)) == 4
    axe(page)

    choose(page, "category", "Familie und Kinder")
    choose(page, "target_group", "Eltern")
    page.locator("form.directory-filter button[type=submit]").click()
    page.wait_for_url(re.compile(r"\?category=t-familie&target_group=t-eltern"))
    assert teaser_titles(page) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]
    assert page.locator("select[name=category]").input_value() == "t-familie"
    assert page.locator("li.directory-chip").count() == 2
    axe(page)

    # Each chip's link removes its own filter.
    page.locator("li.directory-chip", has_text="Familie und Kinder").get_by_role("link").click()
    page.wait_for_url(re.compile(r"\?target_group=t-eltern$"))
    assert page.locator("select[name=category]").input_value() == ""
    assert teaser_titles(page) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]

    # Nothing matches: the empty state leads back to every service.
    choose(page, "category", "Pflege")
    page.locator("form.directory-filter button[type=submit]").click()
    page.wait_for_url(re.compile(r"category=t-pflege"))
    assert teaser_titles(page) == []
    axe(page)
    page.locator(".directory-empty a").click()
    page.wait_for_url(re.compile(re.escape(directory.index.url) + "$"))
    assert len(teaser_titles(page)) == 4

    page.locator(".directory-a-z a").click()
    page.wait_for_url(re.compile(r"/a-z/$"))
    assert page.locator(".az-letters a").all_inner_texts() == ["A", "E", "K", "P"]
    assert page.locator(".az-list a").first.inner_text() == "Ärztlicher Dienst"
    axe(page)


def test_filter_the_english_directory_with_labels_in_english(site_url, page, axe, directory):
    page.goto(f"{site_url}{directory.english.url}")
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_label("Category").select_option(label="\u00a0\u00a0– Day care")
    page.get_by_label("Who it is for").select_option(label="Parents")
    page.get_by_role("button", name="Show services").click()
    page.wait_for_url(re.compile(r"\?category=t-day-care&target_group=t-parents"))
    assert page.locator("#directory-count").inner_text() == "1 service"
    assert teaser_titles(page) == ["Apply for a day care place"]
    assert page.locator("article.service-teaser .service-tag").all_inner_texts() == [
        "Day care",
        "Family and children",
    ]
    axe(page)

    page.get_by_role("link", name="All services from A to Z").click()
    page.wait_for_url(re.compile(r"/test-directory/a-z/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Services from A to Z"
    axe(page)
