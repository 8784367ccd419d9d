"""A location can be created from the service page: the locations list has a
chooser of the page's language whose "Create" tab makes a new location there."""

import json

import lxml.html
import pytest
from wagtail.models import Locale

from services.models import ServiceLocation
from tests.services.factories import ServicePageFactory

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/snippets/choose/services/servicelocation/"


def html(response):
    return lxml.html.fromstring(response.content.decode())


def modal(response):
    """The chooser modal's JSON answer: (its step, its HTML or result)."""
    data = json.loads(response.content.decode())
    return data["step"], data.get("html") or data.get("htmlFragment") or data.get("result")


def test_the_service_editor_offers_to_choose_or_create_a_location_in_its_language(
    editor_client, german_services
):
    service = ServicePageFactory(parent=german_services, title="Wohngeld", slug="wohngeld")
    root = html(editor_client.get(f"/admin/pages/{service.pk}/edit/"))
    (add,) = root.xpath('//div[@data-term-tree-name="locations"]//*[@data-term-tree-add]')
    # Shown by JavaScript, which the chooser needs anyway.
    assert add.get("hidden") is not None
    (chooser,) = add.xpath('.//*[contains(@class, "snippet-chooser")]')
    assert chooser.get("data-chooser-url") == f"{CHOOSER}?locale=de"
    button = add.xpath('.//button[contains(@class, "chooser__choose-button")]')[0]
    assert " ".join(button.text_content().split()) == "Standort wählen oder anlegen"
    # The chooser's own box is not a field of the page.
    assert add.xpath('.//input[@type="hidden"]/@name') == ["locations__add"]


def test_the_chooser_has_a_create_tab_that_keeps_the_pages_language(editor_client):
    step, page = modal(editor_client.get(CHOOSER, {"locale": "de"}))
    assert step == "choose"
    root = lxml.html.fromstring(page)
    (form,) = root.xpath("//form[@data-chooser-modal-creation-form]")
    assert form.get("action") == f"{CHOOSER}create/?locale=de"
    names = form.xpath(".//input/@name")
    assert {"name", "street_address", "postal_code", "locality"} <= set(names)


@pytest.mark.parametrize("language", ["de", "fi"])
def test_a_location_created_in_the_chooser_is_in_the_pages_language_and_chosen(
    editor_client, german_home, finnish_home, language
):
    response = editor_client.post(
        f"{CHOOSER}create/?locale={language}",
        {
            "name": "Bürgerbüro Hainbach",
            "street_address": "Lindenstraße 3",
            "postal_code": "12345",
            "locality": "Hainbach",
            "phone": "",
            "email": "",
        },
    )
    step, result = modal(response)
    assert step == "chosen"
    location = ServiceLocation.objects.get(pk=result["id"])
    assert location.locale == Locale.objects.get(language_code=language)
    assert result["string"] == "Bürgerbüro Hainbach, Hainbach"
    # The editor can go on to its opening hours from the chosen location.
    assert result["edit_url"].endswith(f"/servicelocation/edit/{location.pk}/")


def test_a_location_without_a_name_is_not_created(editor_client, german_home):
    response = editor_client.post(
        f"{CHOOSER}create/?locale=de", {"name": "", "locality": "Hainbach"}
    )
    step, fragment = modal(response)
    assert step == "reshow_creation_form"
    assert "error-message" in fragment or "error" in fragment
    assert not ServiceLocation.objects.filter(locality="Hainbach").exists()
