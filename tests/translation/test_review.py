"""A translator submits a translated page for review; a moderator approves it."""

import lxml.html
import pytest
from django.test import Client
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext, override
from wagtail.models import Page, WorkflowPage, WorkflowState
from wagtail_localize.models import StringSegment, Translation

from tests.html import get, text

pytestmark = pytest.mark.django_db

DANISH = {
    "title": "Plejerådgivning i hjemmet",
    "summary": "Rådgivning til pårørende, der passer en nærtstående derhjemme.",
}


def translation_of(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )


def translate(client, translation, texts):
    for path, value in texts.items():
        segment = StringSegment.objects.get(source=translation.source, context__path=path)
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


def submit_url(translation):
    return reverse("translation_submit_for_review", args=[translation.pk])


def admin_says(text):
    """A message as the admin shows it: in German, for users without a language preference."""
    with override("de"):
        return gettext(text)


def headings(citizen, page):
    return [text(h1) for h1 in get(citizen, page.url).xpath("//h1")]


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def moderator(make_user):
    client = Client()
    client.force_login(make_user("moderatorin", "Moderators"))
    return client


@pytest.fixture
def danish(source_page, submit):
    """The German source's Danish translation: a draft, not translated yet."""
    return submit(source_page, "da")["da"]


def approve(moderator, page):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    dashboard = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert url in dashboard  # in "Awaiting your review"
    response = moderator.post(url)
    assert response.status_code == 302


def test_pages_in_every_language_go_to_the_moderators(danish):
    workflow = danish.get_workflow()
    assert workflow is not None and workflow.active
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_submitted_translation_goes_live_when_a_moderator_approves_it(
    danish_translator, moderator, citizen, source_page, danish
):
    translation = translation_of(danish)
    translate(danish_translator, translation, DANISH)
    editor = get(danish_translator, reverse("wagtailadmin_pages:edit", args=[danish.pk]))
    assert editor.xpath(f"//form[@action='{submit_url(translation)}'][@method='post']")

    response = danish_translator.post(submit_url(translation), follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_pages:edit", args=[danish.pk]), 302)]
    assert admin_says("Submitted to moderators for review.") in messages_of(response)

    page = Page.objects.get(pk=danish.pk)
    assert not page.live
    assert page.get_latest_revision_as_object().title == DANISH["title"]
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert citizen.get(page.url).status_code == 404
    html = lxml.html.fromstring(response.content)
    assert html.xpath("//*[@data-awaiting-review]")
    assert not html.xpath("//*[@data-submit-for-review]")  # the moderators hold it now

    dashboard = moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert DANISH["title"] in dashboard
    approve(moderator, page)

    page = Page.objects.get(pk=danish.pk).specific
    assert page.live and not page.has_unpublished_changes
    assert page.title == DANISH["title"]
    assert DANISH["summary"] in text(get(citizen, page.url))

    german = Page.objects.get(pk=source_page.pk).specific
    assert german.title == "Pflegeberatung zu Hause" and german.live
    assert german.summary == "Beratung für Angehörige, die zu Hause pflegen."
    assert not german.has_unpublished_changes


def test_an_update_of_a_live_translation_waits_for_approval(
    danish_translator, moderator, citizen, danish
):
    translation = translation_of(danish)
    translate(danish_translator, translation, DANISH)
    danish_translator.post(submit_url(translation))
    approve(moderator, danish)
    page = Page.objects.get(pk=danish.pk).specific

    translate(danish_translator, translation, {"title": "Plejerådgivning derhjemme"})
    response = danish_translator.post(submit_url(translation), follow=True)
    assert admin_says("Submitted to moderators for review.") in messages_of(response)

    # Citizens still read the approved text; the moderators review the new one.
    assert headings(citizen, page) == [DANISH["title"]]
    page.refresh_from_db()
    assert page.title == DANISH["title"] and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Plejerådgivning derhjemme"

    approve(moderator, page)
    assert headings(citizen, page) == ["Plejerådgivning derhjemme"]


def test_after_a_request_for_changes_the_translator_submits_again(
    danish_translator, moderator, danish
):
    translation = translation_of(danish)
    translate(danish_translator, translation, DANISH)
    danish_translator.post(submit_url(translation))
    revisions = danish.revisions.count()

    # Under review: the page is the moderators' to change, as in Wagtail's editor.
    response = danish_translator.post(submit_url(translation), follow=True)
    assert danish.revisions.count() == revisions
    assert "error" in [message.level_tag for message in response.context["messages"]]

    state = Page.objects.get(pk=danish.pk).current_workflow_task_state
    reject = reverse("wagtailadmin_pages:workflow_action", args=[danish.pk, "reject", state.pk])
    assert moderator.post(reject, {"comment": "Bitte Titel kürzen."}).status_code == 302
    page = Page.objects.get(pk=danish.pk)
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    editor = get(danish_translator, reverse("wagtailadmin_pages:edit", args=[danish.pk]))
    assert editor.xpath("//*[@data-submit-for-review]")
    translate(danish_translator, translation, {"title": "Plejerådgivning"})
    danish_translator.post(submit_url(translation))
    page = Page.objects.get(pk=danish.pk)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.filter(object_id=str(danish.pk)).count() == 1
    assert page.current_workflow_task_state.revision.as_object().title == "Plejerådgivning"


def test_without_a_workflow_the_translation_is_saved_as_a_draft(danish_translator, danish):
    WorkflowPage.objects.all().delete()
    translation = translation_of(danish)
    translate(danish_translator, translation, DANISH)
    response = danish_translator.post(submit_url(translation), follow=True)
    assert admin_says(
        "Saved as a draft. No moderation workflow is configured for this page."
    ) in messages_of(response)
    page = Page.objects.get(pk=danish.pk)
    assert not page.live and page.current_workflow_state is None
    assert page.get_latest_revision_as_object().title == DANISH["title"]


def test_a_danish_translator_cannot_submit_a_finnish_translation(
    danish_translator, source_page, submit
):
    finnish = submit(source_page, "fi")["fi"]
    response = danish_translator.post(submit_url(translation_of(finnish)))
    assert response.status_code == 403
    assert Page.objects.get(pk=finnish.pk).current_workflow_state is None


def test_only_signed_in_users_submit_and_only_by_post(danish_translator, citizen, danish):
    url = submit_url(translation_of(danish))
    response = citizen.post(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert danish_translator.get(url).status_code == 405
    assert Page.objects.get(pk=danish.pk).current_workflow_state is None


def test_moderators_see_the_submit_button_too(make_user, danish):
    """Whoever may publish still sees the button: the workflow applies to them too."""
    client = Client()
    client.force_login(make_user("moderator", "Moderators"))
    editor = get(client, reverse("wagtailadmin_pages:edit", args=[danish.pk]))
    assert editor.xpath("//*[@data-submit-for-review]")
