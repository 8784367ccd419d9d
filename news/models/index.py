"""The news index of one language: newest first, filters, pagination, feeds."""

import datetime

from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models import OuterRef, Value
from django.db.models.functions import ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.models.base import BasePage
from home.pagecache.middleware import generation_cached
from home.pagination import page_links, page_number, paginate, query_url
from home.querysets import language_preference, public_pages
from news.feeds import NewsAtomFeed, NewsRssFeed

from .page import NewsPage
from .topics import NewsTopic, TopicOption

NEWS_PER_PAGE = 10


def _parse_year(value):
    """A year from the query string, or None: only plain integers a date can hold."""
    value = (value or "").strip()
    if value.isascii() and value.isdigit():
        year = int(value)
        if datetime.MINYEAR <= year <= datetime.MAXYEAR:
            return year
    return None


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
        rank = language_preference(language)
        for key, name, slug, code, year in topic_rows.union(year_rows):
            if year is not None:
                years.add(year)
            elif key not in candidates or rank(code) < rank(candidates[key][0]):
                candidates[key] = (code, TopicOption(key, name, slug))
        topics = sorted((t for _code, t in candidates.values()), key=lambda t: t.name.casefold())
        return sorted(years, reverse=True), topics

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The same for every visitor until the next change: kept with the generation.
        language = get_language()
        years, topics = generation_cached(
            request, f"news-options:{self.pk}:{language}", lambda: self.filter_options(language)
        )
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
        # Each item's topic keys (and the total) come with the page of news itself.
        news = news.defer_streamfields().annotate(
            topic_keys=ArraySubquery(
                NewsPage.topics.through.objects.filter(newspage_id=OuterRef("pk"))
                .order_by("newstopic__name")
                .values("newstopic__translation_key")
            ),
        )
        paginator, news_page = paginate(news, page_number(request.GET.get("page")), NEWS_PER_PAGE)
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
                    "remove_url": query_url(base, {"year": year}),
                }
            )
        if year is not None:
            active_filters.append(
                {
                    "label": _("Year: %(year)s") % {"year": year},
                    "remove_url": query_url(base, {"topic": filters["topic"]}),
                }
            )
        context.update(
            news_page=news_page,
            paginator=paginator,
            **page_links(paginator, news_page, lambda n: query_url(base, filters, n)),
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
        return NewsRssFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)
