"""Translating an event with wagtail-localize: its dates, place and audience are the
source's (synchronised), its texts are the translator's."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from services.events.models import EventDate
from tests.events.factories import EventIndexPageFactory, EventPageFactory, at

pytestmark = pytest.mark.django_db


def test_a_translation_gets_the_dates_and_a_sync_brings_new_ones(
    now, django_user_model, django_capture_on_commit_callbacks
):
    index = EventIndexPageFactory(title="Termine zum Übersetzen")
    event = EventPageFactory(parent=index, title="Lesung", dates=[at("2030-07-01", 19)])
    admin = Client()
    user = django_user_model.objects.create_superuser("uebersetzer", "u@x.invalid", "pw")
    admin.force_login(user)
    english = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            reverse("wagtail_localize:submit_page_translation", args=[event.pk]),
            {"locales": [english.pk], "include_subtree": ""},
        )
    assert response.status_code == 302
    translation = event.get_translation(english).specific
    assert [(d.date, d.start_time) for d in translation.sorted_dates()] == [
        (datetime.date(2030, 7, 1), datetime.time(19))
    ]

    # The editor adds a second date to the German page and syncs the translation.
    event.dates.add(EventDate(**at("2030-07-08", 19)))
    event.save_revision().publish()
    source = Translation.objects.get(
        source__object_id=event.translation_key, target_locale=english
    ).source
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    translation = event.get_translation(english).specific
    assert [d.date for d in translation.sorted_dates()] == [
        datetime.date(2030, 7, 1),
        datetime.date(2030, 7, 8),
    ]
