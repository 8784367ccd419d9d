"""A German editor files a service: filters the categories, ticks one from the
tree, creates a location from the service page's chooser and saves."""

import re

import pytest
from django.contrib.auth.models import User
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from services.models import ServiceCategory, ServiceLocation, ServicePage
from tests.browser.test_translator import committed
from tests.services.factories import ServiceCategoryFactory, ServicePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME = "redaktion-leistungen"
NEW_LOCATION = "Bürgerbüro Hainbach"


def create_editor_terms_and_service(parent):
    user = User.objects.create_superuser(USERNAME, f"{USERNAME}@example.invalid", "hemmelig-42")
    UserProfile.objects.create(user=user, preferred_language="de")
    german = Locale.objects.get(language_code="de")
    family = ServiceCategoryFactory(name="Familie und Kinder", slug="t-familie", locale=german)
    ServiceCategoryFactory(name="Kindertagespflege", slug="t-kita", locale=german, parent=family)
    ServiceCategoryFactory(name="Abfallberatung", slug="t-abfall", locale=german)
    service = ServicePageFactory(parent=parent, title="Tagespflege finden", slug="tagespflege")
    return service.pk


def remove_all(service_pk):
    ServicePage.objects.filter(pk=service_pk).delete()
    ServiceCategory.objects.filter(slug__in=["t-kita", "t-familie", "t-abfall"]).delete()
    ServiceLocation.objects.filter(name=NEW_LOCATION).delete()
    User.objects.filter(username=USERNAME).delete()


@pytest.fixture
def service(site_url, world):
    parent = world.service["de"].get_parent()
    pk = committed(lambda: create_editor_terms_and_service(parent))
    yield ServicePage.objects.get(pk=pk)
    committed(lambda: remove_all(pk))


def test_filter_tick_create_a_location_and_save(site_url, browser, service):
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", USERNAME)
    page.fill("input[name=password]", "hemmelig-42")
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{site_url}/admin/")
    page.goto(f"{site_url}/admin/pages/{service.pk}/edit/")

    # The categories: a tree with a filter box.
    page.get_by_role("tab", name="Für wen").click()
    categories = page.get_by_role("group", name="Kategorien")
    categories.get_by_role("searchbox", name="Kategorien: Liste filtern").fill("tages")
    assert categories.get_by_label("Kindertagespflege").is_visible()
    # The parent stays in view above its match; the rest of the list is filtered out.
    assert categories.get_by_label("Familie und Kinder").is_visible()
    assert not categories.get_by_label("Abfallberatung").is_visible()
    categories.get_by_label("Kindertagespflege").check()
    categories.get_by_role("searchbox").fill("xyz")
    assert categories.get_by_text("Kein Eintrag der Liste passt.").is_visible()
    categories.get_by_role("searchbox").fill("")
    assert categories.get_by_label("Abfallberatung").is_visible()

    # A location that does not exist yet, created from the service page.
    page.get_by_role("tab", name="Zugangswege und Standorte").click()
    locations = page.get_by_role("group", name="Standorte")
    locations.get_by_role("button", name="Standort wählen oder anlegen").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("tab", name="Standort anlegen").click()
    form = dialog.locator("form[data-chooser-modal-creation-form]")
    form.locator("input[name=name]").fill(NEW_LOCATION)
    form.locator("input[name=street_address]").fill("Lindenstraße 3")
    form.locator("input[name=postal_code]").fill("12345")
    form.locator("input[name=locality]").fill("Hainbach")
    form.get_by_role("button", name="Standort anlegen").click()
    new = locations.get_by_label(f"{NEW_LOCATION}, Hainbach")
    new.wait_for()
    assert new.is_checked()
    # Ready for the next one: the chooser is empty again.
    assert locations.get_by_role("button", name="Standort wählen oder anlegen").is_visible()

    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{service.pk}/edit/"))
    page.locator(".messages").wait_for()
    context.close()

    draft = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert [c.name for c in draft.categories.all()] == ["Kindertagespflege"]
    (location,) = draft.locations.all()
    assert (location.name, location.locale.language_code) == (NEW_LOCATION, "de")
