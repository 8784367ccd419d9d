"""Dates and times typed the way German, Danish and Finnish editors write them
are kept; what cannot be read is an error on that field, never another value."""

import datetime

import lxml.html
import pytest

from tests.services.factories import ServiceLocationFactory
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db


def field_errors(response, name):
    """The error messages Wagtail shows under the field `name`."""
    root = lxml.html.fromstring(response.content.decode())
    field = root.xpath(f'//*[@name="{name}"]')[0]
    # A field panel's wrapper, or the cell of the week's opening hours table.
    wrapper = field.xpath('ancestor::*[contains(@class, "w-field ") or self::td][1]')[0]
    return [
        " ".join(e.text_content().split()) for e in wrapper.xpath('.//*[@class="error-message"]')
    ]


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_a_review_date_typed_as_24_12_2026_is_saved_as_that_day(
    editor_client, standard_page, language
):
    editor_client.speak(language)
    response = editor_client.post(
        f"/admin/pages/{standard_page.pk}/edit/",
        edit_form_data(standard_page, review_due="24.12.2026"),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    standard_page.refresh_from_db()
    assert standard_page.get_latest_revision_as_object().review_due == datetime.date(2026, 12, 24)


@pytest.mark.parametrize("language", ["de", "da", "fi"])
def test_the_edit_form_shows_the_date_as_the_editor_writes_it(
    editor_client, standard_page, language
):
    editor_client.speak(language)
    standard_page.review_due = datetime.date(2026, 12, 24)
    standard_page.save_revision()
    response = editor_client.get(f"/admin/pages/{standard_page.pk}/edit/")
    root = lxml.html.fromstring(response.content.decode())
    (field,) = root.xpath('//input[@name="review_due"]')
    assert field.get("value") == "24.12.2026"
    # The date picker keeps what it cannot read instead of putting today's date there.
    assert '"validateOnBlur": false' in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "language", "example"),
    [
        ("31.02.2026", "de", "24.12.2026"),
        ("morgen", "da", "24.12.2026"),
        ("2026", "fi", "24.12.2026"),
    ],
)
def test_an_unreadable_date_is_an_error_naming_the_field_and_nothing_is_saved(
    editor_client, standard_page, typed, language, example
):
    editor_client.speak(language)
    before = standard_page.get_latest_revision()
    response = editor_client.post(
        f"/admin/pages/{standard_page.pk}/edit/", edit_form_data(standard_page, review_due=typed)
    )
    assert response.status_code == 200
    (message,) = field_errors(response, "review_due")
    label = {
        "de": "Nächste Prüfung fällig am",
        "da": "Næste gennemgang senest",
        "fi": "Seuraava tarkistus viimeistään",
    }[language]
    assert message.startswith(f"{label}: ")
    assert typed in message and example in message
    assert standard_page.get_latest_revision() == before
    # What the editor typed stays in the box to be corrected.
    root = lxml.html.fromstring(response.content.decode())
    assert root.xpath('//input[@name="review_due"]/@value') == [typed]


def location_form_data(location, **changes):
    data = {
        "name": location.name,
        "street_address": location.street_address,
        "postal_code": location.postal_code,
        "locality": location.locality,
        "country": "DE",
        "latitude": "",
        "longitude": "",
        "pasted_coordinates": "",
        "phone": "",
        "email": "",
        "accessibility_notes": "",
        "transport": "",
        "hours_mon_1_opens": "8:00",
        "hours_mon_1_closes": "12:00",
        "exceptions-TOTAL_FORMS": "1",
        "exceptions-INITIAL_FORMS": "0",
        "exceptions-MIN_NUM_FORMS": "0",
        "exceptions-MAX_NUM_FORMS": "1000",
        "exceptions-0-start_date": "24.12.2026",
        "exceptions-0-end_date": "",
        "exceptions-0-kind": "closure",
        "exceptions-0-opens": "",
        "exceptions-0-closes": "",
        "exceptions-0-ORDER": "1",
        "exceptions-0-DELETE": "",
    }
    data.update(changes)
    return data


def location_url(location):
    return f"/admin/snippets/services/servicelocation/edit/{location.pk}/"


@pytest.mark.parametrize(
    ("language", "opens"), [("de", "08:00"), ("da", "08:00"), ("fi", "8.00"), ("fi", "08:00")]
)
def test_a_closure_on_24_12_2026_and_opening_times_are_kept_in_every_admin_language(
    editor_client, language, opens
):
    editor_client.speak(language)
    location = ServiceLocationFactory()
    response = editor_client.post(
        location_url(location), location_form_data(location, hours_mon_1_opens=opens)
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    (closure,) = location.exceptions.all()
    assert closure.start_date == datetime.date(2026, 12, 24)
    (hours,) = location.hours.all()
    assert (hours.opens, hours.closes) == (datetime.time(8), datetime.time(12))


def test_12_uhr_is_an_error_on_the_time_not_a_made_up_time(editor_client):
    location = ServiceLocationFactory()
    response = editor_client.post(
        location_url(location), location_form_data(location, hours_mon_1_opens="12 Uhr")
    )
    assert response.status_code == 200
    (message,) = field_errors(response, "hours_mon_1_opens")
    assert message == "Montag, öffnet: „12 Uhr“ ist keine Uhrzeit. Bitte so eingeben: 08:30."
    assert not location.hours.exists()
