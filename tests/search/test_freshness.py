"""The index follows every change editors make, at once; update_index rebuilds it atomically."""

import gc

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from search.models import IndexedDocument

from .helpers import publish, titles

pytestmark = pytest.mark.django_db


def test_publishing_a_change_updates_the_index(client):
    page = publish("de", "Sprechstunde der Schiedsstelle", "Jeden ersten Montag.")
    assert titles(client, "de", "Schiedsstelle") == [page.title]
    page.title = "Sprechstunde der Ombudsstelle"
    page.save_revision().publish()
    assert titles(client, "de", "Schiedsstelle") == []
    assert titles(client, "de", "Ombudsstelle") == [page.title]


def test_a_draft_is_not_found_until_published(client):
    page = publish("de", "Kleiderkammer Nord", "Öffnungszeiten im Sommer.")
    page.title = "Kleiderkammer Nordstadt mit Spielzeugtausch"
    page.save_revision()  # a draft only
    assert titles(client, "de", "Spielzeugtausch") == []
    assert titles(client, "de", "Kleiderkammer") == ["Kleiderkammer Nord"]


def test_unpublishing_removes_the_page(client):
    page = publish("de", "Impfaktion im Jugendzentrum", "Ohne Termin.")
    page.unpublish()
    assert titles(client, "de", "Impfaktion") == []


def test_deleting_removes_the_page_and_its_subpages(client):
    parent = publish("de", "Bürgerhaushalt Übersicht", "Alle Vorschläge.")
    child = publish("de", "Bürgerhaushalt Vorschlag Spielplatz", "Neue Schaukeln.", parent=parent)
    parent.delete()
    assert titles(client, "de", "Bürgerhaushalt") == []
    assert not IndexedDocument.objects.filter(page_id__in=[parent.pk, child.pk]).exists()


def test_moving_keeps_the_page_findable_at_its_new_address(client):
    page = publish("de", "Schöffenwahl im Kreis", "Bewerbungen bis März.")
    target = publish("de", "Gesundheit und Pflege", "Übersicht.")
    page.move(target, pos="last-child")
    data = client.get("/de/search/", {"q": "Schöffenwahl", "format": "json"}).json()
    assert [hit["url"] for hit in data["results"]] == [target.url + page.slug + "/"]


def test_a_translation_is_found_in_its_own_language_once_published(client):
    source = publish("de", "Sternwarte öffnet nachts", "Blick auf den Mond.")
    translation = source.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.title = "Observatory opens at night"
    translation.save_revision().publish()
    assert titles(client, "en", "observatory") == [translation.title]
    assert titles(client, "de", "observatory") == []
    assert titles(client, "de", "Sternwarte") == [source.title]


def test_update_index_rebuilds_the_index(client):
    page = publish("de", "Kreismusikschule Anmeldung", "Unterricht für alle Alter.")
    IndexedDocument.objects.all().delete()  # a damaged index
    assert titles(client, "de", "Kreismusikschule") == []
    call_command("update_index", backend_name="site", verbosity=0)
    assert titles(client, "de", "Kreismusikschule") == [page.title]


def test_a_failed_rebuild_leaves_the_old_index(client, monkeypatch):
    page = publish("de", "Töpferkurs Programmheft", "Kurse im Herbst.")
    before = IndexedDocument.objects.count()

    def broken(obj):
        raise RuntimeError("extraction failed half-way")

    monkeypatch.setattr("search.backends.database.entries_for", broken)
    with pytest.raises(RuntimeError):
        call_command("update_index", backend_name="site", verbosity=0)
    # The rebuild's transaction is rolled back once update_index lets go of it.
    gc.collect()
    monkeypatch.undo()
    assert IndexedDocument.objects.count() == before
    assert titles(client, "de", "Töpferkurs") == [page.title]


def test_service_categories_and_target_groups_are_stored_as_facets():
    from services.models import ServiceCategory, ServicePage, TargetGroup
    from tests.factories import skeleton_page

    index = skeleton_page("services", "de")
    service = publish("de", "Schuldnerberatung", parent=index, model=ServicePage)
    parent = ServiceCategory.objects.create(
        name="Oberthema", slug="oberthema-test", locale=service.locale
    )
    child = ServiceCategory.objects.create(
        name="Unterthema", slug="unterthema-test", locale=service.locale, parent=parent
    )
    group = TargetGroup.objects.create(name="Testgruppe", slug="testgruppe", locale=service.locale)
    service.categories.set([child])
    service.target_groups.set([group])
    service.save_revision().publish()
    facets = IndexedDocument.objects.get(page_id=service.pk).facets
    assert f"category:{child.translation_key}" in facets
    assert f"category:{parent.translation_key}" in facets
    assert f"target_group:{group.translation_key}" in facets
