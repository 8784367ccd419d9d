"""The HSDS 3 API: /api/hsds/<lang>/services/ and …/services/<id>/."""

import datetime

import pytest
from django.conf import settings
from wagtail.models import Locale, PageViewRestriction

from services.models import ServiceLocation, ServicePage

from .factories import ServiceLocationFactory, ServicePageFactory, exception, weekly_hours
from .hsds_data import full_service, service_index, translate

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_list_uses_hsds_paginated_envelope(client):
    index = service_index()
    for n in range(3):
        ServicePageFactory(parent=index, title=f"Zzz Testleistung {n}")
    total = ServicePage.objects.live().filter(locale__language_code="de").count()

    first = get_json(client, "/api/hsds/de/services/?per_page=2")
    last = get_json(client, f"/api/hsds/de/services/?per_page=2&page={(total + 1) // 2}")

    assert first["total_items"] == total
    assert first["total_pages"] == (total + 1) // 2
    assert (first["page_number"], first["size"]) == (1, 2)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    assert len(first["contents"]) == 2
    assert last["last_page"] is True and last["first_page"] is (total <= 2)
    by_name = ServicePage.objects.live().filter(locale__language_code="de").order_by("title", "pk")
    assert first["contents"][0]["name"] == by_name.first().title
    assert last["contents"][-1]["name"] == by_name.last().title


def test_index_lists_each_language(client):
    data = get_json(client, "/api/hsds/")
    codes = [code for code, _name in settings.LANGUAGES]
    assert [entry["language"] for entry in data["languages"]] == codes
    assert data["languages"][-1]["services"] == f"http://testserver/api/hsds/{codes[-1]}/services/"


def test_detail_has_every_structured_field(client):
    page = full_service()
    service = get_json(client, f"/api/hsds/de/services/{page.translation_key}/")

    assert service["id"] == str(page.translation_key)
    assert service["name"] == "Wohngeld beantragen"
    assert service["status"] == "temporarily closed"
    assert service["alert"] == "Wegen Umzugs bis Ende Mai geschlossen."
    assert service["url"].endswith(page.url)
    assert "<h2>Worum es geht</h2>" in service["description"]
    assert (service["minimum_age"], service["maximum_age"]) == (18, 99)
    assert service["eligibility_description"] == "<p>Sie wohnen im Landkreis und zahlen Miete.</p>"
    assert service["application_process"] == (
        "1. Antrag ausfüllen: Online oder auf Papier.\n2. Nachweise beilegen"
    )
    assert service["fees_description"] == "Eine Gebühr von 10 Euro für die Bescheinigung."
    assert service["cost_options"][0]["x_cost"] == "charged"
    assert service["assured_date"] == "2026-03-01"
    assert service["x_verified_by"] == "Fachdienst Wohnen"
    assert [d["document"] for d in service["required_documents"]] == [
        "Mietvertrag",
        "Einkommensnachweis",
    ]
    assert service["required_documents"][1]["uri"] == "https://example.org/nachweis"
    assert [(p["number"], p.get("description"), p.get("x_hours")) for p in service["phones"]] == [
        ("+49 1234 4412", "Beratung", "Mo–Fr 8–12"),
        ("+49 1234 4413", None, None),
    ]
    assert [lang["code"] for lang in service["languages"]] == ["de", "en", "sgn"]
    assert [lang["name"] for lang in service["languages"][:2]] == ["Deutsch", "Englisch"]
    organisation = service["organization"]
    assert organisation["id"] == service["organization_id"]
    assert organisation["name"] == "Sozialamt Lindenau"
    assert organisation["phones"][0]["number"] == "+49 1234 4411"
    assert service["x_short_description"].startswith("Zuschuss zur Miete")
    assert [s["title"] for s in service["x_how_to_apply"]] == [
        "Antrag ausfüllen",
        "Nachweise beilegen",
    ]
    assert service["x_legal_basis"] == [{"title": "§ 1 WoGG", "url": "https://example.org/wogg"}]
    assert service["x_processing_time"] == "Etwa vier Wochen"
    assert service["x_deadlines"].startswith("Der Antrag gilt")
    assert service["x_further_notes"].startswith("<p>Wohngeld muss")
    assert service["x_online_service"] == {
        "url": "https://portal.lindenau.example/wohngeld",
        "label": "Online beantragen",
    }
    assert service["x_forms"][0]["title"] == "Antragsformular"
    assert service["x_locale"] == "de"
    assert len(service["x_related_services"]) == 1


def test_terms_are_attributes_with_taxonomy_terms(client):
    page = full_service()
    service = get_json(client, f"/api/hsds/de/services/{page.translation_key}/")
    by_type = {a["link_type"]: a for a in service["attributes"]}

    assert set(by_type) == {"category", "target_group", "life_event"}
    category = by_type["category"]["taxonomy_term"]
    parent = page.categories.get().parent
    assert category["name"] == "Wohnen"
    assert category["parent_id"] == str(parent.translation_key)
    assert category["x_parent"]["name"] == "Soziales"
    assert category["taxonomy_detail"]["name"] == "service-categories"
    assert category["language"] == "de"
    assert by_type["target_group"]["taxonomy_term"]["name"] == "Familien"
    assert by_type["life_event"]["taxonomy_term"]["name"] == "Umzug"
    area = service["service_areas"][0]
    assert (area["name"], area["x_kind"], area["x_code"]) == ("Lindenau", "municipality", "09187")


def test_locations_with_address_accessibility_and_schedules(client):
    page = full_service()
    service = get_json(client, f"/api/hsds/de/services/{page.translation_key}/")
    at = service["service_at_locations"]
    names = [a["location"]["name"] for a in at]
    assert names == sorted(names, key=str.casefold)
    location = next(a["location"] for a in at if a["location"]["name"] != "Außenstelle")
    stored = ServiceLocation.objects.get(translation_key=location["id"])

    assert location["addresses"][0] | {"id": None} == {
        "id": None,
        "location_id": str(stored.translation_key),
        "address_1": "Marktplatz 1",
        "city": "Lindenau",
        "state_province": "",
        "postal_code": "12345",
        "country": "DE",
        "address_type": "physical",
    }
    assert (location["latitude"], location["longitude"]) == (48.137154, 11.576124)
    assert location["transportation"].startswith("Bus 7")
    assert {a.get("x_feature") for a in location["accessibility"]} == {
        "step_free_access",
        "induction_loop",
        None,
    }
    weekly = [s for s in location["schedules"] if s.get("freq") == "WEEKLY"]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in weekly] == [
        ("MO", "08:00", "12:00"),
        ("TU", "08:00", "12:00"),
        ("WE", "08:00", "12:00"),
        ("TH", "08:00", "12:00"),
        ("TU", "14:00", "18:00"),
        ("SA", "22:00", "02:00"),
    ]
    exceptions = [s for s in location["schedules"] if "valid_from" in s]
    assert [
        (
            s["valid_from"],
            s["valid_to"],
            s.get("opens_at"),
            s.get("closes_at"),
            s["x_exception_kind"],
        )
        for s in exceptions
    ] == [
        ("2026-12-24", "2026-12-26", None, None, "public_holiday"),
        ("2026-08-03", "2026-08-03", None, None, "closure"),
        ("2026-12-31", "2026-12-31", "09:00", "11:30", "special_hours"),
    ]


def test_same_id_in_every_language_with_terms_in_that_language(client):
    page = full_service()
    translate(page, "en", title="Housing benefit", languages=["de", "en"])
    category = page.categories.get()
    english_category = category.copy_for_translation(Locale.objects.get(language_code="en"))
    english_category.name = "Housing"
    english_category.save()
    german = get_json(client, f"/api/hsds/de/services/{page.translation_key}/")
    english = get_json(client, f"/api/hsds/en/services/{page.translation_key}/")

    assert english["id"] == german["id"]
    assert english["name"] == "Housing benefit"
    assert english["x_locale"] == "en"
    assert english["url"] != german["url"] and "/en/" in english["url"]
    assert english["languages"][1]["name"] == "English"
    terms = {a["link_type"]: a["taxonomy_term"] for a in english["attributes"]}
    assert (terms["category"]["name"], terms["category"]["language"]) == ("Housing", "en")
    assert terms["category"]["id"] == str(category.translation_key)
    assert (terms["life_event"]["name"], terms["life_event"]["language"]) == ("Umzug", "de")


def test_a_language_without_services_has_an_empty_list(client):
    """A new authority's Finnish directory, before anyone wrote a service in Finnish."""
    ServicePage.objects.filter(locale__language_code="fi").delete()
    data = get_json(client, "/api/hsds/fi/services/")
    assert (data["total_items"], data["total_pages"], data["contents"]) == (0, 1, [])
    assert (data["first_page"], data["last_page"], data["empty"]) == (True, True, True)


def test_a_service_written_only_in_danish_is_listed_only_in_danish(client):
    danish = ServicePageFactory(parent=service_index("da"), title="Kun på dansk")
    listed = get_json(client, "/api/hsds/da/services/?per_page=100")
    assert "Kun på dansk" in {service["name"] for service in listed["contents"]}
    assert get_json(client, f"/api/hsds/da/services/{danish.translation_key}/")["x_locale"] == "da"
    get_json(client, f"/api/hsds/de/services/{danish.translation_key}/", status=404)


def test_unknown_language_is_a_json_404(client):
    data = get_json(client, "/api/hsds/xx/services/", status=404)
    assert "xx" in data["message"] and "de" in data["message"]


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page=999", "per_page=0", "per_page=1000"])
def test_bad_page_parameters_are_json_400_in_the_language(client, query):
    data = get_json(client, f"/api/hsds/de/services/?{query}", status=400)
    name, value = query.split("=")
    assert data["status"] == 400
    assert name in data["message"] or value in data["message"]


def test_unknown_or_malformed_id_is_a_json_404(client):
    for service_id in ["not-a-uuid", "00000000-0000-0000-0000-000000000000"]:
        data = get_json(client, f"/api/hsds/de/services/{service_id}/", status=404)
        assert service_id in data["message"]


def test_only_live_public_pages(client):
    index = service_index()
    draft = ServicePageFactory(parent=index, title="Entwurf", live=False)
    private = ServicePageFactory(parent=index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    listed = get_json(client, "/api/hsds/de/services/?per_page=100")
    names = {service["name"] for service in listed["contents"]}

    assert "Entwurf" not in names and "Intern" not in names
    for page in (draft, private):
        get_json(client, f"/api/hsds/de/services/{page.translation_key}/", status=404)


def test_write_methods_are_refused(client):
    response = client.post("/api/hsds/de/services/", {})
    assert response.status_code == 405


def add_services(index, template, count):
    """`count` services related like `template`, each with a location of its own."""
    for n in range(count):
        location = ServiceLocationFactory()
        weekly_hours(location, days=[n % 7])
        exception(location, datetime.date(2026, 12, 24))
        relations = {
            name: list(getattr(template, name).all())
            for name in ("categories", "target_groups", "life_events", "areas")
        }
        ServicePageFactory(
            parent=index,
            relations=relations | {"locations": [location]},
            organisation=template.organisation,
            phones=template.phones.raw_data,
            forms=template.forms.raw_data,
            related_pages=template.related_pages.raw_data,
        )


def test_query_count_does_not_grow_with_services(client, django_assert_max_num_queries):
    index = service_index()
    ServicePage.objects.filter(locale__language_code="de").delete()
    template = full_service(index)
    add_services(index, template, 8)
    url = "/api/hsds/de/services/?per_page=100"
    client.get(url)
    with django_assert_max_num_queries(25) as few:
        assert len(client.get(url).json()["contents"]) == 10
    expected = len(few)
    add_services(index, template, 100)
    with django_assert_max_num_queries(expected):
        assert len(client.get(url).json()["contents"]) == 100
