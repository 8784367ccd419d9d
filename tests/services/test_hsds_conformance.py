"""The HSDS API's services meet HSDS 3's schema: our own statement of the rules we
rely on (hsds3_rules.json) always, Open Referral's compiled schema itself when
HSDS_SCHEMA_DIR names a checkout's schema/ folder (docs/open-data.md)."""

import collections
import json
import os
import pathlib

import jsonschema
import pytest
import referencing
from django.conf import settings
from referencing.jsonschema import DRAFT202012

from .hsds_data import build_directory

pytestmark = pytest.mark.django_db

RULES = json.loads((pathlib.Path(__file__).parent / "hsds3_rules.json").read_text())
SCHEMA_DIR = os.environ.get("HSDS_SCHEMA_DIR")


def languages():
    return [code for code, _name in settings.LANGUAGES]


def served_services(client):
    """Every service the API serves, in every language, as a client reads them."""
    services = []
    for language in languages():
        response = client.get(f"/api/hsds/{language}/services/?per_page=100")
        assert response.status_code == 200
        listed = response.json()["contents"]
        assert len(listed) >= 2, language
        for service in listed:
            detail = client.get(f"/api/hsds/{language}/services/{service['id']}/").json()
            assert detail == service
            services.append((language, service))
    return services


def served_objects(client):
    """(schema name, object) of every other list's entries, in full, every language."""
    found = []
    for language in languages():
        base = f"/api/hsds/{language}"
        lists = [
            ("organization", f"{base}/organizations/?full_service=true&per_page=100"),
            ("taxonomy", f"{base}/taxonomies/"),
            ("taxonomy_term", f"{base}/taxonomy_terms/?per_page=100"),
            ("service_at_location", f"{base}/service_at_locations/?full=true&per_page=100"),
        ]
        for name, url in lists:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.json()["contents"], url
            found += [(name, item) for item in response.json()["contents"]]
    return found


def problems(schema, services, registry=None):
    validator = jsonschema.Draft202012Validator(
        schema,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        **({"registry": registry} if registry else {}),
    )
    found = []
    for language, service in services:
        for error in validator.iter_errors(service):
            path = "/".join(map(str, error.absolute_path))
            found.append((language, service["name"], path, error.message[:120]))
    return found


def test_every_service_in_every_language_meets_the_hsds_rules(client):
    build_directory()
    services = served_services(client)

    assert problems(RULES, services) == []
    # What a service lacks is left out, also where HSDS's schema leaves the type open.
    assert [path for _language, service in services for path in nulls(service)] == []
    sparse = next(s for language, s in services if s["name"] == "Spärlich (de)")
    assert "organization_id" in sparse and "assured_date" not in sparse
    assert sparse["cost_options"][0]["amount"] == 0
    closed_day = sparse["service_at_locations"][1]["location"]["schedules"][-1]
    assert closed_day["valid_from"] == closed_day["valid_to"] == "2026-01-01"
    assert "opens_at" not in closed_day and "closes_at" not in closed_day
    assert closed_day["description"] == "Feiertag: Geschlossen"
    assert sparse["service_at_locations"][0]["location"]["addresses"] == []


def nulls(value, path=""):
    """Where HSDS fields (not our x_ extensions) are null."""
    if isinstance(value, dict):
        for key, item in value.items():
            if item is None:
                yield f"{path}/{key}"
            elif not key.startswith("x_"):
                yield from nulls(item, f"{path}/{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from nulls(item, f"{path}/{n}")


def test_every_object_of_the_other_lists_meets_the_hsds_rules(client):
    build_directory()
    found = []
    for name, item in served_objects(client):
        schema = {"$ref": f"#/$defs/{name}", "$defs": RULES["$defs"]}
        found += problems(schema, [(name, item)])
    assert found == []


def test_a_broken_service_fails_the_rules():
    """The rules catch what the issue found: nulls, a bad format, a missing field."""
    broken = {
        "id": "not-a-uuid",
        "name": "X",
        "status": "open",
        "alert": None,
        "email": "no address",
        "assured_date": "1 March",
        "attributes": [{"id": "f0e7c1c2-2a53-4f6e-9f56-5d7d6a6c1e11", "value": None}],
    }
    paths = {path for _l, _n, path, _m in problems(RULES, [("de", broken)])}

    assert paths == {"id", "status", "alert", "email", "assured_date", "attributes/0/value"}


@pytest.mark.skipif(not SCHEMA_DIR, reason="HSDS_SCHEMA_DIR names no HSDS schema folder")
def test_every_service_validates_against_open_referrals_compiled_schema(client):
    """HSDS_SCHEMA_DIR=…/specification/schema: the schema a consumer validates with."""
    schema = json.loads((pathlib.Path(SCHEMA_DIR) / "compiled" / "service.json").read_text())
    build_directory()
    services = served_services(client)

    found = problems(schema, services)

    kinds = collections.Counter((path.split("/")[-1], message) for _l, _n, path, message in found)
    report = f"{len(found)} errors in {len(services)} services; kinds: {kinds.most_common(40)}"
    print(report)
    assert found == [], report


@pytest.mark.skipif(not SCHEMA_DIR, reason="HSDS_SCHEMA_DIR names no HSDS schema folder")
def test_the_other_lists_validate_against_open_referrals_schemas(client):
    """Organizations, service at locations (compiled), taxonomies and terms (with the
    schemas they refer to)."""
    folder = pathlib.Path(SCHEMA_DIR)
    # HSDS's schemas name no JSON Schema version: read as 2020-12, like the service's.
    registry = referencing.Registry().with_resources(
        (path.name, DRAFT202012.create_resource(json.loads(path.read_text())))
        for path in folder.glob("*.json")
    )
    schemas = {
        "organization": json.loads((folder / "compiled" / "organization.json").read_text()),
        "service_at_location": json.loads(
            (folder / "compiled" / "service_at_location.json").read_text()
        ),
        "taxonomy": {"$ref": "taxonomy.json"},
        "taxonomy_term": {"$ref": "taxonomy_term.json"},
    }
    build_directory()
    objects = served_objects(client)

    found = []
    for name, item in objects:
        found += problems(schemas[name], [(name, item)], registry)

    report = f"{len(found)} errors in {len(objects)} objects: {found[:20]}"
    print(report)
    assert found == [], report
