"""A very broad search counts its matches up to a limit, and says it did; it ranks
candidates, the pages whose title matches among them."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from .helpers import publish, publish_news, search_json

pytestmark = pytest.mark.django_db

WORDS = {"de": "Mauersegler", "da": "Mursejler", "fi": "Tervapääsky"}


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_counting_stops_at_the_limit_and_says_so(client, language):
    word = WORDS[language]
    # Any four of the five are of both types, whichever the count reads first.
    for n in range(3):
        publish(language, f"{word} {n}", f"{word} brüten unter dem Dach.")
    for n in range(2):
        publish_news(language, f"{word} zurück {n}", "Die ersten sind da.")

    exact = search_json(client, language, word)
    assert exact["count"] == 5
    assert exact["count_partial"] is False

    with override_settings(SITE_SEARCH_COUNT_LIMIT=3):
        counted = search_json(client, language, word)
        page = client.get(f"/{language}/search/", {"q": word})
    assert counted["count"] == 3
    assert counted["count_partial"] is True
    # Still results to read.
    assert len(counted["results"]) >= 3
    # The type filters count as far as the search did, and say so.
    html = page.content.decode()
    assert '<span class="search-count">(3+)</span>' in html
    assert '<span class="search-count">(5)</span>' not in html


def test_the_page_says_at_least(client):
    for n in range(4):
        publish("de", f"Mauersegler Nistkasten {n}", "Brutplätze unter dem Dach.")
    with override_settings(SITE_SEARCH_COUNT_LIMIT=3):
        html = client.get("/de/search/", {"q": "Mauersegler"}).content.decode()
    assert "Mindestens 3 Treffer für „Mauersegler“" in html
    without = client.get("/de/search/", {"q": "Mauersegler"}).content.decode()
    assert "4 Treffer für „Mauersegler“" in without
    assert "Mindestens" not in without


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_a_broad_search_ranks_the_title_match_first(client, monkeypatch, language):
    word = WORDS[language]
    # The oldest page has the word in its title, five newer ones in the text only.
    publish(language, f"{word} im Garten", "Nistkästen.")
    for n in range(5):
        publish(language, f"Vögel {n}", f"Über {word} und andere.")
    # Above RANK_ALL_LIMIT matches only candidates are ranked: title matches (from
    # the first TITLE_SCAN_LIMIT) and the newest RANK_OTHER_CANDIDATES others.
    monkeypatch.setattr("search.ranking.RANK_ALL_LIMIT", 2)
    monkeypatch.setattr("search.ranking.RANK_OTHER_CANDIDATES", 1)
    monkeypatch.setattr("search.ranking.TITLE_SCAN_LIMIT", 1)
    data = search_json(client, language, word)
    assert data["count"] == 6
    assert data["results"][0]["title"] == f"{word} im Garten"


COMPOUNDS = {"de": "Mauerseglerkolonie", "da": "Mursejlerkoloni", "fi": "Tervapääskyyhdyskunta"}


def count_statements(queries):
    return [q["sql"] for q in queries if "array_agg" in q["sql"]]


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_a_word_on_more_pages_than_are_counted_is_not_widened(client, language):
    """The index's statistics show the word itself on more pages than the search
    counts: its compounds and prefixes, which rank below, are left out of the
    match (cheap at 1,000,000 pages), and the count still says "at least"; a type
    filter, which may leave few matches, still widens."""
    word = WORDS[language]
    for n in range(4):
        publish(language, f"Vögel {n}", f"{word} brüten unter dem Dach.")
    compound = publish_news(language, f"Beobachtung {COMPOUNDS[language]}", "Am Kirchturm.")

    with override_settings(SITE_SEARCH_COUNT_LIMIT=3), CaptureQueriesContext(connection) as sql:
        broad = search_json(client, language, word)
    assert (broad["count"], broad["count_partial"]) == (3, True)
    assert all(hit["title"].startswith("Vögel") for hit in broad["results"][:4])
    assert [":*" in statement for statement in count_statements(sql)] == [False]

    with override_settings(SITE_SEARCH_COUNT_LIMIT=3), CaptureQueriesContext(connection) as sql:
        news = search_json(client, language, word, type="news.newspage")
    assert [hit["title"] for hit in news["results"]] == [compound.title]
    assert count_statements(sql) and all(":*" in s for s in count_statements(sql))

    # Counted in full (below the limit), the compound is found with the others.
    everything = search_json(client, language, word)["results"]
    assert compound.title in [hit["title"] for hit in everything]


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_a_rare_word_beside_a_broad_one_is_still_widened(client, language):
    """With a rare second word the statistics prove nothing about how many pages
    have both: both words keep their compounds."""
    word = WORDS[language]
    for n in range(4):
        publish(language, f"Vögel {n}", f"{word} brüten unter dem Dach.")
    tower = {"de": "Kirchturmdach", "da": "Kirketårntag", "fi": "Kirkontornikatto"}[language]
    page = publish(language, f"{word} am {tower}", "Seit Mai.")
    part = {"de": "Turmdach", "da": "Tårntag", "fi": "Tornikatto"}[language]
    with override_settings(SITE_SEARCH_COUNT_LIMIT=3):
        found = search_json(client, language, f"{word} {part}")
    assert [hit["title"] for hit in found["results"]] == [page.title]


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_hidden_pages_do_not_count_towards_a_broad_word(client, language):
    """The statistics count private pages too; they are taken off first."""
    word = WORDS[language]
    pages = [publish(language, f"Vögel {n}", f"{word} brüten.") for n in range(4)]
    for page in pages[:2]:
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    compound = publish(language, f"Beobachtung {COMPOUNDS[language]}", "Am Kirchturm.")
    with override_settings(SITE_SEARCH_COUNT_LIMIT=3):
        found = search_json(client, language, word)
    assert found["count_partial"] is False
    assert compound.title in [hit["title"] for hit in found["results"]]


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_a_type_filter_finds_matches_beyond_those_counted(client, language):
    """Counting stops after the first matches in the index's order; a type whose
    matches all come later is still found, and its filter link shown."""
    word = WORDS[language]
    for n in range(4):
        publish(language, f"Vögel {n}", f"{word} brüten unter dem Dach.")
    news = publish_news(language, f"{word} zurück", "Die ersten sind da.")
    with override_settings(SITE_SEARCH_COUNT_LIMIT=3):
        found = search_json(client, language, word, type="news.newspage")
        html = client.get(f"/{language}/search/", {"q": word, "type": "news.newspage"})
    assert [hit["title"] for hit in found["results"]] == [news.title]
    assert "type=news.newspage" in html.content.decode()


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_two_common_words_that_never_meet_are_widened_after_all(client, language):
    """Two words each on many pages are likely to be together on more pages than
    are counted, so they are first matched by themselves; when they are not (here:
    never together), the search widens, and the page with the word and the other's
    compound is found."""
    word, other = (
        WORDS[language],
        {"de": "Kirchturm", "da": "Kirketårn", "fi": "Kirkontorni"}[language],
    )
    for n in range(5):
        publish(language, f"Vögel {n}", f"{word} brüten.")
        publish(language, f"Bauten {n}", f"Der {other} wird saniert.")
    compound = {"de": "Kirchturmuhr", "da": "Kirketårnur", "fi": "Kirkontornikello"}[language]
    page = publish(language, f"{word} an der {compound}", "Seit Mai.")
    with override_settings(SITE_SEARCH_COUNT_LIMIT=1):
        found = search_json(client, language, f"{word} {other}")
    assert [hit["title"] for hit in found["results"]] == [page.title]


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_every_result_page_offered_is_full(client, monkeypatch, language):
    """Above RANK_ALL_LIMIT matches only candidates are ranked: the pages offered
    are those the candidates fill, each full, and none beyond them is empty."""
    word = WORDS[language]
    for n in range(25):
        publish(language, f"Vögel {n}", f"{word} brüten unter dem Dach.")
    monkeypatch.setattr("search.ranking.RANK_ALL_LIMIT", 5)
    monkeypatch.setattr("search.ranking.RANK_TITLE_CANDIDATES", 3)
    monkeypatch.setattr("search.ranking.RANK_OTHER_CANDIDATES", 12)
    first = search_json(client, language, word)
    second = search_json(client, language, word, page=2)
    beyond = search_json(client, language, word, page=3)
    assert first["count"] == 25
    assert (len(first["results"]), len(second["results"])) == (10, 5)
    assert beyond["results"] == second["results"]  # the last page offered
    titles = [hit["title"] for hit in first["results"] + second["results"]]
    assert len(set(titles)) == 15
    html = client.get(f"/{language}/search/", {"q": word}).content.decode()
    assert "page=2" in html and "page=3" not in html
