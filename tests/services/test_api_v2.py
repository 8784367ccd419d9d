"""Services through Wagtail's API v2 (/api/v2/pages/) with their structured fields."""

import pytest
from wagtail.models import Locale

from .hsds_data import full_service, translate

pytestmark = pytest.mark.django_db

LIST = "/api/v2/pages/?type=services.ServicePage&fields=*&order=-id"


def test_services_are_listed_per_locale_with_structured_fields(client):
    page = full_service()
    translate(page, "en", title="Housing benefit")

    german = client.get(f"{LIST}&locale=de").json()
    english = client.get(f"{LIST}&locale=en").json()

    assert {item["meta"]["locale"] for item in german["items"]} == {"de"}
    item = next(i for i in german["items"] if i["id"] == page.pk)
    assert item["minimum_age"] == 18 and item["status"] == "suspended"
    assert item["categories"][0]["name"] == "Wohnen"
    assert item["categories"][0]["parent_id"] == str(page.categories.get().parent.translation_key)
    assert item["target_groups"][0]["name"] == "Familien"
    assert item["life_events"][0]["name"] == "Umzug"
    assert (item["areas"][0]["name"], item["areas"][0]["code"]) == ("Lindenau", "09187")
    assert item["organisation"]["name"] == "Sozialamt Lindenau"
    assert item["phones"][0]["value"]["number"] == "+49 1234 4412"
    assert [step["value"]["title"] for step in item["how_to_apply"]] == [
        "Antrag ausfüllen",
        "Nachweise beilegen",
    ]
    assert item["languages"] == ["de", "en", "sgn"]
    assert any(i["title"] == "Housing benefit" for i in english["items"])


def test_locations_carry_hours_and_accessibility(client):
    page = full_service()
    item = client.get(f"/api/v2/pages/{page.pk}/?fields=*").json()
    location = next(loc for loc in item["locations"] if loc["name"] != "Außenstelle")

    assert location["step_free_access"] is True and location["accessible_toilet"] is False
    assert location["latitude"] == 48.137154
    assert {"weekday": 5, "opens": "22:00:00", "closes": "02:00:00"} in location["hours"]
    assert {
        "start_date": "2026-12-31",
        "end_date": None,
        "kind": "special_hours",
        "opens": "09:00:00",
        "closes": "11:30:00",
    } in location["exceptions"]


def test_terms_appear_in_the_page_language_where_translated(client):
    page = full_service()
    english_page = translate(page, "en", title="Housing benefit")
    category = page.categories.get()
    english = category.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Housing"
    english.save()

    item = client.get(f"/api/v2/pages/{english_page.pk}/?fields=categories,life_events").json()

    assert item["categories"][0] | {"parent_id": None} == {
        "id": str(category.translation_key),
        "name": "Housing",
        "slug": english.slug,
        "locale": "en",
        "parent_id": None,
    }
    assert item["life_events"][0]["locale"] == "de"


def test_unknown_locale_and_page_are_json_404s(client):
    for url in (f"{LIST}&locale=xx", "/api/v2/pages/999999/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "message" in response.json()
