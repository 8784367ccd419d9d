"""Editors submit, Moderators approve; scheduled publishing; revisions."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from tests.factories import skeleton_page
from tests.html import get, text
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("erika", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moritz", password="pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def headings(client, page):
    return [text(h1) for h1 in get(client, page.url).xpath("//h1")]


@pytest.mark.parametrize("language", ["de", "fi"])
def test_editor_submits_a_change_and_a_moderator_publishes_it(client, editor, moderator, language):
    page = skeleton_page("legal-notice", language)
    published_title = page.title
    client.force_login(editor)
    data = edit_form_data(page, title="Impressum (neu)")
    data["action-submit"] = "submit"
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    client.logout()

    # Not public yet: the moderator has not approved.
    assert headings(client, page) == [published_title]
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    assert task_state is not None and task_state.status == "in_progress"

    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            **edit_form_data(page.get_latest_revision_as_object()),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        },
    )
    assert response.status_code == 302
    client.logout()
    assert headings(client, page) == ["Impressum (neu)"]


def test_editor_cannot_publish_without_approval(client, editor):
    page = skeleton_page("privacy", "da")
    published_title = page.title
    client.force_login(editor)
    data = edit_form_data(page, title="Datenschutz geändert")
    data["action-publish"] = "publish"
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    client.logout()
    assert headings(client, page) == [published_title]
    page.refresh_from_db()
    assert page.title == published_title


def test_scheduled_change_goes_live_at_its_time(client, admin_client):
    page = skeleton_page("privacy")
    published_title = page.title
    go_live = timezone.localtime() + datetime.timedelta(hours=1)
    data = edit_form_data(page, title="Neue Datenschutzhinweise")
    data["go_live_at"] = go_live.strftime("%Y-%m-%d %H:%M")
    data["action-publish"] = "publish"
    assert admin_client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    assert headings(client, page) == [published_title]

    # An hour later, the scheduler (cron: publish_scheduled) publishes it.
    revision = page.revisions.order_by("-created_at").first()
    assert revision.approved_go_live_at is not None
    an_hour_later = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = an_hour_later
    revision.content["go_live_at"] = an_hour_later.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", verbosity=0)
    assert headings(client, page) == ["Neue Datenschutzhinweise"]


def test_every_save_keeps_a_revision_editors_can_compare(admin_client):
    page = skeleton_page("privacy", "en")
    before = page.revisions.count()
    data = edit_form_data(page, title="Datenschutzhinweise")
    admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert page.revisions.count() == before + 1
    history = admin_client.get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200
