"""Citizens read the site in their language: URLs, lang attributes, switcher, alternates."""

import pytest
from django.conf import settings

from tests.factories import StandardPageFactory, TopicPageFactory, skeleton_page, translate
from tests.html import get, has_class, one, text

pytestmark = pytest.mark.django_db

SKIP_LINK = {
    "de": "Zum Hauptinhalt springen",
    "da": "Gå til hovedindhold",
    "fi": "Siirry pääsisältöön",
    "en": "Skip to main content",
}
SECTION = {
    "de": ("Familie und Soziales", "familie-und-soziales"),
    "da": ("Familie og sociale forhold", "familie-og-sociale-forhold"),
    "fi": ("Perhe ja sosiaalipalvelut", "perhe-ja-sosiaalipalvelut"),
    "en": ("Family and social affairs", "family-and-social-affairs"),
}


@pytest.fixture
def section():
    """A section in German with its translations: {language: page}."""
    title, slug = SECTION["de"]
    pages = {"de": TopicPageFactory(title=title, slug=slug)}
    for language, (title, slug) in SECTION.items():
        if language != "de":
            pages[language] = translate(pages["de"], language, title=title, slug=slug)
    return pages


def html_lang(html):
    assert html.get("dir") in ("ltr", "rtl")
    return html.get("lang")


def alternates(html):
    """{hreflang: href} of the page's alternate links."""
    return {
        link.get("hreflang"): link.get("href")
        for link in html.xpath("/html/head/link[@rel='alternate'][@hreflang]")
    }


def canonical(html):
    [link] = html.xpath("/html/head/link[@rel='canonical']/@href")
    return link


def switcher_links(html):
    """{language: href} of the language switcher's links."""
    nav = one(html, f"//nav[{has_class('language-switcher')}]")
    return {a.get("lang"): a.get("href") for a in nav.xpath(".//a")}


@pytest.mark.parametrize("language", ["de", "da", "fi", "en"])
def test_each_language_has_its_home_page_with_lang_and_translated_ui(client, language):
    html = get(client, f"/{language}/")
    assert html_lang(html) == language
    skip_link = html.xpath("//a[@href='#main']")
    assert [text(a) for a in skip_link] == [SKIP_LINK[language]]
    assert set(alternates(html)) == {"de", "da", "fi", "en", "x-default"}
    assert canonical(html).endswith(f"/{language}/")


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("da", "/da/"),
        ("fi-FI,fi;q=0.9", "/fi/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("sv,nb;q=0.5", "/de/"),
        ("", "/de/"),
        ("*", "/de/"),
        ("xx-Ünïcode;q=abc, ,;;", "/de/"),
        ("fi;q=0.1,da;q=0.9", "/da/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_hreflang_points_at_each_live_translation_and_x_default_at_the_default_language(
    client, section
):
    html = get(client, section["da"].url)
    links = alternates(html)
    assert links["de"].endswith("/de/familie-und-soziales/")
    assert links["fi"].endswith("/fi/perhe-ja-sosiaalipalvelut/")
    assert links["da"] == section["da"].full_url
    assert links["x-default"] == links[settings.LANGUAGE_CODE]
    assert canonical(html).endswith("/da/familie-og-sociale-forhold/")


def test_switcher_links_to_translations_of_the_current_page(client, section):
    links = switcher_links(get(client, section["de"].url))
    assert links == {
        "de": "/de/familie-und-soziales/",
        "da": "/da/familie-og-sociale-forhold/",
        "fi": "/fi/perhe-ja-sosiaalipalvelut/",
        "en": "/en/family-and-social-affairs/",
    }


def test_page_without_translation_offers_the_other_languages_home_pages(client, section):
    page = StandardPageFactory(parent=section["de"], title="Runder Tisch Jugendhilfe")
    html = get(client, page.url)
    links = switcher_links(html)
    assert links["da"] == "/da/?not_translated=de" and links["en"] == "/en/?not_translated=de"
    # Screen-reader users hear, in the target language, why they land on a home page.
    [danish] = html.xpath(f"//nav[{has_class('language-switcher')}]//a[@lang='da']")
    hint = one(danish, f".//span[{has_class('visually-hidden')}]")
    assert "forside: denne side findes ikke på dette sprog" in text(hint)
    assert set(alternates(html)) == {"de", "x-default"}


def test_unpublished_translation_is_neither_offered_nor_announced(client, section):
    section["fi"].unpublish()
    html = get(client, section["de"].url)
    assert switcher_links(html)["fi"] == "/fi/?not_translated=de"
    assert "fi" not in alternates(html)
    assert client.get("/fi/perhe-ja-sosiaalipalvelut/").status_code == 404


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("de", "Seite nicht gefunden"),
        ("da", "Siden blev ikke fundet"),
        ("fi", "Sivua ei löytynyt"),
        ("en", "Page not found"),
    ],
)
@pytest.mark.parametrize("path", ["gibt-es-nicht/", "%C3%A4%00/", "a/" * 50])
def test_unknown_path_gives_a_friendly_404_in_the_visitors_language(
    client, language, heading, path
):
    html = get(client, f"/{language}/{path}", status=404)
    assert html_lang(html) == language
    assert [text(h1) for h1 in html.xpath("//h1")] == [heading]
    assert html.xpath(f"//main//a[@href='/{language}/']")


def test_server_error_page_speaks_the_visitors_language(client, settings):
    settings.ROOT_URLCONF = "tests.failing_urls"
    client.raise_request_exception = False
    html = get(client, "/da/boom/", status=500)
    assert html_lang(html) == "da"
    assert "Noget gik galt" in text(html)


def test_skeleton_pages_have_the_same_translation_in_every_language(client):
    """The skeleton's legal pages are one page in four languages, not four pages."""
    german = skeleton_page("legal-notice")
    links = switcher_links(get(client, german.url))
    for language in ("da", "fi", "en"):
        assert links[language] == skeleton_page("legal-notice", language).url
