"""The admin sends nobody's data to a third party: every URL it references,
on the pages an editor uses most, is on the site's own host."""

from urllib.parse import urlsplit

import lxml.html
import pytest

from tests.services.factories import ServiceLocationFactory

pytestmark = pytest.mark.django_db

ATTRIBUTES = ["src", "href", "action", "data-url", "srcset", "poster"]


def foreign_urls(content):
    root = lxml.html.fromstring(content)
    urls = []
    for attribute in ATTRIBUTES:
        urls += root.xpath(f"//*[not(self::a)]/@{attribute}")
    # Links a person follows are fine; what the browser loads by itself is not.
    urls = [u for url in urls for u in url.split(",")]
    return sorted({u.strip() for u in urls if urlsplit(u.strip()).netloc not in ("", "testserver")})


def test_admin_pages_load_nothing_from_other_hosts(editor_client, standard_page, german_services):
    location = ServiceLocationFactory()
    pages = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{standard_page.pk}/edit/",
        f"/admin/pages/add/services/servicepage/{german_services.pk}/",
        f"/admin/snippets/services/servicelocation/edit/{location.pk}/",
        "/admin/account/",
        "/admin/users/",
    ]
    for url in pages:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert foreign_urls(content) == [], url
        # No Gravatar for the user's avatar, no update check against wagtail.org.
        assert "gravatar" not in content.lower(), url
        assert "data-w-upgrade" not in content and "releases.wagtail.org" not in content, url
