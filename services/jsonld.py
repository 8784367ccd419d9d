"""schema.org JSON-LD for a service page: a GovernmentService with its
channels (online, phone, email, places), places with their opening hours,
audience, area, provider and cost, so search engines and other catalogues
can reuse the service description.

Built from what the page already shows (services.models.page_data: terms, locations
and organisation in the visitor's language), so it costs no query of its own."""

import datetime
import json

from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from services.models import Cost, ExceptionKind, Weekday

SCHEMA = "https://schema.org/"
DAY_NAMES = {day.value: SCHEMA + day.name.capitalize() for day in Weekday}

# As django.utils.html.json_script: JSON cannot close the <script> element or
# open a comment inside it, whatever an editor types.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _time(value):
    return value.strftime("%H:%M")


def _clean(data):
    """Drop empty values, so the output names only what the service has."""
    if isinstance(data, dict):
        cleaned = {key: _clean(value) for key, value in data.items()}
        return {key: value for key, value in cleaned.items() if value not in (None, "", [], {})}
    if isinstance(data, list):
        return [item for item in (_clean(item) for item in data) if item not in (None, "", {})]
    return data


def opening_hours(shown, today):
    """Regular hours, then the exceptions not over before `today` with their
    validity; a closed day is opens = closes = 00:00, as schema.org advises."""
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": DAY_NAMES[row.weekday],
            "opens": _time(row.opens),
            # 00:00–00:00 is the whole day here; to schema.org it means closed.
            "closes": "23:59" if row.opens == row.closes == datetime.time() else _time(row.closes),
        }
        for row in shown.hours
    ]
    for exception in sorted(shown.exceptions, key=lambda e: e.start_date):
        if exception.last_date < today:
            continue
        closed = exception.kind != ExceptionKind.SPECIAL_HOURS
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "name": str(exception.get_kind_display()),
                "validFrom": exception.start_date.isoformat(),
                "validThrough": exception.last_date.isoformat(),
                "opens": "00:00" if closed else _time(exception.opens),
                "closes": "00:00" if closed else _time(exception.closes),
            }
        )
    return specs


def place(shown, today):
    location = shown.location
    features = [
        {"@type": "LocationFeatureSpecification", "name": capfirst(str(name)), "value": True}
        for name in location.accessibility_features
    ]
    geo = None
    if location.latitude is not None and location.longitude is not None:
        geo = {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        }
    return {
        "@type": "CivicStructure",
        "name": location.name,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street_address,
            "postalCode": location.postal_code,
            "addressLocality": location.locality,
            "addressCountry": location.country,
        },
        "geo": geo,
        "telephone": location.phone,
        "email": location.email,
        "hasMap": location.map_url,
        "amenityFeature": features,
        "description": location.transport,
        "openingHoursSpecification": opening_hours(shown, today),
    }


def provider(organisation):
    if organisation is None:
        return None
    return {
        "@type": "GovernmentOrganization"
        if organisation.kind == "public_authority"
        else "Organization",
        "name": organisation.name,
        "url": organisation.website,
        "telephone": organisation.phone,
        "email": organisation.email,
        "address": organisation.address.replace("\n", ", ").replace("\r", ""),
    }


def channels(page, locations, today, languages):
    found = []
    if page.online_service_url:
        found.append(
            {
                "@type": "ServiceChannel",
                "name": page.online_service_label or page.title,
                "serviceUrl": page.online_service_url,
                "availableLanguage": languages,
            }
        )
    for phone in page.phones:
        found.append(
            {
                "@type": "ServiceChannel",
                "name": phone.value["label"] or page.title,
                "servicePhone": {
                    "@type": "ContactPoint",
                    "telephone": phone.value["number"],
                    "contactType": phone.value["label"],
                    "description": phone.value["hours"],
                    "availableLanguage": languages,
                },
            }
        )
    if page.email:
        found.append(
            {
                "@type": "ServiceChannel",
                "name": page.email,
                "serviceUrl": f"mailto:{page.email}",
            }
        )
    for shown in locations:
        found.append(
            {
                "@type": "ServiceChannel",
                "name": shown.location.name,
                "serviceLocation": place(shown, today),
                "availableLanguage": languages,
            }
        )
    return found


def audience(page, terms):
    ages = {"suggestedMinAge": page.minimum_age, "suggestedMaxAge": page.maximum_age}
    groups = [term.name for term in terms["target_groups"]]
    if not groups and page.minimum_age is None and page.maximum_age is None:
        return None
    return [{"@type": "PeopleAudience", "audienceType": name, **ages} for name in groups] or [
        {"@type": "PeopleAudience", **ages}
    ]


def offers(page):
    offer = {"@type": "Offer", "description": page.cost_description}
    if page.cost == Cost.FREE:
        offer["price"] = 0
    return [offer]


def government_service(page, url, language, terms, locations, organisation, today):
    """The JSON-LD object of a service page, as a dict."""
    languages = [code for code, _name in page.offered_languages]
    categories = [term.name for term in terms["categories"]]
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.summary,
        "inLanguage": language,
        "serviceType": categories[0] if categories else None,
        "category": categories,
        "audience": audience(page, terms),
        "areaServed": [
            {"@type": "AdministrativeArea", "name": term.name} for term in terms["areas"]
        ],
        "provider": provider(organisation),
        "availableChannel": channels(page, locations, today, languages),
        "offers": offers(page),
        "termsOfService": [law.value["url"] or law.value["title"] for law in page.legal_basis],
    }
    return _clean(data)


def script_tag(data):
    """`data` as a <script type="application/ld+json"> element, safe in HTML."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
