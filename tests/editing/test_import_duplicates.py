"""Importers do not make a second page of the same title: a new key whose
title its parent already has is reported, not created, unless asked for."""

import io
import json
import uuid

import pytest
from django.core.management import CommandError, call_command

from services.models import ServicePage
from tests.factories import skeleton_page
from tests.services.factories import ServicePageFactory

pytestmark = pytest.mark.django_db


def run(command, *args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def markdown(tmp_path, key, title, type_="service", extra=""):
    path = tmp_path / f"{key}.md"
    path.write_text(
        f"---\nkey: {key}\ntype: {type_}\nlocale: de\ntitle: {title}\n{extra}---\nText.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def wohngeld():
    return ServicePageFactory(
        parent=skeleton_page("services"), title="Wohngeld", slug="wohngeld-vorhanden"
    )


def test_import_content_reports_a_page_of_the_same_title_instead_of_creating_it(tmp_path, wohngeld):
    path = markdown(tmp_path, "wohngeld-neu", " wohngeld ")
    out, _err = run("import_content", str(path))
    assert f"{path}: exists as " in out and "/wohngeld-vorhanden/, not created" in out
    assert ServicePage.objects.filter(title__iexact="wohngeld").count() == 1
    out, _err = run("import_content", str(path), allow_duplicate_title=True)
    assert out.startswith("created ")
    assert ServicePage.objects.filter(title__iexact="wohngeld").count() == 2


def test_import_content_updates_its_own_page_by_key_whatever_the_title(tmp_path):
    path = markdown(tmp_path, "elterngeld", "Elterngeld")
    assert run("import_content", str(path))[0].startswith("created ")
    # The same file again: its own page, unchanged, not "exists as".
    assert run("import_content", str(path))[0].startswith("unchanged ")
    path.write_text(path.read_text().replace("Elterngeld", "Elterngeld beantragen"))
    assert run("import_content", str(path))[0].startswith("updated ")
    assert ServicePage.objects.filter(title="Elterngeld beantragen").count() == 1
    assert not ServicePage.objects.filter(title="Elterngeld").exists()


def test_a_service_without_category_is_a_warning(tmp_path):
    _out, err = run("import_content", str(markdown(tmp_path, "ohne-kategorie", "Ohne Kategorie")))
    assert "warning: " in err and "categories: none given" in err
    page = markdown(tmp_path, "seite", "Eine Seite", type_="standard")
    assert "warning" not in run("import_content", str(page))[1]


def hsds(tmp_path, *records):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(list(records), ensure_ascii=False), encoding="utf-8")
    return path


def test_import_services_reports_a_service_of_the_same_name(tmp_path, wohngeld):
    record = {"id": str(uuid.uuid4()), "name": "Wohngeld", "x_locale": "de"}
    out, err = run("import_services", str(hsds(tmp_path, record)))
    assert "exists as " in out and "/wohngeld-vorhanden/, not created" in out
    assert "1 exists" in out
    assert ServicePage.objects.filter(title="Wohngeld").count() == 1
    out, err = run("import_services", str(hsds(tmp_path, record)), allow_duplicate_title=True)
    assert "1 created" in out
    # Without a category the import says so.
    assert "warning: no category" in err
    assert ServicePage.objects.filter(title="Wohngeld").count() == 2


def test_import_services_still_fails_on_bad_records(tmp_path):
    with pytest.raises(CommandError):
        run("import_services", str(hsds(tmp_path, {"id": "kein-uuid", "name": "Kaputt"})))
