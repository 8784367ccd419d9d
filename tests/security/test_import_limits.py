"""Imports survive hostile files: deep nesting and oversized files or records
are reported by name and the run goes on with the rest."""

import io
import json
import textwrap

import PIL.Image
import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page

from home.keys import translation_key
from home.organisations.models import Contact
from services.models import ServicePage
from tests.services.hsds_data import new_key

pytestmark = pytest.mark.django_db

DEEP = 100_000


def run(command, *paths):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(command, *map(str, paths), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), None


def markdown_file(folder, name, key, front_matter_extra="", body="Ein Absatz."):
    path = folder / name
    text = f"""\
        ---
        key: {key}
        type: standard
        locale: de
        title: Seite {key}
        {front_matter_extra}
        ---
        """
    path.write_text(textwrap.dedent(text) + body + "\n", encoding="utf-8")
    return path


def page_exists(key):
    return Page.objects.filter(translation_key=translation_key(key)).exists()


def service_file(folder, name, records):
    path = folder / name
    path.write_text(records if isinstance(records, str) else json.dumps(records), encoding="utf-8")
    return path


def service(name):
    return {"id": new_key(), "name": name, "x_locale": "de"}


# --- import_content -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "body"),
    [
        ("summary: " + "[" * DEEP + "]" * DEEP, "Text."),
        ("summary: &a [*a, *a]", "Text."),
        ("", ">" * DEEP + " tief"),
        ("", "".join(f"{'  ' * n}- Punkt {n}\n" for n in range(3000))),
    ],
    ids=["yaml-flow", "yaml-alias-loop", "markdown-quotes", "markdown-lists"],
)
def test_import_content_rejects_a_deeply_nested_file_and_imports_the_rest(tmp_path, extra, body):
    bad = markdown_file(tmp_path, "a-tief.md", "sec-tief", extra, body)
    markdown_file(tmp_path, "b-gut.md", "sec-gut")

    _out, err, error = run("import_content", tmp_path)

    assert page_exists("sec-gut")
    if error is not None:  # rejected (a parser may also cope: then it imports)
        assert str(bad) in err
        assert "1 of 2 files failed" in error
        assert not page_exists("sec-tief")


@override_settings(IMPORT_CONTENT_MAX_FILE_SIZE=4096)
def test_import_content_reports_an_oversized_file_by_name_and_goes_on(tmp_path):
    big = markdown_file(tmp_path, "a-gross.md", "sec-gross", body="Wort " * 2000)
    markdown_file(tmp_path, "b-klein.md", "sec-klein")

    _out, err, error = run("import_content", tmp_path)

    assert f"{big}: file: " in err and "4.0 KB" in err
    assert "1 of 2 files failed" in error
    assert page_exists("sec-klein") and not page_exists("sec-gross")


# --- import_services ------------------------------------------------------------------------


def test_import_services_rejects_a_deeply_nested_file_and_imports_the_next(tmp_path):
    deep = service_file(tmp_path, "a.json", "[" * DEEP + "]" * DEEP)
    good = service("Beratung nach tiefer Datei")
    service_file(tmp_path, "b.json", [good])

    _out, err, error = run("import_services", deep, tmp_path / "b.json")

    assert f"{deep}: " in err and "nested too deeply" in err
    assert "1 of 2 files failed" in error
    assert ServicePage.objects.filter(translation_key=good["id"]).exists()


def test_import_services_rejects_a_deeply_nested_record_and_imports_the_rest(tmp_path):
    nested = {"type": "paragraph", "value": "<p>x</p>"}
    for _ in range(400):
        nested = {"type": "paragraph", "value": nested}
    bad, good = service("Tief"), service("Flach")
    bad["x_body"] = [nested]
    path = service_file(tmp_path, "services.json", [bad, good])

    _out, err, error = run("import_services", path)

    assert f"services.json: service {bad['id']}: x_body" in err
    assert "1 of 2 services failed" in error
    assert ServicePage.objects.filter(translation_key=good["id"]).exists()
    assert not ServicePage.objects.filter(translation_key=bad["id"]).exists()


@override_settings(IMPORT_SERVICES_MAX_FILE_SIZE=2048)
def test_import_services_reports_an_oversized_file_by_name_and_goes_on(tmp_path):
    big = service_file(tmp_path, "a.json", [service("Groß") | {"description": "x" * 4000}])
    good = service("Klein")
    small = service_file(tmp_path, "b.json", [good])

    _out, err, error = run("import_services", big, small)

    assert f"{big}: " in err and "2.0 KB" in err
    assert "1 of 2 files failed" in error
    assert ServicePage.objects.filter(translation_key=good["id"]).exists()


@override_settings(IMPORT_SERVICES_MAX_RECORD_SIZE=2048)
def test_import_services_rejects_an_oversized_record_by_id(tmp_path):
    big, good = service("Riesig") | {"description": "x" * 4000}, service("Normal")
    path = service_file(tmp_path, "services.json", [big, good])

    _out, err, error = run("import_services", path)

    assert f"service {big['id']}: " in err and "2.0 KB" in err
    assert "1 of 2 services failed" in error
    assert ServicePage.objects.filter(translation_key=good["id"]).exists()


# --- import_snippets ------------------------------------------------------------------------


def snippets_file(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def contact_exists(key):
    return Contact.objects.filter(translation_key=translation_key(key)).exists()


GOOD_CONTACTS = """\
    contacts:
      - {key: sec-contact, locale: de, name: Bürgerbüro}
    """


def test_import_snippets_rejects_a_deeply_nested_file_and_imports_the_next(tmp_path):
    deep = snippets_file(tmp_path, "a.yaml", "contacts: " + "[" * DEEP + "]" * DEEP)
    good = snippets_file(tmp_path, "b.yaml", GOOD_CONTACTS)

    _out, err, error = run("import_snippets", deep, good)

    assert f"{deep}: file: " in err and "nested too deeply" in err
    assert error is not None and str(deep) in error
    assert contact_exists("sec-contact")


@override_settings(IMPORT_CONTENT_MAX_FILE_SIZE=2048)
def test_import_snippets_reports_an_oversized_file_by_name_and_goes_on(tmp_path):
    big = snippets_file(tmp_path, "a.yaml", GOOD_CONTACTS + "# " + "x" * 4000 + "\n")
    good = snippets_file(tmp_path, "b.yaml", GOOD_CONTACTS.replace("sec-contact", "sec-other"))

    _out, err, error = run("import_snippets", big, good)

    assert f"{big}: file: " in err and "2.0 KB" in err
    assert error is not None and str(big) in error
    assert contact_exists("sec-other") and not contact_exists("sec-contact")


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_import_snippets_holds_an_image_to_the_upload_limit(tmp_path):
    image = tmp_path / "big.png"
    buffer = io.BytesIO()
    PIL.Image.effect_noise((64, 64), 100).convert("RGB").save(buffer, "PNG")
    image.write_bytes(buffer.getvalue())
    assert image.stat().st_size > 1024
    path = snippets_file(
        tmp_path,
        "snippets.yaml",
        "images:\n  - {title: Zu groß, file: big.png}\n" + textwrap.dedent(GOOD_CONTACTS),
    )

    _out, err, error = run("import_snippets", path)

    assert f"{path}:2: images[1].file: big.png: " in err and "1.0 KB" in err
    assert error is not None and "1 failed" in error
    assert not get_image_model().objects.filter(title="Zu groß").exists()
    assert contact_exists("sec-contact")
