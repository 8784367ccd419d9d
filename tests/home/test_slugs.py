"""One slug policy (home/slugs.py) for pages made in the admin, by import_content and by
import_services: ASCII, with each language's own transliteration."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.keys import translation_key
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def home(language):
    return Page.objects.get(translation_key=translation_key("home"), locale__language_code=language)


def add_standard_page(client, parent, title, slug):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "",
            "body": streamfield([]),
            "related_pages": streamfield([]),
            "content_owner": "",
            "reviewed_on": "",
            "review_due": "",
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/standardpage/{parent.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    return StandardPage.objects.get(title=title, locale=parent.locale)


# What Wagtail's editor script puts in the slug field as an editor types the title.
@pytest.mark.parametrize(
    "language, title, typed, slug",
    [
        (
            "de",
            "Beratung für Ältere & Straßenbau",
            "beratung-fur-altere-strassenbau",
            "beratung-fuer-aeltere-strassenbau",
        ),
        (
            "da",
            "Velfærdsteknologi på plejecentre",
            "velfaerdsteknologi-pa-plejecentre",
            "velfaerdsteknologi-paa-plejecentre",
        ),
        ("fi", "Ympäristö ja liikenne", "ymparisto-ja-liikenne", "ymparisto-ja-liikenne"),
        ("en", "Café Øresund", "cafe-oresund", "cafe-oeresund"),
    ],
)
def test_the_admin_replaces_the_slug_its_editor_script_made_from_the_title(
    admin_client, language, title, typed, slug
):
    page = add_standard_page(admin_client, home(language), title, typed)
    assert page.slug == slug
    assert admin_client.get(page.url).status_code == 200


def test_the_admin_keeps_a_slug_the_editor_chose_and_transliterates_other_letters(admin_client):
    chosen = add_standard_page(admin_client, home("de"), "Beratung für Ältere", "beratung")
    assert chosen.slug == "beratung"
    typed = add_standard_page(admin_client, home("de"), "Grüße", "grüße-aus-lindenau")
    assert typed.slug == "gruesse-aus-lindenau"


def test_a_sibling_with_the_slug_gets_a_number(admin_client):
    first = add_standard_page(admin_client, home("de"), "Müll", "müll")
    second = add_standard_page(admin_client, home("de"), "Müll!", "müll")
    assert (first.slug, second.slug) == ("muell", "muell-2")


def test_import_content_follows_the_same_policy(tmp_path):
    for language, title in [("de", "Öffnungszeiten im Bürgerbüro"), ("da", "Åbningstider")]:
        path = tmp_path / f"hours-{language}.md"
        path.write_text(
            f"---\nkey: opening-hours-slug-test\ntype: standard\nlocale: {language}\n"
            f"title: {title}\n---\nText.\n",
            encoding="utf-8",
        )
    call_command("import_content", str(tmp_path), stdout=io.StringIO())
    slugs = dict(
        StandardPage.objects.filter(
            translation_key=translation_key("opening-hours-slug-test")
        ).values_list("locale__language_code", "slug")
    )
    assert slugs == {"de": "oeffnungszeiten-im-buergerbuero", "da": "aabningstider"}


def test_import_content_takes_a_given_slug_through_the_policy(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(
        "---\nkey: slug-given\ntype: standard\nlocale: de\ntitle: Irgendwas\n"
        "slug: Straße frei\n---\n",
        encoding="utf-8",
    )
    call_command("import_content", str(path), stdout=io.StringIO())
    page = StandardPage.objects.get(translation_key=translation_key("slug-given"))
    assert page.slug == "strasse-frei"
