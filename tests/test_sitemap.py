"""sitemap.xml lists every live page in every language, with hreflang alternates."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory, skeleton_page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        entries[urlsplit(loc).path] = {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("x:link", NS)
        }
    return entries


def translated(titles, parent_key="home", parents=None):
    """A page in each language of `titles` ({language: (title, slug)}), one translation
    key; under the skeleton's `parent_key` page of that language or under `parents`."""
    pages, key = {}, {}
    for language, (title, slug) in titles.items():
        parent = parents[language] if parents else skeleton_page(parent_key, language)
        pages[language] = StandardPageFactory(parent=parent, title=title, slug=slug, **key)
        key = {"translation_key": pages[language].translation_key}
    return pages


AGENDA = {
    "de": ("Digitale Agenda", "test-digitale-agenda"),
    "da": ("Digital dagsorden", "test-digital-dagsorden"),
    "fi": ("Digitaalinen agenda", "test-digitaalinen-agenda"),
    "en": ("Digital agenda", "test-digital-agenda"),
}


def test_sitemap_lists_the_pages_of_every_language_with_their_translations(client):
    agenda = translated(AGENDA)
    german_only = StandardPageFactory(parent=agenda["de"], title="Nur auf Deutsch")
    # Translated into Danish and English, but not (yet) into the default language.
    nordic = translated(
        {"da": ("Kun på dansk og engelsk", "test-kun-dansk"), "en": ("Not in German", "test-nd")}
    )

    entries = sitemap(client)

    for language in ("de", "da", "fi", "en"):
        assert skeleton_page("home", language).url in entries
        assert skeleton_page("services", language).url in entries
    urls = {language: page.url for language, page in agenda.items()}
    for url in urls.values():
        assert entries[url] == {**urls, "x-default": urls["de"]}
    # A page without translations needs no alternates.
    assert entries[german_only.url] == {}
    # Without a German version there is no x-default.
    assert entries[nordic["da"].url] == {"da": nordic["da"].url, "en": nordic["en"].url}


def test_sitemap_leaves_out_drafts_and_pages_behind_a_login(client):
    agenda = translated(AGENDA)
    services = translated(
        {"de": ("Bürgerservice", "test-buergerservice"), "da": ("Borgerservice", "test-borger")}
    )
    inside = StandardPageFactory(parent=services["de"], title="Intern", slug="intern")
    agenda["fi"].unpublish()
    PageViewRestriction.objects.create(
        page=services["de"], restriction_type=PageViewRestriction.LOGIN
    )

    entries = sitemap(client)

    assert agenda["fi"].url not in entries
    assert set(entries[agenda["de"].url]) == {"de", "da", "en", "x-default"}
    # The restriction covers the page and what lies below it, in its language only.
    assert services["de"].url not in entries and inside.url not in entries
    assert entries[services["da"].url] == {}


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(
    client, django_assert_num_queries, django_assert_max_num_queries
):
    client.get("/sitemap.xml")
    with django_assert_max_num_queries(8) as few:
        client.get("/sitemap.xml")
    expected = len(few)  # read now: the next request empties Django's query log
    for n in range(30):
        StandardPageFactory(parent=skeleton_page("home"), slug=f"seite-{n}")
    translated(AGENDA)
    with django_assert_num_queries(expected):
        entries = sitemap(client)
    assert f"{skeleton_page('home').url}seite-29/" in entries
