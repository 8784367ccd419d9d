"""Snippets chosen inside StreamFields keep to the page's language: a German page's
contact card or a care network's member list refuses a Finnish entry on save, with
a message on the field, and keeps what the page already had."""

import json

import lxml.html
import pytest
from wagtail.test.utils.form_data import streamfield

from tests.factories import CareNetworkPageFactory, ContactFactory, OrganisationFactory
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db


def errors(response):
    """The messages the StreamField editors show above their blocks (handed to
    Wagtail's block widgets as JSON)."""
    root = lxml.html.fromstring(response.content.decode())
    messages = []
    for arguments in root.xpath("//*[@data-block]/@data-w-block-arguments-value"):
        _value, error = json.loads(arguments)
        messages += (error or {}).get("messages", [])
    return " ".join(messages)


def contact_card(contact):
    return streamfield([("contact", {"contact": contact.pk})])


@pytest.mark.parametrize("language", ["de", "fi"])
def test_a_contact_card_of_the_pages_language_is_saved(
    editor_client, standard_page, finnish_home, language
):
    contact = ContactFactory(language=language, name="Bürgerbüro")
    data = edit_form_data(standard_page, body=contact_card(contact))
    data["action-publish"] = "publish"
    response = editor_client.post(f"/admin/pages/{standard_page.pk}/edit/", data)
    standard_page.refresh_from_db()
    if language == "de":
        assert response.status_code == 302
        assert standard_page.body[0].value["contact"] == contact
    else:
        assert response.status_code == 200
        assert (
            "Hier können nur Einträge in der Sprache der Seite (Deutsch) gewählt werden; "
            "'Bürgerbüro (Auskunft und Beratung)' gehören zu einer anderen Sprache."
            in errors(response)
        )
        assert not standard_page.body


def test_a_network_member_of_another_language_is_refused_and_named(
    editor_client, german_home, finnish_home
):
    network = CareNetworkPageFactory(parent=german_home)
    german = OrganisationFactory(language="de", name="Pflegedienst Hainbach")
    finnish = OrganisationFactory(language="fi", name="Kotihoito Hainbach")
    data = edit_form_data(
        network, members=streamfield([("member", german.pk), ("member", finnish.pk)])
    )
    response = editor_client.post(f"/admin/pages/{network.pk}/edit/", data)
    assert response.status_code == 200
    assert "'Kotihoito Hainbach'" in errors(response)
    assert "'Pflegedienst Hainbach'" not in errors(response)
    network.refresh_from_db()
    assert not network.members


def test_an_entry_of_another_language_the_page_already_has_is_kept(
    editor_client, german_home, finnish_home
):
    """A translation synchronised from its source may still point at the source's
    entry; the editor can save the page without first replacing it."""
    finnish = OrganisationFactory(language="fi", name="Kotihoito Hainbach")
    network = CareNetworkPageFactory(parent=german_home)
    network.members = [("member", finnish)]
    network.save_revision().publish()
    data = edit_form_data(network, title="Pflegenetz Hainbach")
    data["action-publish"] = "publish"
    response = editor_client.post(f"/admin/pages/{network.pk}/edit/", data)
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.title == "Pflegenetz Hainbach"
    assert network.members[0].value == finnish


def test_the_chooser_inside_a_block_opens_on_the_pages_language(editor_client, standard_page):
    """Wagtail's chooser modals read the page's language from the edit view's
    configuration and ask for that locale when they open."""
    response = editor_client.get(f"/admin/pages/{standard_page.pk}/edit/")
    assert '"ACTIVE_CONTENT_LOCALE": "de"' in response.content.decode()


@pytest.mark.parametrize("chooser", ["organisations/contact", "organisations/organisation"])
def test_a_chooser_opened_for_a_german_page_lists_and_offers_german_only(
    editor_client, german_home, finnish_home, chooser
):
    model = ContactFactory if chooser.endswith("contact") else OrganisationFactory
    model(language="de", name="Bürgerbüro Hainbach")
    model(language="fi", name="Asiointipiste Hainbach")
    url = f"/admin/snippets/choose/{chooser}/"
    data = json.loads(editor_client.get(url, {"locale": "de"}).content)
    root = lxml.html.fromstring(data["html"])
    listed = " ".join(root.text_content().split())
    assert "Bürgerbüro Hainbach" in listed and "Asiointipiste Hainbach" not in listed
    assert root.xpath('//select[@name="locale"]/option/@value') == ["de"]
    # Opened without a page (no locale asked), Wagtail's whole filter stays.
    data = json.loads(editor_client.get(url).content)
    options = lxml.html.fromstring(data["html"]).xpath('//select[@name="locale"]/option/@value')
    assert options[0] == "" and {"de", "fi"} <= set(options)
    # A locale that is not one of the site's is no reason for an error page.
    assert editor_client.get(url, {"locale": "zz<script>"}).status_code == 200
