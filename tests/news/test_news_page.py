"""A news item as a citizen reads it: date, author, lead image with credit, gallery, topics."""

import datetime
import re

import pytest

from news.models import NewsTopic
from tests.factories import demo_page
from tests.news.factories import NewsPageFactory, demo_topic

pytestmark = pytest.mark.django_db


def test_news_page_shows_date_author_summary_and_lead_image_with_credit(client):
    page = demo_page("news-care-round-table", "en")
    content = client.get(page.url).content.decode()
    assert content.count("<h1>") == 1
    assert re.search(r'<article class="news-article">\s*<header>\s*<h1>', content)
    assert '<time datetime="2025-10-14">' in content
    assert "Social planning" in content
    figure = re.search(r'<figure class="figure news-lead-image">.*?</figure>', content, re.S).group(
        0
    )
    assert re.search(r'<img src="[^"]+" width="\d+" height="\d+" alt="Six people sit', figure)
    assert '<small class="credit">© 2025 Landkreis Lindenau</small>' in figure
    assert "<figcaption>The round table&#x27;s autumn meeting" in figure
    assert "Last updated" in content  # page_meta


def test_gallery_photos_are_figures_with_alt_text_and_credit(client):
    page = demo_page("news-market-square-workshop", "en")
    content = client.get(page.url).content.decode()
    gallery = re.search(r'<section class="gallery".*?</section>', content, re.S).group(0)
    figures = re.findall(r"<figure.*?</figure>", gallery, re.S)
    assert len(figures) == 2
    assert 'alt="People discussing around a table."' in figures[0]
    assert all('<small class="credit">© 2025 Landkreis Lindenau</small>' in f for f in figures)
    assert all(re.search(r'width="\d+" height="\d+"', f) for f in figures)


def test_topics_appear_in_the_visitors_language_and_link_to_the_filtered_list(client):
    index = demo_page("news", "en")
    untranslated = NewsTopic.objects.create(
        locale=demo_topic("care", "de").locale,
        name="Nur auf Deutsch",
        slug="nur-deutsch",
    )
    # As wagtail-localize leaves them: the translation points at the German topics.
    page = NewsPageFactory(
        parent=index,
        title="Translated item",
        date=datetime.date(2025, 2, 2),
        topics=[demo_topic("care", "de"), untranslated],
    )
    content = client.get(page.url).content.decode()
    topics = re.search(r'<ul class="news-topics".*?</ul>', content, re.S).group(0)
    assert f'href="{index.url}?topic=care">Care<' in topics
    assert ">Nur auf Deutsch<" in topics  # no English version: the source is shown
    assert "Pflege" not in topics


def test_news_page_without_lead_image_or_topics_has_no_empty_figure_or_list(client):
    page = NewsPageFactory(parent=demo_page("news", "de"), title="Kurzmeldung")
    content = client.get(page.url).content.decode()
    assert "<figure" not in content
    assert 'class="news-topics"' not in content
