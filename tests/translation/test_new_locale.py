"""Adding a language (Swedish) takes configuration and the admin, no code."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale

from tests.factories import demo_page
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
    home = submit(demo_page("home"), "sv")["sv"]
    put_string(admin_client, translation_of(home), "Välkommen till länet")
    publish_translation(admin_client, home, django_capture_on_commit_callbacks)
    # Its translators get its tree as soon as it exists.
    assert GroupPagePermission.objects.filter(group=group, page=home).exists()

    with translation.override("sv"):
        url = home.get_url()
    assert url == "/sv/"
    response = citizen.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="sv"' in content
    assert "Välkommen till länet" in content
    # Without a Swedish catalogue of ours, the interface uses Django's and Wagtail's
    # Swedish where they have the same text, else falls back to the default language.
    assert 'aria-label="Sprache wählen"' in content
    # The other languages offer Swedish in their switcher.
    german = citizen.get(demo_page("home").url).content.decode()
    assert 'hreflang="sv"' in german and 'href="/sv/"' in german
    assert "/sv/" in citizen.get("/sitemap.xml").content.decode()
    assert citizen.get("/", headers={"accept-language": "sv"}).url == "/sv/"
