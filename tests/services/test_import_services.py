"""import_services and export_services: HSDS JSON in and out, and the round trip."""

import io
import json

import lxml.html
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Locale, Revision

from home.models import MemberOrganisation
from services.models import (
    LifeEvent,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)

from .factories import ServicePageFactory
from .hsds_data import full_service, new_key, service_index, translate

pytestmark = pytest.mark.django_db

# Differ after a re-import by nature: the page's address may not (same slug,
# same parent), but the publication time always does.
VOLATILE = {"last_modified"}


def export(language):
    out = io.StringIO()
    call_command("export_services", locale=language, stdout=out)
    return json.loads(out.getvalue())


def run_import(tmp_path, data, name="services.json", **options):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_services", str(path), stdout=out, stderr=err, **options)
        error = None
    except CommandError as raised:
        error = str(raised)
    return out.getvalue(), err.getvalue(), error


def stable(document):
    return [
        {k: v for k, v in service.items() if k not in VOLATILE} for service in document["contents"]
    ]


def differences(before, after):
    """(service id, field, before, after) for every field that changed."""
    old, new = stable(before), stable(after)
    if [s["id"] for s in old] != [s["id"] for s in new]:
        return [("ids", [s["id"] for s in old], [s["id"] for s in new])]
    return [
        (a["id"], key, a[key], b.get(key))
        for a, b in zip(old, new, strict=True)
        for key in a
        if a[key] != b.get(key)
    ]


def languages():
    return [code for code, _name in settings.LANGUAGES]


def test_export_writes_the_api_envelope_with_every_service(tmp_path, client):
    full_service()
    path = tmp_path / "de.json"
    out = io.StringIO()
    call_command("export_services", locale="de", output=str(path), stdout=out)
    document = json.loads(path.read_text(encoding="utf-8"))
    total = ServicePage.objects.live().filter(locale__language_code="de").count()

    assert document["total_items"] == total == len(document["contents"])
    assert document["total_pages"] == 1
    assert f"{total} services written" in out.getvalue()
    api = client.get("/api/hsds/de/services/?per_page=100").json()
    assert stable(api)[: len(api["contents"])] == stable(document)[: len(api["contents"])]


def test_export_refuses_an_unknown_language():
    with pytest.raises(CommandError, match="xx"):
        call_command("export_services", locale="xx", stdout=io.StringIO())


def test_round_trip_of_every_service_in_every_language(tmp_path):
    """Export all, delete services and everything they refer to, import, export again."""
    page = full_service()
    titles = {
        "da": ("Boligstøtte", "Tilskud til huslejen."),
        "fi": ("Asumistuki", "Tukea vuokraan pienituloisille."),
        "en": ("Housing benefit", "Help with the rent."),
    }
    for language in languages():
        if language != "de":
            title, summary = titles.get(language, (f"Wohngeld ({language})", page.summary))
            translate(page, language, title=title, summary=summary)
        # A service of that language's own, with only the required fields.
        ServicePageFactory(parent=service_index(language), title=f"Nur {language}: Auskunft")
    before = {language: export(language) for language in languages()}
    for language in languages():
        assert len(before[language]["contents"]) >= 2, language

    organisation = page.organisation
    ServicePage.objects.all().delete()
    for model in (ServiceLocation, ServiceCategory, TargetGroup, LifeEvent, ServiceArea):
        model.objects.all().delete()
    organisation.delete()

    for language in languages():
        _out, err, error = run_import(tmp_path, before[language], f"{language}.json")
        assert error is None, err
    after = {language: export(language) for language in languages()}

    for language in languages():
        assert differences(before[language], after[language]) == [], language
    english = ServicePage.objects.get(
        translation_key=page.translation_key, locale__language_code="en"
    )
    assert english.get_parent().specific == service_index("en")


def test_reimport_is_idempotent_and_adds_no_revision(tmp_path):
    full_service()
    for language in languages():
        document = export(language)
        revisions = Revision.objects.count()

        out, err, error = run_import(tmp_path, document)

        assert error is None, err
        assert f"0 created, 0 updated, {len(document['contents'])} unchanged" in out, language
        assert Revision.objects.count() == revisions
        assert differences(document, export(language)) == []


def test_a_change_adds_one_revision_to_that_service_only(tmp_path):
    page = full_service()
    document = export("de")
    record = next(s for s in document["contents"] if s["id"] == str(page.translation_key))
    record["x_processing_time"] = "Etwa zwei Wochen"
    record["attributes"] = [a for a in record["attributes"] if a["link_type"] != "life_event"]
    revisions = Revision.objects.count()

    out, err, error = run_import(tmp_path, document)

    assert error is None, err
    assert "1 updated" in out
    assert Revision.objects.count() == revisions + 1
    page.refresh_from_db()
    assert page.processing_time == "Etwa zwei Wochen"
    assert not page.life_events.exists()


def test_a_bad_record_is_reported_with_id_and_field_and_the_rest_imports(tmp_path):
    good, bad = new_key(), new_key()
    taken = ServicePageFactory(parent=service_index(), slug="wohngeld")
    document = [
        {"id": bad, "name": "Kaputt", "minimum_age": "zehn"},
        {"id": good, "name": "Testberatung für Importfehler", "x_locale": "de"},
        {"id": "nicht-uuid", "name": "Ohne gültige ID"},
        {"id": new_key(), "name": "Zu lang", "x_short_description": "x" * 151},
        {"id": new_key(), "name": "Doppelt", "x_slug": taken.slug},
    ]

    _out, err, error = run_import(tmp_path, document)

    assert f"services.json: service {bad}: minimum_age: not a number" in err
    assert "service nicht-uuid: id: not a UUID" in err
    assert "x_short_description: The short description has 151 characters" in err
    assert f"x_slug: The slug '{taken.slug}' is already in use" in err
    assert error is not None and "4 of 5 services failed" in error
    assert ServicePage.objects.filter(translation_key=good, live=True).exists()
    assert not ServicePage.objects.filter(title__in=["Kaputt", "Zu lang", "Doppelt"]).exists()


def test_a_bad_location_leaves_nothing_behind(tmp_path):
    key, location_key = new_key(), new_key()
    record = {
        "id": key,
        "name": "Beratung mit falschen Zeiten",
        "service_at_locations": [
            {
                "location": {
                    "id": location_key,
                    "name": "Beratungsstelle",
                    "schedules": [{"freq": "WEEKLY", "byday": "XX", "opens_at": "08:00"}],
                }
            }
        ],
    }

    _out, err, error = run_import(tmp_path, record)

    assert "service_at_locations[0].location.schedules[0].byday" in err
    assert error is not None
    assert not ServiceLocation.objects.filter(translation_key=location_key).exists()


def test_json_errors_name_the_file_and_position(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "name": oops\n}', encoding="utf-8")
    with pytest.raises(CommandError, match=r"broken\.json: not valid JSON: .* line 3, column 11"):
        call_command("import_services", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    with pytest.raises(CommandError, match=r"missing\.json: no such file"):
        call_command("import_services", str(tmp_path / "missing.json"), stdout=io.StringIO())
    path.write_text('"just a string"', encoding="utf-8")
    with pytest.raises(CommandError, match="broken.json: document: expected a service"):
        call_command("import_services", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def test_an_id_known_in_another_language_becomes_its_translation(tmp_path):
    page = full_service()
    record = next(s for s in export("de")["contents"] if s["id"] == str(page.translation_key))
    record |= {"x_locale": "da", "name": "Boligstøtte (test)", "x_slug": "boligstoette-test"}

    _out, err, error = run_import(tmp_path, record)

    assert error is None, err
    danish = ServicePage.objects.get(
        translation_key=page.translation_key, locale__language_code="da"
    )
    assert danish.title == "Boligstøtte (test)"
    assert danish.get_parent().specific == service_index("da")
    assert danish.live and danish.url.startswith("/da/")
    assert set(danish.categories.all()) == set(page.categories.all())


def test_plain_hsds_from_elsewhere_creates_terms_locations_and_organisation(tmp_path):
    key, category, parent, location, organisation = (new_key() for _ in range(5))
    record = {
        "id": key,
        "name": "Energieberatung",
        "description": "Wir beraten zu Heizung und Dämmung.\n\nKostenlos & unabhängig.",
        "application_process": "Termin vereinbaren\nUnterlagen mitbringen",
        "status": "inactive",
        "organization": {"id": organisation, "name": "Klimaagentur", "description": "Verein"},
        "cost_options": [{"amount": 0}],
        "languages": [{"code": "de"}, {"code": "tr"}],
        "attributes": [
            {
                "taxonomy_term": {
                    "id": category,
                    "name": "Energie",
                    "parent_id": parent,
                    "taxonomy": "service-categories",
                    "x_parent": {"id": parent, "name": "Umwelt", "language": "de"},
                }
            },
            {"taxonomy_term": {"id": new_key(), "name": "Fremd", "taxonomy": "other"}},
        ],
        "service_at_locations": [
            {
                "location": {
                    "id": location,
                    "name": "Klimahaus",
                    "addresses": [{"address_1": "Am Wall 3", "city": "Lindenau"}],
                    "accessibility": [{"description": "Rampe am Seiteneingang"}],
                    "schedules": [
                        {
                            "freq": "WEEKLY",
                            "byday": "MO,WE",
                            "opens_at": "09:00",
                            "closes_at": "13:00",
                        },
                        {"valid_from": "2026-12-24", "valid_to": "2026-12-26"},
                    ],
                }
            }
        ],
    }

    _out, err, error = run_import(tmp_path, record)

    assert error is None, err
    page = ServicePage.objects.get(translation_key=key)
    assert page.status == "suspended" and page.cost == "free" and page.languages == ["de", "tr"]
    assert [b.value.source for b in page.body] == [
        "<p>Wir beraten zu Heizung und Dämmung.</p><p>Kostenlos &amp; unabhängig.</p>"
    ]
    assert [step.value["title"] for step in page.how_to_apply] == [
        "Termin vereinbaren",
        "Unterlagen mitbringen",
    ]
    assert page.organisation.name == "Klimaagentur"
    assert [(c.name, c.parent.name) for c in page.categories.all()] == [("Energie", "Umwelt")]
    place = page.locations.get()
    assert (place.street_address, place.accessibility_notes) == (
        "Am Wall 3",
        "Rampe am Seiteneingang",
    )
    assert [(h.weekday, str(h.opens)) for h in place.hours.all()] == [
        (0, "09:00:00"),
        (2, "09:00:00"),
    ]
    assert [(e.start_date.isoformat(), e.kind) for e in place.exceptions.all()] == [
        ("2026-12-24", "closure")
    ]
    assert MemberOrganisation.objects.filter(translation_key=organisation).count() == 1


def test_rich_text_is_cleaned_like_the_editor_would(tmp_path):
    key = new_key()
    record = {
        "id": key,
        "name": "Beratung mit Skript",
        "eligibility_description": (
            '<p onclick="steal()">Alle <b>Eltern</b><script>steal()</script></p>'
        ),
        "x_body": [
            {"type": "paragraph", "value": '<p>Text<img src="x" onerror="steal()"></p>'},
            {"type": "paragraph", "value": '<p><a href="javascript:steal()">Link</a></p>'},
        ],
        "x_how_to_apply": [{"title": "Anrufen", "text": "<p><i>Bitte</i><iframe></iframe></p>"}],
    }

    _out, err, error = run_import(tmp_path, record)

    assert error is None, err
    page = ServicePage.objects.get(translation_key=key)
    assert page.eligibility == "<p>Alle <b>Eltern</b>steal()</p>"
    assert [block.value.source for block in page.body] == ["<p>Text</p>", "<p><a>Link</a></p>"]
    assert page.how_to_apply[0].value["text"].source == "<p><i>Bitte</i></p>"


def test_an_imported_change_marks_the_translations_outdated_on_the_dashboard(
    tmp_path, admin_client
):
    page = full_service()
    location = page.locations.first()
    finnish = location.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.save()
    document = export("de")
    record = next(s for s in document["contents"] if s["id"] == str(page.translation_key))
    place = next(
        s["location"]
        for s in record["service_at_locations"]
        if s["location_id"] == str(location.translation_key)
    )
    place["name"] = "Bürgerbüro im neuen Rathaus"

    out, err, error = run_import(tmp_path, document)

    assert error is None, err
    html = lxml.html.fromstring(
        admin_client.get(reverse("translation_dashboard"), {"locale": "fi"}).content
    )
    outdated = [a.text_content() for a in html.xpath('//ul[@data-status="outdated"]//a')]
    assert any(title.startswith("Bürgerbüro im neuen Rathaus") for title in outdated), outdated
