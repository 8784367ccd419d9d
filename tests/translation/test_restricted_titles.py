"""Titles of view-restricted pages stay with the people who may see them: in
related-page links on public pages and on the translators' dashboard."""

import lxml.html
import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SECRET = "Personalplanung Kreistag geheim"


@pytest.fixture
def restricted_page(section):
    page = StandardPageFactory(parent=section, title=SECRET)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="intern"
    )
    return page


@pytest.fixture
def group_page(section):
    page = StandardPageFactory(parent=section, title="Dienstplan Pflege intern")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Editors"))
    return page


def linking_page(*targets):
    """A published page whose related pages are `targets` (next to them, in their section)."""
    return StandardPageFactory(
        parent=targets[0].get_parent(),
        title="Hilfe im Alltag",
        related_pages=[("page", target) for target in targets],
    )


def related_links(client, page):
    html = lxml.html.fromstring(client.get(page.url).content)
    return [a.text_content().strip() for a in html.xpath("//a")]


def test_related_pages_hide_a_password_protected_page_from_visitors(restricted_page, client):
    public = StandardPageFactory(parent=restricted_page.get_parent(), title="Pflegestützpunkt")
    page = linking_page(restricted_page, public)

    links = related_links(client, page)

    assert SECRET not in links
    assert public.title in links


def test_a_visitor_who_entered_the_password_sees_the_link(restricted_page, client):
    page = linking_page(restricted_page)
    restriction = restricted_page.get_view_restrictions().get()
    client.post(
        f"/de/_util/authenticate_with_password/{restriction.pk}/{restricted_page.pk}/",
        {"password": "intern", "return_url": restricted_page.url},
    )

    assert SECRET in related_links(client, page)


def test_a_group_restricted_page_is_linked_for_its_group_only(group_page, client, make_user):
    page = linking_page(group_page)
    assert group_page.title not in related_links(client, page)

    member = Client()
    member.force_login(make_user("redakteurin", "Editors"))
    assert group_page.title in related_links(member, page)


def test_the_dashboard_hides_restricted_pages_from_translators(
    restricted_page, danish_translator, admin_client
):
    url = reverse("translation_dashboard") + "?locale=da"

    assert SECRET not in danish_translator.get(url).content.decode()
    assert SECRET in admin_client.get(url).content.decode()
