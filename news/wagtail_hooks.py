"""The news topics in the admin, under Snippets; the newest news on the home page."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.pagecache.middleware import generation_cached
from home.querysets import public_pages
from news.models import NewsIndexPage, NewsPage, NewsTopic


class NewsTopicViewSet(SnippetViewSet):
    model = NewsTopic
    icon = "tag"
    menu_label = _("News topics")
    list_display = ["name", "slug"]
    ordering = ["name"]


register_snippet(NewsTopicViewSet)


@hooks.register("home_page_sections")
def newest_news(page, request):
    """The three newest news items of the home page's language, with a link to all news
    (the same for every visitor until the next change: kept with the generation)."""
    return generation_cached(request, f"newest-news:{page.pk}", lambda: _newest_news(page, request))


def _newest_news(page, request):
    items = list(
        public_pages(NewsPage.objects.live().descendant_of(page))
        .defer_streamfields()
        .order_by("-date", "-pk")[:3]
    )
    if not items:
        return ""
    index = NewsIndexPage.objects.live().descendant_of(page).order_by("path").first()
    return render_to_string(
        "news/includes/home_news.html",
        {"items": items, "index": index, "request": request},
        request=request,
    )
