"""Retention of what visitors send, as the daily scheduled jobs apply it: feedback
comments and form submissions older than 180 days (the default) go, the rest stays."""

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
    moment = timezone.now() - datetime.timedelta(days=days)
    model.objects.filter(pk=obj.pk).update(**{field: moment})


@pytest.fixture
def visitors_data():
    page = StandardPageFactory()
    old = Feedback.objects.create(page=page, locale=page.locale, useful=False, comment="Alt")
    aged(Feedback, old, "created_at", 181)
    recent = Feedback.objects.create(page=page, locale=page.locale, useful=True, comment="Neu")
    aged(Feedback, recent, "created_at", 179)
    form = FormPageFactory()
    old_submission = FormSubmission.objects.create(page=form, form_data={"ihr_name": "A"})
    aged(FormSubmission, old_submission, "submit_time", 181)
    new_submission = FormSubmission.objects.create(page=form, form_data={"ihr_name": "B"})
    aged(FormSubmission, new_submission, "submit_time", 179)
    return old, recent, new_submission


def test_the_daily_jobs_delete_old_comments_and_submissions_only(visitors_data):
    old, recent, new_submission = visitors_data
    call_command("run_jobs", "daily", stdout=io.StringIO(), stderr=io.StringIO())

    old.refresh_from_db()
    assert (old.comment, old.useful) == ("", False)  # the answer still counts
    assert Feedback.objects.get(pk=recent.pk).comment == "Neu"
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [new_submission.pk]


def test_the_periods_can_be_given(visitors_data):
    old, recent, new_submission = visitors_data
    out = io.StringIO()
    call_command("prune_personal_data", "--feedback-days=30", "--submission-days=365", stdout=out)
    assert not Feedback.objects.exclude(comment="").exists()
    assert FormSubmission.objects.count() == 2
    assert "Emptied 2 feedback comments" in out.getvalue()
