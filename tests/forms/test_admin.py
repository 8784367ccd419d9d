"""An editor builds a contact form in the admin; a moderator publishes it; citizens see it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.forms.models import FormPage
from tests.factories import skeleton_page
from tests.feedback.helpers import text

pytestmark = pytest.mark.django_db


def member(django_user_model, group):
    user = django_user_model.objects.create_user(group.lower(), f"{group}@example.invalid")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def form_page_data(**extra):
    return nested_form_data(
        {
            "title": "Problem melden",
            "slug": "problem-melden",
            "summary": "Schlagloch, defekte Laterne, wilder Müll: sagen Sie es uns.",
            "intro": rich_text("<p>Wir leiten Ihre Meldung an die zuständige Stelle.</p>"),
            "thank_you_text": rich_text("<p>Danke, wir kümmern uns.</p>"),
            "to_address": "strassenbau@example.invalid",
            "subject": "Meldung",
            "form_fields": inline_formset(
                [
                    {"label": "Was ist passiert?", "field_type": "multiline", "required": "on"},
                    {"label": "Wo?", "field_type": "singleline", "required": "on"},
                ]
            ),
            "related_pages": "",
            **extra,
        }
    )


def test_an_editor_builds_a_form_and_a_moderator_publishes_it(django_user_model):
    home = skeleton_page("home")
    editor = member(django_user_model, "Editors")
    add = reverse("wagtailadmin_pages:add", args=["formpages", "formpage", home.pk])
    response = editor.post(add, form_page_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = FormPage.objects.get(slug="problem-melden")
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert [field.label for field in draft.form_fields.all()] == ["Was ist passiert?", "Wo?"]

    moderator = member(django_user_model, "Moderators")
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = moderator.post(edit, form_page_data(**{"action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.live
    shown = text(Client().get(page.url))
    assert "Was ist passiert? *" in shown and "Wo? *" in shown
