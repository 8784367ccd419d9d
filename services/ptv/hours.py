"""PTV service hours (serviceHours of a service channel) into the HSDS schedules
that services.hsds_import reads into a location's opening hours.

PTV Open API v11 kinds (v7 and older names in brackets):
- DaysOfTheWeek (Standard): regular hours, `openingHour` rows of a weekday
  (`dayFrom`, or the days `dayFrom`–`dayTo`) with `from`–`to`; `isAlwaysOpen`
  for round the clock. Our location has one set of regular hours: the entry
  valid for now (`validForNow`, or without dates) is imported; a seasonal one
  (with `validTo`) and one that starts later (`validFrom` after today; a
  re-import on or after that day takes it) are reported.
- OverMidnight (Special): a period from `dayFrom` `from` to the next day's `to`;
  ours is the same period with a closing time before the opening time.
- Exceptional (Exception): the dates `validFrom`–`validTo`, closed (`isClosed`)
  or with other hours (the first `openingHour`).
"""

import datetime

from django.utils import formats, translation
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.timezone import localdate

from services.hsds_import import RecordError
from services.hsds_vocabulary import BYDAY

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REGULAR = {"DaysOfTheWeek", "Standard"}
OVER_MIDNIGHT = {"OverMidnight", "Special"}
EXCEPTIONAL = {"Exceptional", "Exception"}


def day(row, name, field):
    value = row.get(name)
    if value not in DAYS:
        raise RecordError(f"{field}.{name}", f"not a weekday (Monday … Sunday): {value!r:.40}")
    return DAYS.index(value)


def clock(row, name, field):
    value = row.get(name)
    if value in ("24:00", "24:00:00"):
        value = "00:00"  # the end of the day: ours writes midnight as 00:00
    try:
        return datetime.time.fromisoformat(value).strftime("%H:%M")
    except (TypeError, ValueError):
        raise RecordError(f"{field}.{name}", f"not a time (HH:MM): {value!r:.40}") from None


def day_date(entry, name, field):
    value = entry.get(name)
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise RecordError(f"{field}.{name}", f"not a date: {value!r:.40}") from None


def rows(entry, field):
    value = entry.get("openingHour") or []
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        raise RecordError(f"{field}.openingHour", "not a list of objects")
    return value


def weekly(days, opens, closes):
    return {
        "freq": "WEEKLY",
        "byday": ",".join(BYDAY[d] for d in days),
        "opens_at": opens,
        "closes_at": closes,
    }


def regular(entry, field, notes):
    if entry.get("isAlwaysOpen"):
        return [weekly(range(7), "00:00", "00:00")]
    schedules = []
    for n, row in enumerate(rows(entry, field)):
        where = f"{field}.openingHour[{n}]"
        first = day(row, "dayFrom", where)
        last = day(row, "dayTo", where) if row.get("dayTo") else first
        days = range(first, last + 1) if last >= first else [*range(first, 7), *range(last + 1)]
        schedules.append(weekly(days, clock(row, "from", where), clock(row, "to", where)))
    return schedules


def over_midnight(entry, field, notes):
    schedules = []
    for n, row in enumerate(rows(entry, field)):
        where = f"{field}.openingHour[{n}]"
        first = day(row, "dayFrom", where)
        if row.get("dayTo") and day(row, "dayTo", where) not in (first, (first + 1) % 7):
            notes.append((where, "a period over more than one night is not imported"))
            continue
        schedules.append(weekly([first], clock(row, "from", where), clock(row, "to", where)))
    return schedules


def exceptional(entry, field, notes):
    start = day_date(entry, "validFrom", field)
    if start is None:
        raise RecordError(f"{field}.validFrom", "missing (an exception needs its date)")
    schedule = {"valid_from": start, "valid_to": day_date(entry, "validTo", field) or start}
    opening = rows(entry, field)
    if entry.get("isClosed") or not opening:
        return [schedule | {"x_exception_kind": "closure"}]
    if len(opening) > 1:
        notes.append((f"{field}.openingHour[1]", "only the first period of an exception is kept"))
    where = f"{field}.openingHour[0]"
    return [
        schedule
        | {
            "x_exception_kind": "special_hours",
            "opens_at": clock(opening[0], "from", where),
            "closes_at": clock(opening[0], "to", where),
        }
    ]


def schedules_from(channel, field="serviceHours"):
    """(HSDS schedules, notes) from a channel's serviceHours; notes are
    (field, what was not imported)."""
    value = channel.get("serviceHours") or []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        raise RecordError(field, "not a list of objects")
    schedules, notes = [], []
    for n, entry in enumerate(value):
        where = f"{field}[{n}]"
        kind = str(entry.get("serviceHourType"))
        if entry.get("additionalInformation"):
            notes.append((f"{where}.additionalInformation", "no field for notes on hours"))
        if kind in REGULAR:
            later = day_date(entry, "validFrom", where)
            if not entry.get("validForNow") and entry.get("validTo"):
                notes.append((where, "seasonal hours (with validTo) are not imported"))
            elif not entry.get("validForNow") and later and later > localdate().isoformat():
                notes.append((where, f"hours from {later} are not imported before that day"))
            else:
                schedules += regular(entry, where, notes)
        elif kind in OVER_MIDNIGHT:
            schedules += over_midnight(entry, where, notes)
        elif kind in EXCEPTIONAL:
            schedules += exceptional(entry, where, notes)
        else:
            raise RecordError(f"{where}.serviceHourType", f"unknown: {kind:.40}")
    return schedules, notes


def as_text(schedules, language):
    """Weekly hours as a phone line's "when to call" text in `language`, e.g.
    "ma–pe 8.00–16.00" (Django's day abbreviations and time format); dated
    exceptions are left out."""
    parts = []
    with translation.override(language):
        for schedule in schedules:
            if schedule.get("freq") != "WEEKLY":
                continue
            days = [BYDAY.index(code) for code in schedule["byday"].split(",")]
            consecutive = days == list(range(days[0], days[0] + len(days)))
            names = [str(WEEKDAYS_ABBR[d]) for d in days]
            label = f"{names[0]}–{names[-1]}" if consecutive and len(days) > 2 else ", ".join(names)
            opens, closes = (
                formats.time_format(datetime.time.fromisoformat(schedule[name]), "TIME_FORMAT")
                for name in ("opens_at", "closes_at")
            )
            parts.append(f"{label} {opens}–{closes}")
    text = "; ".join(parts)
    return text if len(text) <= 150 else text[:149] + "…"
