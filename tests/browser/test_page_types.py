"""Every page type, in two languages, passes axe (WCAG 2.2 AA) in a real browser."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGES = [
    ("/de/", "/en/"),
    ("/de/gesundheit-und-pflege/", "/da/sundhed-og-pleje/"),
    ("/de/impressum/", "/fi/julkaisutiedot/"),
    ("/de/digitaler-landkreis/digitale-agenda/", "/da/digitalt-amt/digital-dagsorden/"),
    ("/de/gesundheit-und-pflege/netzwerk-pflege/", "/en/health-and-care/care-network/"),
    ("/de/barrierefreiheit/", "/fi/saavutettavuus/"),
    ("/de/leistungen/", "/da/ydelser/"),
    ("/de/leistungen/pflegeberatung/", "/en/services/care-advice/"),
]


@pytest.mark.parametrize("paths", PAGES, ids=[p[0] for p in PAGES])
def test_page_type_has_no_accessibility_violations_in_two_languages(site_url, page, axe, paths):
    for path in paths:
        response = page.goto(site_url + path)
        assert response.status == 200, path
        assert page.get_attribute("html", "lang") == path.split("/")[1]
        axe(page)


def test_accordion_and_video_work_without_javascript(site_url, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/de/digitaler-landkreis/digitale-agenda/")
    assert page.get_by_role("heading", name="Ziele").is_visible()
    context.close()
