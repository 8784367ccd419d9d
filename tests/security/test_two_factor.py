"""Two-factor authentication through the admin login: superusers and Moderators
must set up an authenticator app and give its code after their password; a
recovery code works once in its place; Editors sign in with their password
unless they set up an app themselves."""

import base64
import datetime

import lxml.html
import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext, ngettext, override
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

PASSWORD = "ein langes Passwort 42"


def admin_text(message, plural=None, count=None):
    """A message as the admin shows it (in LANGUAGE_CODE, the users having chosen none)."""
    with override("de"):
        return (
            ngettext(message, plural, count) % {"remaining": count} if plural else gettext(message)
        )


@pytest.fixture(autouse=True)
def two_factor_on(settings):
    settings.TWO_FACTOR_REQUIRED = True


def make_user(django_user_model, username, group=None, superuser=False):
    make = (
        django_user_model.objects.create_superuser
        if superuser
        else (django_user_model.objects.create_user)
    )
    user = make(username, f"{username}@kreis.example", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(user):
    client = Client()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:1000]
    return client


def code_for(key, at):
    """What an authenticator app shows for this key (base32) at that moment."""
    app = TOTP(base64.b32decode(key + "=" * (-len(key) % 8)))
    app.time = at.timestamp()
    return f"{app.token():06d}"


def app_of(user):
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def test_a_superuser_sets_up_an_app_and_gives_its_code_at_every_login(django_user_model):
    admin = make_user(django_user_model, "chefin", superuser=True)
    client = sign_in(admin)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/setup/")
    setup = client.get(response["Location"])
    html = lxml.html.fromstring(setup.content)
    assert html.xpath("//div[@class='two-factor-qr']/*[local-name()='svg']")
    key = html.xpath("string(//code[@class='two-factor-key'])")
    now = timezone.now()

    wrong = client.post("/admin/2fa/setup/", {"code": "000000"})
    assert wrong.status_code == 200
    assert admin_text("That code is not right. Check the time on your phone.") in (
        wrong.content.decode()
    )
    # A wrong code holds the next try back for a second (django-otp's throttling).
    now += datetime.timedelta(seconds=5)
    with time_machine.travel(now, tick=False):
        confirmed = client.post("/admin/2fa/setup/", {"code": code_for(key, now)})
    assert confirmed.status_code == 302 and confirmed["Location"] == "/admin/2fa/recovery-codes/"
    assert client.get("/admin/").status_code == 200

    # Next time: password, then the app's code (a later one: each code counts once).
    later = now + datetime.timedelta(minutes=5)
    with time_machine.travel(later, tick=False):
        client = sign_in(admin)
        response = client.get("/admin/pages/")
        assert response.status_code == 302
        assert response["Location"] == "/admin/2fa/verify/?next=/admin/pages/"
        assert client.post(response["Location"], {"code": "123456"}).status_code == 200
    later += datetime.timedelta(seconds=5)
    with time_machine.travel(later, tick=False):
        verified = client.post(
            "/admin/2fa/verify/", {"code": code_for(key, later), "next": "/admin/pages/"}
        )
        assert verified.status_code == 302 and verified["Location"] == "/admin/pages/"
        assert client.get("/admin/pages/").status_code == 200


def test_a_recovery_code_signs_in_once(django_user_model):
    admin = make_user(django_user_model, "chefin", superuser=True)
    key = app_of(admin)
    client = sign_in(admin)
    client.post("/admin/2fa/verify/", {"code": code_for(key, timezone.now())})
    page = client.post("/admin/2fa/recovery-codes/")
    codes = lxml.html.fromstring(page.content).xpath("//ul[@class='recovery-codes']//code/text()")
    assert len(codes) == 10 and len(set(codes)) == 10

    client = sign_in(admin)
    assert client.post("/admin/2fa/verify/", {"code": codes[3]}).status_code == 302
    assert client.get("/admin/").status_code == 200
    remaining = client.get("/admin/2fa/recovery-codes/").content.decode()
    assert (
        admin_text(
            "You have %(remaining)s unused recovery code.",
            "You have %(remaining)s unused recovery codes.",
            9,
        )
        in remaining
    )

    client = sign_in(admin)
    again = client.post("/admin/2fa/verify/", {"code": codes[3]})
    assert again.status_code == 200
    assert admin_text("That code is not right, or has been used already.") in (
        again.content.decode()
    )
    assert client.get("/admin/").status_code == 302


def test_moderators_need_a_second_factor_and_editors_do_not(django_user_model):
    moderator = sign_in(make_user(django_user_model, "moderatorin", group="Moderators"))
    editor = sign_in(make_user(django_user_model, "redakteur", group="Editors"))

    assert moderator.get("/admin/")["Location"].startswith("/admin/2fa/setup/")
    assert editor.get("/admin/").status_code == 200


def test_an_editor_who_set_up_an_app_is_asked_for_its_code(django_user_model):
    editor = make_user(django_user_model, "redakteur", group="Editors")
    app_of(editor)

    response = sign_in(editor).get("/admin/")

    assert response["Location"] == "/admin/2fa/verify/?next=/admin/"


def test_the_public_site_does_not_ask_for_the_code(django_user_model):
    client = sign_in(make_user(django_user_model, "chefin", superuser=True))

    assert client.get("/de/").status_code == 200


def test_operators_can_switch_it_off(django_user_model, settings):
    settings.TWO_FACTOR_REQUIRED = False

    client = sign_in(make_user(django_user_model, "chefin", superuser=True))

    assert client.get("/admin/").status_code == 200
