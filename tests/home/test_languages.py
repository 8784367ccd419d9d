"""Citizens read the site in their language: URLs, lang attributes, switcher, alternates."""

import re

import pytest
from django.conf import settings

from tests.factories import demo_page

pytestmark = pytest.mark.django_db

SKIP_LINK = {
    "de": "Zum Hauptinhalt springen",
    "da": "Gå til hovedindhold",
    "fi": "Siirry pääsisältöön",
    "en": "Skip to main content",
}


def html_lang(content):
    return re.search(rb'<html lang="([^"]+)" dir="(ltr|rtl)"', content).group(1).decode()


def alternates(content):
    return dict(
        (m.group(1).decode(), m.group(2).decode())
        for m in re.finditer(rb'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', content)
    )


def switcher_links(content):
    nav = re.search(rb'<nav class="language-switcher".*?</nav>', content, re.S).group(0)
    return {
        m.group(2).decode(): m.group(1).decode()
        for m in re.finditer(rb'<a href="([^"]+)" lang="([^"]+)"', nav)
    }


@pytest.mark.parametrize("language", ["de", "da", "fi", "en"])
def test_each_language_has_its_home_page_with_lang_and_translated_ui(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert html_lang(response.content) == language
    assert SKIP_LINK[language] in response.content.decode()
    assert set(alternates(response.content)) == {"de", "da", "fi", "en", "x-default"}
    canonical = re.search(rb'<link rel="canonical" href="([^"]+)"', response.content).group(1)
    assert canonical.decode().endswith(f"/{language}/")


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("da", "/da/"),
        ("fi-FI,fi;q=0.9", "/fi/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("sv,nb;q=0.5", "/de/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_hreflang_points_at_each_live_translation_and_x_default_at_the_default_language(client):
    response = client.get("/da/sundhed-og-pleje/")
    links = alternates(response.content)
    assert links["de"].endswith("/de/gesundheit-und-pflege/")
    assert links["fi"].endswith("/fi/terveys-ja-hoito/")
    assert links["x-default"] == links[settings.LANGUAGE_CODE]
    assert re.search(rb'<link rel="canonical" href="[^"]+/da/sundhed-og-pleje/"', response.content)


def test_switcher_links_to_translations_of_the_current_page(client):
    links = switcher_links(client.get("/de/digitaler-landkreis/").content)
    assert links == {
        "de": "/de/digitaler-landkreis/",
        "da": "/da/digitalt-amt/",
        "fi": "/fi/digitaalinen-piirikunta/",
        "en": "/en/digital-county/",
    }


def test_page_without_translation_offers_the_other_languages_home_pages(client):
    response = client.get("/de/gesundheit-und-pflege/runder-tisch-pflege/")
    assert response.status_code == 200
    links = switcher_links(response.content)
    assert links["da"] == "/da/?not_translated=de" and links["en"] == "/en/?not_translated=de"
    # Screen-reader users hear, in the target language, why they land on a home page.
    assert "forside: denne side findes ikke på dette sprog" in response.content.decode()
    assert set(alternates(response.content)) == {"de", "x-default"}


def test_unpublished_translation_is_neither_offered_nor_announced(client):
    demo_page("digital-county", "fi").unpublish()
    response = client.get("/de/digitaler-landkreis/")
    assert switcher_links(response.content)["fi"] == "/fi/?not_translated=de"
    assert "fi" not in alternates(response.content)
    assert client.get("/fi/digitaalinen-piirikunta/").status_code == 404


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Seite nicht gefunden"), ("da", "Siden blev ikke fundet"), ("fi", "Sivua ei löytynyt")],
)
def test_unknown_path_gives_a_friendly_404_in_the_visitors_language(client, language, heading):
    response = client.get(f"/{language}/gibt-es-nicht/")
    assert response.status_code == 404
    assert html_lang(response.content) == language
    assert f"<h1>{heading}</h1>" in response.content.decode()
    assert f'href="/{language}/"' in response.content.decode()


def test_server_error_page_speaks_the_visitors_language(client, settings):
    settings.ROOT_URLCONF = "tests.failing_urls"
    client.raise_request_exception = False
    response = client.get("/da/boom/")
    assert response.status_code == 500
    assert html_lang(response.content) == "da"
    assert "Noget gik galt" in response.content.decode()
