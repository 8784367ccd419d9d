"""Retention of what visitors send: feedback comments and form submissions.

Run daily by the scheduler (SCHEDULED_JOBS; FEEDBACK_COMMENT_RETENTION_DAYS and
FORM_SUBMISSION_RETENTION_DAYS, 180 days by default). A feedback answer older than
its period loses its comment and keeps its yes/no, which says nothing about anyone
and keeps the report's counts; a form submission is deleted.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.feedback.models import Feedback


class Command(BaseCommand):
    help = "Empty feedback comments and delete form submissions older than their retention."

    def add_arguments(self, parser):
        parser.add_argument(
            "--feedback-days",
            type=int,
            default=None,
            help="Days feedback comments are kept (default FEEDBACK_COMMENT_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--submission-days",
            type=int,
            default=None,
            help="Days form submissions are kept (default FORM_SUBMISSION_RETENTION_DAYS).",
        )

    def handle(self, feedback_days, submission_days, **options):
        if feedback_days is None:
            feedback_days = settings.FEEDBACK_COMMENT_RETENTION_DAYS
        if submission_days is None:
            submission_days = settings.FORM_SUBMISSION_RETENTION_DAYS
        emptied = Feedback.objects.comments_older_than(feedback_days).update(comment="")
        cutoff = timezone.now() - timedelta(days=submission_days)
        deleted, _ = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
        self.stdout.write(
            f"Emptied {emptied} feedback comments older than {feedback_days} days; "
            f"deleted {deleted} form submissions older than {submission_days} days."
        )
