"""Editors write easy-read pages and the home page's sign-language video in the admin."""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.easyread.models import EasyReadPage
from tests.factories import StandardPageFactory, skeleton_page, translate
from tests.html import get, has_class, one, parse, text

pytestmark = pytest.mark.django_db


def easy_read_data(original, **extra):
    return nested_form_data(
        {
            "title": "Wohngeld in Leichter Sprache",
            "slug": "wohngeld-leicht",
            "summary": "Hier steht: Wie bekomme ich Wohngeld?",
            "original": original.pk,
            "body": streamfield(
                [("paragraph", rich_text("<p>Wohngeld ist Geld für die Miete.</p>"))]
            ),
            "related_pages": streamfield([]),
            **extra,
        }
    )


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["easyread", "easyreadpage", parent.pk])


def test_an_editor_writes_an_easy_read_version_and_publishes_it(admin_client):
    original = StandardPageFactory(title="Wohngeld")
    index = skeleton_page("easy-read")
    response = admin_client.post(
        add_url(index), easy_read_data(original, **{"action-publish": "publish"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    easy = EasyReadPage.objects.get(slug="wohngeld-leicht")
    assert easy.live and easy.original_id == original.pk
    link = one(get(Client(), original.url), f"//p[{has_class('easy-read-notice')}]/a")
    assert link.get("href") == easy.url


def test_the_chooser_refuses_an_original_page_in_another_language(admin_client):
    german = StandardPageFactory(title="Elterngeld")
    finnish = translate(german, "fi", title="Vanhempainraha", slug="vanhempainraha")
    index = skeleton_page("easy-read")
    response = admin_client.post(add_url(index), easy_read_data(finnish))
    document = parse(response)
    assert "nur Einträge in der Sprache der Seite (Deutsch)" in text(document)
    assert not EasyReadPage.objects.filter(slug="wohngeld-leicht").exists()


def test_a_page_has_one_easy_read_version_and_an_easy_read_page_none(admin_client):
    original = StandardPageFactory(title="Kindergeld")
    index = skeleton_page("easy-read")
    admin_client.post(add_url(index), easy_read_data(original))
    first = EasyReadPage.objects.get(slug="wohngeld-leicht")

    second = admin_client.post(add_url(index), easy_read_data(original, slug="zweite"))
    assert "hat schon eine Version in Leichter Sprache: Wohngeld in Leichter Sprache" in text(
        parse(second)
    )
    of_itself = admin_client.post(add_url(index), easy_read_data(first, slug="dritte"))
    assert "nicht eine Seite in Leichter Sprache" in text(parse(of_itself))
    assert EasyReadPage.objects.filter(original=original).count() == 1


def sign_language_video(**value):
    return streamfield(
        [
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=DGS-Lindenau",
                    "title": "Die Website in Deutscher Gebärdensprache",
                    "sign_language": "gsg",
                    "transcript": rich_text("<p>Hallo! Auf dieser Website finden Sie …</p>"),
                    **value,
                },
            )
        ]
    )


def home_data(home, videos):
    return nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "summary": home.summary,
            "top_tasks": streamfield([]),
            "sign_language_videos": videos,
            "body": streamfield([]),
            "related_pages": streamfield([]),
            "action-publish": "publish",
        }
    )


def test_the_home_page_holds_a_sign_language_video_with_its_text_version(admin_client):
    home = skeleton_page("home")
    edit = reverse("wagtailadmin_pages:edit", args=[home.pk])

    without_text = admin_client.post(
        edit, home_data(home, sign_language_video(transcript=rich_text("")))
    )
    assert without_text.status_code == 200
    # The admin shows a StreamField's errors from their JSON form.
    (error,) = without_text.context["form"].errors.as_data()["sign_language_videos"]
    assert "Schreiben Sie die Textfassung des Videos." in json.dumps(
        error.as_json_data(), ensure_ascii=False
    )

    response = admin_client.post(edit, home_data(home, sign_language_video()))
    assert response.status_code == 302, response.content.decode()[:3000]
    document = get(Client(), "/de/")
    section = one(document, f"//main//section[{has_class('sign-language-video')}]")
    assert text(one(section, ".//h2")) == "Die Website in Deutscher Gebärdensprache"
    assert "Deutsche Gebärdensprache (DGS)" in text(section)
