"""Regular opening hours entered as a week in the location editor: a row per
day with up to two periods, "copy Monday to Tuesday–Friday" on saving (no
JavaScript needed), and what citizens then read on the service page."""

import datetime

import lxml.html
import pytest
import time_machine

from services.models import OpeningHours
from tests.editing.test_dates import field_errors, location_form_data, location_url
from tests.factories import skeleton_page
from tests.services.factories import ServiceLocationFactory, ServicePageFactory, weekly_hours

pytestmark = pytest.mark.django_db

WEEK = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def html(response):
    return lxml.html.fromstring(response.content.decode())


def week_table(root):
    """{day: [the values of its time boxes, in order]} as the editor sees the table."""
    (table,) = root.xpath('//table[contains(@class, "week-hours__table")]')
    return {
        " ".join(row.xpath("./th")[0].text_content().split()): [
            box.get("value") or "" for box in row.xpath(".//input")
        ]
        for row in table.xpath("./tbody/tr")
    }


def stored(location):
    return [
        (h.weekday, h.opens.strftime("%H:%M"), h.closes.strftime("%H:%M"))
        for h in OpeningHours.objects.filter(location=location).order_by("sort_order")
    ]


def post_week(client, location, **times):
    data = location_form_data(location, hours_mon_1_opens="", hours_mon_1_closes="")
    data.update(times)
    return client.post(location_url(location), data)


def test_the_week_is_a_table_of_seven_days_with_two_periods(editor_client):
    location = ServiceLocationFactory()
    weekly_hours(location, days=[0], opens="08:00", closes="12:00")
    weekly_hours(location, days=[0], opens="14:00", closes="18:00")
    weekly_hours(location, days=[5], opens="09:00", closes="12:00")
    root = html(editor_client.get(location_url(location)))
    table = week_table(root)
    assert list(table) == WEEK
    assert table["Montag"] == ["08:00", "12:00", "14:00", "18:00"]
    assert table["Samstag"] == ["09:00", "12:00", "", ""]
    assert table["Sonntag"] == ["", "", "", ""]
    # Each box says which day and time it is, for screen readers and in error messages.
    assert root.xpath('//input[@name="hours_mon_2_closes"]/@aria-label') == [
        "Montag (Zeitraum 2), schließt"
    ]
    assert root.xpath('//input[@name="copy_monday"][@type="checkbox"]')
    # The old one-row-per-period list is gone.
    assert not root.xpath('//input[starts-with(@name, "hours-")]')


def test_copy_monday_fills_tuesday_to_friday_on_saving(editor_client, client):
    location = ServiceLocationFactory()
    weekly_hours(location, days=[2], opens="10:00", closes="11:00")  # replaced by Monday's
    response = post_week(
        editor_client,
        location,
        hours_mon_1_opens="8:00",
        hours_mon_1_closes="12:00",
        hours_mon_2_opens="13:30",
        hours_mon_2_closes="17:00",
        hours_sat_1_opens="9:00",
        hours_sat_1_closes="12:00",
        copy_monday="on",
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    working_week = [
        row for day in range(5) for row in [(day, "08:00", "12:00"), (day, "13:30", "17:00")]
    ]
    assert stored(location) == [*working_week, (5, "09:00", "12:00")]
    # The editor sees the copied week when opening the location again …
    table = week_table(html(editor_client.get(location_url(location))))
    assert table["Freitag"] == ["08:00", "12:00", "13:30", "17:00"]
    assert not html(editor_client.get(location_url(location))).xpath(
        '//input[@name="copy_monday"][@checked]'
    )
    # … and citizens read it on the service page.
    page = ServicePageFactory(parent=skeleton_page("services"), relations={"locations": [location]})
    with time_machine.travel(datetime.datetime(2026, 11, 20, 12, 30), tick=False):
        root = html(client.get(page.url))
    friday = [
        " ".join(row.text_content().split())
        for row in root.xpath('//table[@class="hours-table"]/tbody/tr')
        if "Freitag" in row.text_content()
    ]
    assert len(friday) == 1
    assert "08:00–12:00" in friday[0] and "13:30–17:00" in friday[0]


def test_without_copying_each_day_keeps_its_own_hours(editor_client):
    location = ServiceLocationFactory()
    response = post_week(
        editor_client,
        location,
        hours_mon_1_opens="8:00",
        hours_mon_1_closes="12:00",
        hours_thu_1_opens="14:00",
        hours_thu_1_closes="19:00",
    )
    assert response.status_code == 302
    assert stored(location) == [(0, "08:00", "12:00"), (3, "14:00", "19:00")]


def test_a_period_needs_both_times_and_the_error_names_day_and_time(editor_client):
    location = ServiceLocationFactory()
    weekly_hours(location, days=[0])
    response = post_week(editor_client, location, hours_tue_2_opens="14:00")
    assert response.status_code == 200
    (message,) = field_errors(response, "hours_tue_2_closes")
    assert message.startswith("Dienstag (Zeitraum 2), schließt: ")
    # Nothing was saved, and what was typed is still there to be completed.
    assert stored(location) == [(0, "08:00", "16:00")]
    assert week_table(html(response))["Dienstag"] == ["", "", "14:00", ""]


def test_overlapping_periods_of_a_day_are_refused(editor_client):
    location = ServiceLocationFactory()
    response = post_week(
        editor_client,
        location,
        hours_wed_1_opens="8:00",
        hours_wed_1_closes="13:00",
        hours_wed_2_opens="12:00",
        hours_wed_2_closes="16:00",
    )
    assert response.status_code == 200
    assert field_errors(response, "hours_wed_1_opens") == [
        "Mittwoch: Die Zeiträume dieses Tages überschneiden sich."
    ]
    assert stored(location) == []


def test_a_period_past_midnight_is_kept(editor_client):
    location = ServiceLocationFactory()
    response = post_week(
        editor_client,
        location,
        hours_fri_1_opens="18:00",
        hours_fri_1_closes="2:00",
    )
    assert response.status_code == 302
    assert stored(location) == [(4, "18:00", "02:00")]


def test_a_finnish_editor_types_times_with_a_dot(editor_client):
    editor_client.speak("fi")
    location = ServiceLocationFactory()
    response = post_week(
        editor_client, location, hours_mon_1_opens="8.00", hours_mon_1_closes="16.30"
    )
    assert response.status_code == 302
    assert stored(location) == [(0, "08:00", "16:30")]


def test_a_day_with_three_stored_periods_shows_them_all_and_keeps_them(editor_client):
    location = ServiceLocationFactory()
    for opens, closes in [("08:00", "10:00"), ("11:00", "13:00"), ("15:00", "18:00")]:
        weekly_hours(location, days=[0], opens=opens, closes=closes)
    root = html(editor_client.get(location_url(location)))
    assert week_table(root)["Montag"] == [
        "08:00",
        "10:00",
        "11:00",
        "13:00",
        "15:00",
        "18:00",
    ]
    data = location_form_data(location)
    data.update(
        {
            box.get("name"): box.get("value") or ""
            for box in root.xpath('//table[contains(@class, "week-hours__table")]//input')
        }
    )
    assert editor_client.post(location_url(location), data).status_code == 302
    assert stored(location) == [(0, "08:00", "10:00"), (0, "11:00", "13:00"), (0, "15:00", "18:00")]


def test_an_exception_covers_a_date_range_typed_in_german(editor_client, client):
    location = ServiceLocationFactory()
    response = post_week(
        editor_client,
        location,
        hours_mon_1_opens="8:00",
        hours_mon_1_closes="12:00",
        copy_monday="on",
        **{"exceptions-0-start_date": "24.12.2026", "exceptions-0-end_date": "31.12.2026"},
    )
    assert response.status_code == 302
    (closure,) = location.exceptions.all()
    assert (closure.start_date, closure.end_date) == (
        datetime.date(2026, 12, 24),
        datetime.date(2026, 12, 31),
    )
    page = ServicePageFactory(parent=skeleton_page("services"), relations={"locations": [location]})
    with time_machine.travel(datetime.datetime(2026, 12, 21, 9, 0), tick=False):
        root = html(client.get(page.url))
    closures = [
        " ".join(li.text_content().split())
        for li in root.xpath('//ul[@class="hours-exceptions"]/li')
    ]
    assert closures == ["24. Dezember 2026 bis 31. Dezember 2026: Geschlossen"]
