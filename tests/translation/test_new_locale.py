"""Adding a language (Swedish) takes configuration and the admin, no code."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale

from tests.factories import skeleton_page
from tests.html import get, text
from tests.translation.test_outdated import publish_translation
from tests.translation.test_permissions import put_string, translation_of

pytestmark = pytest.mark.django_db

WITH_SWEDISH = [*settings.LANGUAGES, ("sv", "svenska")]


@override_settings(LANGUAGES=WITH_SWEDISH, WAGTAIL_CONTENT_LANGUAGES=WITH_SWEDISH)
def test_swedish_is_added_in_the_admin_and_served(
    admin_client, citizen, submit, django_capture_on_commit_callbacks
):
    response = admin_client.post(reverse("wagtaillocales:add"), {"language_code": "sv"})
    assert response.status_code == 302, response.content.decode()[:3000]
    swedish = Locale.objects.get(language_code="sv")
    group = Group.objects.get(name="Translators (Swedish)")
    assert group.translator_scope.locale == swedish

    # Its home page is the German one translated, as any other page.
    home = submit(skeleton_page("home"), "sv")["sv"]
    put_string(admin_client, translation_of(home), "Välkommen till länet")
    publish_translation(admin_client, home, django_capture_on_commit_callbacks)
    # Its translators get its tree as soon as it exists.
    assert GroupPagePermission.objects.filter(group=group, page=home).exists()

    with translation.override("sv"):
        url = home.get_url()
    assert url == "/sv/"
    html = get(citizen, url)
    assert html.get("lang") == "sv"
    assert [text(h1) for h1 in html.xpath("//h1")] == ["Välkommen till länet"]
    # The interface speaks Swedish from the catalogue the project ships (locale/sv).
    assert html.xpath("//nav[@aria-label='Välj språk']")
    # The other languages offer Swedish in their switcher and as an alternate.
    german = get(citizen, skeleton_page("home").url)
    assert german.xpath("//nav//a[@hreflang='sv'][@href='/sv/']")
    assert german.xpath("/html/head/link[@rel='alternate'][@hreflang='sv']")
    assert "/sv/" in citizen.get("/sitemap.xml").content.decode()
    assert citizen.get("/", headers={"accept-language": "sv"}).url == "/sv/"
