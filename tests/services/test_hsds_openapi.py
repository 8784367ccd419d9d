"""Schemathesis exercises the HSDS API through its own OpenAPI document, against the
running Django application (WSGI): generated requests, valid and invalid, get no
5xx, and every response matches the document (status code, content type, schema).

(Schemathesis's pytest integration, schema.parametrize with a fixture, does not run
on pytest 9: its Python API drives Hypothesis here instead.)"""

import contextlib

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .hsds_data import full_service, translate

pytestmark = pytest.mark.django_db

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# A few examples per operation and kind keep the whole run under a minute.
EXAMPLES = settings(
    max_examples=6,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@contextlib.contextmanager
def wsgi_app():
    """Django's WSGI application, keeping the test's database connection open between
    requests (it closes it after each one otherwise; Django's test client does the same,
    and reconnects the signal after each of its requests: not used inside)."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        for signal in signals:
            signal.connect(close_old_connections)


def known_ids(client):
    """{detail path: an id that exists}, so detail operations answer 200 too."""
    ids = {}
    for name in ("services", "organizations", "taxonomies", "taxonomy_terms"):
        ids[f"/{name}/{{id}}/"] = client.get(f"/api/hsds/de/{name}/").json()["contents"][0]["id"]
    at = client.get("/api/hsds/de/service_at_locations/").json()["contents"][0]["id"]
    ids["/service_at_locations/{id}/"] = at
    return ids


def exercise(operation, mode, **fixed):
    @given(case=operation.as_strategy(generation_mode=mode, **fixed))
    @EXAMPLES
    def run(case):
        case.call_and_validate(checks=CHECKS)

    run()


def test_the_api_keeps_its_openapi_document(client):
    translate(full_service(), "en", title="Housing benefit")
    ids = known_ids(client)
    with wsgi_app() as app:
        check_every_operation(app, ids)


def check_every_operation(app, ids):
    schema = schemathesis.openapi.from_wsgi("/api/hsds/de/openapi.json", app)

    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 11
    for operation in operations:
        exercise(operation, GenerationMode.POSITIVE)
        try:
            exercise(operation, GenerationMode.NEGATIVE)
        except Unsatisfiable:
            # No request can break its rules: no parameters, or only a path id that
            # may be any string.
            assert operation.path == "/" or operation.path.endswith("{id}/"), operation.path
        if operation.path in ids:
            exercise(
                operation, GenerationMode.POSITIVE, path_parameters={"id": ids[operation.path]}
            )
