"""A Danish translator translates a German page and submits it for review; a moderator approves."""

import re
import threading

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslatableObject

from home.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXTS = {
    "Hilfe für pflegende Angehörige": "Hjælp til pårørende, der passer en nærtstående",
    "Wer einen Menschen zu Hause pflegt, bekommt hier Rat und Entlastung.": (
        "Den, der passer et menneske derhjemme, får her råd og aflastning."
    ),
    # On the editor's Promote tab: last.
    "hilfe-fuer-pflegende-angehoerige": "hjaelp-til-paaroerende",
}


def committed(function):
    """Runs `function` on a connection of its own, so what it writes is committed
    and the live server sees it (the test's own connection is inside a transaction)."""
    result = {}

    def run():
        try:
            result["value"] = function()
        except Exception as error:  # noqa: BLE001 - re-raised in the test's thread
            result["error"] = error
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def create_people_and_page(parent):
    for username, group in (("oversaetter", "Translators (Danish)"), ("redaktion", "Moderators")):
        user = User.objects.create_user(username, f"{username}@example.invalid", "hemmelig-42")
        user.groups.add(Group.objects.get(name=group))
        # The admin in English keeps the selectors below readable; Danish works the same.
        UserProfile.objects.create(user=user, preferred_language="en")
    german = StandardPageFactory(
        parent=parent,
        title="Hilfe für pflegende Angehörige",
        slug="hilfe-fuer-pflegende-angehoerige",
        summary="Wer einen Menschen zu Hause pflegt, bekommt hier Rat und Entlastung.",
    )
    german.save_revision().publish()
    return german.pk


def remove_people_and_page(german):
    for page in Page.objects.filter(translation_key=german.translation_key):
        page.delete()
    TranslatableObject.objects.filter(translation_key=german.translation_key).delete()
    User.objects.filter(username__in=["oversaetter", "redaktion"]).delete()


@pytest.fixture
def people_and_page(site_url, world):
    """Committed, so the live server sees them; removed afterwards. The page's parent is
    the world's German topic page, which has a Danish translation."""
    parent = world.topic["de"]
    german = StandardPage.objects.get(pk=committed(lambda: create_people_and_page(parent)))
    yield german
    committed(lambda: remove_people_and_page(german))


def log_in(browser, site_url, username):
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.goto(f"{site_url}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "hemmelig-42")
    page.fill("input[name=password]", "hemmelig-42")
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{site_url}/admin/")
    return context, page


def test_a_danish_translation_goes_live_after_a_moderator_publishes_it(
    site_url, browser, people_and_page, axe, world
):
    german = people_and_page
    danish_url = f"{site_url}{world.topic['da'].url}hjaelp-til-paaroerende/"
    context, page = log_in(browser, site_url, "oversaetter")

    # The dashboard lists the German page as missing in Danish; the translator starts it.
    page.goto(f"{site_url}/admin/translations/?locale=da")
    page.get_by_role("link", name=german.title).click()
    page.get_by_role("button", name=re.compile("submit", re.I)).click()
    # Back on the dashboard, the Danish draft is in progress; it opens in the translation editor.
    page.wait_for_url(re.compile(r"/admin/translations/"))
    in_progress = page.get_by_role("region", name=re.compile("In progress"))
    in_progress.get_by_role("link", name=german.title).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    # wagtail-localize's editor: each source text has its own Translate / Save.
    for source, danish in TEXTS.items():
        if source == german.slug:
            page.get_by_role("tab", name="Promote").click()
        segment = page.locator("li", has=page.get_by_text(source, exact=True)).last
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(danish)
        with page.expect_response(re.compile(r"/localize/translate/\d+/strings/")) as saved:
            segment.get_by_role("button", name="Save").click()
        assert saved.value.status in (200, 201)
    # No publish button for a translator: they submit the translation to the moderators.
    assert page.get_by_role("button", name=re.compile("^Publish")).count() == 0
    danish_page = german.get_translations().get(locale__language_code="da")
    page.locator("form[data-submit-for-review] button[type=submit]").click()
    page.wait_for_url(f"{site_url}/admin/pages/{danish_page.pk}/edit/")
    assert page.locator(".messages").get_by_text("Submitted to moderators for review.").count() == 1
    assert page.locator("[data-awaiting-review]").count() == 1
    context.close()

    assert not Page.objects.get(pk=danish_page.pk).live
    assert page_status(browser, danish_url) == 404

    # The moderator approves it from the dashboard's "Awaiting your review".
    context, page = log_in(browser, site_url, "redaktion")
    row = page.locator("#awaiting-review-section tr", has_text=TEXTS[german.title])
    row.locator(".w-dropdown__toggle").click()
    with page.expect_navigation():
        row.locator("[data-workflow-action-url*='/approve/']:not([data-launch-modal])").click()
    assert page.locator("#awaiting-review-section tr", has_text=TEXTS[german.title]).count() == 0
    context.close()

    public = browser.new_context(locale="da-DK").new_page()
    response = public.goto(danish_url)
    assert response.status == 200
    assert public.get_attribute("html", "lang") == "da"
    assert public.get_by_role("heading", level=1).inner_text() == TEXTS[german.title]
    assert public.get_by_text(TEXTS[german.summary]).count() >= 1
    axe(public)

    german.refresh_from_db()
    assert german.title == "Hilfe für pflegende Angehörige" and german.live
    assert german.summary == "Wer einen Menschen zu Hause pflegt, bekommt hier Rat und Entlastung."
    assert not german.has_unpublished_changes

    # The German original changes: Danish readers are told, with a link to it.
    committed(lambda: republish(StandardPage.objects.get(pk=german.pk)))
    public.reload()
    notice = public.locator("aside.notice")
    assert notice.count() == 1
    assert notice.get_by_role("link").get_attribute("href") == german.url
    axe(public)
    public.context.close()


def republish(page):
    page.summary = "Wer einen Menschen zu Hause pflegt, bekommt hier Rat, Schulung und Entlastung."
    page.save_revision().publish()


def page_status(browser, url):
    context = browser.new_context()
    status = context.new_page().goto(url).status
    context.close()
    return status
