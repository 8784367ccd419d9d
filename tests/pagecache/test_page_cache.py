"""The page cache: anonymous visitors get cached pages that are never stale."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import html
from wagtail.models import Site

from home.models import OrganisationDetails, SiteSettings
from tests.factories import StandardPageFactory, skeleton_page, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def page():
    return StandardPageFactory(title="Sprechzeiten", summary="Wann wir da sind.")


def visit(url, client=None):
    response = (client or Client()).get(url)
    return response, html.fromstring(response.content) if response.content else None


def title_of(tree):
    return tree.xpath("string(//h1)").strip()


def test_a_second_anonymous_visit_is_served_from_the_cache(page):
    first, tree = visit(page.url)
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second, again = visit(page.url)
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 1  # the generation; no page, no template
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage" in second["Cache-Control"]


def test_head_is_answered_from_the_same_entry_without_a_body(page):
    visit(page.url)
    response = Client().head(page.url)
    assert response["X-Page-Cache"] == "hit" and response.content == b""


def test_a_logged_in_editor_never_gets_nor_fills_a_cached_page(page, admin_client):
    visit(page.url)  # cached for citizens
    response = admin_client.get(page.url)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]

    page.title = "Sprechzeiten im Winter"
    page.save_revision()  # a draft: citizens keep the live page
    editor_view = admin_client.get(page.url)
    assert "X-Page-Cache" not in editor_view
    citizen, tree = visit(page.url)
    assert title_of(tree) == "Sprechzeiten"


def test_publishing_is_seen_on_the_next_anonymous_request(page):
    visit(page.url)
    page.title = "Neue Sprechzeiten"
    page.save_revision().publish()
    response, tree = visit(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert title_of(tree) == "Neue Sprechzeiten"


def test_unpublishing_turns_the_cached_page_into_a_404(page):
    visit(page.url)
    page.unpublish()
    response, _tree = visit(page.url)
    assert response.status_code == 404


def test_a_new_translation_is_found_at_once():
    page = StandardPageFactory(title="Kontakt")
    translated_url = f"/da/{page.slug}/"
    assert Client().get(translated_url).status_code == 404  # a cached 404 …
    translate(page, "da", title="Kontakt os")
    response, tree = visit(skeleton_page("home", "da").url + page.slug + "/")
    assert response.status_code == 200 and title_of(tree) == "Kontakt os"


def test_editing_the_organisation_details_changes_every_cached_page(page):
    _response, tree = visit(page.url)
    details = SiteSettings.for_site(Site.objects.get(is_default_site=True)).organisation
    details = OrganisationDetails.objects.get(
        translation_key=details.translation_key, locale=page.locale
    )
    details.phone = "+49 9876 5432-1"
    details.save()
    _response, tree = visit(page.url)
    assert "+49 9876 5432-1" in tree.text_content()


def test_moving_a_page_is_seen_at_once(page):
    parent = StandardPageFactory(title="Bürgerservice")
    visit(page.url)
    old_url = page.url
    page.move(parent, pos="last-child")
    page.refresh_from_db()
    moved = Client().get(old_url)  # the cached page is gone: Wagtail's redirect answers
    assert (moved.status_code, moved["Location"]) == (301, page.url)
    assert Client().get(page.url).status_code == 200


def test_post_errors_and_cookies_are_never_cached(page, settings):
    assert Client().post(page.url).status_code in (200, 405)
    assert Client().get("/de/no-such-page/")["X-Page-Cache"] == "miss"  # 404s are cached
    response = Client().get("/admin/login/")
    assert "X-Page-Cache" not in response
    # A visitor with a session (logged in elsewhere, or mid-way through a form).
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = "abc"
    visit(page.url)
    response = client.get(page.url)
    assert "X-Page-Cache" not in response


def test_entries_expire_at_local_midnight(page, time_machine):
    # 23:59:30 in Berlin: the cached page lives 30 seconds, not an hour.
    time_machine.move_to(datetime.datetime(2026, 3, 28, 23, 59, 30, tzinfo=_berlin()), tick=False)
    response, _tree = visit(page.url)
    assert "s-maxage=30" in response["Cache-Control"]
    time_machine.move_to(datetime.datetime(2026, 3, 29, 0, 0, 1, tzinfo=_berlin()), tick=False)
    assert visit(page.url)[0]["X-Page-Cache"] == "miss"


def test_the_whole_suite_keeps_it_off(settings):
    """Query counts asserted elsewhere are measured without it."""
    from django.conf import settings as real

    assert real.PAGE_CACHE_ENABLED is True  # switched on by this module's fixture
    settings.PAGE_CACHE_ENABLED = False
    page = StandardPageFactory()
    visit(page.url)
    assert "X-Page-Cache" not in visit(page.url)[0]


def _berlin():
    from zoneinfo import ZoneInfo

    return ZoneInfo("Europe/Berlin")


def test_a_service_page_expires_when_a_location_opens_or_closes(time_machine):
    """Cached at 11:59 with its office closing at 12:00, the page says "closed" at 12:00:01."""
    from tests.services.factories import (
        ServiceLocationFactory,
        ServicePageFactory,
        weekly_hours,
    )

    location = ServiceLocationFactory(name="Bürgerbüro")
    weekly_hours(location, days=range(7), opens="08:00", closes="12:00")
    service = ServicePageFactory(
        parent=skeleton_page("services"), title="Ausweis beantragen", relations={}
    )
    service.locations.set([location])
    service.save_revision().publish()

    time_machine.move_to(datetime.datetime(2026, 12, 2, 11, 59, tzinfo=_berlin()), tick=False)
    before, tree = visit(service.url)
    assert "s-maxage=60" in before["Cache-Control"]  # the change is a minute away
    assert visit(service.url)[0]["X-Page-Cache"] == "hit"

    time_machine.move_to(datetime.datetime(2026, 12, 2, 12, 0, 1, tzinfo=_berlin()), tick=False)
    after, later = visit(service.url)
    assert after["X-Page-Cache"] == "miss"
    assert before.content != after.content  # "open until 12:00" became "closed"


def test_editing_a_locations_hours_is_seen_at_once():
    from services.models import OpeningHours
    from tests.services.factories import ServiceLocationFactory, ServicePageFactory, weekly_hours

    location = ServiceLocationFactory(name="Kreishaus")
    weekly_hours(location, days=range(7), opens="08:00", closes="12:00")
    service = ServicePageFactory(parent=skeleton_page("services"), title="Hund anmelden")
    service.locations.set([location])
    service.save_revision().publish()
    first, _tree = visit(service.url)
    OpeningHours.objects.filter(location=location).update(closes=datetime.time(17, 0))
    for hours in OpeningHours.objects.filter(location=location):
        hours.save()  # as the admin saves them
    second, _tree = visit(service.url)
    assert second["X-Page-Cache"] == "miss"
    assert b"17:00" in second.content and b"17:00" not in first.content


def test_publishing_purges_a_proxy_in_front(settings, page):
    """FRONTEND_CACHE_URL names a Varnish/nginx: a publish sends it a PURGE of the page."""
    import http.server
    import threading

    purged = []

    class Proxy(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the method's name is the HTTP verb
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings.WAGTAILFRONTENDCACHE = {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{server.server_port}",
            }
        }
        page.title = "Sprechzeiten ab Januar"
        page.save_revision().publish()
    finally:
        server.shutdown()
    assert any(path == page.url for _host, path in purged), purged


def test_a_preview_leaves_no_draft_in_the_cache_nor_in_the_shared_header(admin_client):
    """The header, menu and breadcrumbs are shared between pages through the cache
    (home/navigation.py): a preview's draft title must reach neither them nor the page."""
    from tests.utils import edit_form_data

    parent = StandardPageFactory(title="Bürgerservice", show_in_menus=True)
    child = StandardPageFactory(parent=parent, title="Sprechzeiten")
    data = edit_form_data(parent, title="Entwurf: Bürgerdienste")
    preview_url = f"/admin/pages/{parent.pk}/edit/preview/"
    assert admin_client.post(preview_url, data).json()["is_valid"] is True
    preview = admin_client.get(preview_url)
    assert b"Entwurf: B\xc3\xbcrgerdienste" in preview.content
    assert "X-Page-Cache" not in preview

    for url in (child.url, parent.url, "/de/"):
        response, tree = visit(url)
        assert "Entwurf" not in tree.text_content(), url
    _response, tree = visit(child.url)
    crumbs = [
        a.text_content().strip() for a in tree.xpath('//nav[contains(@class, "breadcrumb")]//a')
    ]
    assert "Bürgerservice" in crumbs
