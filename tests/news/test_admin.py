"""Editors in the admin: lead images need alt text and credit, topics are per language."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from news.models import NewsPage, NewsTopic
from tests.factories import demo_page
from tests.news.factories import demo_topic, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(admin_client, django_user_model):
    """The admin in English, whatever the site's default language."""
    profile = UserProfile.get_for_user(django_user_model.objects.get(username="tester"))
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def create_news(client, parent, **fields):
    data = nested_form_data(
        {
            "title": "Mit Foto",
            "slug": "mit-foto",
            "summary": "Kurz",
            "date": "2025-05-05",
            "author": "",
            "lead_image": "",
            "lead_image_alt": "",
            "lead_image_caption": "",
            "lead_image_credit": "",
            "body": streamfield([]),
            "gallery": streamfield([]),
            "related_pages": streamfield([]),
            **fields,
        }
    )
    return client.post(f"/admin/pages/add/news/newspage/{parent.pk}/", data)


def test_lead_image_without_alt_text_and_credit_is_rejected_with_clear_messages(editor_client):
    index = demo_page("news", "de")
    response = create_news(editor_client, index, lead_image=make_image().pk)
    assert response.status_code == 200
    errors = response.context["form"].errors
    content = response.content.decode()
    with translation.override("en"):  # the editor's admin language (see editor_client)
        assert errors["lead_image_alt"] == ["Describe the lead image for people who cannot see it."]
        assert errors["lead_image_credit"] == [
            "Name the photographer or copyright holder of the lead image."
        ]
    assert "Describe the lead image for people who cannot see it." in content
    assert not Page.objects.filter(slug="mit-foto").exists()


def test_lead_image_with_alt_text_and_credit_is_accepted(editor_client):
    index = demo_page("news", "de")
    image = make_image()
    response = create_news(
        editor_client,
        index,
        lead_image=image.pk,
        lead_image_alt="Sechs Personen an einem Tisch",
        lead_image_credit="© Landkreis Lindenau",
    )
    assert response.status_code == 302
    assert NewsPage.objects.get(slug="mit-foto").lead_image == image


def test_news_without_lead_image_needs_no_alt_text_or_credit(editor_client):
    response = create_news(editor_client, demo_page("news", "de"))
    assert response.status_code == 302


def test_model_validation_names_the_missing_field():
    page = NewsPage(title="x", slug="x", lead_image=make_image(), lead_image_alt="Grafik")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"lead_image_credit"}


def test_topic_slugs_are_unique_within_a_language_only():
    care = demo_topic("care", "de")
    duplicate = NewsTopic(locale=care.locale, name="Pflege 2", slug=care.slug)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "slug" in error.value.message_dict
    elsewhere = NewsTopic(locale=demo_topic("care", "en").locale, name="Pflege", slug=care.slug)
    elsewhere.full_clean()


def test_topic_choices_are_those_of_the_pages_language(admin_user):
    page = demo_page("news-care-round-table", "da")
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=admin_user, parent_page=page.get_parent())
    choices = set(form.fields["topics"].queryset)
    assert demo_topic("care", "da") in choices
    assert demo_topic("care", "de") not in choices


def test_topics_are_managed_as_snippets(editor_client):
    response = editor_client.get("/admin/snippets/news/newstopic/")
    assert response.status_code == 200
    assert "Pflege" in response.content.decode()
