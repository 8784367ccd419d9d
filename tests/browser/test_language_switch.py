"""A citizen switches languages with the language switcher, skips to the content
with the keyboard and meets a 404, with axe watching."""

import re

import pytest

from tests.factories import skeleton_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def switch_to(page, navigation, language_name):
    page.get_by_role("navigation", name=navigation).get_by_role("link", name=language_name).click()


def test_switching_from_german_to_danish_keeps_the_page_accessible(site_url, page, axe, world):
    page.goto(f"{site_url}/de/")
    assert page.get_attribute("html", "lang") == "de"
    axe(page)

    switch_to(page, "Sprache wählen", "Dansk")
    page.wait_for_url(re.compile(r"/da/$"))
    assert page.get_attribute("html", "lang") == "da"
    assert page.get_by_role("heading", level=1).inner_text() == skeleton_page("home", "da").title
    assert page.get_by_role("link", name="Gå til hovedindhold").count() == 1
    axe(page)


def test_the_switcher_leads_to_the_same_page_in_the_other_language(site_url, page, axe, world):
    german, danish = world.topic["de"], world.topic["da"]
    page.goto(f"{site_url}{german.url}")
    switch_to(page, "Sprache wählen", "Dansk")
    page.wait_for_url(re.compile(re.escape(danish.url) + "$"))
    assert page.get_attribute("html", "lang") == "da"
    assert page.get_by_role("heading", level=1).inner_text() == "Uddannelse og kultur"
    axe(page)

    # A page without a Danish translation: the switcher leads to the Danish home,
    # which says visibly that the page was not translated.
    page.goto(f"{site_url}{world.network['de'].url}")
    switch_to(page, "Sprache wählen", "Dansk")
    page.wait_for_url(re.compile(r"/da/\?not_translated=de$"))
    assert page.get_attribute("html", "lang") == "da"
    # (Earlier tests may leave the Danish home page marked as outdated too: another notice.)
    assert page.get_by_role("complementary", name="Denne side er ikke oversat").is_visible()


def test_content_page_and_404_page_have_no_accessibility_violations(site_url, page, axe, world):
    page.goto(f"{site_url}{world.topic['fi'].url}")
    assert page.get_attribute("html", "lang") == "fi"
    assert page.get_by_role("heading", level=1).inner_text() == "Koulutus ja kulttuuri"
    axe(page)
    response = page.goto(f"{site_url}/en/no-such-page/")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    axe(page)


def test_skip_link_moves_keyboard_focus_to_the_main_content(site_url, page, world):
    page.goto(f"{site_url}{world.topic['de'].url}")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Hauptinhalt springen")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
