"""A citizen switches from German to Danish with the language switcher."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_switching_from_german_to_danish_keeps_the_page_accessible(site_url, page, axe):
    page.goto(f"{site_url}/de/")
    assert page.get_attribute("html", "lang") == "de"
    axe(page)

    page.get_by_role("navigation", name="Sprache wählen").get_by_role("link", name="Dansk").click()
    page.wait_for_url(re.compile(r"/da/$"))
    assert page.get_attribute("html", "lang") == "da"
    assert page.get_by_role("heading", level=1).inner_text() == "Velkommen til Lindenau Amt"
    assert page.get_by_role("link", name="Gå til hovedindhold").count() == 1
    axe(page)


def test_content_page_and_404_page_have_no_accessibility_violations(site_url, page, axe):
    page.goto(f"{site_url}/fi/terveys-ja-hoito/")
    assert page.get_attribute("html", "lang") == "fi"
    axe(page)
    response = page.goto(f"{site_url}/en/no-such-page/")
    assert response.status == 404
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"
    axe(page)


def test_skip_link_moves_keyboard_focus_to_the_main_content(site_url, page):
    page.goto(f"{site_url}/de/gesundheit-und-pflege/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Hauptinhalt springen")
    assert skip.evaluate("element => element === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
