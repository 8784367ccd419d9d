"""Ranking knows how rare a word is in the language: a query of one rare and one
common word puts the page about the rare word first. Through HTTP, per language."""

import pytest

from .helpers import publish, titles

pytestmark = pytest.mark.django_db

# (language, rare word, common word, filler): the common word is on many pages,
# several times; the rare one on one page, once.
CASES = [
    ("de", "Hundesteuer", "anmelden", "Hier können Sie es anmelden und online anmelden."),
    ("da", "hundeafgift", "ansøge", "Her kan du ansøge, og du kan ansøge digitalt."),
    ("fi", "koiravero", "hakea", "Voit hakea täällä ja hakea myös verkossa."),
]


@pytest.mark.parametrize(("language", "rare", "common", "filler"), CASES)
def test_a_rare_word_outweighs_a_common_one(client, language, rare, common, filler):
    common_pages = [
        publish(language, f"{topic} {common}", filler)
        for topic in ["Wohnsitz", "Gewerbe", "Fahrrad", "Boot", "Garten", "Verein"]
    ]
    for topic in ["Museum", "Bibliothek", "Schwimmbad", "Theater"]:
        publish(language, topic, "Öffnungszeiten und Eintritt.")
    rare_page = publish(language, rare, "Für jeden Hund im Haushalt.")
    found = titles(client, language, f"{rare} {common}")
    # No page has both words: pages with either are shown, the rare word's first.
    assert found[0] == rare_page.title
    assert set(found[1:]) <= {p.title for p in common_pages}


@pytest.mark.parametrize(("language", "rare", "common", "filler"), CASES)
def test_title_above_summary_above_body(client, language, rare, common, filler):
    body = publish(language, "Eins", f"Im Text: {rare}.")
    summary = publish(language, "Zwei", "Text.", summary=f"Kurz: {rare}.")
    title = publish(language, f"{rare}", "Text.")
    assert titles(client, language, rare) == [title.title, summary.title, body.title]


def test_the_statistics_follow_unpublishing_and_deletion(client):
    """The rarity of a word is counted from the pages live now: unpublished and
    deleted pages leave the language's statistics in the same transaction."""
    from search.models import LexemeStatistics

    pages = [publish("de", f"Fundsache {n}", "Gefunden am Bahnhof.") for n in range(6)]
    stat = LexemeStatistics.objects.get(locale=pages[0].locale, lexeme="fundsach")
    assert stat.documents == 6
    for page in pages[:2]:
        page.unpublish()
    for page in pages[2:5]:
        page.delete()
    stat.refresh_from_db()
    assert stat.documents == 1
    assert titles(client, "de", "Fundsache") == [pages[5].title]


# (language, one form, another form of the same stem): both pages match either
# query; the one with the word exactly as typed comes first.
FORMS = [
    ("de", "Häuser", "Hauses"),
    ("da", "boliger", "boligen"),
    ("fi", "hakemuksessa", "hakemuksia"),
]


@pytest.mark.parametrize(("language", "one", "other"), FORMS)
def test_the_word_as_typed_ranks_above_another_form_of_it(client, language, one, other):
    first = publish(language, "Erstens", f"Hinweise zu {one} und mehr.")
    second = publish(language, "Zweitens", f"Hinweise zu {other} und mehr.")
    assert titles(client, language, one) == [first.title, second.title]
    assert titles(client, language, other) == [second.title, first.title]
