"""iCalendar (RFC 5545) files of events: one per event page, one of a filtered listing.

Times are written in the site's time zone with its VTIMEZONE, so a calendar keeps an
event's local time across a change to or from summer time; all-day dates are dates."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vText


def event_components(event, request, host, stamp, now=None):
    """One VEVENT per date of `event` (only those not over at `now`, if given)."""
    url = event.get_full_url(request)
    place = ", ".join(event.place_lines())
    for date in event.sorted_dates():
        if now is not None and date.end_moment() <= now:
            continue
        component = Event()
        component.add("uid", f"event-{event.pk}-{date.pk}@{host}")
        component.add("dtstamp", stamp)
        component.add("summary", event.title)
        if event.summary:
            component.add("description", f"{event.summary}\n\n{url}")
        else:
            component.add("description", url)
        component.add("url", url)
        if place:
            component.add("location", vText(place))
        if event.organiser:
            component.add("organizer", vText(event.organiser.name))
        if date.all_day:
            component.add("dtstart", date.date)
            component.add("dtend", date.last_date + datetime.timedelta(days=1))  # exclusive
        else:
            component.add("dtstart", date.moment())
            if date.end_time is not None:
                component.add("dtend", date.end_moment())
        yield component


def ics_response(request, events, filename, title, upcoming_only=False):
    calendar = Calendar()
    calendar.add("prodid", "-//municipal-cms//events//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", title)
    host = request.get_host().split(":")[0]
    stamp = datetime.datetime.now(datetime.UTC)
    now = timezone.now() if upcoming_only else None
    for event in events:
        for component in event_components(event, request, host, stamp, now):
            calendar.add_component(component)
    calendar.add_missing_timezones()  # a VTIMEZONE for each TZID, as RFC 5545 requires
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
