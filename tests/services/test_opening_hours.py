"""Opening hours as a citizen reads them on the service page at a given
moment: holidays, days without hours, summer time changes, periods past
midnight, special hours and closures of several days. Each answer is checked
against the directory's "open now" SQL condition too, so both agree."""

import datetime
import zoneinfo

import pytest
import time_machine
from wagtail.models import Locale

from services.hours import is_open, periods_on
from services.models import ServiceLocation
from tests.factories import skeleton_page
from tests.services.factories import (
    ServiceLocationFactory,
    ServicePageFactory,
    exception,
    weekly_hours,
)
from tests.services.test_service_page import texts, tree

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
UTC = datetime.UTC


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


@pytest.fixture
def location():
    return ServiceLocationFactory(
        name="Citizens' Office", locale=Locale.objects.get(language_code="en")
    )


@pytest.fixture
def page(location):
    return ServicePageFactory(
        parent=skeleton_page("services", "en"), relations={"locations": [location]}
    )


def visit(client, page, moment):
    """(the "open now" line, {weekday row: hours}) of the page at `moment`;
    asserts the directory's SQL says the same about "open now"."""
    with time_machine.travel(moment, tick=False):
        root = tree(client.get(page.url))
    (status,) = texts(root, '//p[contains(@class, "open-status")]')
    rows = root.xpath('//table[@class="hours-table"]/tbody/tr')
    week = [tuple(texts(row, "th|td")) for row in rows]
    location = page.locations.get()
    in_sql = ServiceLocation.objects.open_at(moment).filter(pk=location.pk).exists()
    assert in_sql == status.startswith("Open now"), f"SQL says open={in_sql}: {status}"
    return status, week


def test_a_public_holiday_closes_a_weekday(client, page, location):
    weekly_hours(location, days=range(5), opens="08:00", closes="16:00")
    exception(location, datetime.date(2026, 12, 25), kind="public_holiday")

    status, week = visit(client, page, berlin(2026, 12, 24, 10, 0))
    assert status == "Open now, until 4 p.m. Today: 8 a.m.–4 p.m."
    assert week[:3] == [
        ("Thursday, 12/24/2026", "8 a.m.–4 p.m."),
        ("Friday, 12/25/2026", "Public holiday: closed"),
        ("Saturday, 12/26/2026", "Closed"),
    ]

    status, _week = visit(client, page, berlin(2026, 12, 25, 10, 0))
    assert status == (
        "Closed now Opens again on Monday, 12/28/2026, at 8 a.m. Today: Public holiday: closed"
    )


def test_a_day_without_hours_is_closed(client, page, location):
    weekly_hours(location, days=range(5), opens="08:00", closes="16:00")
    status, week = visit(client, page, berlin(2026, 11, 21, 11, 0))
    assert status == "Closed now Opens again on Monday, 11/23/2026, at 8 a.m. Today: Closed"
    assert week[0] == ("Saturday, 11/21/2026", "Closed")
    assert week[2] == ("Monday, 11/23/2026", "8 a.m.–4 p.m.")
    # Before opening and at closing time on a working day, too.
    assert visit(client, page, berlin(2026, 11, 23, 7, 59))[0].startswith("Closed now")
    assert visit(client, page, berlin(2026, 11, 23, 16, 0))[0].startswith("Closed now")


@pytest.mark.parametrize(
    ("moment", "is_open_then"),
    [
        # 09–17 in Berlin is 07–15 UTC in summer and 08–16 UTC in winter.
        (utc(2026, 7, 15, 7, 30), True),
        (utc(2026, 1, 14, 7, 30), False),
        (utc(2026, 1, 14, 8, 30), True),
        (utc(2026, 7, 15, 15, 30), False),
        (utc(2026, 1, 14, 15, 30), True),
        # The Saturday before and the Sunday of the change to summer time (29 March 2026) …
        (utc(2026, 3, 28, 7, 30), False),
        (utc(2026, 3, 29, 7, 30), True),
        (utc(2026, 3, 28, 15, 30), True),
        (utc(2026, 3, 29, 15, 30), False),
        # … and back to winter time (25 October 2026).
        (utc(2026, 10, 24, 7, 30), True),
        (utc(2026, 10, 25, 7, 30), False),
        (utc(2026, 10, 25, 8, 0), True),
        (utc(2026, 10, 25, 15, 30), True),
    ],
)
def test_hours_are_local_time_across_summer_time_changes(
    client, page, location, moment, is_open_then
):
    weekly_hours(location, days=range(7), opens="09:00", closes="17:00")
    status, _week = visit(client, page, moment)
    assert status.startswith("Open now" if is_open_then else "Closed now"), status


def test_a_late_period_runs_past_midnight_even_into_a_holiday(client, page, location):
    weekly_hours(location, days=[4], opens="22:00", closes="02:00")  # Friday night
    exception(location, datetime.date(2026, 12, 26), kind="public_holiday")  # a Saturday

    status, week = visit(client, page, berlin(2026, 12, 25, 23, 0))
    assert status == "Open now, until 2 a.m. Today: 10 p.m.–2 a.m."
    assert week[0] == ("Friday, 12/25/2026", "10 p.m.–2 a.m.")

    # Saturday, 1 a.m.: Friday's night is still on, although Saturday is a holiday.
    status, week = visit(client, page, berlin(2026, 12, 26, 1, 0))
    assert status == "Open now, until 2 a.m. Today: Public holiday: closed"
    assert week[0] == ("Saturday, 12/26/2026", "Public holiday: closed")

    assert visit(client, page, berlin(2026, 12, 26, 2, 0))[0].startswith("Closed now")
    assert visit(client, page, berlin(2026, 12, 25, 21, 59))[0].startswith("Closed now")


def test_a_late_period_in_the_night_summer_time_begins(client, page, location):
    weekly_hours(location, days=[5], opens="22:00", closes="02:00")  # Saturday night
    # 01:30 in winter time, then the clocks jump from 02:00 to 03:00.
    assert visit(client, page, utc(2026, 3, 29, 0, 30))[0].startswith("Open now")
    assert visit(client, page, utc(2026, 3, 29, 1, 0))[0].startswith("Closed now")


def test_special_hours_replace_the_regular_ones(client, page, location):
    weekly_hours(location, days=range(5), opens="08:00", closes="16:00")
    exception(
        location, datetime.date(2026, 11, 28), kind="special_hours", opens="10:00", closes="13:00"
    )
    exception(
        location, datetime.date(2026, 11, 30), kind="special_hours", opens="12:00", closes="20:00"
    )

    status, week = visit(client, page, berlin(2026, 11, 28, 11, 0))  # a Saturday
    assert status == "Open now, until 1 p.m. Today: Special opening hours: 10 a.m.–1 p.m."
    assert week[2] == ("Monday, 11/30/2026", "Special opening hours: noon–8 p.m.")
    assert visit(client, page, berlin(2026, 11, 28, 13, 30))[0].startswith("Closed now")
    # On the Monday the office opens at noon instead of 8.
    assert visit(client, page, berlin(2026, 11, 30, 9, 0))[0].startswith("Closed now")
    assert visit(client, page, berlin(2026, 11, 30, 19, 0))[0].startswith("Open now")


def test_a_closure_of_several_days_with_one_special_day_inside(client, page, location):
    weekly_hours(location, days=range(5), opens="08:00", closes="16:00")
    exception(location, datetime.date(2026, 12, 28), datetime.date(2026, 12, 31), "closure")
    exception(
        location, datetime.date(2026, 12, 30), kind="special_hours", opens="09:00", closes="11:00"
    )

    status, week = visit(client, page, berlin(2026, 12, 28, 10, 0))
    # The special day inside the closure is the next opening.
    assert status == "Closed now Opens again on Wednesday, 12/30/2026, at 9 a.m. Today: Closed"
    assert week[:5] == [
        ("Monday, 12/28/2026", "Closed"),
        ("Tuesday, 12/29/2026", "Closed"),
        ("Wednesday, 12/30/2026", "Special opening hours: 9 a.m.–11 a.m."),
        ("Thursday, 12/31/2026", "Closed"),
        ("Friday, 01/01/2027", "8 a.m.–4 p.m."),
    ]
    assert visit(client, page, berlin(2026, 12, 30, 10, 0))[0].startswith("Open now")
    assert visit(client, page, berlin(2026, 12, 30, 11, 0))[0].startswith("Closed now")
    # The week before is a normal one.
    assert visit(client, page, berlin(2026, 12, 21, 10, 0))[0].startswith("Open now")


def test_round_the_clock_opening_says_when_it_ends(client, page, location):
    weekly_hours(location, days=range(5), opens="00:00", closes="00:00")
    status, week = visit(client, page, berlin(2026, 11, 18, 10, 0))  # a Wednesday
    assert status == "Open now, until Friday midnight Today: Open 24 hours"
    assert week[:4] == [
        ("Wednesday, 11/18/2026", "Open 24 hours"),
        ("Thursday, 11/19/2026", "Open 24 hours"),
        ("Friday, 11/20/2026", "Open 24 hours"),
        ("Saturday, 11/21/2026", "Closed"),
    ]
    assert visit(client, page, berlin(2026, 11, 20, 23, 0))[0] == (
        "Open now, until midnight Today: Open 24 hours"
    )
    weekly_hours(location, days=[5, 6], opens="00:00", closes="00:00")
    assert visit(client, page, berlin(2026, 11, 18, 10, 0))[0] == "Open now Today: Open 24 hours"


def test_a_place_without_any_hours_says_so_instead_of_closed(client, page, location):
    with time_machine.travel(berlin(2026, 11, 18, 10, 0), tick=False):
        root = tree(client.get(page.url))
    assert texts(root, '//p[contains(@class, "open-status")]') == [
        "No opening hours are listed for this place. Please ask by phone or email."
    ]
    assert root.xpath('//table[@class="hours-table"]') == []


def test_the_exceptions_ahead_are_listed_with_their_dates(client, page, location):
    weekly_hours(location, days=range(5))
    exception(location, datetime.date(2026, 11, 2), kind="public_holiday")  # over
    exception(location, datetime.date(2026, 12, 28), datetime.date(2026, 12, 31), "closure")
    exception(
        location, datetime.date(2026, 12, 24), kind="special_hours", opens="08:00", closes="12:00"
    )
    with time_machine.travel(berlin(2026, 11, 18, 10, 0), tick=False):
        root = tree(client.get(page.url))
    assert texts(root, '//ul[@class="hours-exceptions"]/li') == [
        "Dec. 24, 2026: Special opening hours 8 a.m.–noon",
        "Dec. 28, 2026 to Dec. 31, 2026: Closed",
    ]


class Row:
    """An unsaved hours or exception row, for the functions of services.hours."""

    def __init__(self, **values):
        self.__dict__.update(values)
        self.last_date = values.get("end_date") or values.get("start_date")
        self.is_closed = values.get("kind") != "special_hours"


def t(value):
    return datetime.time.fromisoformat(value)


def test_is_open_and_periods_on_without_the_database():
    friday_night = [Row(weekday=4, opens=t("22:00"), closes=t("02:00"))]
    saturday_closure = [Row(start_date=datetime.date(2026, 12, 26), end_date=None, kind="closure")]
    assert is_open(friday_night, saturday_closure, berlin(2026, 12, 26, 1, 59))
    assert not is_open(friday_night, saturday_closure, berlin(2026, 12, 26, 2, 0))
    whole_day = [Row(weekday=0, opens=t("00:00"), closes=t("00:00"))]
    assert is_open(whole_day, [], berlin(2026, 11, 23, 0, 0))
    assert is_open(whole_day, [], berlin(2026, 11, 23, 23, 59))
    assert not is_open(whole_day, [], berlin(2026, 11, 24, 0, 0))
    (period,), _exception = periods_on(whole_day, [], datetime.date(2026, 11, 23))
    assert period.closes - period.opens == datetime.timedelta(days=1)
