"""schema.org JSON-LD of an event page: one `Event` per date (as search engines
want a series described), with place, organiser, offer and audience."""

import datetime

from django.utils import timezone

from services.jsonld import _clean, provider, script_tag

SCHEMA = "https://schema.org/"


def _place(event):
    location = event.location
    if location is not None:
        return {
            "@type": "Place",
            "name": location.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": location.street_address,
                "postalCode": location.postal_code,
                "addressLocality": location.locality,
                "addressCountry": location.country,
            },
        }
    lines = event.place_lines()
    if not lines:
        return None
    return {"@type": "Place", "name": lines[0], "address": ", ".join(lines)}


def _times(date):
    if date.all_day:
        return {"startDate": date.date.isoformat(), "endDate": date.last_date.isoformat()}
    times = {"startDate": date.moment().isoformat()}
    if date.end_time is not None:
        times["endDate"] = date.end_moment().isoformat()
    return times


def event_data(event, url, language, target_groups=(), image_url=None, now=None):
    now = now or timezone.now()
    dates = event.sorted_dates()
    shown = [d for d in dates if d.end_moment() > now] or dates
    offer = None
    if event.cost or event.registration_url:
        deadline = event.registration_deadline
        offer = {
            "@type": "Offer",
            "description": event.cost,
            "url": event.registration_url,
            "validThrough": deadline.isoformat() if isinstance(deadline, datetime.date) else None,
        }
    common = {
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": url,
        "inLanguage": language,
        "eventStatus": SCHEMA + "EventScheduled",
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode",
        "location": _place(event),
        "organizer": provider(event.organiser),
        "offers": offer,
        "audience": [{"@type": "Audience", "audienceType": group.name} for group in target_groups],
        "image": image_url,
    }
    events = [{**common, **_times(date)} for date in shown]
    return _clean({"@context": "https://schema.org", "@graph": events})


def event_jsonld(event, request, target_groups):
    image_url = None
    if event.image:
        rendition = event.image.get_rendition("width-1200")
        image_url = request.build_absolute_uri(rendition.url)
    url = event.get_full_url(request) if event.url_path else ""
    return script_tag(event_data(event, url, event.locale.language_code, target_groups, image_url))
