"""One news item: a dated article with an optional lead image and gallery."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, GalleryImageBlock
from home.models.base import BasePage

from .topics import NewsTopic

# Rendition specs: the templates use the same ones, so their renditions come with the page.
LEAD_IMAGE = "width-1200"
GALLERY_IMAGE = "fill-600x400"
API_THUMBNAIL = "fill-480x320"


class NewsPage(BasePage):
    """One news item: a dated article with an optional lead image and photo gallery."""

    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_(
            "The date shown on the news item. The news list and the feeds are sorted by it, "
            "newest first."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The full text of the news item, below the summary and the lead image."),
    )
    author = models.CharField(
        _("author or department"),
        max_length=150,
        blank=True,
        help_text=_("Who the news comes from, e.g. 'Press office' or 'Social planning'."),
    )
    topics = ParentalManyToManyField(
        NewsTopic,
        blank=True,
        related_name="news_pages",
        verbose_name=_("topics"),
        help_text=_(
            "Readers can filter the news list by these topics. Choose one or two that fit best."
        ),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
        help_text=_(
            "Optional photo shown above the text. If you choose one, also fill in the "
            "alternative text and the credit."
        ),
    )
    lead_image_alt = models.CharField(
        _("alternative text for the lead image"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the photo shows for people who cannot see it, e.g. 'Six people "
            "around a table in the council chamber'. Required with a lead image."
        ),
    )
    lead_image_caption = models.CharField(
        _("caption of the lead image"),
        max_length=250,
        blank=True,
        help_text=_("Optional text shown below the photo."),
    )
    lead_image_credit = models.CharField(
        _("credit for the lead image"),
        max_length=150,
        blank=True,
        help_text=_(
            "Photographer or copyright holder, e.g. '© 2025 Landkreis Lindenau'. "
            "Required with a lead image."
        ),
    )
    gallery = StreamField(
        [("photo", GalleryImageBlock())],
        blank=True,
        verbose_name=_("photo gallery"),
        help_text=_("Optional photos shown below the text, each with alternative text and credit."),
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_alt"),
                FieldRowPanel([FieldPanel("lead_image_caption"), FieldPanel("lead_image_credit")]),
            ],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("author"),
        index.FilterField("date"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("author"),
        APIField(
            "topics",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField("lead_image"),
        APIField(
            "lead_image_thumbnail",
            serializer=ImageRenditionField(API_THUMBNAIL, source="lead_image"),
        ),
        APIField("lead_image_alt"),
        APIField("lead_image_caption"),
        APIField("lead_image_credit"),
        APIField("body"),
        APIField("gallery"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("author"),
        TranslatableField("lead_image_alt"),
        TranslatableField("lead_image_caption"),
        TranslatableField("gallery"),
    ]
    synchronized_fields = BasePage.synchronized_fields + [
        SynchronizedField("date"),
        SynchronizedField("topics"),
        SynchronizedField("lead_image"),
        SynchronizedField("lead_image_credit"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.lead_image_id:
            errors = {}
            if not self.lead_image_alt.strip():
                errors["lead_image_alt"] = _(
                    "Describe the lead image for people who cannot see it."
                )
            if not self.lead_image_credit.strip():
                errors["lead_image_credit"] = _(
                    "Name the photographer or copyright holder of the lead image."
                )
            if errors:
                raise ValidationError(errors)

    @property
    def pubdate(self):
        """The publication date as an aware datetime (midnight, local time), for feeds."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def images(self):
        """{"lead": the lead image or None, "gallery": [photo dicts]}, each image
        with its renditions for this page, in one query however many photos
        there are (plus one the first time an image is shown)."""
        items = [item["value"] for item in self.gallery.raw_data if item.get("type") == "photo"]
        ids = {item.get("image") for item in items if item.get("image")}
        if self.lead_image_id:
            ids.add(self.lead_image_id)
        by_id = images_with_renditions(ids, [LEAD_IMAGE, GALLERY_IMAGE])
        return {
            "lead": by_id.get(self.lead_image_id),
            "gallery": [
                {
                    "image": by_id[item["image"]],
                    "alt_text": item.get("alt_text", ""),
                    "caption": item.get("caption", ""),
                    "credit": item.get("credit", ""),
                }
                for item in items
                if item.get("image") in by_id
            ],
        }

    def localized_topics(self, language, preview=False):
        """The page's topics in `language`, else as chosen (usually the source
        language: translated pages keep their source's topics), sorted by name.

        One query. In a preview the choice exists only in memory (the topics
        themselves are saved snippets), so it is read from there."""
        if preview or not self.pk:
            chosen = [topic.pk for topic in self.topics.all()]
        else:
            chosen = NewsPage.topics.through.objects.filter(newspage_id=self.pk)
            chosen = chosen.values("newstopic_id")
        topics = NewsTopic.objects.filter(pk__in=chosen).localized(language)
        return sorted(topics, key=lambda topic: topic.name.casefold())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        context["topics"] = self.localized_topics(get_language(), preview=preview)
        images = self.images()
        context["lead_image"] = images["lead"]
        context["gallery_photos"] = images["gallery"]
        # The index's address is this page's minus its own slug: no query needed.
        url = self.get_url(request) if self.url_path else None
        context["index_url"] = url.rstrip("/").rsplit("/", 1)[0] + "/" if url else None
        return context


def images_with_renditions(ids, specs):
    """{image id: image} with the images' renditions for `specs` attached, so
    that {% image %} finds them without a query of its own.

    One query fetches the renditions with their images; only images shown for
    the first time (no rendition yet) need a second one."""
    Image = get_image_model()
    by_id = {}
    if not ids:
        return by_id
    renditions = Image.get_rendition_model().objects.filter(image_id__in=ids, filter_spec__in=specs)
    for rendition in renditions.select_related("image"):
        image = by_id.setdefault(rendition.image_id, rendition.image)
        image.__dict__.setdefault("prefetched_renditions", []).append(rendition)
    missing = set(ids) - by_id.keys()
    if missing:
        for image in Image.objects.filter(pk__in=missing):
            image.prefetched_renditions = []  # none yet: Wagtail creates them when shown
            by_id[image.pk] = image
    return by_id
