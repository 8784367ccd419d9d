"""Each language's words are found the way citizens type them: any case, without
accents, with typos, and inside compounds. Through HTTP, per locale."""

import pytest

from .helpers import all_titles, publish, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_pages():
    return {
        "stammtisch": publish(
            "de",
            "Dritter Pflegestammtisch im Kreishaus",
            "Heimleitungen und mobile Dienste beraten über Fachkräftegewinnung auf dem Land.",
        ),
        "beratung": publish(
            "de",
            "Pflegeberatung für Angehörige",
            "Wer jemanden zu Hause versorgt, bekommt hier kostenlose Hilfe.",
        ),
        "bericht": publish(
            "de",
            "Sozialbericht des Kreises erschienen",
            "Zahlen zu Armut, Wohnen und Teilhabe in allen Gemeinden.",
        ),
        "unrelated": publish(
            "de", "Radwege an der Kreisstraße", "Neue Markierungen zwischen zwei Dörfern."
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Pflegestammtisch", "stammtisch"),
        ("Pflegestamtisch", "stammtisch"),  # a letter missing
        ("Stammtisch", "stammtisch"),  # the end of a compound
        ("Fachkräfte", "stammtisch"),  # the start of "Fachkräftegewinnung"
        ("Fachkrafte", "stammtisch"),  # typed without the umlaut
        ("Sozialbericht", "bericht"),
        ("sozialbericht", "bericht"),  # in lower case
        ("SOZIALBERICHT", "bericht"),
        ("Pflegeberatung", "beratung"),
    ],
)
def test_german_words_are_found(client, german_pages, query, expected):
    # Other pages of the test may match too: ours must be among them.
    found = titles(client, "de", query)
    assert german_pages[expected].title in found
    assert german_pages["unrelated"].title not in found


@pytest.mark.parametrize("query", ["Pflege", "pflege"])
def test_german_stem_finds_its_compounds(client, german_pages, query):
    found = all_titles(client, "de", query)
    assert german_pages["stammtisch"].title in found
    assert german_pages["beratung"].title in found
    assert german_pages["bericht"].title not in found


@pytest.fixture
def danish_pages():
    return {
        "teknologi": publish(
            "da",
            "Velfærdsteknologi i hjemmeplejen",
            "Kommunen afprøver skærmbesøg og sensorer, så borgere kan klare mere selv.",
        ),
        "unrelated": publish("da", "Ny cykelsti ved skolen", "Stien åbner efter sommerferien."),
    }


@pytest.mark.parametrize(
    "query",
    ["velfærdsteknologi", "Velfaerdsteknologi", "velfærdsteknolgi", "teknologi", "TEKNOLOGI"],
)
def test_danish_words_are_found(client, danish_pages, query):
    found = titles(client, "da", query)
    assert found[0] == danish_pages["teknologi"].title
    assert danish_pages["unrelated"].title not in found


@pytest.fixture
def finnish_pages():
    return {
        "asema": publish(
            "fi",
            "Terveysaseman aukioloajat muuttuvat",
            "Vastaanotto on kesällä auki arkisin kahdeksasta neljään.",
        ),
        "unrelated": publish("fi", "Uimahallin remontti alkaa", "Halli on suljettu syksyyn asti."),
    }


@pytest.mark.parametrize("query", ["terveysasema", "Terveysaseman", "terveysaseman", "aukioloajat"])
def test_finnish_words_are_found(client, finnish_pages, query):
    found = titles(client, "fi", query)
    assert found[0] == finnish_pages["asema"].title
    assert finnish_pages["unrelated"].title not in found


def test_english_stemming_and_typos(client):
    page = publish("en", "Recycling centres open longer", "Bring garden waste on Saturdays.")
    for query in ["recycling", "Recycle", "recyclng centre", "garden wastes"]:
        assert titles(client, "en", query)[0] == page.title, query


def test_each_language_searches_only_its_own_pages(client):
    german = publish("de", "Zeltlager am Waldsee", "Ferienfreizeit für Kinder.")
    danish = publish("da", "Zeltlager-besøg fra venskabsbyen", "Udveksling for unge.")
    assert titles(client, "de", "Zeltlager") == [german.title]
    assert titles(client, "da", "Zeltlager") == [danish.title]


def test_words_as_typed_rank_above_compounds_and_corrections(client):
    compound = publish("de", "Hafenleuchtturm wird saniert", "Gerüst bis zum Frühjahr.")
    typo = publish("de", "Leuchturm-Führungen", "Falsch geschrieben, aber gemeint.")
    exact = publish("de", "Der Leuchtturm im Kreiswappen", "Ein Zeichen für die Küste.")
    assert titles(client, "de", "Leuchtturm") == [exact.title, compound.title, typo.title]


def test_all_words_must_match_before_any_word_may(client):
    both = publish("de", "Anmeldung zum Drachenbootrennen", "Teams mit zwölf Leuten.")
    one = publish("de", "Drachenbootrennen abgesagt", "Zu viel Wind am See.")
    assert titles(client, "de", "Drachenbootrennen Anmeldung") == [both.title]
    # No page has both words: pages with either are shown, and the page says so.
    response = client.get("/de/search/", {"q": "Drachenbootrennen Zauberwaldlauf"})
    assert response.context["results"].relaxed
    assert {hit.title for hit in response.context["results"].hits} == {both.title, one.title}
