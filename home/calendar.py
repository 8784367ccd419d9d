"""iCalendar (RFC 5545) files for meetings, so citizens can add them to their calendar."""

import datetime
import zoneinfo

from icalendar import Calendar, Event, vText


def meetings_calendar(meetings, *, page_title, page_url, host, time_zone):
    zone = zoneinfo.ZoneInfo(time_zone)
    calendar = Calendar()
    calendar.add("prodid", "-//municipal-cms//meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", page_title)
    stamp = datetime.datetime.now(datetime.UTC)
    for meeting in meetings:
        event = Event()
        event.add("uid", f"{meeting['id']}@{host}")
        event.add("dtstamp", stamp)
        event.add("summary", f"{page_title}: {meeting['topic']}")
        event.add("location", vText(meeting["place"]))
        event.add("url", page_url)
        event.add("description", page_url)
        if meeting.get("start_time"):
            start = datetime.datetime.combine(meeting["date"], meeting["start_time"], tzinfo=zone)
            event.add("dtstart", start)
            if meeting.get("end_time"):
                event.add(
                    "dtend",
                    datetime.datetime.combine(meeting["date"], meeting["end_time"], tzinfo=zone),
                )
        else:
            event.add("dtstart", meeting["date"])  # all-day
        calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE for each TZID, as RFC 5545 requires
    return calendar.to_ical()
