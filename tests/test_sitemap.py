"""sitemap.xml lists every live page in every language, with hreflang alternates."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory, demo_page

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


def test_sitemap_lists_the_pages_of_every_language_with_their_translations(client):
    entries = sitemap(client)
    for home in ("/de/", "/da/", "/fi/", "/en/"):
        assert home in entries
    assert "/en/digital-county/digital-agenda/" in entries
    alternates = entries["/da/digitalt-amt/digital-dagsorden/"]
    assert alternates == {
        "de": "/de/digitaler-landkreis/digitale-agenda/",
        "da": "/da/digitalt-amt/digital-dagsorden/",
        "fi": "/fi/digitaalinen-piirikunta/digitaalinen-agenda/",
        "en": "/en/digital-county/digital-agenda/",
        "x-default": "/de/digitaler-landkreis/digitale-agenda/",
    }
    # A page without translations needs no alternates.
    assert entries["/de/gesundheit-und-pflege/runder-tisch-pflege/"] == {}


def test_sitemap_leaves_out_drafts_and_pages_behind_a_login(client):
    demo_page("digital-agenda", "fi").unpublish()
    PageViewRestriction.objects.create(
        page=demo_page("citizen-services"), restriction_type=PageViewRestriction.LOGIN
    )
    entries = sitemap(client)
    assert "/fi/digitaalinen-piirikunta/digitaalinen-agenda/" not in entries
    assert "fi" not in entries["/de/digitaler-landkreis/digitale-agenda/"]
    assert "/de/buergerservice/" not in entries
    assert "/da/borgerservice/" in entries


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(
    client, django_assert_num_queries, django_assert_max_num_queries
):
    client.get("/sitemap.xml")
    with django_assert_max_num_queries(8) as few:
        client.get("/sitemap.xml")
    expected = len(few)  # read now: the next request empties Django's query log
    for n in range(30):
        StandardPageFactory(parent=demo_page("home"), slug=f"seite-{n}")
    with django_assert_num_queries(expected):
        assert "/de/seite-29/" in client.get("/sitemap.xml").content.decode()
