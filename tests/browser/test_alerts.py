"""A citizen meets the alerts in German and in English, with and without JavaScript,
and axe finds nothing to fault."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import TranslatableObject

from home.alerts.models import Alert, Severity
from tests.alerts.factories import AlertFactory
from tests.factories import StandardPageFactory, TopicPageFactory, skeleton_page, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def alerts(django_db_setup, django_db_blocker):
    """Alerts of every severity, committed for the live server and removed afterwards."""
    with django_db_blocker.unblock():
        pages_before = set(Page.objects.values_list("pk", flat=True))
        objects_before = set(TranslatableObject.objects.values_list("pk", flat=True))
        topic = TopicPageFactory(title="Umwelt im Test", slug="umwelt-im-test")
        page = StandardPageFactory(parent=topic, title="Badegewässer", slug="badegewaesser")
        english = translate(page, "en", title="Bathing waters", slug="bathing-waters")
        emergency = AlertFactory(
            title="Blaualgen im Lindensee",
            text="Bitte nicht baden: Blaualgen können die Gesundheit schädigen.",
            severity=Severity.EMERGENCY,
            page=topic,
            link_page=page,
        )
        translate(
            emergency,
            "en",
            title="Blue-green algae in Lake Linden",
            text="Please do not swim: blue-green algae can harm your health.",
        )
        warning = AlertFactory(
            title="Straßensperrung am Markt",
            text="Der Marktplatz ist bis Freitag gesperrt.",
            severity=Severity.WARNING,
        )
        translate(
            warning,
            "en",
            title="Market square closed",
            text="The market square is closed until Friday.",
        )
        AlertFactory(
            title="Neue Öffnungszeiten",
            text="Das Bürgerbüro öffnet montags schon um 7 Uhr.",
            link_url="https://example.org/zeiten",
            ends_at=timezone.now() + datetime.timedelta(days=2),
        )
        try:
            yield {"page": page, "english": english}
        finally:
            Alert.objects.all().delete()
            for added in Page.objects.exclude(pk__in=pages_before).order_by("depth"):
                if Page.objects.filter(pk=added.pk).exists():
                    added.delete()
            TranslatableObject.objects.exclude(pk__in=objects_before).delete()


def banner_titles(page):
    return [
        " ".join(text.split())
        for text in page.locator("main section.alert .alert-heading").all_inner_texts()
    ]


def test_german_alerts_on_a_section_page_and_the_home_page(site_url, page, axe, alerts):
    page.goto(site_url + alerts["page"].url)
    titles = banner_titles(page)
    assert titles == [
        "Notfall: Blaualgen im Lindensee",
        "Warnung: Straßensperrung am Markt",
        "Information: Neue Öffnungszeiten",
    ]
    region = page.get_by_role("region", name="Notfall: Blaualgen im Lindensee")
    assert region.is_visible()
    assert page.locator("head link[type='application/cap+xml']").get_attribute("href") == (
        "/de/alerts/cap/"
    )
    axe(page)

    # The emergency shows at the top of the home page too, above everything else in <main>.
    page.goto(site_url + skeleton_page("home").url)
    assert banner_titles(page)[0] == "Notfall: Blaualgen im Lindensee"
    first = page.locator("main > *").first
    assert first.get_attribute("class") == "wrap alerts"
    axe(page)


def test_english_alerts_with_an_untranslated_one_in_german(site_url, browser, axe, alerts):
    # Without JavaScript: the banner is plain HTML.
    context = browser.new_context(locale="en-GB", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + alerts["english"].url)
        assert page.locator("main section.alert").count() == 3
        assert page.locator("main section.alert").first.is_visible()
    finally:
        context.close()
    context = browser.new_context(locale="en-GB")
    try:
        page = context.new_page()
        page.goto(site_url + alerts["english"].url)
        assert banner_titles(page) == [
            "Emergency: Blue-green algae in Lake Linden",
            "Warning: Market square closed",
            "Information: Neue Öffnungszeiten",
        ]
        untranslated = page.locator("main section.alert").nth(2)
        assert untranslated.get_attribute("lang") == "de"
        link = untranslated.get_by_role(
            "link", name=re.compile(r"^Mehr Informationen\s*: Neue Öffnungszeiten$")
        )
        assert link.get_attribute("href") == "https://example.org/zeiten"
        more = page.get_by_role(
            "link", name=re.compile(r"^More information\s*: Blue-green algae in Lake Linden$")
        )
        assert more.get_attribute("href").endswith("/en/umwelt-im-test/bathing-waters/")
        axe(page)
    finally:
        context.close()
