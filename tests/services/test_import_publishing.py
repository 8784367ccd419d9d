"""What a batch of import_services leaves behind is what publishing each service in
Wagtail leaves behind: the fast path for new pages (home/bulk_pages.py), the
indexing once a batch (home/bulk.py) and the terms remembered for a batch
(home/memo.py) change how fast, not what editors, visitors and the search see."""

import copy
import io
import json

import lxml.html
import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import Page, PageLogEntry, ReferenceIndex
from wagtail_localize.models import Translation

from services.models import ServiceCategory, ServicePage

from .hsds_data import full_service, new_key, service_index

pytestmark = pytest.mark.django_db

RELATIONS = ("categories", "target_groups", "life_events", "areas", "locations")


def run(tmp_path, records):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_services", str(path), stdout=out, stderr=err)
        error = None
    except CommandError as raised:
        error = str(raised)
    return out.getvalue(), err.getvalue(), error


def exported(page):
    out = io.StringIO()
    call_command("export_services", locale=page.locale.language_code, stdout=out)
    services = json.loads(out.getvalue())["contents"]
    return next(s for s in services if s["id"] == str(page.translation_key))


def copy_of(record, name, **fields):
    """The same service under a new id and name (and address)."""
    slug = name.lower().replace(" ", "-")
    return copy.deepcopy(record) | {"id": new_key(), "name": name, "x_slug": slug} | fields


def published_state(page):
    """What Wagtail's publishing leaves on a page, apart from its own words."""
    page = ServicePage.objects.get(pk=page.pk)
    live = page.live_revision.as_object()
    return {
        "live": page.live,
        "unpublished changes": page.has_unpublished_changes,
        "revisions": page.revisions.count(),
        "live revision is the latest": page.live_revision_id == page.latest_revision_id,
        "published at": (page.first_published_at is not None, page.last_published_at is not None),
        "draft title": page.draft_title == page.title,
        "history": list(
            PageLogEntry.objects.filter(page=page)
            .order_by("timestamp", "pk")
            .values_list("action", flat=True)
        ),
        "publication's revision": PageLogEntry.objects.get(
            page=page, action="wagtail.publish"
        ).revision_id
        == page.live_revision_id,
        "relations": {name: sorted(o.pk for o in getattr(page, name).all()) for name in RELATIONS},
        "relations in the revision": {
            name: sorted(o.pk for o in getattr(live, name).all()) for name in RELATIONS
        },
        "references": sorted(
            (ref.to_content_type_id, ref.to_object_id, ref.model_path)
            for ref in ReferenceIndex.get_references_for_object(page)
        ),
        "organisation": page.organisation_id,
    }


def test_a_batch_publishes_each_service_as_wagtail_publishes_one(tmp_path, settings, client):
    settings.IMPORT_SERVICES_BATCH_SIZE = 2
    original = full_service()  # published the editors' way: add_child, save_revision, publish
    record = exported(original)
    names = ["Mietzuschuss beantragen", "Lastenzuschuss beantragen", "Heizkostenzuschuss"]

    _out, err, error = run(tmp_path, [copy_of(record, name) for name in names])

    assert error is None, err
    wagtail_way = published_state(original)
    assert wagtail_way["history"] == ["wagtail.create", "wagtail.publish"]
    for name in names:
        page = ServicePage.objects.get(title=name)
        assert published_state(page) == wagtail_way, name
        response = client.get(page.url)
        assert response.status_code == 200 and name in response.content.decode()
    # The tree as treebeard keeps it: paths, depths and counts of children.
    assert not any(Page.find_problems())
    assert [p.title for p in service_index().get_children()][-3:] == names
    # Found by the site search, also under the category's parent category.
    top = original.categories.get().parent
    found = [hit["title"] for hit in search(client, "zuschuss", category=top.slug)]
    assert sorted(found) == sorted([*names, original.title])


def search(client, query, **params):
    response = client.get("/de/search/", {"q": query, "format": "json", **params})
    assert response.status_code == 200
    return response.json()["results"]


def test_a_translation_in_the_same_batch_is_linked_to_its_original(tmp_path, client):
    key = new_key()
    german = {"id": key, "name": "Hundesteuer anmelden", "x_locale": "de"}
    danish = {"id": key, "name": "Hundeskat", "x_locale": "da"}

    _out, err, error = run(tmp_path, [german, danish])

    assert error is None, err
    original = ServicePage.objects.get(translation_key=key, locale__language_code="de")
    translation = ServicePage.objects.get(translation_key=key, locale__language_code="da")
    assert translation.get_parent().specific == service_index("da")
    assert Translation.objects.filter(
        source__object_id=key, target_locale__language_code="da", enabled=True
    ).exists()
    page = lxml.html.fromstring(client.get(original.url).content)
    assert translation.full_url in page.xpath('//link[@rel="alternate"]/@href')


def test_a_new_service_shows_in_the_cached_directory_at_once(tmp_path, settings):
    settings.PAGE_CACHE_ENABLED = True
    index = service_index()
    visitor = Client()
    visitor.get(index.url)
    assert visitor.get(index.url)["X-Page-Cache"] == "hit"

    _out, err, error = run(tmp_path, [{"id": new_key(), "name": "Fundsachen abholen"}])

    assert error is None, err
    response = visitor.get(index.url)
    assert "Fundsachen abholen" in response.content.decode()


def category(key, name):
    return {
        "taxonomy_term": {
            "id": key,
            "name": name,
            "code": "fundbuero",
            "taxonomy": "service-categories",
        }
    }


def test_a_term_given_two_ways_in_one_batch_ends_as_the_last_record_gives_it(tmp_path):
    key = new_key()
    records = [
        {"id": new_key(), "name": name, "attributes": [category(key, label)]}
        for name, label in [("Fundsache melden", "Fundbüro"), ("Fundsache suchen", "Fundsachen")]
    ]
    records.append(
        {"id": new_key(), "name": "Fundsache abholen", "attributes": [category(key, "Fundbüro")]}
    )

    _out, err, error = run(tmp_path, records)

    assert error is None, err
    term = ServiceCategory.objects.get(translation_key=key)
    assert term.name == "Fundbüro"
    assert all(
        page.categories.get() == term
        for page in ServicePage.objects.filter(title__startswith="Fundsache")
    )


def test_a_failed_record_takes_its_new_term_and_place_with_it_and_no_more(tmp_path, settings):
    settings.IMPORT_SERVICES_BATCH_SIZE = 10
    key = new_key()
    term = [category(key, "Fundbüro")]
    records = [
        # Fails after its category was created and its page given a place in the tree.
        {
            "id": new_key(),
            "name": "Fundsache melden",
            "attributes": term,
            "x_short_description": "x" * 1000,
        },
        {"id": new_key(), "name": "Fundsache suchen", "attributes": term},
        {
            "id": new_key(),
            "name": "Fundsache abholen",
            "x_body": [{"type": "paragraph", "value": {"a": 1}}],
        },
        {"id": new_key(), "name": "Fundsache abgeben", "attributes": term},
    ]

    _out, err, error = run(tmp_path, records)

    assert "2 of 4 services failed (2 created" in error
    assert f"service {records[0]['id']}: x_short_description:" in err
    assert f"service {records[2]['id']}: x_body" in err
    imported = ServicePage.objects.filter(title__startswith="Fundsache").order_by("path")
    assert [page.title for page in imported] == ["Fundsache suchen", "Fundsache abgeben"]
    assert all(str(page.categories.get().translation_key) == key for page in imported)
    assert not any(Page.find_problems())
