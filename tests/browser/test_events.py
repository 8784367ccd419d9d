"""A citizen finds events in German and English, filters them and opens one,
with axe watching. Dates are relative to today: the live server runs on the real
clock."""

import datetime
import re

import pytest
from django.utils import timezone

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def events(django_db_setup, django_db_blocker):
    """Committed for the live server's thread, removed afterwards."""
    from services.models import TargetGroup
    from tests.browser import world
    from tests.events.factories import EventIndexPageFactory, EventPageFactory, at
    from tests.factories import translate
    from tests.services.factories import TargetGroupFactory

    with django_db_blocker.unblock():
        before = world.snapshot()
        groups_before = set(TargetGroup.objects.values_list("pk", flat=True))
        today = timezone.localdate()
        soon = today + datetime.timedelta(days=3)
        later = today + datetime.timedelta(days=40)
        families = TargetGroupFactory(name="Familien", slug="familien")
        translate(families, "en", name="Families", slug="families")
        index = EventIndexPageFactory(title="Termine in Testland")
        english = translate(index, "en", title="Events in Testland", slug="events-testland")
        fair = EventPageFactory(
            parent=index,
            title="Familienfest",
            summary="Spiele und Musik im Park",
            dates=[at(later, 11)],
            target_groups=[families],
            cost="Kostenlos",
        )
        EventPageFactory(parent=index, title="Sprechstunde", dates=[at(soon, 9)])
        for page in (fair, index.get_children().specific().get(title="Sprechstunde")):
            translate(page, "en", title=f"{page.title} (EN)")
        try:
            yield {"de": index, "en": english}
        finally:
            world.remove(before)
            TargetGroup.objects.exclude(pk__in=groups_before).delete()


@pytest.mark.parametrize(
    ("language", "group", "button", "count"),
    [
        ("de", "Familien", "Veranstaltungen anzeigen", "1 Veranstaltung"),
        ("en", "Families", "Show events", "1 event"),
    ],
)
def test_listing_filter_and_event_page_are_accessible(
    site_url, page, axe, events, language, group, button, count
):
    index = events[language]
    response = page.goto(f"{site_url}{index.url}")
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language
    titles = page.locator("article.event-teaser h2 a").all_inner_texts()
    assert [t.replace(" (EN)", "") for t in titles] == ["Sprechstunde", "Familienfest"]
    axe(page)

    page.locator("select[name=target_group]").select_option(label=group)
    page.get_by_role("button", name=button).click()
    page.wait_for_url(re.compile(r"[?&]target_group="))
    assert page.locator("#events-count").inner_text() == count
    axe(page)

    page.locator("article.event-teaser h2 a").first.click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Familienfest")
    assert page.locator("script[type='application/ld+json']").count() == 1
    axe(page)

    # A bad date range: the form says what is wrong, in the page's language.
    response = page.goto(f"{site_url}{index.url}?start=2030-02-01&end=2030-01-01")
    assert response.status == 400
    assert page.get_by_role("alert").count() == 1
    axe(page)
