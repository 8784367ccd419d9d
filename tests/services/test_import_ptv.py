"""import_ptv: Finland's service catalogue (PTV Open API v11 JSON) into the
service directory, on the setup_site skeleton, checked through the command's
output, the database and the service pages citizens read."""

import datetime
import io

import lxml.html
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision
from wagtail_localize.models import StringTranslation, Translation

from home.organisations.models import Organisation
from services.models import ServiceCategory, ServiceLocation, ServicePage

from . import ptv_data
from .ptv_data import LIBRARY, ORGANISATION, SERVICES, TOWN_HALL

pytestmark = pytest.mark.django_db


def run(tmp_path, documents=None, folder="ptv"):
    path = ptv_data.write(tmp_path / folder, documents)
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_ptv", str(path), stdout=out, stderr=err)
        error = None
    except CommandError as raised:
        error = str(raised)
    return out.getvalue(), err.getvalue(), error


def page(key, language):
    return ServicePage.objects.get(translation_key=key, locale__language_code=language)


def location(key, language):
    return ServiceLocation.objects.get(translation_key=key, locale__language_code=language)


def hours(location):
    return [
        (h.weekday, h.opens.strftime("%H:%M"), h.closes.strftime("%H:%M"))
        for h in location.hours.order_by("weekday", "opens")
    ]


def test_the_catalogue_imports_in_finnish_and_english(tmp_path):
    out, err, error = run(tmp_path)

    assert error is None, err
    assert "3 services imported (6 created, 0 updated, 0 unchanged, 0 exists)." in out
    first = {language: page(SERVICES[0], language) for language in ("fi", "en")}
    assert first["fi"].title == "Varhaiskasvatus"
    assert first["en"].title == "Early childhood education"
    assert first["en"].summary == "Day care for children under school age."
    assert first["en"].cost == "charged"
    assert first["en"].cost_description == "The fee depends on income."
    assert first["en"].online_service_url == "https://asiointi.koivula.example/vaka?lang=en"
    assert [(p.value["number"], p.value["hours"]) for p in first["fi"].phones] == [
        ("+358 401110000", "ma–to 9.00–12.00")
    ]
    assert first["en"].phones[0].value["label"] == "Early education advice"
    assert [s.value["title"] for s in first["en"].how_to_apply] == [
        "Fill in the application online. The decision comes by post."
    ]
    assert first["fi"].legal_basis[0].value["title"] == "Varhaiskasvatuslaki"
    assert sorted(first["fi"].languages) == ["en", "fi", "sv"]
    assert {c.name for c in first["en"].categories.all()} == {"Early childhood education"}
    # One translation key per PTV id, in every language.
    assert first["fi"].translation_key == first["en"].translation_key
    assert {str(loc.translation_key) for loc in first["en"].locations.all()} == {TOWN_HALL, LIBRARY}
    assert ServicePage.objects.filter(locale__language_code="de").count() == 0

    organisation = Organisation.objects.get(translation_key=ORGANISATION, locale=first["en"].locale)
    assert first["en"].organisation == organisation
    assert organisation.name == "City of Koivula"
    assert organisation.kind == "public_authority"
    assert organisation.website == "https://www.koivula.example/en/"

    town_hall = location(TOWN_HALL, "fi")
    assert (town_hall.name, town_hall.street_address, town_hall.locality) == (
        "Kaupungintalo",
        "Raatihuoneentori 1",
        "KOIVULA",
    )
    # ETRS-TM35FIN metres (PTV's coordinates) as degrees.
    assert round(float(town_hall.latitude), 2) == 61.49
    assert round(float(town_hall.longitude), 2) == 23.75
    assert hours(town_hall) == [(day, "08:00", "16:00") for day in range(5)]
    assert [(e.start_date, e.end_date, e.kind) for e in town_hall.exceptions.all()] == [
        (datetime.date(2030, 12, 24), datetime.date(2030, 12, 26), "closure")
    ]
    library = location(LIBRARY, "en")
    assert library.name == "Main library"
    assert hours(library) == [(0, "12:00", "20:00")] + [(d, "09:00", "15:00") for d in range(1, 5)]
    special = library.exceptions.get()
    assert (special.start_date, special.kind, special.opens, special.closes) == (
        datetime.date(2030, 12, 31),
        "special_hours",
        datetime.time(10),
        datetime.time(12),
    )


def week(html, place):
    """{weekday: hours} from the week's table of the location named `place`."""
    section = lxml.html.fromstring(html).xpath(f"//section[h3[normalize-space()='{place}']]")[0]
    days = {}
    for row in section.xpath(".//table[@class='hours-table']/tbody/tr"):
        date = datetime.date.fromisoformat(row.xpath("./th/time/@datetime")[0])
        days[date.weekday()] = row.xpath("normalize-space(./td)")
    return days


def test_the_services_show_on_the_site_in_finnish_and_english(tmp_path, client):
    run(tmp_path)

    for language, title, place, other_place, open_, closed, monday in [
        (
            "fi",
            "Varhaiskasvatus",
            "Kaupungintalo",
            "Pääkirjasto",
            "8.00–16.00",
            "Suljettu",
            "12.00–20.00",
        ),
        (
            "en",
            "Early childhood education",
            "Town hall",
            "Main library",
            "8 a.m.–4 p.m.",
            "Closed",
            "noon–8 p.m.",
        ),
    ]:
        response = client.get(page(SERVICES[0], language).url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f"<h1>{title}</h1>" in html or f">{title}</h1>" in html
        assert place in html and other_place in html
        # The week's table: the town hall opens 08:00–16:00 on weekdays, else closed.
        assert week(html, place) == {day: open_ if day < 5 else closed for day in range(7)}
        assert week(html, other_place)[0] == monday
    english = client.get(page(SERVICES[2], "en").url).content.decode()
    assert 'href="https://www.koivula.example/forms/building-permit.pdf"' in english
    assert "Building permit application" in english


def test_a_second_import_of_the_same_files_changes_nothing(tmp_path):
    run(tmp_path)
    revisions = Revision.objects.count()
    locations = {loc.pk: hours(loc) for loc in ServiceLocation.objects.all()}

    out, err, error = run(tmp_path)

    assert error is None, err
    assert "3 services imported (0 created, 0 updated, 6 unchanged, 0 exists)." in out
    assert Revision.objects.count() == revisions
    assert {loc.pk: hours(loc) for loc in ServiceLocation.objects.all()} == locations


def test_a_changed_catalogue_updates_what_changed(tmp_path, client):
    documents = ptv_data.catalogue()
    run(tmp_path, documents)

    def rename(service):
        service["serviceNames"][2]["value"] = "Library card and e-books"

    def later(channel):
        channel["serviceHours"][0]["openingHour"][0] = {
            "dayFrom": "Monday",
            "from": "13:00",
            "to": "21:00",
        }

    documents = ptv_data.changed(documents, "services.json", 1, rename)
    documents = ptv_data.changed(documents, "channels.json", 1, later)
    out, err, error = run(tmp_path, documents)

    assert error is None, err
    assert (
        "updated services.json: service " + SERVICES[1] + " (en): Library card and e-books" in out
    )
    assert "(0 created, 1 updated, 5 unchanged, 0 exists)" in out
    assert page(SERVICES[1], "en").title == "Library card and e-books"
    assert page(SERVICES[1], "fi").title == "Kirjastokortti"
    for language in ("fi", "en"):
        assert hours(location(LIBRARY, language))[0] == (0, "13:00", "21:00")
    html = client.get(page(SERVICES[1], "en").url).content.decode()
    assert "Library card and e-books" in html and 'datetime="13:00"' in html


def test_malformed_records_are_reported_by_file_id_and_field_and_the_rest_import(tmp_path):
    documents = ptv_data.catalogue()

    def no_names(service):
        service["serviceNames"] = "Kirjastokortti"

    def bad_time(channel):
        channel["serviceHours"][0]["openingHour"][0]["from"] = "25:99"

    documents = ptv_data.changed(documents, "services.json", 1, no_names)
    documents = ptv_data.changed(documents, "channels.json", 1, bad_time)
    documents["services.json"]["itemList"] += [{"serviceNames": []}, {"serviceNames": [], "id": 17}]
    path = ptv_data.write(tmp_path / "ptv", documents)
    (path / "broken.json").write_text('{"itemList": [', encoding="utf-8")
    (path / "other.json").write_text('[{"name": "not PTV"}]', encoding="utf-8")

    out, err, error = run(tmp_path, documents)

    assert f"services.json: service {SERVICES[1]}: serviceNames: not a list of objects" in err
    assert (
        f"channels.json: channel {LIBRARY}: serviceHours[0].openingHour[0].from: "
        "not a time (HH:MM): '25:99'" in err
    )
    assert f"services.json: service {SERVICES[0]}: serviceChannels[1]: not imported: " in err
    assert "services.json: service (no id): id: missing" in err
    assert "services.json: service 17: id: not a UUID: '17'" in err
    assert "broken.json: not valid JSON" in err
    assert "other.json: item #1: neither a service" in err
    assert "Traceback" not in err
    assert error.startswith("3 of 5 services failed, 2 files or items unreadable")
    # The others are there, the first without the library whose hours were wrong.
    assert page(SERVICES[2], "fi").title == "Rakennuslupa"
    kept = page(SERVICES[0], "en").locations.all()
    assert {str(loc.translation_key) for loc in kept} == {TOWN_HALL}
    assert not ServicePage.objects.filter(translation_key=SERVICES[1]).exists()


def test_languages_the_site_does_not_have_and_unmapped_fields_are_reported(tmp_path):
    documents = ptv_data.catalogue()

    def northern_sami(service):
        service["serviceNames"].append(
            {"language": "se", "value": "Girjerádjokoarta", "type": "Name"}
        )

    documents = ptv_data.changed(documents, "services.json", 1, northern_sami)
    out, err, error = run(tmp_path, documents)

    assert error is None, err
    label = f"services.json: service {SERVICES[1]}"
    assert f"{label}: serviceNames: not imported: language 'se' is not one of this site's" in err
    assert f"{label}: serviceNames: not imported: language 'sv' is not one of this site's" in err
    assert f"{label}: keywords: not imported: no matching field here" in err
    assert not ServicePage.objects.filter(locale__language_code__in=["sv", "se"]).exists()


def test_a_finnish_site_records_english_as_a_translation_of_finnish(tmp_path, settings):
    # A Finnish authority's site: Finnish is the default language, the source of
    # translations, as in the other importers.
    settings.LANGUAGE_CODE = "fi"
    run(tmp_path)

    english, finnish = page(SERVICES[0], "en"), page(SERVICES[0], "fi")
    translation = Translation.objects.get(
        source__object_id=finnish.translation_key, target_locale=english.locale
    )
    assert translation.source.locale == finnish.locale
    translated = {
        string.translation_of.data: string.data
        for string in StringTranslation.objects.filter(locale=english.locale).select_related(
            "translation_of"
        )
    }
    assert translated["Varhaiskasvatus"] == "Early childhood education"
    assert translated["Haku on auki koko vuoden."] == "You can apply all year."
    category = ServiceCategory.objects.get(locale=english.locale, name="Early childhood education")
    assert Translation.objects.filter(
        source__object_id=category.translation_key, target_locale=english.locale
    ).exists()
    revisions = Revision.objects.count()
    out, err, error = run(tmp_path)
    assert "(0 created, 0 updated, 6 unchanged, 0 exists)" in out
    assert Revision.objects.count() == revisions


def test_a_missing_path_is_reported_without_a_traceback(tmp_path):
    err = io.StringIO()
    with pytest.raises(CommandError, match="0 of 0 services failed, 1 files"):
        call_command("import_ptv", str(tmp_path / "nothing"), stdout=io.StringIO(), stderr=err)
    assert f"{tmp_path / 'nothing'}: no such file or folder" in err.getvalue()


WRONG_TYPES = [
    ("id", "not-a-guid"),
    ("serviceChargeType", []),
    ("serviceDescriptions", [{"language": "fi", "type": {}, "value": 3}]),
    ("serviceNames", [{"language": ["fi"], "value": "Nimi", "type": "Name"}]),
    ("languages", "fi"),
    ("legislation", [1]),
    ("serviceClasses", [{"id": "nope", "name": [{"language": "fi", "value": "Luokka"}]}]),
    ("mainOrganization", {"id": "x", "name": []}),
    ("serviceChannels", [{"serviceChannel": {"id": ["x"]}}]),
]
WRONG_HOURS = [
    ("serviceHourType", []),
    ("openingHour", [{"dayFrom": "Funday", "from": "08:00", "to": "16:00"}]),
    ("openingHour", [{"dayFrom": "Monday", "from": 8, "to": "16:00"}]),
    ("validFrom", "tomorrow"),
]


def test_values_of_the_wrong_type_are_reported_never_a_crash(tmp_path):
    documents = ptv_data.catalogue()
    services, channels = documents["services.json"], documents["channels.json"]
    keys = []
    for n, (name, value) in enumerate(WRONG_TYPES):
        service = ptv_data.services()[2]
        service["id"] = f"{SERVICES[2][:-2]}{n + 10}"
        service["serviceNames"] = ptv_data.texts("Name", fi=f"Rikki {n}", en=f"Broken {n}")
        service[name] = value
        services["itemList"].append(service)
        keys.append(service["id"] if name != "id" else value)
    for n, (name, value) in enumerate(WRONG_HOURS):
        channel = ptv_data.channels()[0]
        channel["id"] = f"{TOWN_HALL[:-2]}{n + 10}"
        hours = channel["serviceHours"][1 if name == "validFrom" else 0]
        hours[name] = value
        channels["itemList"].append(channel)
        service = ptv_data.services()[2]
        service["id"] = f"{SERVICES[2][:-2]}{n + 30}"
        service["serviceNames"] = ptv_data.texts("Name", fi=f"Tunnit {n}", en=f"Hours {n}")
        service["serviceChannels"] = [ptv_data.connection(channel["id"])]
        services["itemList"].append(service)
        keys.append(channel["id"])

    out, err, error = run(tmp_path, documents)

    assert "unexpected error" not in err and "Traceback" not in err
    for key in keys:
        assert key in err, key
    assert "serviceHours[0].openingHour[0].dayFrom: not a weekday" in err
    assert "serviceHours[1].validFrom: not a date: 'tomorrow'" in err
    assert page(SERVICES[2], "en").title == "Building permit"


def test_hours_over_midnight_round_the_clock_and_seasonal(tmp_path):
    def night_and_summer(channel):
        channel["serviceHours"] = [
            {
                "serviceHourType": "DaysOfTheWeek",
                "validForNow": True,
                "openingHour": [{"dayFrom": "Monday", "from": "09:00", "to": "15:00"}],
            },
            {
                "serviceHourType": "DaysOfTheWeek",
                "validFrom": "2030-06-01T00:00:00",
                "validTo": "2030-08-31T00:00:00",
                "openingHour": [{"dayFrom": "Monday", "from": "10:00", "to": "14:00"}],
            },
            {
                "serviceHourType": "DaysOfTheWeek",
                "validFrom": "2099-01-01T00:00:00",
                "openingHour": [{"dayFrom": "Monday", "from": "07:00", "to": "19:00"}],
            },
            {
                "serviceHourType": "OverMidnight",
                "openingHour": [
                    {"dayFrom": "Friday", "dayTo": "Saturday", "from": "22:00", "to": "02:00"}
                ],
            },
        ]

    def always(channel):
        channel["serviceHours"] = [{"serviceHourType": "DaysOfTheWeek", "isAlwaysOpen": True}]

    documents = ptv_data.changed(ptv_data.catalogue(), "channels.json", 1, night_and_summer)
    documents = ptv_data.changed(documents, "channels.json", 0, always)
    out, err, error = run(tmp_path, documents)

    assert error is None, err
    assert hours(location(LIBRARY, "fi")) == [(0, "09:00", "15:00"), (4, "22:00", "02:00")]
    assert (
        f"channels.json: channel {LIBRARY}: serviceHours[1]: not imported: "
        "seasonal hours (with validTo) are not imported" in err
    )
    assert (
        f"channels.json: channel {LIBRARY}: serviceHours[2]: not imported: "
        "hours from 2099-01-01 are not imported before that day" in err
    )
    assert hours(location(TOWN_HALL, "en")) == [(day, "00:00", "00:00") for day in range(7)]


def test_services_without_their_organisation_file_keep_the_organisation(tmp_path):
    documents = ptv_data.catalogue()
    run(tmp_path, documents)
    revisions = Revision.objects.count()
    del documents["organization.json"]

    out, err, error = run(tmp_path, documents, folder="again")

    assert error is None, err
    assert "(0 created, 0 updated, 6 unchanged, 0 exists)" in out
    assert Revision.objects.count() == revisions
    organisation = page(SERVICES[0], "fi").organisation
    assert organisation.name == "Koivulan kaupunki"
    assert organisation.address == "Raatihuoneentori 1\n99990 KOIVULA"
