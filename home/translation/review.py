"""Submit for review: a translated page goes to Wagtail's moderation workflow.

wagtail-localize's translation editor only offers "Publish"; a translator,
who may not publish, has no way to hand the translation to the moderators.
This saves the translation as a draft revision and starts (or resumes) the
page's workflow, the way Wagtail's page editor does for "Submit for moderation".
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationLog

from home.translation import scope


def page_of(translation):
    """The translated page, or None for a snippet or a page not created yet."""
    model = translation.source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    try:
        return translation.get_target_instance()
    except Page.DoesNotExist:
        return None


def locked_for(page, user):
    lock = page.get_lock()
    return lock if lock is not None and lock.for_user(user) else None


def save_draft(translation, page, user):
    """A draft revision of the translation; the page's row is left as it is when live.

    save_target also writes the translated content to the page's own row,
    which for a live page is what citizens see: that would publish without
    review. Wagtail's editor only adds a revision to a live page, so here the
    row's changes are rolled back and only the revision they make is kept,
    with what else save_target records (its log, the view restrictions).
    """
    if not page.live:
        translation.save_target(user=user, publish=False)
        return
    error = None
    with transaction.atomic():
        savepoint = transaction.savepoint()
        try:
            translation.save_target(user=user, publish=False)
        except ValidationError as exc:
            # save_target undid its own writes and marked the failing strings: keep the marks.
            error = exc
            transaction.savepoint_commit(savepoint)
        else:
            content = Page.objects.get(pk=page.pk).get_latest_revision().content
            transaction.savepoint_rollback(savepoint)
            revision = page.with_content_json(content).save_revision(user=user, log_action=True)
            TranslationLog.objects.create(
                source=translation.source, locale=translation.target_locale, revision=revision
            )
            translation.source.update_target_view_restrictions(translation.target_locale)
    if error is not None:
        raise error


@require_POST
def submit_for_review(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"),
        pk=translation_id,
        enabled=True,
    )
    locale_ids = scope.translator_locale_ids(request.user)
    if locale_ids is not None and translation.target_locale_id not in locale_ids:
        return scope.forbidden()
    page = page_of(translation)
    if page is None:
        raise Http404
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    editor = redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    # As in Wagtail's editor: while a reviewer's task holds the page, only reviewers change it.
    if lock := locked_for(page, request.user):
        messages.error(
            request,
            lock.get_message(request.user) or _("The page could not be saved as it is locked."),
        )
        return editor

    try:
        save_draft(translation, page, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return editor

    workflow = page.get_workflow()
    if workflow is None:
        messages.warning(
            request,
            _("Saved as a draft. No moderation workflow is configured for this page."),
        )
        return editor
    state = page.current_workflow_state
    if state is None:
        workflow.start(page, request.user)
    elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    # Else a reviewer saved during review: approval publishes the latest revision, this one.
    messages.success(request, _("Submitted to moderators for review."))
    return editor


def review_status(translation, page, user):
    """What the translation editor shows about review, or None where it shows nothing."""
    if not isinstance(page, Page):
        return None
    workflow = page.get_workflow()
    if workflow is None and page.permissions_for_user(user).can_publish():
        return None
    state = page.current_workflow_state
    awaiting = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    return {
        "url": reverse("translation_submit_for_review", args=[translation.pk]),
        "can_submit": locked_for(page, user) is None,
        # The current task's start: a resubmission after "needs changes" starts it anew.
        "awaiting_since": state.current_task_state.started_at if awaiting else None,
    }
