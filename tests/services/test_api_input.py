"""Bad parameters on the read APIs get a 400 (or 404) with a message, never a 500.

Wagtail's API v2 passed some of them straight to PostgreSQL: an offset beyond a
bigint, a NUL byte in a text filter, an unknown search operator."""

import pytest

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999999"

BAD_REQUESTS = [
    (f"/api/v2/pages/?offset={HUGE}", "offset"),
    ("/api/v2/pages/?search=a%00b", "search"),
    ("/api/v2/pages/?locale=d%00e", "locale"),
    ("/api/v2/pages/?search=Pflege&search_operator=xor", "search_operator"),
    ("/api/v2/pages/?search_operator=%00", "search_operator"),
    ("/api/v2/pages/?site=%00", "site"),
    ("/api/v2/pages/?title=%00", "title"),
    ("/api/v2/pages/?type=news.NewsPage&date=2024-13-45", "date"),
    ("/api/v2/pages/?type=news.NewsPage&date=%00", "date"),
    ("/api/v2/pages/find/?html_path=/de/%00/", "html_path"),
    ("/api/v2/pages/1/?fields=%00", "fields"),
]


@pytest.mark.parametrize(("url", "parameter"), BAD_REQUESTS)
def test_bad_parameters_are_a_400_naming_the_parameter(client, url, parameter):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400, response.content[:300]
    assert parameter in response.json()["message"]


def test_the_largest_allowed_offset_is_an_empty_page(client):
    response = client.get("/api/v2/pages/?offset=2147483647")

    assert response.status_code == 200
    assert response.json()["items"] == []
    assert response.json()["meta"]["total_count"] > 0


def test_the_messages_follow_the_client_language(client):
    response = client.get("/api/v2/pages/?search=x&search_operator=xor", HTTP_ACCEPT_LANGUAGE="de")

    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]
    assert "nicht" in response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/hsds/de%00/services/",
        f"/api/hsds/de/services/?page={HUGE}",
        "/api/hsds/de/services/?per_page=%00",
        "/api/hsds/de/services/a%00b/",
    ],
)
def test_the_hsds_api_answers_bad_input_in_json(client, url):
    response = client.get(url)

    assert response.status_code in (400, 404)
    assert response.json()["message"]
