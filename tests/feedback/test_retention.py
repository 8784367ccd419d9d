"""prune_personal_data: old feedback comments and old form submissions go, the rest stays."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.feedback.models import Feedback
from tests.factories import StandardPageFactory
from tests.forms.factories import FormPageFactory

pytestmark = pytest.mark.django_db


def aged(model, obj, field, days):
    model.objects.filter(pk=obj.pk).update(
        **{field: timezone.now() - datetime.timedelta(days=days)}
    )


def test_old_comments_and_submissions_are_deleted_and_nothing_else(settings):
    settings.FEEDBACK_COMMENT_RETENTION_DAYS = 180
    settings.FORM_SUBMISSION_RETENTION_DAYS = 90
    page = StandardPageFactory()
    old = Feedback.objects.create(page=page, locale=page.locale, useful=False, comment="Alt")
    aged(Feedback, old, "created_at", 181)
    recent = Feedback.objects.create(page=page, locale=page.locale, useful=True, comment="Neu")
    aged(Feedback, recent, "created_at", 179)
    form = FormPageFactory()
    old_submission = FormSubmission.objects.create(page=form, form_data={"ihr_name": "A"})
    aged(FormSubmission, old_submission, "submit_time", 91)
    new_submission = FormSubmission.objects.create(page=form, form_data={"ihr_name": "B"})
    aged(FormSubmission, new_submission, "submit_time", 89)

    out = io.StringIO()
    call_command("prune_personal_data", stdout=out)

    old.refresh_from_db()
    assert (old.comment, old.useful) == ("", False)  # the answer still counts
    assert Feedback.objects.get(pk=recent.pk).comment == "Neu"
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [new_submission.pk]
    assert "Emptied 1 feedback comments" in out.getvalue()


def test_the_daily_jobs_run_it_with_the_configured_periods():
    from django.conf import settings

    job = next(job for job in settings.SCHEDULED_JOBS["daily"] if job[0] == "prune_personal_data")
    assert job[1:] == [
        f"--feedback-days={settings.FEEDBACK_COMMENT_RETENTION_DAYS}",
        f"--submission-days={settings.FORM_SUBMISSION_RETENTION_DAYS}",
    ]
