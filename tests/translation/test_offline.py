"""Offline and machine translation through wagtail-localize's own endpoints."""

import polib
import pytest
from django.contrib import messages
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.html import get, text
from tests.translation.test_outdated import publish_translation
from tests.translation.test_permissions import translation_of

pytestmark = pytest.mark.django_db

DANISH = {
    "Pflegeberatung zu Hause": "Plejerådgivning i hjemmet",
    "Beratung für Angehörige, die zu Hause pflegen.": "Rådgivning til pårørende, der passer "
    "en af deres nærmeste derhjemme.",
}


def test_a_translator_exports_a_po_file_and_imports_it_back(
    danish_translator,
    admin_client,
    citizen,
    source_page,
    submit,
    django_capture_on_commit_callbacks,
):
    danish = submit(source_page, "da")["da"]
    po_translation = translation_of(danish)

    response = danish_translator.get(
        reverse("wagtail_localize:download_pofile", args=[po_translation.pk])
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/x-gettext-translation")
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= set(DANISH)
    for entry in po:
        if entry.msgid in DANISH:
            entry.msgstr = DANISH[entry.msgid]

    edit_url = reverse("wagtailadmin_pages:edit", args=[danish.pk])
    upload = SimpleUploadedFile("oversaettelse.po", str(po).encode(), "text/x-gettext-translation")
    response = danish_translator.post(
        reverse("wagtail_localize:upload_pofile", args=[po_translation.pk]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302 and response.url == edit_url

    # A moderator publishes; the translated text is on the live Danish page.
    publish_translation(admin_client, danish, django_capture_on_commit_callbacks)
    with translation.override("da"):
        url = danish.get_url()
    [main] = get(citizen, url).xpath("//main")
    assert [text(h1) for h1 in main.xpath(".//h1")] == ["Plejerådgivning i hjemmet"]
    assert "passer en af deres nærmeste derhjemme" in text(main)
    assert "Pflegeberatung zu Hause" not in text(main)


def test_a_po_file_for_another_translation_is_refused(danish_translator, source_page, submit):
    pages = submit(source_page, "da", "fi")
    finnish_po = translation_of(pages["fi"]).export_po()
    danish_translation = translation_of(pages["da"])
    edit_url = reverse("wagtailadmin_pages:edit", args=[pages["da"].pk])
    upload = SimpleUploadedFile("vaara.po", str(finnish_po).encode())
    response = danish_translator.post(
        reverse("wagtail_localize:upload_pofile", args=[danish_translation.pk]),
        {"file": upload, "next": edit_url},
    )
    assert response.status_code == 302 and response.url == edit_url
    [message] = get_messages(response.wsgi_request)
    assert message.level == messages.ERROR
    assert danish_translation.get_progress()[1] == 0  # nothing was imported


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
)
def test_machine_translation_fills_the_missing_strings(danish_translator, source_page, submit):
    danish = submit(source_page, "da")["da"]
    po_translation = translation_of(danish)
    edit_url = reverse("wagtailadmin_pages:edit", args=[danish.pk])
    machine_url = reverse("wagtail_localize:machine_translate", args=[po_translation.pk])
    assert machine_url in danish_translator.get(edit_url).content.decode()  # offered in the editor

    response = danish_translator.post(
        reverse("wagtail_localize:machine_translate", args=[po_translation.pk]),
        {"next": edit_url},
    )
    assert response.status_code == 302
    total, translated = po_translation.get_progress()
    assert translated == total > 0
    # The dummy translator reverses the words: proof it went through the machine.
    po = polib.pofile(str(po_translation.export_po()))
    assert {e.msgstr for e in po if e.msgid == "Pflegeberatung zu Hause"} == {
        "Hause zu Pflegeberatung"
    }


def test_without_a_key_there_is_no_machine_translation(danish_translator, source_page, submit):
    po_translation = translation_of(submit(source_page, "da")["da"])
    url = reverse("wagtail_localize:machine_translate", args=[po_translation.pk])
    edit_url = reverse("wagtailadmin_pages:edit", args=[po_translation.get_target_instance().pk])
    assert url not in danish_translator.get(edit_url).content.decode()
    response = danish_translator.post(url, follow=True)
    assert response.status_code == 404
    assert po_translation.get_progress()[1] == 0
