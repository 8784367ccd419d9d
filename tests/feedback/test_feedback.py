"""'Was this page useful?': answers and comments in the page's language, without
cookies, refused spam, and a page that stays in the page cache."""

import pytest
from django.test import Client
from lxml import html

from home.feedback.models import Feedback
from tests.factories import StandardPageFactory, skeleton_page, translate

from .helpers import answer, comment, question, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    return StandardPageFactory(title="Müllabfuhr", summary="Wann die Tonnen geleert werden.")


def heading(response):
    return html.fromstring(response.content).xpath("string(//h1)").strip()


def test_a_content_page_asks_in_its_language(page):
    danish = translate(page, "da", title="Affaldsindsamling", slug="affald")
    german = Client().get(page.url)
    assert "War diese Seite hilfreich?" in text(german)
    assert "Var denne side nyttig?" in text(Client().get(danish.url))
    action, data = question(german)
    assert action == "/de/_feedback/"
    assert "csrfmiddlewaretoken" not in data


def test_the_home_page_asks_nothing():
    home = skeleton_page("home")
    assert "War diese Seite hilfreich?" not in text(Client().get(home.url))


def test_a_yes_is_saved_in_the_pages_language_without_a_cookie(page):
    danish = translate(page, "da", title="Affaldsindsamling", slug="affald")
    response = answer(danish, useful=True)
    assert response.status_code == 200
    assert heading(response) == "Tak for din feedback"
    assert not response.cookies
    feedback = Feedback.objects.get()
    assert (feedback.page_id, feedback.locale.language_code, feedback.useful) == (
        danish.pk,
        "da",
        True,
    )


def test_a_no_then_a_comment_with_a_warning_about_personal_data(page):
    thanks = answer(page, useful=False)
    assert "keine personenbezogenen Daten" in text(thanks)
    done = comment(thanks, "Die Termine für Biotonnen fehlen.")
    assert done.status_code == 200
    feedback = Feedback.objects.get()
    assert (feedback.useful, feedback.comment) == (False, "Die Termine für Biotonnen fehlen.")
    assert feedback.locale.language_code == "de"
    # The same thank-you form cannot add a second comment.
    again = comment(thanks, "Noch etwas")
    assert again.status_code == 400
    assert Feedback.objects.get().comment == "Die Termine für Biotonnen fehlen."


def test_the_honeypot_is_refused_in_the_visitors_language(page):
    finnish = translate(page, "fi", title="Jätehuolto", slug="jatehuolto")
    response = answer(finnish, useful=True, website="http://spam.example")
    assert response.status_code == 400
    assert "Viestisi näyttää automaattiselta" in text(response)
    assert not Feedback.objects.exists()


def test_an_answer_sooner_than_the_fill_time_is_refused(page):
    response = answer(page, useful=True, wait=0)
    assert response.status_code == 400
    assert "Das ging sehr schnell" in text(response)
    assert not Feedback.objects.exists()


def test_a_forged_or_missing_start_time_is_refused(page):
    response = answer(page, useful=True, started="1700000000")
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_bad_input_is_a_400_never_a_500(page):
    for data in ({}, {"page": "x", "useful": "maybe"}, {"page": "999999", "useful": "yes"}):
        response = Client().post("/en/_feedback/", data)
        assert response.status_code == 400, data
    assert Client().get("/en/_feedback/").status_code == 405
    assert Client().post("/en/_feedback/comment/", {"token": "forged"}).status_code == 400


def test_too_many_answers_from_one_address_are_refused(page, settings):
    settings.SPAM_RATE_LIMIT = 2
    english = translate(page, "en", title="Waste collection", slug="waste")
    assert answer(english, useful=True).status_code == 200
    assert answer(english, useful=False).status_code == 200
    response = answer(english, useful=False)
    assert response.status_code == 429
    assert "You have sent a lot of feedback in a short time" in text(response)
    assert Feedback.objects.count() == 2
    # Another address is not affected; no address is stored anywhere.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert answer(english, useful=True, client=other).status_code == 200
    assert not any("127.0.0.1" in str(value) for value in Feedback.objects.values_list())


def test_a_page_with_the_question_is_served_from_the_cache(page, settings):
    settings.PAGE_CACHE_ENABLED = True
    first = Client().get(page.url)
    assert first["X-Page-Cache"] == "miss" and not first.cookies
    second = Client().get(page.url)
    assert second["X-Page-Cache"] == "hit"
    assert "War diese Seite hilfreich?" in text(second)
    # An answer is the visitor's, not the page's: the cached page stays.
    assert answer(page, useful=True).status_code == 200
    assert Client().get(page.url)["X-Page-Cache"] == "hit"
