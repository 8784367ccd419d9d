"""A citizen searches from the header without JavaScript and with it, with axe watching."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_search_from_the_header_and_filter_by_type(site_url, page, axe, world):
    page.goto(f"{site_url}/de/")
    box = page.locator("#site-search-q")
    box.fill("Bücherei")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/de/search/\?q=B"))
    assert page.get_by_role("heading", level=1).count() == 1
    assert page.locator("#search-summary").inner_text()
    results = page.locator(".search-results").inner_text()
    for service in world.library_services:
        assert service.title in results
    assert page.locator(".search-results mark").count() > 0
    axe(page)

    types = page.locator("nav.search-types a")
    assert types.count() > 2  # all results, and at least services and pages apart
    types.nth(1).click()
    page.wait_for_url(re.compile(r"[?&]type="))
    assert page.locator("nav.search-types a[aria-current]").count() == 1
    axe(page)

    # Refining by a service category marks it and offers to remove it.
    page.goto(f"{site_url}/de/search/?q=Bücherei")
    page.locator("nav.search-facets a", has_text="Kultur und Freizeit").click()
    page.wait_for_url(re.compile(r"[?&]category="))
    assert page.locator("nav.search-facets a[aria-current]").count() == 1
    assert page.locator("nav.search-facets a.search-facet-remove").count() == 1
    results = page.locator(".search-results").inner_text()
    assert "Büchereiausweis beantragen" in results
    assert "Fernleihe über die Bücherei" not in results
    axe(page)


def test_search_page_works_without_javascript(browser, site_url):
    # axe runs in the page's JavaScript, so it checks the same page in the test below.
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site_url}/en/search/")
        page.get_by_label("Search this site").fill("zzzqqqxx")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url(re.compile(r"/en/search/\?q="))
        assert "Nothing found" in page.locator("#search-summary").inner_text()
    finally:
        context.close()


def test_empty_results_page_is_accessible(site_url, page, axe):
    page.goto(f"{site_url}/en/search/?q=zzzqqqxx")
    assert "Nothing found" in page.locator("#search-summary").inner_text()
    axe(page)


def test_suggestions_fill_a_datalist_while_typing(site_url, page, world):
    page.goto(f"{site_url}/de/search/")
    page.locator("#search-page-q").press_sequentially("Büche", delay=30)
    options = page.locator("datalist option")
    options.first.wait_for(state="attached", timeout=5000)
    assert options.count() >= 1
