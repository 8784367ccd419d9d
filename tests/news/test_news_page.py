"""A news item as a citizen reads it: date, author, lead image with credit, gallery, topics."""

import datetime

import pytest

from tests.factories import (
    ImageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    skeleton_page,
    stream,
    translate,
)
from tests.html import get, has_class, one, text

pytestmark = pytest.mark.django_db


def photo(alt, credit, caption=""):
    return {"image": ImageFactory().pk, "alt_text": alt, "caption": caption, "credit": credit}


@pytest.mark.parametrize("language", ["en", "fi"])
def test_news_page_shows_date_author_summary_and_lead_image_with_credit(client, language):
    page = NewsPageFactory(
        language=language,
        title="Round table on care at home",
        summary="Providers agreed on a shared contact point.",
        date=datetime.date(2025, 10, 14),
        author="Social planning",
        lead_image=ImageFactory(),
        lead_image_alt="Six people sit around a table.",
        lead_image_caption="The round table's autumn meeting.",
        lead_image_credit="© 2025 Landkreis Testland",
    )
    html = get(client, page.url)
    article = one(html, f"//article[{has_class('news-article')}]")
    assert [text(h) for h in html.xpath("//h1")] == ["Round table on care at home"]
    assert article.xpath("./header/h1")
    assert one(article, ".//time").get("datetime") == "2025-10-14"
    assert "Social planning" in text(one(article, f".//*[{has_class('news-author')}]"))
    assert text(one(article, f".//*[{has_class('lead')}]")) == page.summary
    figure = one(article, f".//figure[{has_class('news-lead-image')}]")
    image = one(figure, ".//img")
    assert image.get("alt") == "Six people sit around a table."
    assert image.get("width").isdigit() and image.get("height").isdigit()
    assert text(one(figure, f".//small[{has_class('credit')}]")) == "© 2025 Landkreis Testland"
    assert text(one(figure, ".//figcaption")).startswith("The round table's autumn meeting.")
    # Published today with an older date, unchanged since: no "last updated" today (issue 14;
    # tests/citizens/test_pages.py covers an item changed later).
    assert html.xpath(f"//p[{has_class('meta')}]/time") == []


def test_gallery_photos_are_figures_with_alt_text_and_credit(client):
    page = NewsPageFactory(
        language="en",
        gallery=stream(
            ("photo", photo("People discussing around a table.", "© 2025 Landkreis Testland")),
            ("photo", photo("A map pinned to a wall.", "© 2025 Landkreis Testland", "The plan")),
        ),
    )
    gallery = one(get(client, page.url), f"//section[{has_class('gallery')}]")
    figures = gallery.xpath(".//figure")
    assert len(figures) == 2
    assert figures[0].xpath(".//img")[0].get("alt") == "People discussing around a table."
    assert figures[1].xpath(".//img")[0].get("alt") == "A map pinned to a wall."
    for figure in figures:
        assert text(one(figure, ".//small")) == "© 2025 Landkreis Testland"
        image = one(figure, ".//img")
        assert image.get("width").isdigit() and image.get("height").isdigit()


def test_topics_appear_in_the_visitors_language_and_link_to_the_filtered_list(client):
    care = NewsTopicFactory(name="Ehrenamt", slug="ehrenamt")
    translate(care, "en", name="Volunteering", slug="volunteering")
    untranslated = NewsTopicFactory(name="Nur auf Deutsch", slug="nur-deutsch")
    # As wagtail-localize leaves them: the translation points at the German topics.
    page = NewsPageFactory(language="en", topics=[care, untranslated])
    index = skeleton_page("news", "en")
    topics = one(get(client, page.url), f"//ul[{has_class('news-topics')}]")
    # Each link's own text is the topic; a hidden suffix tells screen readers where it leads.
    links = {a.text.strip(): a.get("href") for a in topics.xpath(".//a")}
    assert links["Volunteering"] == f"{index.url}?topic=volunteering"
    assert "Nur auf Deutsch" in links  # no English version: the source is shown
    assert "Ehrenamt" not in text(topics)


def test_news_page_without_lead_image_or_topics_has_no_empty_figure_or_list(client):
    page = NewsPageFactory(title="Kurzmeldung")
    html = get(client, page.url)
    assert not html.xpath("//figure")
    assert not html.xpath(f"//*[{has_class('news-topics')}]")
