"""A citizen reads a service page with places, hours and a suspension notice
in Chromium, on a phone and on a desktop, with axe watching."""

import datetime
import re

import pytest
from wagtail.models import Locale

from tests.services.factories import ServiceLocationFactory, exception, weekly_hours
from tests.services.test_service_page import rich_service

# django_db: pytest-django creates the test database only for sessions with a
# test that asks for it (see tests/browser/test_news.py).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def service(django_db_setup, django_db_blocker):
    """A rich service, committed so the live server's thread sees it, and
    removed afterwards so other tests find the database as it was."""
    with django_db_blocker.unblock():
        page = rich_service("en", locations=0)
        english = Locale.objects.get(language_code="en")
        always = ServiceLocationFactory(
            name="Emergency Desk", locale=english, latitude="50.1", longitude="10.2"
        )
        weekly_hours(always, days=range(7), opens="00:00", closes="00:00")
        never = ServiceLocationFactory(
            name="Archive Reading Room", locale=english, accessibility_notes="Lift at the back."
        )
        weekly_hours(never, days=range(7), opens="09:00", closes="17:00")
        today = datetime.date.today()
        exception(
            never, today - datetime.timedelta(days=2), today + datetime.timedelta(days=2), "closure"
        )
        page.locations.set([always, never])
        page.save_revision().publish()
        snippets = [
            *page.categories.all(),
            *page.target_groups.all(),
            *page.life_events.all(),
            *page.areas.all(),
            always,
            never,
            page.organisation,
            *(block.value for block in page.forms),
        ]
    yield page
    with django_db_blocker.unblock():
        page.delete()
        for snippet in snippets:
            snippet.delete()


def location(page, name):
    return page.locator("section.service-location").filter(
        has=page.get_by_role("heading", level=3, name=name)
    )


@pytest.mark.parametrize(
    "viewport", [{"width": 360, "height": 780}, {"width": 1280, "height": 900}]
)
def test_a_rich_service_page_is_accessible_and_shows_the_key_facts(
    site_url, page, axe, service, viewport
):
    page.set_viewport_size(viewport)
    response = page.goto(f"{site_url}{service.url}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Holiday care grant"

    notice = page.get_by_role("region", name="This service is temporarily suspended")
    assert notice.is_visible()
    assert "Suspended while the office moves" in notice.inner_text()
    button = page.get_by_role("link", name="Apply online")
    assert button.is_visible()
    assert button.get_attribute("href") == "https://portal.example.invalid/holiday-care"

    steps = page.get_by_role("region", name="How to apply").get_by_role("listitem")
    assert steps.all_inner_texts() == [
        "Step 1 of the application",
        "Step 2 of the application",
        "Step 3 of the application",
    ]
    phone = page.get_by_role("link", name="+49 (0)1234 44-10")
    assert phone.is_visible() and phone.get_attribute("href") == "tel:+4912344410"

    # Places after the first fold their week under a <details>: open them.
    for summary in page.locator("section.service-location summary").all():
        summary.click()
    desk = location(page, "Emergency Desk")
    assert desk.locator(".open-status").inner_text().startswith("Open now")
    assert desk.get_by_role("table").get_by_role("row").count() == 8  # header + 7 days
    assert desk.locator(".open-status").inner_text().endswith("Today: Open 24 hours")
    assert desk.get_by_role("table").get_by_role("row").nth(1).inner_text().split("\t")[1] == (
        "Open 24 hours"
    )
    map_link = re.compile(r"^Show on OpenStreetMap\s*: Emergency Desk$")
    assert desk.get_by_role("link", name=map_link).is_visible()
    room = location(page, "Archive Reading Room")
    assert room.locator(".open-status").inner_text().startswith("Closed now")
    assert room.get_by_role("table").get_by_role("row").nth(1).inner_text().endswith("Closed")
    assert "Lift at the back." in room.inner_text()

    # Nothing is wider than the screen on a phone (WCAG 1.4.10 reflow).
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    axe(page)
