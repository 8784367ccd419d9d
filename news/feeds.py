"""RSS 2.0 and Atom feeds of one news index: its 20 newest items, in its language.

Each language has its own news index, so each language has its own feeds
(e.g. /de/aktuelles/feed/rss/ and /en/news/feed/atom/).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home import navigation

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    route = "rss_feed"  # NewsIndexPage's route serving this feed

    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code  # a plain attribute in Django's Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.index

    def title(self, index):
        org = navigation.organisation(self.request)
        return f"{index.title} – {org.name}" if org else index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return index.get_full_url(self.request) + index.reverse_subpage(self.route)

    def description(self, index):
        return (
            index.search_description
            or index.summary
            or strip_tags(index.intro)
            or _("The latest news")
        )

    def items(self, index):
        return index.news().defer_streamfields()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.pubdate

    def item_updateddate(self, item):
        return item.last_published_at or item.pubdate

    def item_author_name(self, item):
        return item.author or None


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    route = "atom_feed"

    def subtitle(self, index):
        return self.description(index)
