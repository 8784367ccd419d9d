"""Moderation mail goes out with the configured sender (DEFAULT_FROM_EMAIL,
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL from the environment; the environment
itself is tested in tests/test_deployment.py), never Django's webmaster@localhost."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from tests.factories import StandardPageFactory
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db


def test_submitting_a_page_for_moderation_mails_the_moderators_from_the_configured_sender(
    django_user_model, django_capture_on_commit_callbacks
):
    moderator = django_user_model.objects.create_user(
        "moderatorin", "moderatorin@kreis.example", "pw"
    )
    moderator.groups.add(Group.objects.get(name="Moderators"))
    editor = django_user_model.objects.create_user("redakteur", "redakteur@kreis.example", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    page = StandardPageFactory(title="Neue Sprechzeiten im Bürgerbüro")
    client = Client()
    client.force_login(editor)
    url = f"/admin/pages/{page.pk}/edit/"
    data = edit_form_data(page) | {"action-submit": "submit"}

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)

    assert response.status_code == 302, response.content[:2000]
    sent = [m for m in mail.outbox if "moderatorin@kreis.example" in m.to]
    assert sent, [m.to for m in mail.outbox]
    assert sent[0].from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    assert sent[0].from_email == settings.DEFAULT_FROM_EMAIL
    assert "webmaster@localhost" not in sent[0].from_email
