"""What a citizen's phone shows first: the header, the home page's search box
and top tasks, the phone menu without JavaScript, and a service page, at
390×844 and 1280×900 in Debian's Chromium, with axe watching.

The figures are printed (run with -s) for the issue's before/after note."""

import json

import pytest
from wagtail.models import Locale, Site

from services.models import ServiceIndexPage
from tests.factories import StandardPageFactory
from tests.services.factories import ServiceLocationFactory, ServicePageFactory, weekly_hours

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Eight top tasks on the site's German home page and a service with two
    places, committed for the live server and removed afterwards."""
    with django_db_blocker.unblock():
        home = Site.objects.get(is_default_site=True).root_page.specific
        before = home.top_tasks.raw_data
        german = Locale.objects.get(language_code="de")
        index = ServiceIndexPage.objects.filter(locale=german).first()
        tasks = [
            ServicePageFactory(
                parent=index, title=f"Aufgabe Nummer {n}", slug=f"aufgabe-nummer-{n}"
            )
            for n in range(8)
        ]
        home.top_tasks = [("task", task) for task in tasks]
        home.save_revision().publish()
        first = ServiceLocationFactory(name="Bürgerbüro am Markt", locale=german)
        weekly_hours(first, days=range(5), opens="08:00", closes="12:00")
        second = ServiceLocationFactory(name="Außenstelle Nord", locale=german)
        weekly_hours(second, days=[0, 2], opens="14:00", closes="18:00")
        service = ServicePageFactory(
            parent=index,
            title="Wohngeld beantragen",
            slug="wohngeld-beantragen-test",
            body=[
                ("paragraph", "<p>Ein Zuschuss zur Miete für Haushalte mit wenig Einkommen.</p>")
            ],
            relations={"locations": [first, second]},
        )
        service.save_revision().publish()
        topic = StandardPageFactory(
            parent=home, title="Gesundheit und Pflege", slug="gesundheit-test", show_in_menus=True
        )
        topic.save_revision().publish()
    yield {"home": home, "tasks": tasks, "service": service}
    with django_db_blocker.unblock():
        home.top_tasks = before
        home.save_revision().publish()
        for page in [*tasks, service, topic]:
            page.delete()
        first.delete()
        second.delete()


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def report(name, figures):
    print(f"\nFIRST-SCREEN {name}: {json.dumps(figures)}")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390x844", "1280x900"])
def test_home_page_leads_with_search_and_top_tasks(site_url, page, axe, world, viewport):
    page.set_viewport_size(viewport)
    assert page.goto(f"{site_url}/de/").status == 200
    header = box(page, "header.site-header")
    search = box(page, "main input[name=q]")
    task = box(page, ".top-tasks li a")
    report(
        f"home {viewport['width']}",
        {"header": header["height"], "search_top": search["y"], "first_task_top": task["y"]},
    )
    # The header takes at most a quarter of a phone's screen; the search box and
    # the first task are in the first screen.
    if viewport == PHONE:
        assert header["height"] <= 0.25 * viewport["height"]
        assert task["y"] + task["height"] <= viewport["height"]
    assert search["y"] < task["y"]
    links = page.locator(".top-tasks li a")
    assert links.all_inner_texts() == [f"Aufgabe Nummer {n}" for n in range(8)]
    # Nothing is wider than the screen (WCAG 1.4.10 reflow).
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe(page)


def test_the_phone_menu_opens_without_javascript(browser, site_url, world):
    context = browser.new_context(locale="de-DE", java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(f"{site_url}{world['service'].url}")
    menu_button = page.locator("summary", has_text="Menü")
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    assert menu_button.is_visible()
    assert not navigation.is_visible()
    assert not page.locator(".language-switcher").is_visible()
    header = box(page, "header.site-header")
    report("menu 390 closed", {"header": header["height"]})
    assert header["height"] <= 0.25 * PHONE["height"]
    menu_button.click()
    assert navigation.is_visible()
    assert page.locator(".language-switcher a[lang=da]").is_visible()
    navigation.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert page.url != f"{site_url}{world['service'].url}"
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390x844", "1280x900"])
def test_the_menu_is_accessible_open_and_closed(site_url, page, axe, world, viewport):
    page.set_viewport_size(viewport)
    page.goto(f"{site_url}{world['service'].url}")
    navigation = page.get_by_role("navigation", name="Hauptnavigation")
    if viewport == DESKTOP:
        # Wide screens show the menu and the languages without a button.
        assert navigation.is_visible()
        assert not page.locator("summary", has_text="Menü").is_visible()
        axe(page)
        return
    axe(page)
    page.locator("summary", has_text="Menü").click()
    assert navigation.is_visible()
    axe(page)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390x844", "1280x900"])
def test_service_page_shows_its_content_then_its_places(site_url, page, axe, world, viewport):
    page.set_viewport_size(viewport)
    assert page.goto(f"{site_url}{world['service'].url}").status == 200
    header = box(page, "header.site-header")
    title = box(page, "main h1")
    report(f"service {viewport['width']}", {"header": header["height"], "h1_top": title["y"]})
    if viewport == PHONE:
        assert header["height"] <= 0.25 * viewport["height"]
        assert title["y"] + title["height"] <= viewport["height"] / 2
    about = box(page, "#service-description")
    places = box(page, "#service-contact")
    assert about["y"] < places["y"]
    second = page.locator("section.service-location").nth(1)
    table = second.get_by_role("table")
    assert not table.is_visible()
    second.locator("summary").click()
    assert table.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe(page)
