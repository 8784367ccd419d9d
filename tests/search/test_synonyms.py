"""Synonyms editors teach in the admin, per language: applied to the next search,
counted, and one click away from the report of searches without results.
Through HTTP and the admin, in German, Danish and Finnish."""

import pytest
from django.urls import reverse
from lxml import html
from wagtail.models import Locale

from search.models import Synonym

from .helpers import publish, titles

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_site_search_synonym:add"
LIST_URL = "wagtailsnippets_site_search_synonym:list"


def teach(admin_client, language, term, synonyms, both_ways=True):
    """An editor adds a synonym through the admin's form."""
    data = {
        "locale": Locale.objects.get_or_create(language_code=language)[0].pk,
        "term": term,
        "synonyms": synonyms,
    }
    if both_ways:
        data["both_ways"] = "on"
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 302, response.content[:2000]
    return Synonym.objects.get(term=term)


@pytest.mark.parametrize(
    ("language", "typed", "on_page", "title"),
    [
        ("de", "Auto", "Kfz", "Kfz-Zulassung im Straßenverkehrsamt"),
        ("da", "skrald", "affald", "Affald og genbrug"),
        ("fi", "roskis", "jäteastia", "Jäteastian tyhjennys"),
    ],
)
def test_a_synonym_finds_the_pages_words_at_once(
    admin_client, client, language, typed, on_page, title
):
    page = publish(language, title, f"Alles über {on_page}.")
    assert titles(client, language, typed) == []
    teach(admin_client, language, typed, on_page, both_ways=False)
    # The same query again: not answered from the cache of the search before.
    assert titles(client, language, typed) == [page.title]


def test_two_way_and_one_way(admin_client, client):
    car = publish("de", "Auto teilen", "Carsharing am Bahnhof.")
    kfz = publish("de", "Kfz-Steuer", "Steuer für Fahrzeuge.")
    teach(admin_client, "de", "Auto", "Kfz")
    assert set(titles(client, "de", "Auto")) == {car.title, kfz.title}
    assert set(titles(client, "de", "Kfz")) == {car.title, kfz.title}

    trash = publish("da", "Skraldespand til haven", "Spand til skrald.")
    waste = publish("da", "Affald", "Sortering af affald.")
    teach(admin_client, "da", "skrald", "affald", both_ways=False)
    assert set(titles(client, "da", "skrald")) == {trash.title, waste.title}
    assert titles(client, "da", "affald") == [waste.title]


def test_a_phrase_may_stand_for_a_phrase(admin_client, client):
    page = publish("de", "Kfz-Zulassung", "Fahrzeuge zulassen, ummelden und abmelden.")
    publish("de", "Hund anmelden", "Die Hundesteuer.")
    teach(admin_client, "de", "Auto anmelden", "Kfz-Zulassung")
    assert titles(client, "de", "Auto anmelden") == [page.title]
    # Inflected, as citizens type: the phrase is matched by stems.
    assert titles(client, "de", "Auto Anmeldung") == [page.title]


def test_synonyms_are_per_language(admin_client, client):
    german = publish("de", "Kfz-Steuer", "Steuer.")
    danish = publish("da", "Kfz-afgift", "Afgift.")
    teach(admin_client, "de", "Auto", "Kfz", both_ways=False)
    assert titles(client, "de", "Auto") == [german.title]
    assert danish.title not in titles(client, "da", "Auto")


def test_editing_and_deleting_apply_at_once(admin_client, client):
    kfz = publish("de", "Kfz-Steuer", "Steuer.")
    pkw = publish("de", "Pkw-Maut", "Gebühr.")
    synonym = teach(admin_client, "de", "Auto", "Kfz", both_ways=False)
    assert titles(client, "de", "Auto") == [kfz.title]
    edit = reverse("wagtailsnippets_site_search_synonym:edit", args=[synonym.pk])
    data = {"locale": synonym.locale_id, "term": "Auto", "synonyms": "Pkw"}
    assert admin_client.post(edit, data).status_code == 302
    assert titles(client, "de", "Auto") == [pkw.title]
    delete = reverse("wagtailsnippets_site_search_synonym:delete", args=[synonym.pk])
    assert admin_client.post(delete).status_code == 302
    assert titles(client, "de", "Auto") == []


def test_the_list_shows_how_often_each_synonym_fired(admin_client, client):
    publish("fi", "Jäteastia", "Tyhjennys.")
    teach(admin_client, "fi", "roskis", "jäteastia", both_ways=False)
    teach(admin_client, "fi", "lääkäri", "terveysasema", both_ways=False)
    for _ in range(3):
        client.get("/fi/search/", {"q": "roskis"})
    client.get("/fi/search/", {"q": "roskis", "page": "2"})  # the same search, counted once
    listing = admin_client.get(reverse(LIST_URL))
    assert listing.status_code == 200
    rows = [
        [" ".join(cell.text_content().split()) for cell in row.xpath("./td|./th")]
        for row in html.fromstring(listing.content).xpath("//table//tbody/tr")
    ]

    def cells_of(term):
        [row] = [row for row in rows if any(cell.startswith(term) for cell in row)]
        return row

    assert "3" in cells_of("roskis")
    assert "0" in cells_of("lääkäri") and "3" not in cells_of("lääkäri")


def test_a_synonym_needs_words_and_cannot_be_its_own(admin_client):
    locale = Locale.objects.get_or_create(language_code="de")[0]
    for synonyms in ["", " , ", "Auto"]:
        response = admin_client.post(
            reverse(ADD_URL), {"locale": locale.pk, "term": "Auto", "synonyms": synonyms}
        )
        assert response.status_code == 200  # the form again, with a message
        assert not Synonym.objects.exists()


def test_the_zero_result_report_links_to_a_new_synonym(admin_client, client):
    client.get("/da/search/", {"q": "Skraldespand"})
    report = admin_client.get("/admin/reports/searches/without-results/", {"language": "da"})
    add = reverse(ADD_URL)
    links = [
        href
        for href in html.fromstring(report.content).xpath("//table//a/@href")
        if href.startswith(add) and "skraldespand" in href
    ]
    assert links, "the report offers to add a synonym for the query"
    form = html.fromstring(admin_client.get(links[0]).content)
    assert form.xpath("//input[@name='term']/@value") == ["skraldespand"]
    danish = str(Locale.objects.get(language_code="da").pk)
    assert form.xpath("//select[@name='locale']/option[@selected]/@value") == [danish]
