"""PTV service channels and organisations in one language, as the parts of an
HSDS service record that services.hsds_import reads: a service location is a
location with its opening hours, an electronic channel the online service, a
phone channel phone numbers, web pages and printable forms links. Each reader
returns (value, notes); notes are (field, what was not imported)."""

from services.hsds_import import RecordError

from .coordinates import degrees
from .hours import as_text, schedules_from
from .texts import entries, phone_number, string, text

# Organisation types that are public bodies (the rest: "other").
PUBLIC = {"State", "Municipality", "RegionalOrganization", "Region", "SotePublic"}
FALLBACK_LANGUAGES = ["fi", "sv", "en"]


def name_of(data, names, language, notes):
    """The name in `language`, else in PTV's main languages (noted): a location or
    an organisation keeps one name where PTV has none in that language."""
    for code in [language] + FALLBACK_LANGUAGES:
        value = text(data, names, code, "Name") or text(data, names, code)
        if value:
            if code != language:
                notes.append((names, f"no name in {language!r}; the {code!r} one is used"))
            return value
    raise RecordError(names, "no name")


def unmapped(data, names, notes):
    for name in names:
        if data.get(name) not in (None, [], "", {}):
            notes.append((name, "no matching field here"))


def street_address(data, language, field):
    """(address line, postal code, town, country) of the first street address."""
    for n, address in enumerate(entries(data, "addresses", field)):
        street = address.get("streetAddress")
        if not isinstance(street, dict):
            continue
        where = f"{field}[{n}].streetAddress"
        line = " ".join(
            part
            for part in [
                text(street, "street", language, field=f"{where}.street")
                or text(street, "street", "fi", field=f"{where}.street"),
                string(street, "streetNumber", f"{where}.streetNumber"),
            ]
            if part
        )
        town = text(street, "postOffice", language, field=f"{where}.postOffice") or text(
            street, "postOffice", "fi", field=f"{where}.postOffice"
        )
        country = string(address, "country", f"{field}[{n}].country") or "FI"
        return line, string(street, "postalCode", f"{where}.postalCode"), town, country, street
    return "", "", "", "FI", {}


def location(channel, language):
    data, notes = channel.data, []
    line, postal_code, town, country, street = street_address(data, language, "addresses")
    record = {
        "id": channel.id,
        "x_locale": language,
        "name": name_of(data, "serviceChannelNames", language, notes),
        "addresses": [
            {"address_1": line, "postal_code": postal_code, "city": town, "country": country}
        ],
    }
    if street.get("latitude") and street.get("longitude"):
        try:
            record["latitude"], record["longitude"] = degrees(
                street["latitude"], street["longitude"]
            )
        except (TypeError, ValueError, OverflowError):
            raise RecordError("addresses[0].streetAddress.latitude", "not a number") from None
    phones = [
        p for p in entries(data, "phoneNumbers") if p.get("language") in (language, None)
    ] or entries(data, "phoneNumbers")
    if phones:
        record["phones"] = [{"number": phone_number(phones[0], "phoneNumbers[0]")}]
    email = text(data, "supportEmails", language) or text(data, "emails", language)
    if email:
        record["contacts"] = [{"email": email}]
    record["schedules"], hour_notes = schedules_from(data)
    notes += hour_notes
    unmapped(data, ["webPages", "serviceChannelDescriptions"], notes)
    if any(address.get("entrances") for address in entries(data, "addresses")):
        notes.append(("addresses.entrances", "accessibility sentences are not imported"))
    return record, notes


def online_service(channel, language):
    data, notes = channel.data, []
    pages = [p for p in entries(data, "webPages") if p.get("language") == language]
    if not pages:
        notes.append(("webPages", f"no address in {language!r}"))
        return None, notes
    label = name_of(data, "serviceChannelNames", language, notes)
    unmapped(data, ["supportPhones", "supportEmails", "attachments"], notes)
    return {"url": string(pages[0], "url", "webPages[0].url"), "label": label[:100]}, notes


def phones(channel, language):
    data, notes = channel.data, []
    label = name_of(data, "serviceChannelNames", language, notes)[:100]
    schedules, hour_notes = schedules_from(data)
    notes += hour_notes
    if any(schedule.get("freq") != "WEEKLY" for schedule in schedules):
        notes.append(("serviceHours", "a phone line's dated exceptions are not imported"))
    when = as_text(schedules, language)
    numbers = [
        {"number": phone_number(p, f"phoneNumbers[{n}]"), "description": label, "x_hours": when}
        for n, p in enumerate(entries(data, "phoneNumbers"))
        if p.get("language") in (language, None) and p.get("type", "Phone") == "Phone"
    ]
    unmapped(data, ["supportEmails"], notes)
    return numbers, notes


def link(channel, language):
    """(name, address) of a web page or a printable form."""
    data, notes = channel.data, []
    name = name_of(data, "serviceChannelNames", language, notes)
    url = text(data, "channelUrls", language) or next(
        (string(p, "url") for p in entries(data, "webPages") if p.get("language") == language),
        "",
    )
    if not url:
        notes.append(("webPages", f"no address in {language!r}"))
        return None, notes
    unmapped(data, ["deliveryAddresses", "attachments"], notes)
    return (name, url), notes


def organisation(item, language):
    """An HSDS organisation from a PTV organisation in `language`."""
    data, notes = item.data, []
    line, postal_code, town, _country, _street = street_address(data, language, "addresses")
    phones = entries(data, "phoneNumbers")
    web = [p for p in entries(data, "webPages") if p.get("language") == language]
    return {
        "id": item.id,
        "x_locale": language,
        "name": name_of(data, "organizationNames", language, notes),
        "x_kind": "public_authority" if str(data.get("organizationType")) in PUBLIC else "other",
        "x_address": "\n".join(p for p in [line, f"{postal_code} {town}".strip()] if p),
        "phones": [{"number": phone_number(phones[0], "phoneNumbers[0]")}] if phones else [],
        "email": text(data, "emails", language)
        or next((string(e, "value") for e in entries(data, "emails")), ""),
        "website": string(web[0], "url", "webPages[0].url") if web else "",
    }, notes
