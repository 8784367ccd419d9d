"""Translating news with wagtail-localize: what is synchronised, what is translated."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from tests.factories import ImageFactory, NewsIndexPageFactory, NewsPageFactory, translate
from tests.html import get, text
from tests.news.helpers import teaser_tags, teaser_titles

pytestmark = pytest.mark.django_db


def test_a_translated_news_item_keeps_date_topics_image_and_credit(
    client, django_capture_on_commit_callbacks, topics
):
    german_index = NewsIndexPageFactory(title="Pressemitteilungen")
    danish_index = translate(german_index, "da", title="Pressemeddelelser", slug="presse")
    source_page = NewsPageFactory(
        parent=german_index,
        title="Neue Wege zur Schule",
        summary="Der Landkreis plant sichere Schulwege.",
        author="Pressestelle",
        date=datetime.date(2025, 4, 3),
        lead_image=ImageFactory(),
        lead_image_alt="Kinder auf einem Zebrastreifen",
        lead_image_caption="Der neue Übergang an der Grundschule",
        lead_image_credit="© 2025 Landkreis Testland",
        topics=[topics["schools"]["de"], topics["roads"]["de"]],
    )
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    segments = set(
        StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    # Text for readers is offered for translation; the credit and the date are not.
    assert {"title", "summary", "author", "lead_image_alt", "lead_image_caption"} <= segments
    assert "lead_image_credit" not in segments

    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation, _created = source.create_or_update_translation(
            Locale.objects.get(language_code="da"), publish=True, fallback=True
        )
    translation = translation.specific
    assert translation.get_parent().pk == danish_index.pk
    assert translation.date == source_page.date
    assert translation.lead_image == source_page.lead_image
    assert translation.lead_image_credit == source_page.lead_image_credit
    assert set(translation.topics.all()) == set(source_page.topics.all())

    # Danish readers see the Danish topic names, and the Danish list filters by them.
    page_text = text(get(client, translation.url))
    assert "Skole og uddannelse" in page_text and "Veje og trafik" in page_text
    assert "Schule und Bildung" not in page_text and "Straßenbau" not in page_text
    listing = get(client, danish_index.url, topic=topics["roads"]["da"].slug)
    assert teaser_titles(listing) == [translation.title]
    [tags] = teaser_tags(listing)
    assert sorted(tags) == ["Skole og uddannelse", "Veje og trafik"]
