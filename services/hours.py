"""Opening hours as data: which periods apply on a day, whether a location is
open at a moment, and the same question as SQL for the directory's filter.

Hours are wall-clock times of the site's time zone (settings.TIME_ZONE, the
county's); moments are converted to it, so summer time changes move nothing.
A period whose closing time is not after its opening time ends the next day."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

ONE_DAY = datetime.timedelta(days=1)


def local_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Period:
    opens: datetime.datetime
    closes: datetime.datetime

    def __contains__(self, moment):
        return self.opens <= moment < self.closes


def _period(day, opens, closes, zone):
    start = datetime.datetime.combine(day, opens, tzinfo=zone)
    end_day = day + ONE_DAY if closes <= opens else day
    return Period(start, datetime.datetime.combine(end_day, closes, tzinfo=zone))


def exception_on(exceptions, day):
    return next((e for e in exceptions if e.start_date <= day <= e.last_date), None)


def periods_on(hours, exceptions, day, zone=None):
    """The opening periods starting on `day`, and the exception that set them (or None)."""
    zone = zone or local_zone()
    exception = exception_on(exceptions, day)
    if exception is not None:
        if exception.is_closed:
            return [], exception
        return [_period(day, exception.opens, exception.closes, zone)], exception
    rows = sorted((h for h in hours if h.weekday == day.weekday()), key=lambda h: h.opens)
    return [_period(day, h.opens, h.closes, zone) for h in rows], None


def is_open(hours, exceptions, moment):
    """Whether a location with these rows is open at the aware datetime `moment`."""
    zone = local_zone()
    local = moment.astimezone(zone)
    # A period from yesterday may still run (22:00–02:00).
    for day in (local.date() - ONE_DAY, local.date()):
        if any(local in period for period in periods_on(hours, exceptions, day, zone)[0]):
            return True
    return False


@dataclass
class Today:
    """What a service page shows for a location: today's hours and "open now"."""

    date: datetime.date
    periods: list
    exception: object
    open_now: bool


def today_at(location, moment=None):
    """Uses the location's prefetched `hours` and `exceptions`."""
    moment = moment or timezone.now()
    hours, exceptions = list(location.hours.all()), list(location.exceptions.all())
    local = moment.astimezone(local_zone())
    periods, exception = periods_on(hours, exceptions, local.date())
    return Today(local.date(), periods, exception, is_open(hours, exceptions, moment))


def week_of(location, start):
    """The seven days from `start`: (date, periods, exception) each."""
    hours, exceptions = list(location.hours.all()), list(location.exceptions.all())
    return [
        (day, *periods_on(hours, exceptions, day))
        for day in (start + datetime.timedelta(days=n) for n in range(7))
    ]


def open_now_q(moment=None):
    """A Q for ServiceLocation: open at `moment` by the same rules as is_open(),
    as one SQL condition for the directory filter."""
    from services.models import OpeningHours, OpeningHoursException

    local = (moment or timezone.now()).astimezone(local_zone())
    today, now = local.date(), local.time().replace(tzinfo=None)
    yesterday = today - ONE_DAY
    location = OuterRef("pk")

    def exceptions_on(day):
        return OpeningHoursException.objects.annotate(
            last=Coalesce("end_date", "start_date")
        ).filter(location=location, start_date__lte=day, last__gte=day)

    started = Q(opens__lte=now) & (Q(closes__gt=now) | Q(closes__lte=F("opens")))
    spilling = Q(closes__lte=F("opens"), closes__gt=now)
    special = Q(kind="special_hours")
    regular_today = OpeningHours.objects.filter(started, location=location, weekday=today.weekday())
    regular_yesterday = OpeningHours.objects.filter(
        spilling, location=location, weekday=yesterday.weekday()
    )
    condition = (
        Exists(exceptions_on(today).filter(special & started))
        | (~Exists(exceptions_on(today)) & Exists(regular_today))
        | Exists(exceptions_on(yesterday).filter(special & spilling))
        | (~Exists(exceptions_on(yesterday)) & Exists(regular_yesterday))
    )
    return Q(condition)
