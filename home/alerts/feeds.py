"""The alerts as open data, one set of feeds per language: an Atom feed for people
and feed readers, and the CAP feed, an Atom index whose entries link to each
alert's CAP 1.2 message (cap.py), as CAP aggregators expect of an authority.

Both list the alerts running now in the feed's language (with the default
language's version of an alert not yet translated), most severe first, whatever
part of the site they cover.
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home import navigation

from .selection import alerts_for

CAP_TYPE = "application/cap+xml"


class LinkedAtomFeed(Atom1Feed):
    """Atom with a further typed link per entry (Django's writes one untyped link)."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for rel, media_type, href in item.get("typed_links", ()):
            handler.addQuickElement("link", "", {"rel": rel, "type": media_type, "href": href})


class AlertAtomFeed(Feed):
    feed_type = LinkedAtomFeed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language()  # a plain attribute in Django's Feed
        return super().__call__(request, *args, **kwargs)

    def title(self):
        org = navigation.organisation(self.request)
        return f"{_('Alerts')} – {org.name}" if org else _("Alerts")

    def subtitle(self):
        return _("Current alerts: disruptions, closures and dangers.")

    def link(self):
        root = navigation.current_root(self.request)
        return root.get_full_url(self.request) if root else self.request.build_absolute_uri("/")

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        return alerts_for(self.request, None, language=self.language, everywhere=True)

    def item_title(self, alert):
        return f"{alert.get_severity_display()}: {alert.title}"

    def item_description(self, alert):
        return alert.text

    def item_link(self, alert):
        if link := alert.link(self.request):
            return link
        if alert.page_id and (page := alert.page.localized).live:
            return page.get_full_url(self.request)
        return self.link()

    def item_guid(self, alert):
        return f"urn:uuid:{alert.message_uuid}"

    def item_guid_is_permalink(self, alert):
        return False

    def item_pubdate(self, alert):
        return alert.starts_at

    def item_updateddate(self, alert):
        return alert.updated_at

    def item_categories(self, alert):
        return [alert.get_severity_display()]

    def cap_url(self, alert):
        return self.request.build_absolute_uri(reverse("alerts:cap_message", args=[alert.pk]))

    def item_extra_kwargs(self, alert):
        return {"typed_links": [("related", CAP_TYPE, self.cap_url(alert))]}


class CapIndexFeed(AlertAtomFeed):
    """Each entry's alternate link is the alert's CAP message."""

    def title(self):
        return f"{super().title()} (CAP 1.2)"

    def item_link(self, alert):
        return self.cap_url(alert)

    def item_extra_kwargs(self, alert):
        # The alternate link's media type, so a reader knows it is CAP before fetching.
        return {"typed_links": [("related", "text/html", super().item_link(alert))]}
