"""Factories and helpers for news tests, built on the demo tree (tests/conftest.py loads it)."""

import datetime
import io

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from home.keys import translation_key
from news.models import NewsIndexPage, NewsPage, NewsTopic


def demo_topic(key, language="de"):
    """A demo news topic ("care", "digital", "participation", "environment")."""
    return NewsTopic.objects.get(
        translation_key=translation_key(f"news-topic-{key}"), locale__language_code=language
    )


def make_image(title="Testbild", colour=(11, 79, 138), size=(64, 48)):
    """A small PNG stored as a Wagtail image."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="test.png"))


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test news {n}")
    slug = factory.Sequence(lambda n: f"test-news-{n}")
    locale = factory.LazyAttribute(lambda o: o.parent.locale)

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    summary = factory.LazyAttribute(lambda o: f"Summary of {o.title}")
    date = datetime.date(2025, 5, 1)
    locale = factory.LazyAttribute(lambda o: o.parent.locale)

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if extracted:
            self.topics.set(extracted)
            if create:
                self.save()
