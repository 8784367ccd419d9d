"""An admin session ends after SESSION_IDLE_MINUTES without a request, and each request
starts the idle time again: a login left open on a shared office computer closes."""

import datetime

import pytest
import time_machine
from django.test import override_settings

pytestmark = pytest.mark.django_db

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def signed_in(client):
    response = client.get("/admin/")
    return response.status_code == 200


@pytest.fixture
def editor(client, django_user_model):
    return django_user_model.objects.create_superuser("sachbearbeiter", "s@example.invalid", "pw")


def test_a_session_ends_after_the_idle_time_and_each_request_extends_it(client, editor, settings):
    idle = settings.SESSION_COOKIE_AGE
    assert idle == 60 * 60  # SESSION_IDLE_MINUTES' default
    with time_machine.travel(START, tick=False) as clock:
        client.force_login(editor)
        assert signed_in(client)
        clock.shift(datetime.timedelta(seconds=idle - 60))
        assert signed_in(client)  # 59 minutes idle: still in, and the clock starts again
        clock.shift(datetime.timedelta(seconds=idle - 60))
        assert signed_in(client)
        clock.shift(datetime.timedelta(seconds=idle + 60))
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


@override_settings(SESSION_COOKIE_AGE=5 * 60)
def test_the_idle_time_is_the_operators_setting(client, editor):
    with time_machine.travel(START, tick=False) as clock:
        client.force_login(editor)
        clock.shift(datetime.timedelta(minutes=6))
        assert not signed_in(client)
