"""import_services in batches: what a batch imports is searchable and its references
recorded as if saved one by one, a bad record still costs only itself, and an
operator at a terminal sees how far the import has come."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from home.progress import Progress
from services.models import ServicePage
from tests.search.helpers import titles

from .hsds_data import form_document, new_key

pytestmark = pytest.mark.django_db


class Terminal(io.StringIO):
    """Standard error as an operator's terminal (a TTY)."""

    def isatty(self):
        return True


def service(name, summary, **fields):
    return {"id": new_key(), "name": name, "x_locale": "de", "x_short_description": summary} | (
        fields
    )


def run(tmp_path, records, stderr=None):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out, err = io.StringIO(), stderr or io.StringIO()
    try:
        call_command("import_services", str(path), stdout=out, stderr=err)
        error = None
    except CommandError as raised:
        error = str(raised)
    return out.getvalue(), err.getvalue(), error


@pytest.fixture
def small_batches(settings):
    settings.IMPORT_SERVICES_BATCH_SIZE = 2


def test_services_of_every_batch_are_found_by_the_site_and_the_admin_search(
    tmp_path, small_batches, client, admin_client
):
    records = [
        service(f"Kompostberatung {word}", f"Tipps zum Kompostieren im {word}garten.")
        for word in ("Schreber", "Dach", "Vor", "Hinter", "Gemeinschafts")
    ]
    bad = service("Kompostberatung kaputt", "Fehlerhaft.", minimum_age="zehn")
    records.insert(2, bad)

    _out, err, error = run(tmp_path, records)

    assert f"service {bad['id']}: minimum_age: not a number" in err
    assert error is not None and "1 of 6 services failed (5 created" in error
    wanted = sorted(record["name"] for record in records if record is not bad)
    assert sorted(titles(client, "de", "Kompostberatung")) == wanted
    admin_search = admin_client.get("/admin/pages/search/", {"q": "Kompostberatung"})
    for name in wanted:
        assert name in admin_search.content.decode()
    assert "Kompostberatung kaputt" not in admin_search.content.decode()


def test_a_form_a_batch_links_shows_the_service_among_its_uses(
    tmp_path, small_batches, admin_client
):
    document = form_document("Antrag auf Komposttonne")
    records = [
        service("Komposttonne bestellen", "Eine Tonne für Gartenabfälle."),
        service(
            "Komposttonne abbestellen",
            "Die Tonne zurückgeben.",
            x_forms=[{"title": "Antrag auf Komposttonne"}],
        ),
        service("Komposttonne tauschen", "Eine größere Tonne."),
    ]

    _out, err, error = run(tmp_path, records)

    assert error is None, err
    usage = admin_client.get(f"/admin/documents/usage/{document.pk}/").content.decode()
    assert "Komposttonne abbestellen" in usage
    assert "Komposttonne bestellen" not in usage


def test_the_site_search_sees_a_batch_change_and_a_rerun_changes_nothing(
    tmp_path, small_batches, client
):
    records = [service(f"Laubsäcke {n}", "Säcke für Herbstlaub abholen.") for n in range(3)]
    run(tmp_path, records)
    records[1]["name"] = "Laubsäcke im Rathaus"

    out, err, error = run(tmp_path, records)

    assert error is None, err
    assert "3 services imported (0 created, 1 updated, 2 unchanged" in out
    assert sorted(titles(client, "de", "Laubsäcke")) == [
        "Laubsäcke 0",
        "Laubsäcke 2",
        "Laubsäcke im Rathaus",
    ]
    revisions = [page.revisions.count() for page in ServicePage.objects.filter(live=True)]
    out, _err, _error = run(tmp_path, records)
    assert "3 services imported (0 created, 0 updated, 3 unchanged" in out
    assert [page.revisions.count() for page in ServicePage.objects.filter(live=True)] == (revisions)


def test_a_terminal_shows_count_rate_and_time_left(tmp_path):
    records = [service(f"Grünschnitt {n}", "Annahme von Grünschnitt.") for n in range(3)]

    _out, err, error = run(tmp_path, records, stderr=Terminal())

    assert error is None, err
    # Between the redraws: the warnings, each on a line of its own.
    lines = [part.strip() for part in err.split("\r") if " services (" in part]
    assert lines[0].startswith("1/3 services (33%), ") and lines[0].endswith(" left")
    assert lines[-1].startswith("3/3 services (100%), ") and "left" not in lines[-1]
    assert all("/s" in line for line in lines)


def test_logs_and_pipes_get_no_progress_line(tmp_path):
    records = [service("Grünschnitt am Wertstoffhof", "Annahme von Grünschnitt.")]

    out, err, error = run(tmp_path, records)

    assert error is None, err
    assert "\r" not in err + out
    assert "1/1 services" not in err + out


def test_time_left_follows_the_rate_so_far():
    clock = iter([0.0, 2.0, 4.0, 4.1]).__next__
    terminal = Terminal()
    progress = Progress(terminal, total=100, noun="services", clock=clock)

    progress.step(10)  # at 2 s: 5 services a second, 90 to go
    assert terminal.getvalue().strip() == "10/100 services (10%), 5.0/s, 0:18 left"
    progress.step(10)  # at 4 s
    assert terminal.getvalue().split("\r")[-1].strip() == "20/100 services (20%), 5.0/s, 0:16 left"
    progress.finish()
    assert terminal.getvalue().endswith("\r")
