"""Elasticsearch: an index per language with its analyzer; the database answers when
Elasticsearch cannot.

The tests marked `needs_elasticsearch` run against the cluster named by
ELASTICSEARCH_URL and skip with that reason without it; the others need no cluster.
"""

import logging
import os

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from search.backend_settings import search_backends
from search.backends.elasticsearch import analysis_settings

from .helpers import home, publish, titles

pytestmark = pytest.mark.django_db
LANGUAGES = ["de", "da", "fi", "en"]
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_elasticsearch = pytest.mark.skipif(
    not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch to test against"
)


def test_one_backend_per_language_next_to_the_database_index():
    backends = search_backends(LANGUAGES, elasticsearch_url="http://es.example:9200")
    assert backends["site"]["BACKEND"] == "search.backends.database"
    assert [backends[f"site_{code}"]["LANGUAGE"] for code in LANGUAGES] == LANGUAGES
    assert backends["site_da"]["INDEX_PREFIX"] == "municipal_da_"
    assert "site_de" not in search_backends(LANGUAGES)


def test_german_and_danish_analyzers_split_compounds_finnish_stems():
    german = analysis_settings("de", ["pflege", "stammtisch"])["settings"]["analysis"]
    assert german["analyzer"]["default"]["filter"] == [
        "lowercase",
        "asciifolding",
        "language_stop",
        "compound_parts",
        "language_stemmer",
    ]
    assert german["filter"]["compound_parts"]["word_list"] == ["pflege", "stammtisch"]
    assert german["filter"]["language_stemmer"]["language"] == "light_german"
    danish = analysis_settings("da", ["teknologi"])["settings"]["analysis"]
    assert "compound_parts" in danish["analyzer"]["default"]["filter"]
    finnish = analysis_settings("fi", ["asema"])["settings"]["analysis"]
    assert "compound_parts" in finnish["analyzer"]["default"]["filter"]
    assert finnish["filter"]["language_stemmer"]["language"] == "finnish"
    english = analysis_settings("en", ["recycling"])["settings"]["analysis"]
    assert "compound_parts" not in english["analyzer"]["default"]["filter"]


def test_editors_synonyms_are_in_the_search_analyzer_only():
    analysis = analysis_settings("da", ["affald"], ["skrald => affald", "bil, køretøj"])
    analysis = analysis["settings"]["analysis"]
    assert "editors_synonyms" not in analysis["analyzer"]["default"]["filter"]
    assert analysis["analyzer"]["default_search"]["filter"] == [
        "lowercase",
        "asciifolding",
        "language_stop",
        "editors_synonyms",
        "compound_parts",
        "language_stemmer",
    ]
    assert analysis["filter"]["editors_synonyms"]["synonyms"] == [
        "skrald => affald",
        "bil, køretøj",
    ]


@pytest.mark.parametrize(
    ("url", "flavour", "backend", "client_url"),
    [
        ("http://es:9200", "", "wagtail.search.backends.elasticsearch8", "http://es:9200"),
        ("http://es:9200", "elasticsearch9", "wagtail.search.backends.elasticsearch9", None),
        ("opensearch2+https://os:9200", "", "wagtail.search.backends.opensearch2", None),
        (
            "opensearch3+http://os:9200",
            "elasticsearch8",
            "wagtail.search.backends.opensearch3",
            "http://os:9200",
        ),
    ],
)
def test_the_cluster_kind_comes_from_the_url_scheme_or_a_setting(url, flavour, backend, client_url):
    backends = search_backends(["de"], elasticsearch_url=url, flavour=flavour)
    assert backends["default"]["BACKEND"] == backend
    assert backends["site_de"]["FLAVOUR"] == backend.rsplit(".", 1)[1]
    assert backends["site_de"]["URLS"][0].startswith(("http://", "https://"))
    if client_url:
        assert backends["site_de"]["URLS"] == [client_url]


def test_an_unknown_cluster_kind_is_refused_at_start():
    with pytest.raises(ValueError, match="solr"):
        search_backends(["de"], elasticsearch_url="solr+http://x:8983")


def test_each_language_index_takes_only_its_own_pages(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        LANGUAGES, elasticsearch_url="http://127.0.0.1:9"
    )
    index = get_search_backend("site_da").get_index_for_model(type(home("da")))
    assert index.name == "municipal_da_wagtailcore_page"
    assert index.accepts(home("da"))
    assert not index.accepts(home("de"))


def test_unreachable_elasticsearch_falls_back_to_the_database(client, settings, caplog):
    page = publish("de", "Sonnenuhr auf dem Marktplatz", "Die Sonnenuhr ist restauriert.")
    # Port 9 (discard) is closed here: every request to "Elasticsearch" fails at once.
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        LANGUAGES, elasticsearch_url="http://127.0.0.1:9"
    )
    with caplog.at_level(logging.WARNING, logger="search.engines"):
        assert titles(client, "de", "Sonnenuhr") == [page.title]
        html = client.get("/de/search/", {"q": "Sonnenuhr"})
    assert html.status_code == 200
    assert b"<mark>Sonnenuhr</mark>" in html.content
    assert any("answering from the database" in r.getMessage() for r in caplog.records)


def test_publishing_while_elasticsearch_is_down_still_works(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        LANGUAGES, elasticsearch_url="http://127.0.0.1:9"
    )
    page = publish("de", "Wetterstation am Gymnasium", "Messwerte online.")
    assert titles(client, "de", "Wetterstation") == [page.title]


@pytest.fixture
def elasticsearch(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        LANGUAGES, elasticsearch_url=ELASTICSEARCH_URL, index_prefix="municipal_test"
    )

    def rebuild():
        for code in LANGUAGES:
            call_command("update_index", backend_name=f"site_{code}", verbosity=0)

    return rebuild


@needs_elasticsearch
@pytest.mark.parametrize(
    ("language", "title", "queries"),
    [
        (
            "de",
            "Vierter Pflegestammtisch im Kreishaus",
            ["Stammtisch", "pflege", "Pflegestamtisch"],
        ),
        ("de", "Fachkräftegewinnung im Handwerk", ["Fachkräfte", "fachkrafte"]),
        ("da", "Velfærdsteknologi på plejecentret", ["teknologi", "velfaerdsteknologi"]),
        ("fi", "Terveysaseman uudet aukioloajat", ["terveysasema", "Terveysaseman"]),
        ("en", "Recycling centre opening hours", ["recycle", "Recycling"]),
    ],
)
def test_elasticsearch_finds_words_per_language(client, elasticsearch, language, title, queries):
    page = publish(language, title, "Eigene Worte für den Test.")
    elasticsearch()
    for query in queries:
        assert page.title in titles(client, language, query), query


@needs_elasticsearch
def test_elasticsearch_follows_unpublishing(client, elasticsearch):
    page = publish("de", "Sternsinger im Landratsamt", "Besuch im Januar.")
    elasticsearch()
    assert titles(client, "de", "Sternsinger") == [page.title]
    page.unpublish()
    assert titles(client, "de", "Sternsinger") == []


@needs_elasticsearch
def test_elasticsearch_applies_editors_synonyms(client, elasticsearch, admin_client):
    from search.models import Synonym

    page = publish("da", "Affaldsordning for haver", "Haveaffald hentes hver uge.")
    elasticsearch()
    from wagtail.models import Locale

    Synonym.objects.create(
        locale=Locale.objects.get(language_code="da"),
        term="skrald",
        synonyms="affaldsordning",
        both_ways=False,
    )
    assert page.title in titles(client, "da", "skrald")
