"""The snippets a service record carries inline: taxonomy terms, organisations, locations
with their opening hours; matched by id (translation key) and language, created or updated."""

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from home.import_translations import record_translation
from home.memo import remembered
from home.organisations.models import Organisation, OrganisationKind
from services.hsds_vocabulary import BYDAY
from services.models import (
    ACCESSIBILITY_FEATURES,
    ExceptionKind,
    OpeningHours,
    OpeningHoursException,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
)

from .values import (
    RecordError,
    coordinate,
    date,
    items,
    locale_for,
    obj,
    parse_uuid,
    save_snippet,
    string,
    time,
    update,
    validation_message,
)


@remembered(ignore={"field"})
def find_or_new(model, key, locale, values, field):
    """The snippet with this key in this language, updated to `values`, or a new one."""
    instance = model.objects.filter(translation_key=key, locale=locale).first()
    if instance is None:
        instance = model(translation_key=key, locale=locale, **values)
        save_snippet(instance, field)
    elif update(instance, values):
        save_snippet(instance, field)
    else:
        return instance
    record_translation(instance)
    return instance


def term_locale(data, default, field):
    code = data.get("language") or data.get("x_locale")
    return locale_for(code, f"{field}.language") if code else default


def import_term(model, data, locale, field, depth=0):
    key = parse_uuid(data.get("id"), f"{field}.id")
    locale = term_locale(data, locale, field)
    name = string(data, "name", f"{field}.name", required=True)
    values = {
        "name": name,
        "slug": string(data, "code", f"{field}.code") or slugify(name, allow_unicode=True)[:100],
        "description": string(data, "description", f"{field}.description"),
    }
    if model is ServiceCategory:
        values["parent"] = import_parent(data, locale, field, depth)
    if model is ServiceArea:
        values["kind"] = string(data, "x_kind", f"{field}.x_kind") or "municipality"
        values["slug"] = string(data, "x_slug", f"{field}.x_slug") or values["slug"]
        values["code"] = string(data, "x_code", f"{field}.x_code")
    return find_or_new(model, key, locale, values, field)


def import_parent(data, locale, field, depth):
    parent_id = data.get("parent_id")
    if not parent_id:
        return None
    parent_key = parse_uuid(parent_id, f"{field}.parent_id")
    parent_data = obj(data, "x_parent", f"{field}.x_parent")
    if parent_data and str(parent_data.get("id")) == str(parent_key) and depth < 10:
        return import_term(ServiceCategory, parent_data, locale, f"{field}.x_parent", depth + 1)
    candidates = ServiceCategory.objects.filter(translation_key=parent_key)
    parent = candidates.filter(locale=locale).first() or candidates.first()
    if parent is None:
        raise RecordError(f"{field}.parent_id", f"no category with the id {parent_key}")
    return parent


def import_organisation(data, locale, field="organization"):
    key = parse_uuid(data.get("id"), f"{field}.id")
    locale = term_locale(data, locale, field)
    phones = items(data, "phones", f"{field}.phones")
    kind = string(data, "x_kind", f"{field}.x_kind") or OrganisationKind.OTHER
    values = {
        "name": string(data, "name", f"{field}.name", required=True),
        "kind": kind,
        "address": string(data, "x_address", f"{field}.x_address"),
        "phone": string(phones[0], "number", f"{field}.phones[0].number") if phones else "",
        "email": string(data, "email", f"{field}.email"),
        "website": string(data, "website", f"{field}.website"),
    }
    return find_or_new(Organisation, key, locale, values, field)


def import_location(data, locale, field):
    key = parse_uuid(data.get("id"), f"{field}.id")
    locale = term_locale(data, locale, field)
    addresses = items(data, "addresses", f"{field}.addresses")
    address = addresses[0] if addresses else {}
    phones = items(data, "phones", f"{field}.phones")
    contacts = items(data, "contacts", f"{field}.contacts")
    values = {
        "name": string(data, "name", f"{field}.name", required=True),
        "street_address": string(address, "address_1", f"{field}.addresses[0].address_1"),
        "postal_code": string(address, "postal_code", f"{field}.addresses[0].postal_code"),
        "locality": string(address, "city", f"{field}.addresses[0].city"),
        "country": string(address, "country", f"{field}.addresses[0].country") or "DE",
        "latitude": coordinate(data, "latitude", f"{field}.latitude"),
        "longitude": coordinate(data, "longitude", f"{field}.longitude"),
        "phone": string(phones[0], "number", f"{field}.phones[0].number") if phones else "",
        "email": next((c["email"] for c in contacts if c.get("email")), ""),
        "transport": string(data, "transportation", f"{field}.transportation"),
    }
    notes = []
    values |= dict.fromkeys(ACCESSIBILITY_FEATURES, False)
    for n, item in enumerate(items(data, "accessibility", f"{field}.accessibility")):
        feature = item.get("x_feature")
        if feature in ACCESSIBILITY_FEATURES:
            values[feature] = True
        elif feature is None:
            notes.append(string(item, "description", f"{field}.accessibility[{n}].description"))
        else:
            raise RecordError(f"{field}.accessibility[{n}].x_feature", f"unknown: {feature!r}")
    values["accessibility_notes"] = "\n\n".join(note for note in notes if note)
    hours, exceptions = import_schedules(items(data, "schedules", f"{field}.schedules"), field)

    return save_location(key, locale, values, hours, exceptions, field)


@remembered(ignore={"field"})
def save_location(key, locale, values, hours, exceptions, field):
    location = ServiceLocation.objects.filter(translation_key=key, locale=locale).first()
    if location is None:
        location = ServiceLocation(translation_key=key, locale=locale, **values)
        changed = True
    else:
        changed = update(location, values)
    if [row_values(h, HOURS_FIELDS) for h in location.hours.all()] != [
        row_values(h, HOURS_FIELDS) for h in hours
    ]:
        location.hours = hours
        changed = True
    if [row_values(e, EXCEPTION_FIELDS) for e in location.exceptions.all()] != [
        row_values(e, EXCEPTION_FIELDS) for e in exceptions
    ]:
        location.exceptions = exceptions
        changed = True
    if changed:
        save_snippet(location, field)
    return location


HOURS_FIELDS = ["weekday", "opens", "closes"]
EXCEPTION_FIELDS = ["start_date", "end_date", "kind", "opens", "closes"]


def row_values(row, fields):
    return tuple(getattr(row, name) for name in fields)


def import_schedules(schedules, field):
    """(weekly hours, exceptions) from HSDS schedules: freq=WEEKLY with byday and
    times are regular hours; valid_from/valid_to ranges are exceptions."""
    hours, exceptions = [], []
    for n, schedule in enumerate(schedules):
        where = f"{field}.schedules[{n}]"
        opens = time(schedule, "opens_at", f"{where}.opens_at")
        closes = time(schedule, "closes_at", f"{where}.closes_at")
        if schedule.get("freq") == "WEEKLY":
            days = [d.strip().upper() for d in str(schedule.get("byday") or "").split(",")]
            if not days or any(day not in BYDAY for day in days):
                raise RecordError(f"{where}.byday", "expected day codes such as MO,TU")
            if opens is None or closes is None:
                raise RecordError(f"{where}.opens_at", "weekly hours need opens_at and closes_at")
            for day in days:
                hours.append(
                    OpeningHours(
                        weekday=BYDAY.index(day), opens=opens, closes=closes, sort_order=len(hours)
                    )
                )
        elif schedule.get("valid_from"):
            start = date(schedule, "valid_from", f"{where}.valid_from")
            end = date(schedule, "valid_to", f"{where}.valid_to")
            default_kind = ExceptionKind.SPECIAL_HOURS if opens else ExceptionKind.CLOSURE
            kind = schedule.get("x_exception_kind") or default_kind
            if kind not in ExceptionKind.values:
                raise RecordError(f"{where}.x_exception_kind", f"unknown: {str(kind)[:30]!r}")
            row = OpeningHoursException(
                start_date=start,
                end_date=end if end and end != start else None,
                kind=kind,
                opens=opens,
                closes=closes,
                sort_order=len(exceptions),
            )
            try:
                row.clean()
            except ValidationError as error:
                raise RecordError(where, validation_message(error)) from None
            exceptions.append(row)
        else:
            raise RecordError(where, "neither weekly hours (freq=WEEKLY) nor dates (valid_from)")
    return hours, exceptions
