"""The service editor: terms and places of the page's own language, the slug
made from the title next to it, the counted short description."""

import lxml.html
import pytest
from wagtail.models import Locale

from services.models import ServicePage
from tests.services.factories import (
    ServiceAreaFactory,
    ServiceCategoryFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    TargetGroupFactory,
)
from tests.services.test_page_types import service_form_data

pytestmark = pytest.mark.django_db


def html(response):
    return lxml.html.fromstring(response.content.decode())


@pytest.fixture
def terms(german_home, finnish_home):
    german, finnish = (Locale.objects.get(language_code=code) for code in ("de", "fi"))
    made = {}
    for factory, field in [
        (ServiceCategoryFactory, "categories"),
        (TargetGroupFactory, "target_groups"),
        (ServiceAreaFactory, "areas"),
    ]:
        made[field] = (
            factory(name="Hainbach", locale=german),
            factory(name="Hainbach", locale=finnish),
        )
    made["locations"] = (
        ServiceLocationFactory(name="Rathaus Hainbach", locale=german),
        ServiceLocationFactory(name="Hainbachin virasto", locale=finnish),
    )
    return made


@pytest.fixture
def service(german_services):
    return ServicePageFactory(parent=german_services, title="Wohngeld", slug="wohngeld")


def test_the_german_service_offers_only_german_terms_and_places(editor_client, service, terms):
    root = html(editor_client.get(f"/admin/pages/{service.pk}/edit/"))
    for field, (german, finnish) in terms.items():
        values = root.xpath(
            f'//*[@name="{field}"]/@value | //select[@name="{field}"]/option/@value'
        )
        assert str(german.pk) in values, field
        assert str(finnish.pk) not in values, field


def test_a_finnish_term_is_refused_on_a_german_service_with_a_message(
    editor_client, service, terms
):
    for field, (german, finnish) in terms.items():
        response = editor_client.post(
            f"/admin/pages/{service.pk}/edit/", service_form_data(service, **{field: [finnish]})
        )
        assert response.status_code == 200, field
        assert (
            "Hier können nur Einträge in der Sprache der Seite (Deutsch) gewählt werden"
            in " ".join(response.content.decode().split())
        ), field
        assert not getattr(service.get_latest_revision_as_object(), field).exists()
        response = editor_client.post(
            f"/admin/pages/{service.pk}/edit/", service_form_data(service, **{field: [german]})
        )
        assert response.status_code == 302, field


def test_a_new_service_offers_its_parents_language(editor_client, german_services, terms):
    root = html(editor_client.get(f"/admin/pages/add/services/servicepage/{german_services.pk}/"))
    values = root.xpath('//input[@name="categories"]/@value')
    assert str(terms["categories"][0].pk) in values
    assert str(terms["categories"][1].pk) not in values


def test_the_slug_sits_under_the_title_and_follows_it(editor_client, german_services):
    root = html(editor_client.get(f"/admin/pages/add/services/servicepage/{german_services.pk}/"))
    (title,) = root.xpath('//input[@name="title"]')
    # Wagtail's title panel copies the title into the slug as the editor types.
    assert "w-sync" in title.get("data-controller")
    assert title.get("data-w-sync-target-value") == "#id_slug"
    (content_tab,) = root.xpath('(//section[@role="tabpanel"])[1]')
    assert content_tab.xpath('.//input[@name="slug"]')
    assert len(root.xpath('//input[@name="slug"]')) == 1


def test_a_slug_error_shows_on_the_content_tab(editor_client, german_services, service):
    other = ServicePageFactory(parent=german_services, title="Elterngeld", slug="elterngeld")
    response = editor_client.post(
        f"/admin/pages/{other.pk}/edit/", service_form_data(other, slug="wohngeld")
    )
    assert response.status_code == 200
    root = html(response)
    (content_tab,) = root.xpath('(//section[@role="tabpanel"])[1]')
    errors = content_tab.xpath('.//*[@class="error-message"]')
    assert errors and "wohngeld" in " ".join(errors[0].text_content().split())


def test_the_short_description_counts_and_stops_at_150_characters(editor_client, service):
    response = editor_client.get(f"/admin/pages/{service.pk}/edit/")
    root = html(response)
    (summary,) = root.xpath('//textarea[@name="summary"]')
    assert summary.get("maxlength") == "150"
    assert summary.get("data-character-count") == "%(count)s von %(limit)s Zeichen"
    assert root.xpath('//script[contains(@src, "home/admin/character-count.js")]')
    response = editor_client.post(
        f"/admin/pages/{service.pk}/edit/", service_form_data(service, summary="x" * 151)
    )
    assert response.status_code == 200
    assert ServicePage.objects.get(pk=service.pk).summary != "x" * 151
