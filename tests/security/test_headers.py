"""Security headers on public pages, the admin and the APIs."""

import pytest

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
