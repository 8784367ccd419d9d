"""Security headers on public pages, the admin and the APIs."""

import datetime
import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import skeleton_page
from tests.services.factories import (
    ServiceLocationFactory,
    ServicePageFactory,
    exception,
    weekly_hours,
)

pytestmark = pytest.mark.django_db

URLS = ["/de/", "/admin/login/", "/api/v2/pages/", "/api/hsds/de/services/", "/de/search/?q=Pflege"]


def directives(header):
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.mark.parametrize("url", URLS)
def test_content_security_policy_allows_no_inline_or_foreign_scripts(client, url):
    response = client.get(url)

    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    scripts = policy.get("script-src", policy["default-src"])
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert all(source in ("'self'",) or source.startswith("'nonce-") for source in scripts)
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] in (["'none'"], ["'self'"])


@pytest.mark.parametrize("url", URLS)
def test_permissions_policy_and_the_usual_headers(client, url):
    response = client.get(url)

    features = dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))
    assert features["camera"] == "()" and features["microphone"] == "()"
    assert features["geolocation"] == "()" and features["payment"] == "()"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def admin_pages():
    """A service page, a location with opening hours and exceptions, and a search
    promotion: between them every admin screen whose Wagtail template writes an
    inline script (date and time pickers, inline panels, choosers, search promotions)."""
    service = ServicePageFactory(parent=skeleton_page("services"), title="Wohngeld")
    location = ServiceLocationFactory(name="Bürgerbüro")
    weekly_hours(location)
    exception(location, datetime.date(2026, 12, 24), kind="closure")
    query = Query.get("wohngeld")
    SearchPromotion.objects.create(query=query, page=service, sort_order=0)
    return [
        f"/admin/pages/{service.pk}/edit/",
        f"/admin/snippets/services/servicelocation/edit/{location.pk}/",
        "/admin/searchpicks/add/",
        f"/admin/searchpicks/{query.pk}/",
        f"/admin/localize/submit/page/{service.pk}/",
    ]


def inline_scripts(html):
    """The nonce of each <script> without src that the browser would run."""
    found = []
    for match in re.finditer(r"<script\b([^>]*)>", html):
        attributes = match.group(1)
        if "src=" in attributes or re.search(r'type="application/(json|ld\+json)"', attributes):
            continue
        nonce = re.search(r'nonce="([^"]*)"', attributes)
        found.append(nonce.group(1) if nonce else None)
    return found


def test_signed_in_admin_allows_inline_scripts_only_with_the_responses_nonce(admin_client):
    for url in admin_pages():
        response = admin_client.get(url)

        assert response.status_code == 200, url
        policy = directives(response["Content-Security-Policy"])
        scripts = policy["script-src"]
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, url
        (nonce,) = [source for source in scripts if source.startswith("'nonce-")]
        nonces = inline_scripts(response.content.decode())
        # Each screen has some: this test would pass vacuously on a page without.
        assert nonces, url
        assert set(nonces) == {nonce[len("'nonce-") : -1]}, url
        # Styles keep the allowance (Wagtail's style attributes); docs/security.md says so.
        assert "'unsafe-inline'" in policy["style-src"]


def test_each_response_has_its_own_nonce(admin_client):
    url = admin_pages()[0]
    first, second = (
        directives(admin_client.get(url)["Content-Security-Policy"])["script-src"] for _ in "12"
    )
    assert first != second


@pytest.mark.parametrize("url", URLS)
def test_a_response_without_inline_scripts_names_no_nonce(client, url):
    policy = directives(client.get(url)["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
