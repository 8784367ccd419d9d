"""Every path through wagtail-localize that publishes checks the user's right
to publish each target, for every user, and a translator stays confined to
their language whatever unrelated permissions they also hold."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import Translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def localizer(make_user):
    """A client logged in as a member of `groups` who may submit translations."""

    def make(username, *groups):
        user = make_user(username, *groups)
        user.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtail_localize", codename="submit_translation"
            )
        )
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def danish_draft(source_page, submit):
    """A Danish translation of a live German page, not published yet."""
    danish = submit(source_page, "da")["da"]
    assert not danish.live
    return danish


def sync_url(page):
    source = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    ).source
    return reverse("wagtail_localize:update_translations", args=[source.pk])


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def test_an_editor_cannot_publish_translations_by_syncing(
    localizer, danish_draft, django_capture_on_commit_callbacks
):
    editor = localizer("redakteur", "Editors")

    # wagtail-localize publishes once the transaction commits: run what it leaves for then.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(sync_url(danish_draft), {"publish_translations": "on"})

    assert response.status_code == 403
    assert "moderation" in response.content.decode() or "Moderation" in response.content.decode()
    assert not is_live(danish_draft)


def test_an_editor_may_sync_translations_without_publishing(
    localizer, danish_draft, django_capture_on_commit_callbacks
):
    editor = localizer("redakteur", "Editors")

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(sync_url(danish_draft), {})

    assert response.status_code == 302
    assert not is_live(danish_draft)


def test_a_moderator_publishes_translations_by_syncing(
    localizer, danish_draft, django_capture_on_commit_callbacks
):
    moderator = localizer("moderatorin", "Moderators")

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator.post(sync_url(danish_draft), {"publish_translations": "on"})

    assert response.status_code == 302
    assert is_live(danish_draft)


def test_an_editor_cannot_turn_a_translation_into_a_live_alias(localizer, danish_draft):
    editor = localizer("redakteur", "Editors")

    response = editor.post(reverse("wagtail_localize:convert_to_alias", args=[danish_draft.pk]))

    assert response.status_code == 403
    page = Page.objects.get(pk=danish_draft.pk)
    assert page.alias_of_id is None and not page.live


def test_submitting_a_translation_never_publishes_it(
    localizer, source_page, django_capture_on_commit_callbacks
):
    editor = localizer("redakteur", "Editors")
    finnish = Locale.objects.get(language_code="fi")

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtail_localize:submit_page_translation", args=[source_page.pk]),
            {"locales": [finnish.pk]},
        )

    assert response.status_code == 302
    assert not source_page.get_translation(finnish).live


def test_an_unrelated_permission_does_not_lift_a_translators_confinement(make_user, source_page):
    pictures = Group.objects.create(name="Bildredaktion")
    pictures.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailimages", codename="add_image")
    )
    translator = Client()
    translator.force_login(make_user("dansk-bilder", "Translators (Danish)", "Bildredaktion"))
    PageViewRestriction.objects.create(
        page=source_page, restriction_type=PageViewRestriction.PASSWORD, password="intern"
    )
    finnish = Locale.objects.get(language_code="fi")

    response = translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[source_page.pk]),
        {"locales": [finnish.pk]},
    )

    assert response.status_code == 403
    assert source_page.get_translation_or_none(finnish) is None
