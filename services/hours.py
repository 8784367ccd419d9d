"""Opening hours as data: which periods apply on a day, whether a location is
open at a moment (the same question as SQL for the directory's filter is
ServiceLocation.objects.open_at()).

Hours are wall-clock times of the site's time zone (settings.TIME_ZONE, the
county's); moments are converted to it, so summer time changes move nothing.
A period whose closing time is not after its opening time ends the next day."""

import datetime
import zoneinfo
from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
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

    @property
    def all_day(self):
        """00:00–00:00: open round the clock that day."""
        return (
            self.opens.time() == datetime.time()
            and self.closes.date() > self.opens.date()
            and (self.closes.time() == datetime.time())
        )


def _period(day, opens, closes, zone):
    start = datetime.datetime.combine(day, opens, tzinfo=zone)
    end_day = day + ONE_DAY if closes <= opens else day
    return Period(start, datetime.datetime.combine(end_day, closes, tzinfo=zone))


def exceptions_on(exceptions, day):
    return [e for e in exceptions if e.start_date <= day <= e.last_date]


def exception_on(exceptions, day):
    """The exception that sets the hours of `day`, or None.

    Special hours win over a closure they overlap (a late-opening Saturday
    inside a holiday closure), as in ServiceLocation.objects.open_at(), so the page and the
    directory's "open now" filter agree."""
    matching = exceptions_on(exceptions, day)
    special = sorted((e for e in matching if not e.is_closed), key=lambda e: e.opens)
    return (special or matching or [None])[0]


def periods_on(hours, exceptions, day, zone=None):
    """The opening periods starting on `day`, and the exception that set them (or None)."""
    zone = zone or local_zone()
    exception = exception_on(exceptions, day)
    if exception is not None:
        if exception.is_closed:
            return [], exception
        special = [e for e in exceptions_on(exceptions, day) if not e.is_closed]
        periods = [_period(day, e.opens, e.closes, zone) for e in special]
        return sorted(periods, key=lambda p: p.opens), exception
    rows = sorted((h for h in hours if h.weekday == day.weekday()), key=lambda h: h.opens)
    return [_period(day, h.opens, h.closes, zone) for h in rows], None


def changes_on(hours, exceptions, day, zone=None):
    """Every moment of `day` at which a location with these rows opens or closes,
    sorted: the moments "open now" may change (yesterday's late opening included)."""
    zone = zone or local_zone()
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=zone)
    end = datetime.datetime.combine(day + ONE_DAY, datetime.time(), tzinfo=zone)
    moments = set()
    for started in (day - ONE_DAY, day):
        for period in periods_on(hours, exceptions, started, zone)[0]:
            moments.update(m for m in (period.opens, period.closes) if start <= m < end)
    return sorted(moments)


def current_period(hours, exceptions, moment):
    """The period running at the aware datetime `moment`, or None."""
    zone = local_zone()
    local = moment.astimezone(zone)
    # A period from yesterday may still run (22:00–02:00), whatever today holds:
    # a holiday today does not shorten last night's late opening.
    for day in (local.date() - ONE_DAY, local.date()):
        for period in periods_on(hours, exceptions, day, zone)[0]:
            if local in period:
                return period
    return None


def is_open(hours, exceptions, moment):
    """Whether a location with these rows is open at the aware datetime `moment`."""
    return current_period(hours, exceptions, moment) is not None


@dataclass
class Today:
    """What a service page shows for a location: today's hours and "open now"."""

    date: datetime.date
    periods: list
    exception: object
    open_now: bool
    # When the running opening ends (it may have begun yesterday, it may end
    # on a later day), or None if not open or open for a week or more.
    open_until: datetime.datetime | None = None
    moment: datetime.datetime | None = None
    # When closed: when the next opening begins within a week, or None.
    opens_next: datetime.datetime | None = None

    @property
    def next_change(self):
        """The next opening or closing after `moment` today, or None (none before
        midnight): what a cached page showing "open now" must not outlive."""
        moments = [moment for period in self.periods for moment in (period.opens, period.closes)]
        if self.open_until is not None:
            moments.append(self.open_until)
        return min((moment for moment in moments if moment > self.moment), default=None)

    @property
    def closing_day(self):
        """The day the opening ends on: midnight ends the day before it."""
        if self.open_until is None:
            return None
        return (self.open_until - datetime.timedelta(microseconds=1)).date()

    @property
    def opens_another_day(self):
        return self.opens_next is not None and self.opens_next.date() != self.date

    @property
    def closes_another_day(self):
        """Closing a day or more from now: worth naming the weekday."""
        return self.open_until is not None and self.open_until - self.moment >= ONE_DAY


class Day(NamedTuple):
    date: datetime.date
    periods: list
    exception: object


def open_until(hours, exceptions, running, days=7):
    """When a location open in the period `running` closes: periods that begin
    as the previous one ends (Friday until midnight, Saturday from midnight)
    are one opening. None when it stays open for `days` days or more."""
    end = running.closes
    for _ in range(days):
        following = [p for p in periods_on(hours, exceptions, end.date())[0] if p.opens == end]
        if not following:
            return end
        end = max(p.closes for p in following)
    return None


def next_opening(hours, exceptions, moment, days=7):
    """When the first period after `moment` begins, within `days` days, or None."""
    local = moment.astimezone(local_zone())
    for n in range(days + 1):
        day = local.date() + datetime.timedelta(days=n)
        later = [p.opens for p in periods_on(hours, exceptions, day)[0] if p.opens > moment]
        if later:
            return min(later).astimezone(local_zone())
    return None


def today_of(hours, exceptions, moment):
    local = moment.astimezone(local_zone())
    periods, exception = periods_on(hours, exceptions, local.date())
    running = current_period(hours, exceptions, moment)
    until = open_until(hours, exceptions, running) if running else None
    opens_next = None if running else next_opening(hours, exceptions, moment)
    return Today(local.date(), periods, exception, running is not None, until, moment, opens_next)


def week_from(hours, exceptions, start):
    return [
        Day(day, *periods_on(hours, exceptions, day))
        for day in (start + datetime.timedelta(days=n) for n in range(7))
    ]


def exceptions_ahead(exceptions, day):
    """The exceptions not over before `day`, soonest first (holidays ahead,
    a closure under way)."""
    return sorted(
        (e for e in exceptions if e.last_date >= day), key=lambda e: (e.start_date, e.last_date)
    )


@dataclass
class Schedule:
    """A location's hours as its page shows them: today, the next seven days
    and the exceptions ahead."""

    today: Today
    week: list
    upcoming: list


def schedule_of(hours, exceptions, moment=None):
    """The Schedule for these rows at `moment` (default: now)."""
    today = today_of(hours, exceptions, moment or timezone.now())
    return Schedule(
        today, week_from(hours, exceptions, today.date), exceptions_ahead(exceptions, today.date)
    )
