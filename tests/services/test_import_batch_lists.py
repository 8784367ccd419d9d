"""What a batch of import_services looks up once instead of once a record (the
pages with their keys, the titles and slugs under the service index) and writes
once at its end (relations, history, the index's count of children) answers as
the database would have: a record sees what the records before it in the same
batch created or changed."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, PageLogEntry

from services.models import ServicePage
from tests.factories import StandardPageFactory

from .hsds_data import new_key, service_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def one_batch(settings):
    settings.IMPORT_SERVICES_BATCH_SIZE = 50


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


def wrong_child_counts(root):
    """Pages under `root` (itself included) whose count of children is wrong. Not
    Page.find_problems(): that checks the whole tree, which tests that commit on
    the same worker may have left in any state."""
    pages = Page.objects.filter(path__startswith=root.path)
    return [
        page.pk
        for page in pages
        if page.numchild != pages.filter(depth=page.depth + 1, path__startswith=page.path).count()
    ]


def category(key, name):
    return {
        "taxonomy_term": {
            "id": key,
            "code": name.lower(),
            "name": name,
            "taxonomy": "service-categories",
        }
    }


def test_a_slug_an_earlier_record_of_the_batch_took_is_refused(tmp_path):
    first = {"id": new_key(), "name": "Sperrmüll anmelden", "x_slug": "sperrmuell"}
    second = {"id": new_key(), "name": "Sperrmüll abholen lassen", "x_slug": "sperrmuell"}

    _out, err, error = run(tmp_path, [first, second])

    assert "1 of 2 services failed (1 created" in error
    assert f"service {second['id']}: x_slug:" in err
    assert [p.title for p in service_index().get_children()] == ["Sperrmüll anmelden"]


def test_a_slug_an_earlier_record_of_the_batch_moved_to_is_refused(tmp_path):
    moved = {"id": new_key(), "name": "Sperrmüll anmelden", "x_slug": "sperrmuell"}
    assert run(tmp_path, [moved])[2] is None
    newcomer = {"id": new_key(), "name": "Sperrmülltermine", "x_slug": "sperrmuell-termin"}

    _out, err, error = run(tmp_path, [moved | {"x_slug": "sperrmuell-termin"}, newcomer])

    assert "1 of 2 services failed (0 created, 1 updated" in error
    assert f"service {newcomer['id']}: x_slug:" in err


def test_a_title_an_earlier_record_of_the_batch_gave_is_a_duplicate(tmp_path):
    first = {"id": new_key(), "name": "Sperrmüll anmelden"}
    renamed = {"id": new_key(), "name": "Altkleider abgeben"}
    assert run(tmp_path, [renamed])[2] is None
    again = {"id": new_key(), "name": "  SPERRMÜLL ANMELDEN ", "x_slug": "sperrmuell-2"}
    twin_of_new_title = {"id": new_key(), "name": "altkleider spenden", "x_slug": "spenden"}

    out, err, error = run(
        tmp_path, [first, renamed | {"name": "Altkleider spenden"}, again, twin_of_new_title]
    )

    assert error is None, err
    assert f"service {again['id']}: exists as" in out
    assert f"service {twin_of_new_title['id']}: exists as" in out
    assert sorted(p.title for p in service_index().get_children()) == [
        "Altkleider spenden",
        "Sperrmüll anmelden",
    ]


def test_the_same_service_twice_in_a_batch_ends_as_its_second_record(tmp_path):
    key, found, office = new_key(), new_key(), new_key()
    first = {"id": key, "name": "Fundsache melden", "attributes": [category(found, "Fundbüro")]}
    second = first | {"name": "Fundsache melden (online)", "attributes": [category(office, "Amt")]}
    other = {"id": new_key(), "name": "Fundsache abholen", "attributes": [category(found, "F")]}

    _out, err, error = run(tmp_path, [first, other, second])

    assert error is None, err
    page = ServicePage.objects.get(translation_key=key)
    assert page.title == "Fundsache melden (online)"
    assert [c.name for c in page.categories.all()] == ["Amt"]
    assert [c.name for c in page.live_revision.as_object().categories.all()] == ["Amt"]
    assert list(
        PageLogEntry.objects.filter(page=page).order_by("pk").values_list("action", flat=True)
    ) == ["wagtail.create", "wagtail.publish", "wagtail.rename", "wagtail.publish"]
    other_page = ServicePage.objects.get(title="Fundsache abholen")
    assert [c.name for c in other_page.categories.all()] == ["F"]
    assert not wrong_child_counts(service_index())


def test_an_id_another_page_has_in_the_language_is_refused_with_the_records_id(tmp_path):
    other = StandardPageFactory(title="Impressum der Kreisverwaltung")
    record = {"id": str(other.translation_key), "name": "Impressum"}

    _out, err, error = run(tmp_path, [{"id": new_key(), "name": "Fundbüro"}, record])

    assert "1 of 2 services failed (1 created" in error
    assert f"service {record['id']}: " in err
    assert "unexpected error" not in err
    assert not ServicePage.objects.filter(translation_key=other.translation_key).exists()


def test_the_index_counts_the_children_a_batch_added_after_a_failed_first_record(tmp_path):
    bad = {"id": new_key(), "name": "Kaputt", "x_short_description": "x" * 1000}
    good = [{"id": new_key(), "name": f"Dienst {n}"} for n in range(3)]

    _out, _err, error = run(tmp_path, [good[0], bad, *good[1:]])

    assert "1 of 4 services failed (3 created" in error
    index = service_index()
    assert Page.objects.get(pk=index.pk).numchild == 3
    assert [p.title for p in index.get_children()] == ["Dienst 0", "Dienst 1", "Dienst 2"]
    assert not wrong_child_counts(service_index())
