"""A care network's meetings: event pages under its page, shown on it."""

from django.template.loader import render_to_string
from django.utils import timezone
from wagtail import hooks

from home.querysets import public_pages
from services.events.models import EventDate, EventPage
from services.events.models.event import expire_at_next_change


@hooks.register("care_network_sections")
def network_meetings(page, request):
    """The upcoming events entered under a care network page, next first: a
    meeting is entered once, as an event, and shows here and in the events listing."""
    events = public_pages(EventPage.objects.live().child_of(page))
    upcoming = list(events.with_next_date(timezone.now()).defer_streamfields())
    if not upcoming:
        return ""
    dates = EventDate.objects.in_bulk([event.next_date_id for event in upcoming])
    for event in upcoming:
        event.shown_date = dates[event.next_date_id]
    # The section changes when a meeting starts or ends.
    expire_at_next_change(request, dates.values(), timezone.now())
    return render_to_string(
        "events/includes/network_meetings.html",
        {"events": upcoming, "request": request},
        request=request,
    )
