"""The results page: highlighted snippets, types, dates, filters, pagination, JSON, suggestions."""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, PageViewRestriction

from .helpers import publish, publish_news, search_json, titles

pytestmark = pytest.mark.django_db


def test_results_show_title_type_highlighted_snippet_and_news_date(client):
    publish_news(
        "de",
        "Bienenweide am Kreishaus angelegt",
        "Auf der Wiese blühen jetzt Kräuter für Wildbienen & Hummeln <b>nicht fett</b>.",
        date=datetime.date(2025, 4, 3),
    )
    response = client.get("/de/search/", {"q": "Wildbienen"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>Wildbienen</mark>" in html
    # Page text is escaped; only our own <mark> is markup.
    assert "&amp; Hummeln" in html
    assert "<b>" not in html
    assert '<time datetime="2025-04-03">' in html
    [hit] = response.context["results"].hits
    assert hit.type_key == "news.newspage"
    assert f'<span class="search-type">{hit.type_label}</span>' in html


def test_a_script_in_the_query_is_shown_as_text(client):
    response = client.get("/de/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_json_has_the_same_results_in_the_same_order_as_html(client):
    for n in range(3):
        publish("de", f"Zaunkönig Beobachtung {n}", "Vogelzählung im Park." * (n + 1))
    html_titles = [
        hit.title for hit in client.get("/de/search/", {"q": "Zaunkönig"}).context["results"].hits
    ]
    data = search_json(client, "de", "Zaunkönig")
    assert [hit["title"] for hit in data["results"]] == html_titles
    assert data["count"] == 3
    assert set(data["results"][0]) == {"title", "url", "type", "snippet"}
    assert "\ue000" not in data["results"][0]["snippet"]


def test_type_filter_with_counts(client):
    publish("de", "Eisvogel am Mühlbach", "Ein seltener Gast.")
    publish_news("de", "Eisvogel gesichtet", "Am Mühlbach.")
    response = client.get("/de/search/", {"q": "Eisvogel"})
    links = response.context["type_links"]
    assert [(link["count"], link["current"]) for link in links][0] == (2, True)
    assert sorted(link["count"] for link in links[1:]) == [1, 1]
    news_link = next(link for link in links if "newspage" in link["url"])
    filtered = client.get("/de/search/" + news_link["url"])
    assert [hit.title for hit in filtered.context["results"].hits] == ["Eisvogel gesichtet"]
    assert filtered.context["results"].total == 1


def test_pagination(client):
    for n in range(12):
        publish("de", f"Streuobstwiese Nummer {n}", "Äpfel und Birnen.")
    first = client.get("/de/search/", {"q": "Streuobstwiese"})
    assert len(first.context["results"].hits) == 10
    assert first.context["next_url"].endswith("page=2")
    second = client.get("/de/search/" + first.context["next_url"])
    assert len(second.context["results"].hits) == 2
    assert second.context["first_number"] == 11
    assert b'rel="prev"' in second.content
    out_of_range = client.get("/de/search/", {"q": "Streuobstwiese", "page": "99"})
    assert out_of_range.status_code == 200
    assert len(out_of_range.context["results"].hits) == 2


def test_editors_picks_in_the_language_of_the_search(client):
    german = publish("de", "Wahlhelfer gesucht", "Für die Kreistagswahl.")
    english = german.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Poll workers wanted"
    english.save_revision().publish()
    query = Query.get("wahl")
    SearchPromotion.objects.create(query=query, page=german, description="Jetzt melden")
    de = client.get("/de/search/", {"q": "Wahl"})
    assert [pick.title for pick in de.context["picks"]] == [german.title]
    assert b"Jetzt melden" in de.content
    en = client.get("/en/search/", {"q": "wahl"})
    assert [pick.title for pick in en.context["picks"]] == [english.title]


def test_private_pages_are_not_found(client):
    page = publish("de", "Geheimprotokoll Ausschuss", "Nur für Mitglieder.")
    assert titles(client, "de", "Geheimprotokoll") == [page.title]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert titles(client, "de", "Geheimprotokoll") == []


def test_document_titles_are_found_in_every_language(client):
    document = get_document_model().objects.create(
        title="Antragsformular Hundesteuerbefreiung",
        file=ContentFile(b"%PDF-1.4", name="antrag.pdf"),
        collection=Collection.get_first_root_node(),
    )
    data = search_json(client, "de", "Hundesteuerbefreiung")
    assert [(hit["title"], hit["url"]) for hit in data["results"]] == [
        (document.title, document.url)
    ]
    assert search_json(client, "da", "Hundesteuerbefreiung")["count"] == 1


def test_suggestions_while_typing(client):
    page = publish("de", "Kompostieranlage Süd", "Grünschnitt abgeben.")
    response = client.get("/de/search/suggest", {"q": "Kompostier"})
    assert response.status_code == 200
    assert response.json()["suggestions"][0] == {
        "title": page.title,
        "url": page.url,
        "type": "Standardseite",
    }
    assert client.get("/de/search/suggest", {"q": ""}).json() == {"suggestions": []}


def test_the_header_search_box_is_a_plain_form(client):
    html = client.get("/de/").content.decode()
    assert 'role="search"' in html
    assert 'action="/de/search/"' in html
    assert 'name="q"' in html


def test_empty_and_wordless_queries_explain_themselves(client):
    empty = client.get("/de/search/", {"q": ""})
    assert empty.status_code == 200
    wordless = client.get("/de/search/", {"q": "!!! ??? ..."})
    assert wordless.context["results"].no_words
    assert wordless.context["results"].total == 0
    assert b'id="search-summary" role="status"' in wordless.content
