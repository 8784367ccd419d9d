"""/healthz and /readyz, as a load balancer probes them: by IP, over plain HTTP."""

import json

import pytest


@pytest.fixture
def strict(settings):
    """Production's host check and HTTPS redirect."""
    settings.ALLOWED_HOSTS = ["www.kreis.example"]
    settings.SECURE_SSL_REDIRECT = True


@pytest.mark.django_db  # for the error pages of the comparison, not for the probe
def test_healthz_answers_without_the_database_host_check_or_https_redirect(
    client, strict, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz", HTTP_HOST="10.0.3.17:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    # The same probe on a page meets both checks.
    assert client.get("/robots.txt", HTTP_HOST="www.kreis.example").status_code == 301
    assert client.get("/robots.txt", HTTP_HOST="10.0.3.17:8000").status_code == 400


@pytest.mark.django_db
def test_readyz_reports_database_cache_and_search(client, strict):
    response = client.get("/readyz", HTTP_HOST="10.0.3.17")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "failed": [],
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }


@pytest.mark.django_db
def test_probes_only_answer_reads(client):
    assert client.post("/healthz").status_code != 200
