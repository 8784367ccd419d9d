"""Coordinates with a decimal comma, pasted from OpenStreetMap, and out of range."""

from decimal import Decimal

import pytest

from tests.editing.test_dates import field_errors, location_form_data, location_url
from tests.services.factories import ServiceLocationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "changes",
    [
        {"latitude": "51,123", "longitude": "10,5"},
        {"latitude": "51.123", "longitude": "10.5"},
        {"pasted_coordinates": "51.12300, 10.50000"},
        {"pasted_coordinates": "51,123 10,5"},
        {
            "pasted_coordinates": "https://www.openstreetmap.org/?mlat=51.123&mlon=10.5#map=17/51.1/10.4"
        },
        {"pasted_coordinates": "https://www.openstreetmap.org/#map=17/51.123/10.5"},
    ],
)
def test_coordinates_are_kept_as_typed_or_pasted(editor_client, changes):
    location = ServiceLocationFactory()
    response = editor_client.post(location_url(location), location_form_data(location, **changes))
    assert response.status_code == 302, response.content.decode()[-2000:]
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == (Decimal("51.123"), Decimal("10.5"))


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"latitude": "91,5"}, "latitude", "kleiner oder gleich 90"),
        ({"longitude": "-180,5"}, "longitude", "größer oder gleich -180"),
        ({"latitude": "51°N"}, "latitude", "Zahl"),
        ({"pasted_coordinates": "51.1"}, "pasted_coordinates", "zwei Zahlen"),
        ({"pasted_coordinates": "10.5, 200.1"}, "pasted_coordinates", "zwischen -180 und 180"),
    ],
)
def test_impossible_coordinates_are_an_error_on_their_field(editor_client, changes, field, message):
    location = ServiceLocationFactory(latitude="50.1", longitude="10.2")
    response = editor_client.post(location_url(location), location_form_data(location, **changes))
    assert response.status_code == 200
    (error,) = field_errors(response, field)
    assert message in error
    location.refresh_from_db()
    assert (location.latitude, location.longitude) == (Decimal("50.1"), Decimal("10.2"))
