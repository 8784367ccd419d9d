"""Every page type, in two languages, passes axe (WCAG 2.2 AA) in a real browser;
accordions and videos work without JavaScript."""

import re

import pytest

from tests.factories import skeleton_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# (page type, the world's pages or skeleton key, two languages)
PAGES = [
    ("home", "home", ("de", "en")),
    ("topic", "topic", ("de", "da")),
    ("standard", "standard", ("de", "fi")),
    ("legal notice", "legal-notice", ("de", "fi")),
    ("strategy", "strategy", ("de", "da")),
    ("care network", "network", ("de", "en")),
    ("accessibility statement", "accessibility", ("de", "fi")),
    ("service index", "services", ("de", "da")),
    ("service", "service", ("de", "en")),
    ("news index", "news_index", ("de", "en")),
]


def pages_of(world, name, languages):
    found = getattr(world, name, None)
    if isinstance(found, dict):
        return [found[language] for language in languages]
    return [skeleton_page(name, language) for language in languages]


@pytest.mark.parametrize(("name", "languages"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_page_type_has_no_accessibility_violations_in_two_languages(
    site_url, page, axe, world, name, languages
):
    for content in pages_of(world, name, languages):
        response = page.goto(site_url + content.url)
        assert response.status == 200, content.url
        assert page.get_attribute("html", "lang") == content.locale.language_code
        assert page.get_by_role("heading", level=1).inner_text() == content.title
        axe(page)


def test_a_page_with_every_body_block_has_no_accessibility_violations(site_url, page, axe, world):
    page.goto(site_url + world.topic["de"].url)
    for heading in ("Beratung in der Nähe", "Häufige Fragen", "So melden Sie sich an"):
        assert page.get_by_role("heading", name=heading).is_visible(), heading
    assert page.get_by_role("img", name="Die Stadtbücherei am Marktplatz").count() == 1
    # The editor's caption names the table; the header row and two rows of hours.
    table = page.get_by_role("table", name="Öffnungszeiten der Bücherei")
    assert table.get_by_role("row").count() == 3
    assert table.get_by_role("rowheader", name="Samstag").count() == 1
    axe(page)
    page.set_viewport_size({"width": 360, "height": 780})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe(page)


def test_accordion_and_video_work_without_javascript(site_url, browser, world):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + world.strategy["de"].url)
        assert page.get_by_role("heading", name="Ziele").is_visible()

        page.goto(site_url + world.topic["de"].url)
        answer = page.get_by_text("Der Büchereiausweis ist für Kinder kostenlos.")
        assert not answer.is_visible()
        page.get_by_text("Was kostet der Ausweis?").click()
        assert answer.is_visible()

        # The video loads nothing from YouTube until asked; then the page shows the player.
        assert page.locator("iframe").count() == 0
        page.get_by_role("link", name="Video von YouTube laden").click()
        page.wait_for_url(re.compile(r"[?&]video=\w+"))
        assert page.locator('iframe[title="Rundgang durch die Bücherei"]').count() == 1
    finally:
        context.close()
