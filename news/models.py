"""News: topics (a translatable snippet), a news index per language and news pages.

The index lists its news newest first, ten to a page, filterable by topic and
year with a plain GET form, and offers RSS and Atom feeds of its 20 newest
items. Listing and article pages run a fixed number of queries, however many
news items, topics or photos there are.
"""

import datetime
import uuid
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Value, Window
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock, GalleryImageBlock
from home.models import BasePage
from home.querysets import public_pages

NEWS_PER_PAGE = 10
MAX_PAGE = 100_000  # beyond any real list: larger numbers go to the last page
FEED_LENGTH = 20
# Rendition specs: the templates use the same ones, so their renditions come with the page.
LEAD_IMAGE = "width-1200"
GALLERY_IMAGE = "fill-600x400"
API_THUMBNAIL = "fill-480x320"


class NewsTopic(TranslatableMixin, models.Model):
    """A topic news can be filtered by, e.g. "Care" or "Digital services"."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown on news pages and in the topic filter, e.g. 'Care'."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_(
            "Appears in the address of the filtered news list, e.g. 'care'. Lower-case letters, "
            "digits and hyphens; unique within a language."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="news_topic_unique_slug_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The form does not contain the locale, so Django would not check this
        # constraint and saving would fail with a database error instead.
        if (
            self.slug
            and self.locale_id
            and NewsTopic.objects.filter(slug=self.slug, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError({"slug": _("Another topic in this language has this slug.")})


@dataclass
class TopicOption:
    """A topic as the news list offers it: in the visitor's language where possible."""

    translation_key: uuid.UUID
    name: str
    slug: str


def localize_topics(topics, language):
    """The topics in `language` where translated, else as they are (the source),
    with one query: a page's topics may point at the source-language topics."""
    topics = list(topics)
    keys = {topic.translation_key for topic in topics}
    if not keys:
        return []
    translated = {
        topic.translation_key: topic
        for topic in NewsTopic.objects.filter(
            translation_key__in=keys, locale__language_code=language
        )
    }
    return [translated.get(topic.translation_key, topic) for topic in topics]


def _parse_year(value):
    """A year from the query string, or None: only plain integers a date can hold."""
    value = (value or "").strip()
    if value.isascii() and value.isdigit():
        year = int(value)
        if datetime.MINYEAR <= year <= datetime.MAXYEAR:
            return year
    return None


def _parse_page(value):
    """The requested page number; anything but an integer means the first page."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


def _page_param(number):
    """The `page` query parameter for a page number: none for the first page."""
    return number if number != 1 else None


def _query_url(base, **params):
    params = {name: value for name, value in params.items() if value not in (None, "")}
    return f"{base}?{urlencode(params)}" if params else base


def _preference(language):
    """Sort key for topics: the visitor's language first, then the default language."""
    order = [language, settings.LANGUAGE_CODE]
    return lambda code: order.index(code) if code in order else len(order)


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news of one language: a filterable list and its RSS and Atom feeds.

    A list view costs two queries of its own, however many news there are: one
    for the filter options (years and topics in use), one for the page of news
    with the total count and each item's topics."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Optional text above the list, e.g. whom to contact with press enquiries."),
    )

    parent_page_types = ["home.HomePage", "home.TopicPage"]
    subpage_types = ["news.NewsPage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news(self):
        """The live, public news pages of this index, newest first."""
        return public_pages(NewsPage.objects.child_of(self).live()).order_by("-date", "-pk")

    def filter_options(self, language):
        """(years, topics) of this index's news, newest year first, topics by name.

        One query: the topics in use and the years in use as one UNION. Topics
        come one per translation key, in `language`, else in the default
        language, else any (translated news keep their source's topics)."""
        news = self.news().order_by()
        text = Value("", output_field=models.CharField())
        topic_rows = (
            NewsTopic.objects.filter(translation_key__in=news.values("topics__translation_key"))
            .order_by()
            .values_list(
                "translation_key",
                "name",
                "slug",
                "locale__language_code",
                Value(None, output_field=models.IntegerField()),
            )
        )
        year_rows = news.values_list(
            Value(None, output_field=models.UUIDField()), text, text, text, ExtractYear("date")
        )
        years, candidates = set(), {}
        rank = _preference(language)
        for key, name, slug, code, year in topic_rows.union(year_rows):
            if year is not None:
                years.add(year)
            elif key not in candidates or rank(code) < rank(candidates[key][0]):
                candidates[key] = (code, TopicOption(key, name, slug))
        topics = sorted((t for _code, t in candidates.values()), key=lambda t: t.name.casefold())
        return sorted(years, reverse=True), topics

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        years, topics = self.filter_options(get_language())
        topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        year = _parse_year(request.GET.get("year"))

        news = self.news()
        if topic is not None:
            tagged = NewsPage.topics.through.objects.filter(
                newstopic__translation_key=topic.translation_key
            )
            news = news.filter(pk__in=tagged.values("newspage_id"))
        if year is not None:
            news = news.filter(date__year=year)
        # The total and each item's topic keys come with the page of news itself.
        news = news.defer_streamfields().annotate(
            total=Window(Count("pk")),
            topic_keys=ArraySubquery(
                NewsPage.topics.through.objects.filter(newspage_id=OuterRef("pk"))
                .order_by("newstopic__name")
                .values("newstopic__translation_key")
            ),
        )
        paginator = Paginator(news, NEWS_PER_PAGE)
        number = _parse_page(request.GET.get("page"))
        in_range = 0 < number <= MAX_PAGE
        items = (
            list(news[(number - 1) * NEWS_PER_PAGE : number * NEWS_PER_PAGE]) if in_range else []
        )
        if items or number == 1:
            paginator.count = items[0].total if items else 0
            news_page = Page(items, number, paginator)
        else:
            # Beyond the last page: Django's paginator counts and shows the last page.
            news_page = paginator.get_page(number)
        by_key = {t.translation_key: t for t in topics}
        for item in news_page:
            item.localized_topics = [by_key[k] for k in item.topic_keys if k in by_key]

        base = self.get_url(request) or ""
        filters = {"topic": topic.slug if topic else None, "year": year}
        active_filters = []
        if topic is not None:
            active_filters.append(
                {
                    "label": _("Topic: %(name)s") % {"name": topic.name},
                    "remove_url": _query_url(base, year=year),
                }
            )
        if year is not None:
            active_filters.append(
                {
                    "label": _("Year: %(year)s") % {"year": year},
                    "remove_url": _query_url(base, topic=filters["topic"]),
                }
            )
        context.update(
            news_page=news_page,
            paginator=paginator,
            page_links=[
                {
                    "number": n,
                    "url": None
                    if n == paginator.ELLIPSIS
                    else _query_url(base, **filters, page=_page_param(n)),
                }
                for n in paginator.get_elided_page_range(
                    news_page.number, on_each_side=2, on_ends=1
                )
            ],
            previous_url=_query_url(
                base, **filters, page=_page_param(news_page.previous_page_number())
            )
            if news_page.has_previous()
            else None,
            next_url=_query_url(base, **filters, page=news_page.next_page_number())
            if news_page.has_next()
            else None,
            topics=topics,
            years=years,
            selected_topic=topic,
            selected_year=year,
            active_filters=active_filters,
            rss_url=base + self.reverse_subpage("rss_feed"),
            atom_url=base + self.reverse_subpage("atom_feed"),
        )
        return context

    @path("feed/rss/")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageForm(WagtailAdminPageForm):
    """Offers the topics of the page's own language (and keeps any already chosen)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("topics")
        if field is not None and self.instance.locale_id:
            chosen = [t.pk for t in self.instance.topics.all()] if self.instance.pk else []
            field.queryset = NewsTopic.objects.filter(
                Q(locale_id=self.instance.locale_id) | Q(pk__in=chosen)
            )


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
    base_form_class = NewsPageForm

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

        One query: the chosen topics and their translations together. In a
        preview the chosen topics exist only in memory, so they are used as they are."""
        if preview or not self.pk:
            topics = localize_topics(self.topics.all(), language)
        else:
            chosen = NewsPage.topics.through.objects.filter(newspage_id=self.pk)
            candidates = NewsTopic.objects.filter(
                Q(pk__in=chosen.values("newstopic_id"))
                | Q(
                    translation_key__in=chosen.values("newstopic__translation_key"),
                    locale__language_code=language,
                )
            ).annotate(
                language=F("locale__language_code"),
                is_chosen=Exists(chosen.filter(newstopic_id=OuterRef("pk"))),
            )
            candidates = list(candidates)
            translated = {t.translation_key: t for t in candidates if t.language == language}
            topics = {}
            for topic in candidates:
                if topic.is_chosen:
                    topics.setdefault(
                        topic.translation_key, translated.get(topic.translation_key, topic)
                    )
            topics = topics.values()
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
