"""What a result shows, and what a search without results offers. Through HTTP, in
German, Danish and Finnish, with pages these tests publish."""

import pytest
from django.core.files.base import ContentFile
from lxml import html
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.rich_text import RichText

from .helpers import publish, search_json, titles

pytestmark = pytest.mark.django_db

MARKED = "//ol[contains(@class, 'search-results')]//p[contains(@class, 'search-snippet')]"


def snippets(client, language, query):
    return [hit["snippet"] for hit in search_json(client, language, query)["results"]]


def paragraphs(*texts):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


@pytest.mark.parametrize(
    ("language", "summary", "query"),
    [
        ("de", "Wie Sie Wohngeld beantragen und was Sie brauchen.", "Wohngeld"),
        ("da", "Sådan søger du boligstøtte, og hvad du skal bruge.", "boligstøtte"),
        ("fi", "Näin haet asumistukea ja mitä tarvitset.", "asumistuki"),
    ],
)
def test_a_match_in_title_or_summary_shows_the_summary(client, language, summary, query):
    publish(language, query.capitalize(), "", summary=summary, body=paragraphs("Anderes."))
    assert snippets(client, language, query) == [summary]


@pytest.mark.parametrize(
    ("language", "sentences", "query", "expected"),
    [
        (
            "de",
            [
                "Das Amt ist montags geschlossen.",
                "Bringen Sie Ihren Ausweis mit.",
                "Der Hundeführerschein wird im Kreishaus geprüft, auch samstags.",
                "Parkplätze gibt es am Markt.",
            ],
            "Hundeführerschein",
            "Der Hundeführerschein wird im Kreishaus geprüft, auch samstags.",
        ),
        (
            "da",
            [
                "Kontoret er lukket om mandagen.",
                "Hundeprøven holdes på rådhuset om lørdagen, også i ferien.",
            ],
            "hundeprøven",
            "Hundeprøven holdes på rådhuset om lørdagen, også i ferien.",
        ),
        (
            "fi",
            [
                "Toimisto on suljettu maanantaisin.",
                "Koirakoe pidetään kaupungintalolla lauantaisin, myös lomalla.",
            ],
            "koirakoe",
            "Koirakoe pidetään kaupungintalolla lauantaisin, myös lomalla.",
        ),
    ],
)
def test_a_match_in_the_text_shows_its_sentence(client, language, sentences, query, expected):
    publish(language, "Ohne Treffer", "", summary="Kurz.", body=paragraphs(*sentences))
    assert snippets(client, language, query) == [expected]
    # In the HTML, the matched word is marked.
    page = html.fromstring(client.get(f"/{language}/search/", {"q": query}).content)
    assert [m.lower() for m in page.xpath(f"{MARKED}/mark/text()")] == [query.lower()]


@pytest.mark.parametrize(
    ("language", "head", "row", "query", "expected"),
    [
        (
            "de",
            ["Maßnahme", "Status", "Jahr"],
            ["Online-Antrag für Kita-Plätze", "Geplant", "2025"],
            "Kita-Plätze",
            "Maßnahme: Online-Antrag für Kita-Plätze; Status: Geplant; Jahr: 2025.",
        ),
        (
            "da",
            ["Indsats", "Status"],
            ["Digital ansøgning om dagtilbud", "Planlagt"],
            "dagtilbud",
            "Indsats: Digital ansøgning om dagtilbud; Status: Planlagt.",
        ),
        (
            "fi",
            ["Toimenpide", "Tila"],
            ["Sähköinen päivähoitohakemus", "Suunniteltu"],
            "päivähoitohakemus",
            "Toimenpide: Sähköinen päivähoitohakemus; Tila: Suunniteltu.",
        ),
    ],
)
def test_a_table_row_reads_as_label_and_value(client, language, head, row, query, expected):
    """Each row is a sentence of "column: cell", labels in the page's language."""
    table = {
        "caption": "Stand",
        "table": {
            "data": [head, row, ["Etwas", "Anderes", "X"][: len(head)]],
            "first_row_is_table_header": True,
        },
    }
    body = [("paragraph", RichText("<p>Einleitung.</p>")), ("table", table)]
    publish(language, "Umsetzung", "", summary="Kurz.", body=body)
    assert snippets(client, language, query) == [expected]


@pytest.mark.parametrize(
    ("language", "query", "other", "title", "name"),
    [
        ("de", "velfærdsteknologi", "da", "Velfærdsteknologi i hjemmet", "Dänisch"),
        ("da", "Pflegestammtisch", "de", "Pflegestammtisch im Mai", "tysk"),
        ("fi", "Pflegestammtisch", "de", "Pflegestammtisch im Mai", "saksa"),
    ],
)
def test_no_dead_end_results_in_other_languages(client, language, query, other, title, name):
    publish(other, title, "Text.")
    data = search_json(client, language, query)
    assert data["count"] == 0
    assert [(o["language"], o["count"]) for o in data["other_languages"]] == [(other, 1)]
    page = html.fromstring(client.get(f"/{language}/search/", {"q": query}).content)
    links = page.xpath("//section[contains(@class, 'search-elsewhere')]//a")
    assert [link.get("hreflang") for link in links] == [other]
    # "1 result in Danish", in the visitor's language.
    text = links[0].text_content().lower()
    assert "1" in text and name.lower() in text
    assert titles(client, other, query) == [title]
    assert client.get(links[0].get("href")).context["results"].total == 1
    # The services A to Z are offered too.
    a_to_z = [a for a in page.xpath("//a/@href") if a.endswith("/a-z/")]
    assert len(a_to_z) == 1
    assert client.get(a_to_z[0]).status_code == 200


def test_a_document_in_a_collection_made_private_disappears_at_once(client):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Interne Formulare")
    inner = collection.add_child(name="Personal")
    document = get_document_model().objects.create(
        title="Dienstreiseantrag Formular",
        file=ContentFile(b"%PDF-1.4", name="reise.pdf"),
        collection=inner,
    )
    for language in ["de", "da", "fi"]:
        assert titles(client, language, "Dienstreiseantrag") == [document.title]
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    for language in ["de", "da", "fi"]:
        assert titles(client, language, "Dienstreiseantrag") == []
        suggestions = client.get(f"/{language}/search/suggest", {"q": "Dienstreise"}).json()
        assert suggestions == {"suggestions": []}
    restriction.delete()
    for language in ["de", "da", "fi"]:
        assert titles(client, language, "Dienstreiseantrag") == [document.title]
