"""Header, breadcrumbs and footer: what a visitor uses to find their way."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from home.models import OrganisationDetails
from tests.factories import StandardPageFactory, TopicPageFactory, skeleton_page
from tests.html import get, has_class, one, text

pytestmark = pytest.mark.django_db


def menu(html):
    """[(title, href, aria-current)] of the main menu's links."""
    nav = one(html, f"//nav[{has_class('main-nav')}]")
    return [(text(a), a.get("href"), a.get("aria-current")) for a in nav.xpath(".//a")]


def organisation(language):
    return OrganisationDetails.objects.get(locale__language_code=language)


@pytest.fixture
def sections():
    """Two topics in the menu and one page that is not."""
    health = TopicPageFactory(title="Gesundheit und Pflege", slug="gesundheitsthemen")
    mobility = TopicPageFactory(title="Mobilität und Verkehr", slug="mobilitaet")
    StandardPageFactory(title="Hausordnung", show_in_menus=False)
    return health, mobility


def test_main_menu_lists_pages_marked_show_in_menus_and_marks_the_current_one(client, sections):
    health, mobility = sections
    links = menu(get(client, mobility.url))
    titles = [title for title, _href, _current in links]
    # The topics in the order of the tree, after the skeleton's menu pages.
    assert titles[-2:] == ["Gesundheit und Pflege", "Mobilität und Verkehr"]
    for key in ("services", "news"):
        assert skeleton_page(key).title in titles
    assert ("Mobilität und Verkehr", mobility.url, "page") in links
    assert ("Gesundheit und Pflege", health.url, None) in links
    assert "Hausordnung" not in titles  # not marked "show in menus"
    assert skeleton_page("legal-notice").title not in titles
    assert [current for _title, _href, current in links if current] == ["page"]


def test_main_menu_marks_the_section_of_a_deeper_page(client, sections):
    health, _mobility = sections
    page = StandardPageFactory(parent=health, title="Runder Tisch Pflege")
    links = menu(get(client, page.url))
    assert ("Gesundheit und Pflege", health.url, "true") in links


@pytest.mark.parametrize("language", ["de", "fi"])
def test_breadcrumbs_lead_from_home_to_the_current_page(client, language):
    topic = TopicPageFactory(language=language, title="Terveys & hoiva <2025>")
    page = StandardPageFactory(parent=topic, title="Runder Tisch Pflege")
    trail = one(get(client, page.url), f"//nav[{has_class('breadcrumbs')}]")
    home = skeleton_page("home", language)
    with translation.override(language):
        home_label = gettext("Home")  # the home page's title is a greeting
    if language == "de":
        assert home_label == "Startseite"
    assert [(text(a), a.get("href")) for a in trail.xpath(".//a")] == [
        (home_label, home.url),
        ("Terveys & hoiva <2025>", topic.url),
        ("Runder Tisch Pflege", page.url),
    ]
    assert trail.xpath(".//li[last()]/a/@aria-current") == ["page"]


@pytest.mark.parametrize(
    ("language", "name"),
    [("de", "Landkreis Testland"), ("da", "Testland Amt"), ("en", "Testland County")],
)
def test_footer_shows_organisation_and_links_in_the_visitors_language(client, language, name):
    details = organisation(language)
    details.name, details.phone = name, "+49 1234 5678-0"
    details.save()
    footer = one(get(client, f"/{language}/"), "//footer")
    assert text(one(footer, ".//h2[@id='footer-contact']")) == name
    assert footer.xpath(".//a[@href='tel:+4912345678-0']")
    legal_notice = skeleton_page("legal-notice", language)
    links = [(text(a), a.get("href")) for a in footer.xpath(".//nav//a")]
    assert (legal_notice.title, legal_notice.url) in links


def test_footer_falls_back_to_the_source_organisation_when_a_translation_is_missing(client):
    german = organisation("de")
    german.name = "Landkreis Quelle"
    german.save()
    OrganisationDetails.objects.filter(locale__language_code="fi").delete()
    footer = one(get(client, "/fi/"), "//footer")
    assert text(one(footer, ".//h2[@id='footer-contact']")) == "Landkreis Quelle"


def test_editor_changes_organisation_details_in_the_admin_and_the_footer_shows_them(admin_client):
    org = organisation("de")
    edit_url = f"/admin/snippets/home/organisationdetails/edit/{org.pk}/"
    get(admin_client, edit_url)
    response = admin_client.post(
        edit_url,
        {
            "name": "Landkreis Testland",
            "address": "Neue Straße 5\n12345 Testhausen",
            "phone": "+49 1234 9999-0",
            "email": "post@landkreis-testland.example",
            "opening_hours": "",
            "footer_links-count": "0",
        },
    )
    assert response.status_code == 302
    footer = one(get(admin_client, "/de/"), "//footer")
    address = one(footer, ".//address")
    lines = [line.strip() for line in address.xpath("./text()") if line.strip()]
    assert lines[:2] == ["Neue Straße 5", "12345 Testhausen"]  # one line each
    assert "+49 1234 9999-0" in text(address)
    assert not footer.xpath(".//nav")  # the editor removed the footer links


@pytest.mark.parametrize("where", ["home", "topic"])
def test_page_queries_do_not_grow_with_the_number_of_children(
    client, where, django_assert_num_queries, django_assert_max_num_queries
):
    page = skeleton_page("home") if where == "home" else TopicPageFactory()
    StandardPageFactory(parent=page, show_in_menus=True)
    client.get(page.url)  # warm the per-process caches (site root paths)
    # 16: one of them the alerts that cover the page (home/alerts/selection.py).
    with django_assert_max_num_queries(16) as few:
        assert client.get(page.url).status_code == 200
    expected = len(few)  # read now: the next request empties Django's query log
    for _ in range(49):
        StandardPageFactory(parent=page, show_in_menus=True, revision=False)
    with django_assert_num_queries(expected):
        assert client.get(page.url).status_code == 200


def test_pages_behind_a_login_stay_out_of_menus_and_listings(client, sections):
    health, mobility = sections
    PageViewRestriction.objects.create(page=mobility, restriction_type=PageViewRestriction.LOGIN)
    html = get(client, "/de/")
    titles = [title for title, _href, _current in menu(html)]
    assert "Mobilität und Verkehr" not in titles and "Mobilität und Verkehr" not in text(html)
    assert "Gesundheit und Pflege" in titles
