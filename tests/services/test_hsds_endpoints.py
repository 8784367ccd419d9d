"""The rest of the HSDS 3 API, through HTTP: the root, the OpenAPI document,
organizations, taxonomies, taxonomy terms, services at locations, and the
services list's filters."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from services.hsds_vocabulary import TAXONOMIES, child_id
from services.models import ServicePage
from tests.factories import OrganisationFactory

from .factories import ServiceCategoryFactory, ServiceLocationFactory, ServicePageFactory
from .hsds_data import full_service, service_index, translate

pytestmark = pytest.mark.django_db


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def names(data):
    return [item["name"] for item in data["contents"]]


def test_root_names_version_profile_and_the_openapi_document(client):
    root = get_json(client, "/api/hsds/fi/")
    assert root["version"] == "3.0"
    assert root["profile"].startswith("https://")
    assert root["openapi_url"] == "http://testserver/api/hsds/fi/openapi.json"

    document = get_json(client, "/api/hsds/fi/openapi.json")
    assert document["openapi"].startswith("3.1")
    assert document["servers"] == [{"url": "http://testserver/api/hsds/fi"}]
    assert {"/", "/services/", "/organizations/{id}/", "/service_at_locations/"} <= set(
        document["paths"]
    )
    index = get_json(client, "/api/hsds/")
    assert index["languages"][0]["root"] == "http://testserver/api/hsds/de/"


def test_services_filters_are_cumulative(client):
    page = full_service()
    other = ServicePageFactory(parent=service_index(), title="Wohnberatung")
    category = page.categories.get()
    organisation = page.organisation
    listed = "/api/hsds/de/services/?per_page=100"

    assert names(get_json(client, f"{listed}&search=WOHNBERATUNG")) == ["Wohnberatung"]
    by_term = get_json(client, f"{listed}&taxonomy_term_id={category.translation_key}")
    assert names(by_term) == ["Wohngeld beantragen"]
    by_organisation = get_json(
        client, f"{listed}&search=wohn&organization_id={organisation.translation_key}"
    )
    assert names(by_organisation) == ["Wohngeld beantragen"]
    life_events = next(t for t in TAXONOMIES if t.field == "life_events")
    assert names(get_json(client, f"{listed}&taxonomy_id={life_events.id}")) == [
        "Wohngeld beantragen"
    ]
    assert names(get_json(client, f"{listed}&search=wohn&postcode=12345")) == [
        "Wohngeld beantragen"
    ]

    ServicePage.objects.filter(pk=other.pk).update(
        last_published_at=timezone.now() + datetime.timedelta(days=2)
    )
    tomorrow = (timezone.now() + datetime.timedelta(days=1)).isoformat().replace("+", "%2B")
    assert names(get_json(client, f"{listed}&modified_after={tomorrow}")) == ["Wohnberatung"]


def test_services_list_with_only_one_to_one_fields(client):
    page = full_service()
    key = page.organisation.translation_key
    data = get_json(client, f"/api/hsds/de/services/?organization_id={key}&full=false")
    (service,) = data["contents"]
    assert service["name"] == "Wohngeld beantragen"
    assert service["organization"]["name"] == "Sozialamt Lindenau"
    assert "phones" not in service and "service_at_locations" not in service


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("taxonomy_term_id=abc", "taxonomy_term_id"),
        ("organization_id=1", "organization_id"),
        ("modified_after=gestern", "modified_after"),
        ("modified_after=0001-01-01T00:00:00%2B23:00", "modified_after"),
        ("full=ja", "full"),
        ("search=a%00b", "search"),
        ("per_page=101", "per_page"),
        ("page=99999999999999999999", "page"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(client, query, name):
    for endpoint in ("services", "service_at_locations"):
        data = get_json(client, f"/api/hsds/de/{endpoint}/?{query}", status=400)
        assert name in data["message"] or "99999999999999999999" in data["message"]
    data = get_json(client, "/api/hsds/de/services/?full=ja", status=400)
    assert "ja" in data["message"] and "Auswahl" in data["message"]  # Django's German


def test_organizations_list_and_detail_with_services(client):
    page = full_service()
    translate(page, "en", title="Housing benefit", organisation=page.organisation)
    OrganisationFactory(name="Abfallwirtschaft", phone="")
    organisation = page.organisation
    english = organisation.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Social welfare office"
    english.save()

    listed = get_json(client, "/api/hsds/de/organizations/?search=amt")
    assert names(listed) == ["Sozialamt Lindenau"]
    assert "phones" not in listed["contents"][0] and "services" not in listed["contents"][0]
    full = get_json(client, "/api/hsds/de/organizations/?search=amt&full=true")
    assert full["contents"][0]["phones"][0]["number"] == "+49 1234 4411"
    assert [s["name"] for s in full["contents"][0]["services"]] == ["Wohngeld beantragen"]
    assert "phones" not in full["contents"][0]["services"][0]

    key = organisation.translation_key
    in_english = get_json(client, f"/api/hsds/en/organizations/{key}/?full_service=true")
    assert in_english["id"] == str(key)
    assert in_english["name"] == "Social welfare office"
    assert [s["name"] for s in in_english["services"]] == ["Housing benefit"]
    assert in_english["services"][0]["service_at_locations"]
    # Not translated into Danish: shown in German.
    assert get_json(client, f"/api/hsds/da/organizations/{key}/")["name"] == "Sozialamt Lindenau"
    get_json(client, "/api/hsds/de/organizations/not-an-id/", status=404)


def test_taxonomies_and_their_terms(client):
    page = full_service()
    category = page.categories.get()
    taxonomies = get_json(client, "/api/hsds/de/taxonomies/")
    assert [t["name"] for t in taxonomies["contents"]] == [t.name for t in TAXONOMIES]
    first = taxonomies["contents"][0]
    assert get_json(client, f"/api/hsds/de/taxonomies/{first['id']}/") == first
    get_json(client, f"/api/hsds/de/taxonomies/{child_id('taxonomy', 'none')}/", status=404)

    categories = TAXONOMIES[0].id
    terms = get_json(client, f"/api/hsds/de/taxonomy_terms/?taxonomy_id={categories}&per_page=100")
    assert {"Soziales", "Wohnen"} <= set(names(terms))
    top = get_json(client, f"/api/hsds/de/taxonomy_terms/?taxonomy_id={categories}&top_only=true")
    assert "Wohnen" not in names(top) and "Soziales" in names(top)
    parent = category.parent.translation_key
    under = get_json(client, f"/api/hsds/de/taxonomy_terms/?parent_id={parent}")
    assert names(under) == ["Wohnen"]
    term = get_json(client, f"/api/hsds/de/taxonomy_terms/{category.translation_key}/")
    assert (term["name"], term["parent_id"]) == ("Wohnen", str(parent))
    assert term["taxonomy_detail"]["name"] == "service-categories"


def test_a_term_is_listed_once_in_its_translation_or_the_default_language(client):
    german = ServiceCategoryFactory(name="Bauen")
    danish = german.copy_for_translation(Locale.objects.get(language_code="da"))
    danish.name = "Byggeri"
    danish.save()

    assert "Byggeri" in names(get_json(client, "/api/hsds/da/taxonomy_terms/?per_page=100"))
    assert "Bauen" not in names(get_json(client, "/api/hsds/da/taxonomy_terms/?per_page=100"))
    assert "Bauen" in names(get_json(client, "/api/hsds/fi/taxonomy_terms/?per_page=100"))


def test_services_at_locations_list_and_detail(client):
    page = full_service()
    listed = get_json(client, "/api/hsds/de/service_at_locations/?search=Wohngeld")
    assert listed["total_items"] == 2
    first = listed["contents"][0]
    assert first["service_id"] == str(page.translation_key)
    assert first["location"]["name"] == "Außenstelle"
    assert first["service"]["name"] == "Wohngeld beantragen"
    assert "service_at_locations" not in first["service"]
    assert first["id"] == child_id(page.translation_key, "at", first["location_id"])

    detail = get_json(client, f"/api/hsds/de/service_at_locations/{first['id']}/")
    assert detail["location"] == first["location"]
    assert detail["service"]["service_at_locations"]
    assert get_json(client, "/api/hsds/de/service_at_locations/?postcode=99999")["total_items"] == 0
    get_json(client, f"/api/hsds/de/service_at_locations/{page.translation_key}/", status=404)


def test_lists_page_as_the_services_list(client):
    for n in range(3):
        OrganisationFactory(name=f"Verein {n}")
    first = get_json(client, "/api/hsds/de/organizations/?search=Verein&per_page=2")
    second = get_json(client, "/api/hsds/de/organizations/?search=Verein&per_page=2&page=2")
    assert (first["total_items"], first["total_pages"], first["last_page"]) == (3, 2, False)
    assert names(first) + names(second) == ["Verein 0", "Verein 1", "Verein 2"]
    data = get_json(client, "/api/hsds/de/organizations/?search=Verein&page=3&per_page=2", 400)
    assert "2" in data["message"]


def test_unknown_addresses_and_languages_are_json_404s(client):
    assert "xx" in get_json(client, "/api/hsds/xx/organizations/", status=404)["message"]
    get_json(client, "/api/hsds/de/services/a/b/", status=404)
    get_json(client, "/api/hsds/de/nothing/", status=404)


def test_the_page_cache_serves_and_renews_the_new_lists(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    location = ServiceLocationFactory(name="Rathaus")
    ServicePageFactory(parent=service_index(), relations={"locations": [location]})
    url = "/api/hsds/de/service_at_locations/?search=Leistung"

    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    location.name = "Neues Rathaus"
    location.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert response.json()["contents"][0]["location"]["name"] == "Neues Rathaus"
