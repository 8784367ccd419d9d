"""Form pages: a citizen sends the contact form, the responsible unit gets it by
e-mail, spam is refused in the visitor's language, editors read submissions, and
the form translates with wagtail-localize."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.feedback.helpers import form_fields, later, text

from .factories import FormPageFactory

pytestmark = pytest.mark.django_db

MESSAGE = {"ihr_name": "Erika Muster", "e_mail_adresse": "erika@example.invalid"}


@pytest.fixture
def contact():
    return FormPageFactory(title="Kontakt", slug="kontakt")


def send(page, client=None, wait=10, **changes):
    """Fills in the form as a browser does (with its CSRF cookie) and sends it."""
    client = client or Client(enforce_csrf_checks=True)
    action, data = form_fields(client.get(page.url), "//form[contains(@class, 'page-form')]")
    data.update(MESSAGE, ihre_nachricht="Die Straßenlaterne ist defekt.", **changes)
    if not wait:
        return client.post(action, data)
    with later(wait):
        return client.post(action, data)


def test_the_form_shows_the_editors_fields(contact):
    response = Client().get(contact.url)
    assert response.status_code == 200
    page = text(response)
    for label in ("Ihr Name *", "E-Mail-Adresse *", "Ihre Nachricht *"):
        assert label in page
    assert "War diese Seite hilfreich?" not in page


def test_a_submission_is_stored_mailed_from_the_site_and_confirmed(contact, settings):
    settings.DEFAULT_FROM_EMAIL = "landkreis@example.invalid"
    response = send(contact)
    assert response.status_code == 200
    assert "Vielen Dank, Ihre Nachricht wurde gesendet" in text(response)
    assert "Wir antworten innerhalb von drei Werktagen." in text(response)
    [message] = mail.outbox
    assert message.to == ["buergerservice@example.invalid"]
    assert message.from_email == "landkreis@example.invalid"
    assert message.subject == "Kontaktanfrage"
    assert "Ihr Name: Erika Muster" in message.body
    assert "Die Straßenlaterne ist defekt." in message.body
    assert "website" not in message.body and "started" not in message.body
    submission = FormSubmission.objects.get()
    assert set(submission.get_data()) >= {"ihr_name", "e_mail_adresse", "ihre_nachricht"}
    assert "website" not in submission.form_data and "started" not in submission.form_data


def test_missing_fields_are_a_400_with_the_form_again(contact):
    response = send(contact, ihr_name="")
    assert response.status_code == 400
    assert "Dieses Feld ist zwingend erforderlich." in text(response)
    assert not mail.outbox and not FormSubmission.objects.exists()


def test_the_honeypot_and_a_fast_submission_are_refused(contact):
    bot = send(contact, website="http://spam.example")
    assert bot.status_code == 400
    assert "sieht automatisch erzeugt aus" in text(bot)
    fast = send(contact, wait=0)
    assert fast.status_code == 400
    assert "Das ging sehr schnell" in text(fast)
    assert not mail.outbox and not FormSubmission.objects.exists()


def test_too_many_submissions_are_refused_in_the_visitors_language(settings):
    settings.SPAM_RATE_LIMIT = 1
    danish = FormPageFactory(language="da", title="Kontakt os", slug="kontakt-os")
    assert send(danish).status_code == 200
    response = send(danish)
    assert response.status_code == 429
    assert "Du har sendt mange formularer på kort tid" in text(response)
    assert len(mail.outbox) == 1


def test_a_form_page_is_not_cached_because_of_its_csrf_token(contact, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = Client().get(contact.url)
    assert settings.CSRF_COOKIE_NAME in first.cookies
    second = Client().get(contact.url)
    assert second.get("X-Page-Cache") != "hit"
    assert "no-store" in second["Cache-Control"]


@pytest.fixture
def member(django_user_model):
    def make(group):
        user = django_user_model.objects.create_user(group.lower(), f"{group}@example.invalid")
        user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_read_the_submissions(contact, member, group):
    send(contact)
    response = member(group).get(reverse("wagtailforms:list_submissions", args=[contact.pk]))
    assert response.status_code == 200
    assert "Erika Muster" in response.content.decode()


def test_anonymous_visitors_do_not_read_submissions(contact):
    send(contact)
    response = Client().get(reverse("wagtailforms:list_submissions", args=[contact.pk]))
    assert response.status_code == 302
    assert "Erika Muster" not in response.content.decode()


def test_the_form_translates_with_wagtail_localize(
    contact, admin_client, django_capture_on_commit_callbacks
):
    english = Locale.objects.get(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[contact.pk]),
            {"locales": [english.pk]},
        )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=contact.translation_key, target_locale=english
    )
    segments = {
        segment.string.data: segment
        for segment in StringSegment.objects.filter(source=translation.source)
    }
    assert {"Ihr Name", "E-Mail-Adresse", "Ihre Nachricht", "Kontaktanfrage"} <= set(segments)
    assert not any(name in segments for name in ("ihr_name", "singleline", "email"))
    words = {
        "Kontakt": "Contact",
        "Ihr Name": "Your name",
        "E-Mail-Adresse": "E-mail address",
        "Ihre Nachricht": "Your message",
    }
    for source, target in words.items():
        StringTranslation.objects.create(
            translation_of=segments[source].string,
            locale=english,
            context=segments[source].context,
            data=target,
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    translated = contact.get_translation(english).specific
    assert [field.label for field in translated.form_fields.all()] == [
        "Your name",
        "E-mail address",
        "Your message",
    ]
    assert {field.locale_id for field in translated.form_fields.all()} == {english.pk}
    assert [f.clean_name for f in translated.form_fields.all()] == [
        f.clean_name for f in contact.form_fields.all()
    ]
    assert translated.live
    shown = text(Client().get(translated.url))
    assert "Your name *" in shown and "Fields marked with * are required." in shown
    # The English form sends to the same unit.
    assert send(translated).status_code == 200
    assert mail.outbox[0].to == ["buergerservice@example.invalid"]
