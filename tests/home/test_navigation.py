"""Header, breadcrumbs and footer: what a visitor uses to find their way."""

import re

import pytest
from wagtail.models import PageViewRestriction

from home.models import OrganisationDetails
from tests.factories import StandardPageFactory, demo_page

pytestmark = pytest.mark.django_db


def menu(content):
    return re.search(rb'<nav class="main-nav".*?</nav>', content, re.S).group(0).decode()


def test_main_menu_lists_pages_marked_show_in_menus_and_marks_the_current_one(client):
    html = menu(client.get("/de/digitaler-landkreis/").content)
    assert re.findall(r">([^<]+)</a>", html) == [
        "Gesundheit und Pflege",
        "Digitaler Landkreis",
        "Bürgerservice",
        "Aktuelles",
        "Leistungen A–Z",
    ]
    assert '<a href="/de/digitaler-landkreis/" aria-current="page">' in html
    assert "Impressum" not in html  # not marked "show in menus"


def test_main_menu_marks_the_section_of_a_deeper_page(client):
    html = menu(client.get("/de/gesundheit-und-pflege/runder-tisch-pflege/").content)
    assert '<a href="/de/gesundheit-und-pflege/" aria-current="true">' in html


def test_breadcrumbs_lead_from_home_to_the_current_page(client):
    content = client.get("/de/gesundheit-und-pflege/runder-tisch-pflege/").content.decode()
    trail = re.search(r'<nav class="breadcrumbs.*?</nav>', content, re.S).group(0)
    assert re.findall(r">([^<]+)</a>", trail) == [
        "Startseite",
        "Gesundheit und Pflege",
        "Runder Tisch Pflege",
    ]
    assert 'aria-current="page">Runder Tisch Pflege' in trail


@pytest.mark.parametrize(
    ("language", "name", "legal_notice"),
    [
        ("de", "Landkreis Lindenau", '<a href="/de/impressum/">Impressum</a>'),
        ("da", "Lindenau Amt", '<a href="/da/kolofon/">Kolofon</a>'),
        ("en", "Lindenau County", '<a href="/en/legal-notice/">Legal notice</a>'),
    ],
)
def test_footer_shows_organisation_and_links_in_the_visitors_language(
    client, language, name, legal_notice
):
    content = client.get(f"/{language}/").content.decode()
    footer = content[content.index("<footer") :]
    assert f'<h2 id="footer-contact">{name}</h2>' in footer
    assert 'href="tel:+4912345678-0"' in footer
    assert legal_notice in footer


def test_footer_falls_back_to_the_source_organisation_when_a_translation_is_missing(client):
    OrganisationDetails.objects.filter(locale__language_code="fi").delete()
    content = client.get("/fi/").content.decode()
    assert '<h2 id="footer-contact">Landkreis Lindenau</h2>' in content


def test_editor_changes_organisation_details_in_the_admin_and_the_footer_shows_them(admin_client):
    org = OrganisationDetails.objects.get(locale__language_code="de")
    edit_url = f"/admin/snippets/home/organisationdetails/edit/{org.pk}/"
    form = admin_client.get(edit_url)
    assert form.status_code == 200
    response = admin_client.post(
        edit_url,
        {
            "name": "Landkreis Lindenau",
            "address": "Neue Straße 5\n12345 Lindenau",
            "phone": "+49 1234 9999-0",
            "email": "post@landkreis-lindenau.example",
            "opening_hours": "",
            "footer_links-count": "0",
        },
    )
    assert response.status_code == 302
    content = admin_client.get("/de/").content.decode()
    assert "Neue Straße 5" in content and "+49 1234 9999-0" in content


@pytest.mark.parametrize("path", ["/de/", "/de/gesundheit-und-pflege/"])
def test_page_queries_do_not_grow_with_the_number_of_children(
    client, path, django_assert_num_queries, django_assert_max_num_queries
):
    page = demo_page("home") if path == "/de/" else demo_page("health-and-care")
    StandardPageFactory(parent=page, show_in_menus=True)
    client.get(path)  # warm the per-process caches (site root paths)
    with django_assert_max_num_queries(15) as few:
        assert client.get(path).status_code == 200
    expected = len(few)  # read now: the next request empties Django's query log
    for _ in range(49):
        StandardPageFactory(parent=page, show_in_menus=True)
    with django_assert_num_queries(expected):
        assert client.get(path).status_code == 200


def test_pages_behind_a_login_stay_out_of_menus_and_listings(client):
    PageViewRestriction.objects.create(
        page=demo_page("citizen-services"), restriction_type=PageViewRestriction.LOGIN
    )
    content = client.get("/de/").content.decode()
    assert "Bürgerservice" not in content
    assert "Gesundheit und Pflege" in content
