"""The admin login and the password form of protected pages lock out
guessing: per user name and per client address (django-axes)."""

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction

from home.models import HomePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def lockout_on(settings):
    """Off in the test settings (the test client's login() has no request)."""
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("redakteurin", "r@kreis.example", "richtig")
    return user


def attempt(client, username, password, address="192.0.2.10"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_failures_up_to_the_limit_still_allow_the_right_password(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "redakteurin", "falsch").status_code == 200

    response = attempt(client, "redakteurin", "richtig")

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_user_name_is_locked_after_repeated_failures_from_many_addresses(client, editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "redakteurin", "falsch", address=f"192.0.2.{n + 1}")

    response = attempt(client, "redakteurin", "richtig", address="198.51.100.7")

    assert response.status_code == 429
    assert "minutes" in response.content.decode() or "Minuten" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # still logged out


def test_a_client_is_locked_after_guessing_many_user_names(client, editor):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"niemand{n}", "falsch")

    response = attempt(client, "redakteurin", "richtig")

    assert response.status_code == 429


def test_other_clients_and_users_are_not_affected(client, editor, django_user_model):
    django_user_model.objects.create_superuser("kollege", "k@kreis.example", "geheim")
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"niemand{n}", "falsch")

    assert attempt(client, "kollege", "geheim", address="203.0.113.9").status_code == 302


def test_the_password_form_of_a_protected_page_locks_out_guessing(client):
    home = HomePage.objects.filter(locale__language_code="de").first()
    page = StandardPageFactory(parent=home, title="Nur für den Kreistag")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sommer2026"
    )
    url = f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    form = {"return_url": page.url}

    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, form | {"password": "falsch"}, REMOTE_ADDR="192.0.2.50")
        assert response.status_code == 200  # the form again, with its error
    # The attempt that reaches the limit is already answered with the lockout.
    response = client.post(url, form | {"password": "falsch"}, REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 429

    response = client.post(url, form | {"password": "sommer2026"}, REMOTE_ADDR="192.0.2.50")

    assert response.status_code == 429
    assert client.get(page.url).status_code == 200
    assert "password" in client.get(page.url).content.decode()  # still asks for it
