"""Visitors' answers to "Was this page useful?": yes or no, and an optional comment.

One row per answer, in the language of the page answered (its locale). Nothing
about the visitor is stored; comments, which may hold personal data despite the
warning next to the field, are emptied after FEEDBACK_COMMENT_RETENTION_DAYS by
the daily `prune_personal_data` job, the answer itself is kept for the counts.
"""

import datetime

from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class FeedbackQuerySet(models.QuerySet):
    def in_sections(self, sections):
        """Answers on the given pages and below them."""
        paths = Q()
        for section in sections:
            paths |= Q(page__path__startswith=section.path)
        return self.filter(paths) if sections else self

    def between(self, start=None, end=None):
        """Answers given on the days start to end (both included, local dates)."""
        result = self
        if start:
            result = result.filter(created_at__date__gte=start)
        if end:
            result = result.filter(created_at__date__lte=end)
        return result

    def per_page(self):
        """One row per page and language: answers, yes, no, share of no, comments."""
        return (
            self.values("page_id", "page__title", "page__url_path", "locale__language_code")
            .annotate(
                answers=Count("id"),
                yes=Count("id", filter=Q(useful=True)),
                no=Count("id", filter=Q(useful=False)),
                comments=Count("id", filter=~Q(comment="")),
            )
            .order_by("-no", "-answers", "page__title")
        )

    def with_comments(self):
        return self.exclude(comment="")

    def comments_older_than(self, days):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        return self.with_comments().filter(created_at__lt=cutoff)


class Feedback(models.Model):
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("given at"), default=timezone.now, db_index=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id} {self.locale_id} {'yes' if self.useful else 'no'}"
