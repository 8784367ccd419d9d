"""A very broad search counts its matches up to a limit, and says it did; it ranks
candidates, the pages whose title matches among them."""

import pytest
from django.test import override_settings

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
    monkeypatch.setattr("search.query.RANK_ALL_LIMIT", 2)
    monkeypatch.setattr("search.query.RANK_OTHER_CANDIDATES", 1)
    monkeypatch.setattr("search.query.TITLE_SCAN_LIMIT", 1)
    data = search_json(client, language, word)
    assert data["count"] == 6
    assert data["results"][0]["title"] == f"{word} im Garten"
