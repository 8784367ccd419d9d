"""RSS 2.0 and Atom feeds of one events listing: its next 20 events, in its language.

As news/feeds.py, but ordered by the events' next date; an item's date is when
the event was last published (what a feed reader sorts by), its text says when
the event takes place."""

from django.contrib.syndication.views import Feed
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class EventsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    route = "rss_feed"

    def __init__(self, listing):
        super().__init__()
        self.listing = listing
        self.language = listing.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return self.listing

    def title(self, listing):
        return listing.title

    def link(self, listing):
        return listing.get_full_url(self.request)

    def feed_url(self, listing):
        return listing.get_full_url(self.request) + listing.reverse_subpage(self.route)

    def description(self, listing):
        return listing.search_description or listing.summary or _("Upcoming events")

    def items(self, listing):
        events = listing.events().with_next_date(timezone.now())
        return events.defer_streamfields()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        when = formats.date_format(timezone.localtime(item.next_start), "DATETIME_FORMAT")
        return f"{when}: {item.summary}" if item.summary else when

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at


class EventsAtomFeed(EventsRssFeed):
    feed_type = Atom1Feed
    route = "atom_feed"

    def subtitle(self, listing):
        return self.description(listing)
