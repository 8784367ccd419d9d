"""A citizen answers "Was this page useful?" and sends the contact form, in German and
English, without a cookie for the feedback and with axe watching every step."""

import pytest

from tests.factories import StandardPageFactory, translate
from tests.forms.factories import FormPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """Committed, so that the live server's thread sees them; removed afterwards (their
    answers and submissions go with them)."""
    with django_db_blocker.unblock():
        german = StandardPageFactory(title="Sperrmüll anmelden", summary="So holen wir ab.")
        english = translate(german, "en", title="Bulky waste collection", slug="bulky-waste")
        form = FormPageFactory(title="Schreiben Sie uns", slug="schreiben-sie-uns")
        form_en = translate(form, "en", title="Write to us", slug="write-to-us")
        for field, label in zip(
            form_en.form_fields.all(), ["Your name", "E-mail address", "Your message"], strict=True
        ):
            field.label = label
            field.save()
        form_en.save_revision().publish()
        made = {"de": german, "en": english, "form_de": form, "form_en": form_en}
        yield made
        for page in (form, german):
            for translation in page.get_translations(inclusive=True):
                translation.delete()


@pytest.fixture(autouse=True)
def no_wait(settings):
    # The minimum fill time is tested over HTTP (tests/feedback); here a click may be quick.
    settings.SPAM_MIN_FILL_SECONDS = 0


def test_a_german_reader_answers_no_and_comments(site_url, page, axe, pages):
    page.goto(f"{site_url}{pages['de'].url}")
    question = page.get_by_role("complementary", name="War diese Seite hilfreich?")
    assert question.count() == 1
    axe(page)
    question.get_by_role("button", name="Nein").click()
    page.wait_for_url(f"{site_url}/de/_feedback/")
    assert page.get_by_role("heading", level=1).inner_text() == "Vielen Dank für Ihre Rückmeldung"
    axe(page)
    page.get_by_label("Was können wir verbessern? (freiwillig)").fill("Die Gebühren fehlen.")
    page.get_by_role("button", name="Kommentar senden").click()
    page.wait_for_url(f"{site_url}/de/_feedback/comment/")
    assert "Ihr Kommentar hilft uns" in page.inner_text("main")
    axe(page)
    page.get_by_role("link", name="Zurück zu „Sperrmüll anmelden“").click()
    page.wait_for_url(f"{site_url}{pages['de'].url}")
    assert page.context.cookies() == []


def test_an_english_reader_answers_yes(site_url, page, axe, pages):
    page.goto(f"{site_url}{pages['en'].url}")
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_role("button", name="Yes").click()
    page.wait_for_url(f"{site_url}/en/_feedback/")
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you for your feedback"
    assert page.get_by_text("Please do not enter personal data").count() == 1
    axe(page)


@pytest.mark.parametrize(
    ("language", "name", "send", "required", "thanks"),
    [
        ("de", "Ihr Name *", "Senden", "Dieses Feld ist zwingend erforderlich.", "Vielen Dank"),
        ("en", "Your name *", "Send", "This field is required.", "Thank you"),
    ],
)
def test_the_contact_form_in_two_languages(
    site_url, page, axe, pages, language, name, send, required, thanks
):
    page.goto(f"{site_url}{pages['form_' + language].url}")
    assert page.get_attribute("html", "lang") == language
    axe(page)
    page.get_by_role("button", name=send, exact=True).click()
    assert page.get_by_text(required).count() == 3
    axe(page)
    page.get_by_label(name).fill("Erika Muster")
    page.locator("input[type=email]").fill("erika@example.invalid")
    page.locator("textarea").fill("Die Straßenlaterne in der Lindenstraße ist aus.")
    page.get_by_role("button", name=send, exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(thanks)
    axe(page)
