"""Easy-read pages as citizens meet them: the link on the original page, the header's
entry, the index per language, the markup that says what the page is, the search."""

import json

import pytest
from django.test import Client

from tests.factories import StandardPageFactory, skeleton_page, translate
from tests.html import get, has_class, one, parse, text

from .factories import EasyReadPageFactory

pytestmark = pytest.mark.django_db


def header_entry(document):
    return document.xpath(f"//header//a[{has_class('easy-read-entry')}]")


def notice(document):
    return document.xpath(f"//main//p[{has_class('easy-read-notice')}]")


def test_the_original_page_links_its_easy_read_version_and_the_header_the_index(client):
    original = StandardPageFactory(title="Wohngeld beantragen")
    before = get(client, original.url)
    assert notice(before) == []
    # No easy-read page in German yet: the header does not link an empty index.
    assert header_entry(before) == []

    easy = EasyReadPageFactory(original=original, title="Wohngeld in Leichter Sprache")
    document = get(client, original.url)
    link = one(document, f"//main//p[{has_class('easy-read-notice')}]/a")
    assert text(link) == "Diese Seite in Leichter Sprache lesen"
    assert link.get("href") == easy.url
    # Prominent: above the page's own heading.
    main = list(one(document, "//main").iter())
    assert main.index(link) < main.index(one(document, "//main//h1"))
    (entry,) = header_entry(document)
    assert text(entry) == "Leichte Sprache"
    assert entry.get("href") == skeleton_page("easy-read").url
    assert entry.get("aria-current") is None
    # Every page of the language has the entry, the home page too.
    assert header_entry(get(client, "/de/"))[0].get("href") == entry.get("href")


def test_the_easy_read_page_says_what_it_is_and_links_back(client):
    original = StandardPageFactory(title="Müllabfuhr")
    easy = EasyReadPageFactory(original=original, title="Müll in Leichter Sprache")
    document = get(client, easy.url)
    assert document.get("lang") == "de"  # the language itself: screen readers pick the voice
    label = one(document, f"//main//span[{has_class('easy-read-label')}]")
    assert text(label) == "Leichte Sprache"
    back = one(document, f"//main//p[{has_class('easy-read-original')}]/a")
    assert (text(back), back.get("href")) == ("Müllabfuhr", original.url)
    assert header_entry(document)[0].get("aria-current") == "true"

    (script,) = document.xpath('//head/script[@type="application/ld+json"]')
    data = json.loads(script.text)
    assert data["@type"] == "WebPage"
    assert data["inLanguage"] == "de"
    assert data["url"] == easy.full_url
    assert data["isBasedOn"] == {
        "@type": "WebPage",
        "name": "Müllabfuhr",
        "url": original.full_url,
    }
    assert "Leichter Sprache" in data["accessibilitySummary"]


def test_each_language_has_its_index_and_its_header_entry(client):
    german = StandardPageFactory(title="Kita-Platz")
    finnish = translate(german, "fi", title="Päivähoitopaikka", slug="paivahoitopaikka")
    easy_de = EasyReadPageFactory(original=german, title="Kita in Leichter Sprache")
    easy_fi = translate(
        easy_de, "fi", title="Päivähoito selkokielellä", slug="paivahoito-selko", original=finnish
    )
    draft = EasyReadPageFactory(original=StandardPageFactory(), title="Entwurf", live=False)

    index_de = skeleton_page("easy-read", "de")
    index_fi = skeleton_page("easy-read", "fi")
    assert easy_fi.get_parent().pk == index_fi.pk

    document = get(client, index_de.url)
    assert text(one(document, "//h1")) == "Leichte Sprache"
    items = document.xpath(f"//ul[{has_class('easy-read-list')}]/li")
    assert [text(item.xpath(".//h2")[0]) for item in items] == ["Kita in Leichter Sprache"]
    assert items[0].xpath(".//h2/a/@href") == [easy_de.url]
    assert items[0].xpath(f".//p[{has_class('easy-read-about')}]/a/@href") == [german.url]
    assert header_entry(document)[0].get("aria-current") == "page"
    assert draft.title not in text(document)

    document = get(client, index_fi.url)
    assert document.get("lang") == "fi"
    assert text(one(document, "//h1")) == "Selkokieli"
    titles = [text(h2) for h2 in document.xpath(f"//ul[{has_class('easy-read-list')}]//h2")]
    assert titles == ["Päivähoito selkokielellä"]
    assert text(header_entry(document)[0]) == "Selkokieli"

    finnish_page = get(client, finnish.url)
    link = one(finnish_page, f"//main//p[{has_class('easy-read-notice')}]/a")
    assert (text(link), link.get("href")) == ("Lue tämä sivu selkokielellä", easy_fi.url)
    # The language switcher pairs the easy-read pages as translations of each other.
    switcher = get(client, easy_de.url).xpath("//nav[@class='language-switcher']//a[@lang='fi']")
    assert switcher[0].get("href") == easy_fi.url


def test_a_draft_or_unpublished_version_is_not_linked(client):
    original = StandardPageFactory(title="Hundesteuer")
    easy = EasyReadPageFactory(original=original, title="Hunde-Steuer einfach erklärt")
    assert notice(get(client, original.url))
    easy.unpublish()
    assert notice(get(client, original.url)) == []


def test_search_finds_the_easy_read_page_and_labels_it(client):
    original = StandardPageFactory(
        title="Schwerbehindertenausweis",
        body=[{"type": "paragraph", "value": "<p>Antrag auf Feststellung des Grades.</p>"}],
    )
    EasyReadPageFactory(
        original=original,
        title="Der Ausweis für Menschen mit Behinderung",
        body=[{"type": "paragraph", "value": "<p>Mit dem Schwerbehindertenausweis …</p>"}],
    )
    response = client.get("/de/search/", {"q": "Schwerbehindertenausweis"})
    document = parse(response)
    results = {
        text(result.xpath(".//h3")[0]): text(
            result.xpath(f".//span[{has_class('search-type')}]")[0]
        )
        for result in document.xpath("//ol[@class='search-results']/li")
    }
    assert results["Der Ausweis für Menschen mit Behinderung"] == "Seite in Leichter Sprache"
    assert results["Schwerbehindertenausweis"] == "Standardseite"
    filtered = client.get(
        "/de/search/", {"q": "Schwerbehindertenausweis", "type": "easyread.easyreadpage"}
    )
    assert [hit.title for hit in filtered.context["results"].hits] == [
        "Der Ausweis für Menschen mit Behinderung"
    ]


def test_setup_site_made_an_easy_read_index_in_every_language():
    for language, title in [("de", "Leichte Sprache"), ("da", "Let læst"), ("fi", "Selkokieli")]:
        index = skeleton_page("easy-read", language)
        assert index.live and index.title == title
        assert index.get_parent().pk == skeleton_page("home", language).pk
        assert not index.show_in_menus  # the header has its own entry


def test_queries_do_not_grow_with_easy_read_pages(
    client, django_assert_num_queries, django_assert_max_num_queries
):
    original = StandardPageFactory(title="Elterngeld")
    client.get(original.url)  # warm the per-process caches (site root paths)
    with django_assert_max_num_queries(20) as without:
        assert client.get(original.url).status_code == 200
    expected = len(without)
    # The link to the version and the header's entry come from one query, there or not.
    EasyReadPageFactory(original=original, title="Eltern-Geld")
    with django_assert_num_queries(expected):
        assert b"easy-read-notice" in client.get(original.url).content

    index = skeleton_page("easy-read")
    client.get(index.url)
    with django_assert_max_num_queries(20) as one_page:
        assert client.get(index.url).status_code == 200
    for n in range(10):
        EasyReadPageFactory(original=StandardPageFactory(), title=f"Text {n}", revision=False)
    with django_assert_num_queries(len(one_page)):
        assert client.get(index.url).status_code == 200


def test_publishing_an_easy_read_version_refreshes_the_cached_original(settings):
    settings.PAGE_CACHE_ENABLED = True
    visitor = Client()
    original = StandardPageFactory(title="Schulbus")
    assert visitor.get(original.url)["X-Page-Cache"] == "miss"
    cached = visitor.get(original.url)
    assert cached["X-Page-Cache"] == "hit" and b"easy-read-notice" not in cached.content

    easy = EasyReadPageFactory(original=original, title="Der Schul-Bus")
    fresh = visitor.get(original.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert easy.url.encode() in fresh.content
    assert visitor.get(original.url)["X-Page-Cache"] == "hit"
    # The header of every other page, here the home page, gets the entry as well.
    assert b"easy-read-entry" in visitor.get("/de/").content

    easy.unpublish()
    gone = visitor.get(original.url)
    assert gone["X-Page-Cache"] == "miss" and easy.url.encode() not in gone.content
