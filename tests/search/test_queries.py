"""Database queries per search stay constant, however many results there are."""

import pytest

from .helpers import publish, publish_news

pytestmark = pytest.mark.django_db

# Locale, analysis, restrictions, counts, ranked page with snippets, page URLs
# (+ site root paths), picks, query log, and the base template's own.
MAX_QUERIES = 20


def make_results(count):
    for n in range(count):
        publish("de", f"Mauersegler Nistkasten {n}", "Brutplätze unter dem Dach.")
        publish_news("de", f"Mauersegler zurück {n}", "Die ersten Vögel sind da.")


@pytest.mark.parametrize("count", [1, 8])
def test_search_page_queries(client, django_assert_max_num_queries, count):
    make_results(count)
    client.get("/de/search/", {"q": "Mauersegler"})  # warm caches (site root paths, content types)
    with django_assert_max_num_queries(MAX_QUERIES):
        # Another page: not answered from the results cache.
        response = client.get("/de/search/", {"q": "Mauersegler", "page": 2})
    assert response.context["results"].total == 2 * count


def test_queries_do_not_grow_with_results(client, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_results(1)
    client.get("/de/search/", {"q": "Mauersegler"})
    # Another page of results: the same work as a first search, while the site's
    # own caches (site root, settings) are warm.
    with CaptureQueriesContext(connection) as few:
        client.get("/de/search/", {"q": "Mauersegler", "page": 2})
    make_results(6)
    client.get("/de/search/", {"q": "Mauersegler"})
    with CaptureQueriesContext(connection) as many:
        client.get("/de/search/", {"q": "Mauersegler", "page": 2})
    assert len(many) == len(few)
    # Asked again before the index changes, the results come from the cache.
    with CaptureQueriesContext(connection) as again:
        response = client.get("/de/search/", {"q": "Mauersegler", "page": 2})
    assert len(again) < len(many)
    assert response.context["results"].total == 14


def test_a_search_leaves_the_planner_settings_of_the_request_as_it_found_them(client):
    """The search turns plain index scans off for its own statements only: the
    rest of a request (and a test, which runs in one transaction) keeps them."""
    from django.db import connection

    make_results(1)
    assert client.get("/de/search/", {"q": "Mauersegler"}).context["results"].total == 2
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone() == ("on",)
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)
