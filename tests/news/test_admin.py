"""Editors in the admin: lead images need alt text and credit, topics are per language."""

import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from news.models import NewsPage, NewsTopic
from tests.factories import (
    ImageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    skeleton_page,
    translate,
)
from tests.html import get, text

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


@pytest.mark.parametrize("language", ["de", "fi"])
def test_lead_image_without_alt_text_and_credit_is_rejected_with_clear_messages(
    editor_client, language
):
    index = skeleton_page("news", language)
    response = create_news(editor_client, index, lead_image=ImageFactory().pk)
    assert response.status_code == 200
    errors = response.context["form"].errors
    content = text(lxml.html.fromstring(response.content))
    with translation.override("en"):  # the editor's admin language (see editor_client)
        assert errors["lead_image_alt"] == ["Describe the lead image for people who cannot see it."]
        assert errors["lead_image_credit"] == [
            "Name the photographer or copyright holder of the lead image."
        ]
    assert "Describe the lead image for people who cannot see it." in content
    assert not Page.objects.filter(slug="mit-foto").exists()


def test_lead_image_with_alt_text_and_credit_is_accepted(editor_client):
    index = skeleton_page("news", "de")
    image = ImageFactory()
    response = create_news(
        editor_client,
        index,
        lead_image=image.pk,
        lead_image_alt="Sechs Personen an einem Tisch",
        lead_image_credit="© Landkreis Testland",
    )
    assert response.status_code == 302
    assert NewsPage.objects.child_of(index).get(slug="mit-foto").lead_image == image


def test_news_without_lead_image_needs_no_alt_text_or_credit(editor_client):
    response = create_news(editor_client, skeleton_page("news", "da"))
    assert response.status_code == 302


def test_model_validation_names_the_missing_field():
    page = NewsPage(title="x", slug="x", lead_image=ImageFactory(), lead_image_alt="Grafik")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"lead_image_credit"}


def test_topic_slugs_are_unique_within_a_language_only():
    care = NewsTopicFactory(name="Pflege daheim", slug="pflege-daheim")
    duplicate = NewsTopic(locale=care.locale, name="Pflege 2", slug=care.slug)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "slug" in error.value.message_dict
    elsewhere = NewsTopic(
        locale=skeleton_page("home", "en").locale, name="Pflege daheim", slug=care.slug
    )
    elsewhere.full_clean()


def test_topic_choices_are_those_of_the_pages_language(admin_user):
    german = NewsTopicFactory(name="Pflege daheim", slug="pflege-daheim")
    danish = translate(german, "da", name="Pleje i hjemmet", slug="pleje-i-hjemmet")
    finnish = translate(german, "fi", name="Kotihoito", slug="kotihoito")
    page = NewsPageFactory(language="da", topics=[danish])
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=admin_user, parent_page=page.get_parent())
    choices = set(form.fields["topics"].queryset)
    assert danish in choices
    assert german not in choices and finnish not in choices


def test_topics_are_managed_as_snippets(editor_client):
    topic = NewsTopicFactory(name="Ehrenamt und Engagement", slug="ehrenamt")
    html = get(editor_client, "/admin/snippets/news/newstopic/")
    edit_url = f"/admin/snippets/news/newstopic/edit/{topic.pk}/"
    links = html.xpath(f"//a[starts-with(@href, '{edit_url}')]")
    assert "Ehrenamt und Engagement" in [text(a) for a in links]
