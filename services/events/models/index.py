"""The events listing of one language: upcoming first, filters, past events, feeds."""

from django.db.models import Min
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.models.base import BasePage
from home.pagecache.middleware import expire_at
from home.pagination import page_links, page_number, paginate, query_url
from home.querysets import public_pages
from services.events.calendar import ics_response
from services.events.feeds import EventsAtomFeed, EventsRssFeed
from services.events.forms import EventFilterForm
from services.models import ServiceCategory, TargetGroup, TermOption

from .event import EventDate, EventPage

EVENTS_PER_PAGE = 10
CALENDAR_LENGTH = 500  # an iCalendar feed holds at most this many events


def term_options(model, events, language):
    """The terms of `model` the events are filed under, in `language` where translated."""
    field = {ServiceCategory: "categories", TargetGroup: "target_groups"}[model]
    used = events.order_by().values(f"{field}__translation_key")
    terms = model.objects.filter(translation_key__in=used).localized(language)
    options = [TermOption(t.translation_key, t.name, t.slug) for t in terms]
    return sorted(options, key=lambda t: t.name.casefold())


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events of one language: every live event page in this language's tree
    (under this listing, or elsewhere such as a care network's meetings)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Optional text above the list."),
    )

    parent_page_types = ["home.HomePage", "home.TopicPage"]
    subpage_types = ["events.EventPage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("events listing")
        verbose_name_plural = _("events listings")

    def events(self):
        """The live, public events of this listing's language tree: under the same
        home page (the language's root, at depth 2), whatever their parent."""
        home_path = self.path[: 2 * self.steplen]
        return public_pages(EventPage.objects.live().filter(path__startswith=home_path))

    def filter_form(self, request):
        language = get_language()
        events = self.events()
        return EventFilterForm(
            request.GET,
            categories=term_options(ServiceCategory, events, language),
            target_groups=term_options(TargetGroup, events, language),
        )

    def filtered(self, form, now, past=False):
        """The events the (valid) form selects: upcoming ones by their next date,
        or past ones most recent first."""
        events = self.events()
        for name, field in (("category", "categories"), ("target_group", "target_groups")):
            if term := form.term(name):
                events = events.in_terms(field, term.translation_key)
        start, end = form.date_range(timezone.localdate(now))
        if past:
            events = events.past(now)
            if start or end:
                dates = EventDate.objects.all()
                if start:
                    dates = dates.filter(ends_at__gt=start)
                if end:
                    dates = dates.filter(starts_at__lt=end)
                events = events.filter(pk__in=dates.values("page_id"))
            return events
        return events.with_next_date(now, start, end)

    def expire_listing(self, request, now):
        """The listing changes when any of its events' dates starts or ends."""
        dates = EventDate.objects.filter(page__in=self.events().values("pk"))
        moments = (
            dates.filter(starts_at__gt=now).aggregate(m=Min("starts_at"))["m"],
            (dates.filter(ends_at__gt=now).aggregate(m=Min("ends_at"))["m"]),
        )
        moments = [m for m in moments if m]
        if moments:
            expire_at(request, min(moments))

    def listing_context(self, request, form, past):
        now = timezone.now()
        base = self.get_url(request) or ""
        url = base + (self.reverse_subpage("past") if past else "")
        params = form.params()
        if form.is_valid():
            events = self.filtered(form, now, past=past).defer_streamfields()
            events = events.select_related("location")
        else:
            events = EventPage.objects.none()
        paginator, event_page = paginate(
            events, page_number(request.GET.get("page")), EVENTS_PER_PAGE
        )
        ids = [e.pk for e in event_page]
        dates = {}
        for date in EventDate.objects.filter(page_id__in=ids).order_by("starts_at"):
            dates.setdefault(date.page_id, []).append(date)
        for event in event_page:
            event.all_dates = dates.get(event.pk, [])
            shown = getattr(event, "next_date_id", None)
            event.shown_date = next(
                (d for d in event.all_dates if d.pk == shown),
                event.all_dates[-1] if event.all_dates else None,
            )
            event.more_dates = len(event.all_dates) - 1
        self.expire_listing(request, now)
        return {
            "form": form,
            "errors": form.messages() if form.is_bound else [],
            "past": past,
            "event_page": event_page,
            "paginator": paginator,
            **page_links(paginator, event_page, lambda n: query_url(url, params, n)),
            "listing_url": base,
            "past_url": base + self.reverse_subpage("past"),
            "calendar_url": query_url(base + self.reverse_subpage("calendar"), params),
            "rss_url": base + self.reverse_subpage("rss_feed"),
            "atom_url": base + self.reverse_subpage("atom_feed"),
            "filtered": bool(params),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        past = kwargs.get("past", False)
        context.update(self.listing_context(request, self.filter_form(request), past))
        return context

    def _listing(self, request, past):
        context = self.get_context(request, past=past)
        template = "events/event_index_page.html"
        response = TemplateResponse(request, template, context)
        if context["errors"]:
            # The page still renders, with the form and what was wrong with it.
            response.status_code = 400
        return response

    @path("")
    def upcoming_view(self, request):
        return self._listing(request, past=False)

    @path("past/", name="past")
    def past(self, request):
        return self._listing(request, past=True)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        form = self.filter_form(request)
        if not form.is_valid():
            return HttpResponse(
                "\n".join(form.messages()), status=400, content_type="text/plain; charset=utf-8"
            )
        now = timezone.now()
        events = list(self.filtered(form, now)[:CALENDAR_LENGTH])
        self.expire_listing(request, now)
        return ics_response(request, events, f"{self.slug}.ics", self.title, upcoming_only=True)

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        self.expire_listing(request, timezone.now())
        return EventsRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        self.expire_listing(request, timezone.now())
        return EventsAtomFeed(self)(request)
