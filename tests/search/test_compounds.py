"""Compounds the way citizens type them: a query compound whose parts stand apart
on the page, and coordinated compounds ("Sucht- und Drogenberatung", "jäte- ja
kierrätysastiat") on the page that the citizen types whole. Through HTTP, in
German, Danish and Finnish, with pages these tests publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .helpers import publish, titles

pytestmark = pytest.mark.django_db

# (language, query, page title, page text): the query's parts are on the page,
# apart, inflected, hyphenated, or with the linking element the query has.
PARTS_APART = [
    (
        "de",
        "Elterngeldantrag",
        "Elterngeld beantragen",
        "Den Antrag auf Elterngeld stellen Sie nach der Geburt bei der Elterngeldstelle.",
    ),
    (
        "de",
        "Ausweisverlängerung",
        "Personalausweis",
        "Sie können den Ausweis im Bürgerbüro verlängern lassen.",
    ),
    (
        "de",
        "Einbürgerungsantrag",
        "Deutsche Staatsangehörigkeit",
        "Der Antrag auf Einbürgerung wird im Kreishaus gestellt.",
    ),
    ("de", "Kita-Anmeldung", "Kindertagesstätten", "Die Anmeldung für die Kita erfolgt online."),
    (
        "da",
        "boligstøtteansøgning",
        "Hjælp til husleje",
        "Send en ansøgning om boligstøtte, hvis din indkomst er lav.",
    ),
    (
        "da",
        "sundhedscenter",
        "Træning efter sygdom",
        "Kommunens center for sundhed tilbyder hold og vejledning.",
    ),
    (
        "fi",
        "neuvolakäynti",
        "Lapsen terveys",
        "Ensimmäinen käynti neuvolassa on pian syntymän jälkeen.",
    ),
]


@pytest.mark.parametrize(("language", "query", "title", "text"), PARTS_APART)
def test_a_query_compound_finds_its_parts_apart(client, language, query, title, text):
    page = publish(language, title, text)
    unrelated = publish(language, "Radweg", "Neue Markierung zwischen zwei Dörfern.")
    found = titles(client, language, query)
    assert found == [page.title]
    assert unrelated.title not in found


@pytest.mark.parametrize(
    ("language", "query", "whole", "apart"),
    [
        ("de", "Wohngeldantrag", "Wohngeldantrag stellen", "Wohngeld: der Antrag"),
        ("da", "boligstøtteansøgning", "Boligstøtteansøgning online", "Ansøgning om boligstøtte"),
        ("fi", "neuvolakäynti", "Neuvolakäynti ja rokotukset", "Käynti neuvolassa"),
    ],
)
def test_the_whole_compound_ranks_above_its_parts_apart(client, language, query, whole, apart):
    apart_page = publish(language, apart, "Mehr dazu im Text.")
    whole_page = publish(language, whole, "Mehr dazu im Text.")
    assert titles(client, language, query) == [whole_page.title, apart_page.title]


@pytest.mark.parametrize(
    ("language", "query"),
    [("de", "Elternhausantrag"), ("da", "boligfestansøgning"), ("fi", "koirakäynti")],
)
def test_a_compound_is_not_split_into_words_the_language_does_not_have(client, language, query):
    """One part unknown: no match on the other part alone."""
    publish(language, "Elterngeld Antrag boligstøtte ansøgning neuvola käynti", "Text.")
    assert titles(client, language, query) == []


def test_decompounding_costs_one_statement_however_long_the_word(client):
    publish("de", "Dampfschiff Gesellschaft", "Die Kapitäne der Donau und ihre Mützen.")
    client.get("/de/search/", {"q": "Anlauf", "format": "json"})  # the site's caches warm
    counts = []
    # Neither finds a page (so both take the same path); the second is split
    # into many more candidate parts.
    for query in ["Raddampfer", "Raddampferkapitänsmützenhalterungsbolzen"]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/de/search/", {"q": query, "format": "json"})
        assert response.status_code == 200
        assert response.json()["count"] == 0
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        ("de", "Die Sucht- und Drogenberatung hilft vertraulich.", "Suchtberatung"),
        ("de", "Angebote der Kinder-, Jugend- und Familienhilfe im Kreis.", "Kinderhilfe"),
        ("de", "Angebote der Kinder-, Jugend- und Familienhilfe im Kreis.", "Jugendhilfe"),
        ("de", "Beratung zu Jugendhilfe und -förderung.", "Jugendförderung"),
        ("da", "Ledige stillinger inden for social- og sundhedsområdet.", "socialområdet"),
        ("da", "Ledige stillinger inden for social- og sundhedsområdet.", "sundhedsområdet"),
        ("da", "Tilbud om børne- og ungerådgivning.", "børnerådgivning"),
        ("fi", "Tyhjennämme jäte- ja kierrätysastiat joka toinen viikko.", "jäteastiat"),
    ],
)
def test_coordinated_compounds_are_found_whole(client, language, text, query):
    page = publish(language, "Angebote", text)
    publish(language, "Anderes", "Etwas ganz anderes.")
    assert titles(client, language, query) == [page.title]
