"""After the original is published again, its translations count as outdated
until they are synced and published; citizens are told, with the date."""

import json

import lxml.html
import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.models import Page, Site

from home.models import SiteSettings
from tests.html import get, text
from tests.translation.test_permissions import put_string, translation_of

pytestmark = pytest.mark.django_db


def notice(citizen, page):
    """The notice that the page's translation may be outdated, else None."""
    found = get(citizen, page.get_url()).xpath(
        "//aside[@aria-labelledby='outdated-notice-heading']"
    )
    assert len(found) <= 1
    return found[0] if found else None


def danish_date(moment):
    with translation.override("da"):
        return formats.date_format(timezone.localtime(moment), "DATE_FORMAT")


def publish_translation(citizen, page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = citizen.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    return Page.objects.get(pk=page.pk).specific


def republish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def published_danish(source_page, submit, admin_client, django_capture_on_commit_callbacks):
    danish = submit(source_page, "da")["da"]
    put_string(admin_client, translation_of(danish), "Plejerådgivning i hjemmet")
    return publish_translation(admin_client, danish, django_capture_on_commit_callbacks)


def test_a_draft_translation_is_never_public(citizen, source_page, submit):
    danish = submit(source_page, "da")["da"]
    assert not danish.live
    with translation.override("da"):
        url = danish.get_url()
    assert citizen.get(url).status_code == 404
    german = get(citizen, source_page.get_url())
    assert not german.xpath(f"//*[@href='{url}']")  # neither in the switcher nor in hreflang
    assert url not in citizen.get("/sitemap.xml").content.decode()


def test_a_published_translation_is_up_to_date_until_the_original_changes(
    citizen, admin_client, source_page, published_danish, django_capture_on_commit_callbacks
):
    assert published_danish.live and published_danish.title == "Plejerådgivning i hjemmet"
    assert notice(citizen, published_danish) is None

    source_page = republish(source_page, summary="Neue Beratungszeiten ab dem Frühjahr.")
    shown = notice(citizen, published_danish)
    assert shown is not None and danish_date(source_page.last_published_at) in text(shown)
    assert shown.xpath(f".//a[@href='{source_page.get_url()}']")  # a link to the original

    # Synced but not yet published: still outdated, and the public page is unchanged.
    source = translation_of(published_danish).source
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {}
        )
    assert response.status_code == 302
    assert notice(citizen, published_danish) is not None

    publish_translation(admin_client, published_danish, django_capture_on_commit_callbacks)
    assert notice(citizen, published_danish) is None


def test_publishing_a_translation_without_syncing_leaves_it_outdated(
    citizen, admin_client, source_page, published_danish, django_capture_on_commit_callbacks
):
    republish(source_page, summary="Neue Beratungszeiten ab dem Frühjahr.")
    # The translation editor republishes the content synced before the change.
    publish_translation(admin_client, published_danish, django_capture_on_commit_callbacks)
    assert notice(citizen, published_danish) is not None


def test_translations_made_outside_wagtail_localize_are_compared_by_date(citizen, agenda):
    danish = agenda["da"]
    assert notice(citizen, danish) is None
    german = republish(agenda["de"], summary="Aktualisierte Ziele für 2027.")
    assert danish_date(german.last_published_at) in text(notice(citizen, danish))


def test_the_site_setting_turns_the_notice_off(citizen, agenda):
    republish(agenda["de"], summary="Aktualisierte Ziele für 2027.")
    assert notice(citizen, agenda["da"]) is not None
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.show_outdated_notice = False
    settings.save()
    assert notice(citizen, agenda["da"]) is None


def test_the_original_shows_no_notice(citizen, agenda):
    republish(agenda["de"], summary="Aktualisierte Ziele für 2027.")
    assert notice(citizen, agenda["de"]) is None


def test_after_a_sync_translators_see_which_texts_changed(
    admin_client,
    danish_translator,
    source_page,
    published_danish,
    django_capture_on_commit_callbacks,
):
    """The changed summary is offered for translation again; the unchanged title keeps its
    translation."""
    republish(source_page, summary="Neue Sprechzeiten ab dem Frühjahr.")
    source = translation_of(published_danish).source
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {}
        )
    assert response.status_code == 302
    editor = danish_translator.get(reverse("wagtailadmin_pages:edit", args=[published_danish.pk]))
    [props] = lxml.html.fromstring(editor.content).xpath("//*[@data-props]/@data-props")
    props = json.loads(props)
    sources = {
        segment["id"]: segment["source"] for segment in props["segments"] if "source" in segment
    }
    translated = {sources[t["segment_id"]] for t in props["initialStringTranslations"]}
    assert "Neue Sprechzeiten ab dem Frühjahr." in set(sources.values()) - translated
    assert "Pflegeberatung zu Hause" in translated
    po = translation_of(published_danish).export_po()
    untranslated = {entry.msgid for entry in po if not entry.msgstr}
    assert "Neue Sprechzeiten ab dem Frühjahr." in untranslated
    assert "Pflegeberatung zu Hause" not in untranslated
