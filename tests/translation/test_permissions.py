"""A Danish translator translates into Danish, and nothing else.

Exercised through the endpoints the admin and wagtail-localize expose,
including the translation-creation ones that Wagtail's recent advisories were about.
"""

import lxml.html
import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from home.models import Contact
from tests.factories import StandardPageFactory, skeleton_page

pytestmark = pytest.mark.django_db


def title_segment(translation):
    return StringSegment.objects.get(source=translation.source, context__path="title")


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )


def put_string(client, translation, value):
    url = reverse(
        "wagtail_localize:edit_string_translation",
        args=[translation.pk, title_segment(translation).pk],
    )
    return client.put(url, f"value={value}", content_type="application/x-www-form-urlencoded")


def test_a_danish_translator_translates_into_danish(danish_translator, source_page, submit):
    danish = submit(source_page, "da")["da"]
    translation = translation_of(danish)

    editor = danish_translator.get(reverse("wagtailadmin_pages:edit", args=[danish.pk]))
    assert editor.status_code == 200
    assert "wagtail-localize" in editor.content.decode()  # the translation editor, not the form

    response = put_string(danish_translator, translation, "Plejerådgivning i hjemmet")
    assert response.status_code == 201
    assert (
        StringTranslation.objects.get(
            locale__language_code="da", translation_of=title_segment(translation).string
        ).data
        == "Plejerådgivning i hjemmet"
    )


def test_a_danish_translator_cannot_translate_into_finnish(danish_translator, source_page, submit):
    finnish = submit(source_page, "fi")["fi"]
    translation = translation_of(finnish)

    assert put_string(danish_translator, translation, "Hoitoneuvonta").status_code == 403
    assert not StringTranslation.objects.filter(locale__language_code="fi").exists()
    for name in ("download_pofile", "machine_translate", "upload_pofile", "stop_translation"):
        url = reverse(f"wagtail_localize:{name}", args=[translation.pk])
        response = danish_translator.post(url)
        assert response.status_code == 403, name
    assert Translation.objects.get(pk=translation.pk).enabled


def test_a_danish_translator_cannot_publish_in_finnish_or_danish(
    danish_translator, source_page, submit, django_capture_on_commit_callbacks
):
    pages = submit(source_page, "da", "fi")
    for page in pages.values():
        with django_capture_on_commit_callbacks(execute=True):
            response = danish_translator.post(
                reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
            )
        assert response.status_code in (302, 403)
        assert not Page.objects.get(pk=page.pk).live


def test_a_danish_translator_cannot_edit_the_german_source(danish_translator, agenda):
    german = agenda["de"]
    url = reverse("wagtailadmin_pages:edit", args=[german.pk])
    response = danish_translator.get(url)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    danish_translator.post(url, {"title": "Geändert", "slug": german.slug, "action-publish": "1"})
    german.refresh_from_db()
    assert german.title != "Geändert" and german.get_latest_revision().user is None


def submit_as(client, page, *languages, **extra):
    locales = [Locale.objects.get(language_code=code).pk for code in languages]
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": locales, **extra},
    )


def test_a_danish_translator_starts_danish_translations_of_public_pages_only(
    danish_translator, section, source_page, django_capture_on_commit_callbacks
):
    # Into Finnish: refused, and nothing is created.
    assert submit_as(danish_translator, source_page, "fi").status_code == 403
    assert submit_as(danish_translator, source_page, "da", "fi").status_code == 403
    # With the subtree, which may hold pages the translator cannot see: refused.
    response = submit_as(danish_translator, source_page, "da", include_subtree="on")
    assert response.status_code == 403
    assert source_page.get_translations().count() == 0

    # A page behind a login, and a draft, are pages a translator may not see.
    private = StandardPageFactory(parent=section, title="Nur für Angemeldete")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    hidden = StandardPageFactory(parent=private, title="Darunter")
    for page in (private, hidden):
        assert submit_as(danish_translator, page, "da").status_code == 403
    draft = StandardPageFactory(parent=section, title="Entwurf", live=False)
    assert submit_as(danish_translator, draft, "da").status_code == 403
    source_page.unpublish()
    assert submit_as(danish_translator, source_page, "da").status_code == 403
    assert (
        danish_translator.get(
            reverse("wagtail_localize:submit_page_translation", args=[source_page.pk])
        ).status_code
        == 403
    )

    # A public page into Danish: allowed, and it lands as a draft in the Danish tree.
    source_page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        assert submit_as(danish_translator, source_page, "da").status_code == 302
    danish = source_page.get_translation(Locale.objects.get(language_code="da"))
    assert not danish.live
    assert danish.get_parent().pk == section.get_translation(danish.locale).pk


def test_a_danish_translator_cannot_sync_or_convert_translations(
    danish_translator, source_page, submit
):
    danish = submit(source_page, "da")["da"]
    source = translation_of(danish).source
    response = danish_translator.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 403
    response = danish_translator.post(
        reverse("wagtail_localize:convert_to_alias", args=[danish.pk])
    )
    assert response.status_code == 403
    assert Page.objects.get(pk=danish.pk).alias_of_id is None


def test_a_danish_translator_cannot_create_or_copy_pages(danish_translator, agenda):
    danish_home = skeleton_page("home", "da")
    add = reverse("wagtailadmin_pages:add", args=["home", "standardpage", danish_home.pk])
    assert danish_translator.get(add).status_code in (302, 403)
    german = agenda["de"]
    copy = reverse("wagtailadmin_pages:copy", args=[german.pk])
    response = danish_translator.post(
        copy, {"new_title": "Kopi", "new_slug": "kopi", "new_parent_page": danish_home.pk}
    )
    assert response.status_code in (302, 403)
    assert not Page.objects.filter(slug="kopi").exists()


def contact_edit_url(contact):
    return reverse("wagtailsnippets_home_contact:edit", args=[contact.pk])


def test_a_danish_translator_edits_danish_snippets_only(danish_translator):
    german = Contact.objects.create(
        locale=Locale.objects.get(language_code="de"), name="Pflegestützpunkt West"
    )
    danish = german.copy_for_translation(Locale.objects.get(language_code="da"))
    danish.save()
    finnish = german.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.save()
    assert danish_translator.get(contact_edit_url(danish)).status_code == 200
    assert danish_translator.get(contact_edit_url(german)).status_code == 403
    assert danish_translator.get(contact_edit_url(finnish)).status_code == 403
    response = danish_translator.post(contact_edit_url(finnish), {"name": "Muutettu"})
    assert response.status_code == 403
    finnish.refresh_from_db()
    assert finnish.name != "Muutettu"


def test_a_danish_translator_asks_for_danish_snippet_translations_only(
    danish_translator, make_user
):
    german = Contact.objects.create(
        locale=Locale.objects.get(language_code="de"), name="Pflegestützpunkt Nord"
    )
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "contact", german.pk]
    )
    fi = Locale.objects.get(language_code="fi").pk
    da = Locale.objects.get(language_code="da").pk
    assert danish_translator.post(url, {"locales": [fi]}).status_code == 403
    assert not german.get_translations().exists()
    assert danish_translator.post(url, {"locales": [da]}).status_code == 302
    assert list(german.get_translations().values_list("locale__language_code", flat=True)) == ["da"]


def test_the_plain_translators_group_does_not_lift_the_scope(client, make_user, source_page):
    client.force_login(make_user("beide", "Translators (Danish)", "Translators"))
    assert submit_as(client, source_page, "fi").status_code == 403


def test_an_editor_who_also_translates_is_not_confined(client, make_user, source_page, submit):
    client.force_login(make_user("redakteurin", "Translators (Danish)", "Moderators"))
    finnish = submit(source_page, "fi")["fi"]
    assert put_string(client, translation_of(finnish), "Hoitoneuvonta kotona").status_code == 201


def test_a_page_whose_parent_is_not_translated_asks_for_the_parent_first(
    danish_translator, source_page
):
    child = StandardPageFactory(parent=source_page, title="Entlastung am Wochenende")
    child.save_revision().publish()

    response = submit_as(danish_translator, child, "da")

    assert response.status_code == 403
    assert "Pflegeberatung zu Hause" in lxml.html.fromstring(response.content).text_content()
    assert child.get_translations().count() == 0
    # The dashboard names the parent instead of linking to a translation that must fail.
    html = lxml.html.fromstring(
        danish_translator.get(reverse("translation_dashboard"), {"locale": "da"}).content
    )
    item = next(
        li
        for li in html.xpath('//ul[@data-status="missing"]/li')
        if li.text_content().startswith("Entlastung am Wochenende")
    )
    assert item.xpath(".//a") == []
    assert "Pflegeberatung zu Hause" in item.text_content()
    parent = next(
        li
        for li in html.xpath('//ul[@data-status="missing"]/li')
        if li.text_content().startswith("Pflegeberatung zu Hause")
    )
    assert parent.xpath(".//a/@href")
