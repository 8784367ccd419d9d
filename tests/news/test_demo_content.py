"""The demo news: topics in every language, photos, an index per language, translated items."""

import pytest
from django.conf import settings
from wagtail.images import get_image_model

from home.keys import translation_key
from news import demo_content
from news.models import NewsIndexPage, NewsPage, NewsTopic
from tests.factories import demo_page

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_each_topic_exists_in_every_language_under_one_translation_key():
    for key in demo_content.TOPICS:
        topics = NewsTopic.objects.filter(translation_key=translation_key(f"news-topic-{key}"))
        assert sorted(t.locale.language_code for t in topics) == sorted(LANGUAGES)


def test_loading_again_creates_nothing():
    locales = {t.locale.language_code: t.locale for t in NewsTopic.objects.all()}
    assert demo_content.load_snippets(locales, translation_key) == 0
    assert get_image_model().objects.filter(title__in=demo_content.IMAGES.values()).count() == 3


def test_every_language_has_a_news_index_and_translated_news():
    titles = {"de": "Aktuelles", "da": "Nyheder", "fi": "Uutiset", "en": "News"}
    for language, title in titles.items():
        index = demo_page("news", language)
        assert isinstance(index, NewsIndexPage) and index.title == title and index.show_in_menus
        assert NewsPage.objects.child_of(index).live().count() >= 2
    assert NewsPage.objects.child_of(demo_page("news", "de")).count() == 5
    for key in ["news-care-round-table", "news-online-vehicle-registration"]:
        for language in LANGUAGES:
            page = demo_page(key, language)
            assert page.topics.get().locale.language_code == language
