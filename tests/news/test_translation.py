"""Translating news with wagtail-localize: what is synchronised, what is translated."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from tests.factories import demo_page
from tests.news.factories import demo_topic
from tests.news.helpers import teaser_titles

pytestmark = pytest.mark.django_db


def test_a_translated_news_item_keeps_date_topics_image_and_credit(
    client, django_capture_on_commit_callbacks
):
    source_page = demo_page("news-tree-planting", "de")
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
    assert translation.date == source_page.date
    assert translation.lead_image == source_page.lead_image
    assert translation.lead_image_credit == source_page.lead_image_credit
    assert set(translation.topics.all()) == set(source_page.topics.all())

    # Danish readers see the Danish topic names, and the Danish list filters by them.
    content = client.get(translation.url).content.decode()
    assert "Miljø og trafik" in content and "Umwelt und Verkehr" not in content
    slug = demo_topic("environment", "da").slug
    listing = client.get(demo_page("news", "da").url, {"topic": slug}).content
    assert teaser_titles(listing) == [translation.title]
