"""The alert: a translatable snippet with a severity, a period and the part of the
page tree it covers.

Its period is its own `starts_at` and `ends_at`, checked on every query, rather than
Wagtail's scheduled publishing (DraftStateMixin's go_live_at/expire_at): those take
effect only when the `publish_scheduled` job next runs (every few minutes), while an
alert must end at its end time to the second, and the page cache expires cached pages
at that same moment (selection.py).
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.querysets import TranslatableQuerySet


class Severity(models.TextChoices):
    INFORMATION = "information", _("Information")
    WARNING = "warning", _("Warning")
    EMERGENCY = "emergency", _("Emergency")


# Most severe first.
SEVERITY_RANK = {Severity.EMERGENCY: 0, Severity.WARNING: 1, Severity.INFORMATION: 2}


class AlertQuerySet(TranslatableQuerySet):
    def not_ended(self, now):
        """Running or still to come: what a page shows now or at its next change."""
        return self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))

    def active(self, now):
        return self.not_ended(now).filter(starts_at__lte=now)

    def most_severe_first(self):
        rank = Case(
            *(When(severity=severity, then=Value(r)) for severity, r in SEVERITY_RANK.items()),
            output_field=IntegerField(),
        )
        return self.annotate(severity_rank=rank).order_by("severity_rank", "-starts_at", "pk")


class Alert(TranslatableMixin, index.Indexed, models.Model):
    severity = models.CharField(
        _("severity"),
        max_length=20,
        choices=Severity.choices,
        default=Severity.INFORMATION,
        help_text=_(
            "Emergency: danger to life, health or property; also shown at the top of the "
            "home page. Warning: a disruption citizens must act on. Information: anything else."
        ),
    )
    title = models.CharField(
        _("title"), max_length=120, help_text=_("What happened, in a few words.")
    )
    text = models.TextField(
        _("short text"),
        max_length=500,
        help_text=_("What citizens need to know or do, in one or two sentences."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to a page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where to read more, in the visitor's language where translated."),
    )
    link_url = models.URLField(
        _("or link to an address"), blank=True, help_text=_("The full address, https://…")
    )
    starts_at = models.DateTimeField(
        _("shown from"), help_text=_("The alert appears at this time.")
    )
    ends_at = models.DateTimeField(
        _("shown until"),
        null=True,
        blank=True,
        help_text=_("The alert disappears by itself at this time. Empty: until removed."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("covers"),
        null=True,
        blank=True,
        # An alert about a section that is deleted goes with it (rather than
        # covering the whole site instead).
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Shown on this page and every page below it, in every language. Empty: the whole site."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = AlertQuerySet.as_manager()

    panels = [
        FieldPanel("severity"),
        FieldPanel("title"),
        FieldPanel("text"),
        MultiFieldPanel(
            [PageChooserPanel("link_page"), FieldPanel("link_url")], heading=_("Read more")
        ),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
        PageChooserPanel("page"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("text"),
        TranslatableField("link_url"),
    ]
    synchronized_fields = [
        SynchronizedField("severity"),
        SynchronizedField("link_page"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must be after the start.")
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Link to a page or to an address, not both.")
        if errors:
            raise ValidationError(errors)

    @property
    def rank(self):
        return SEVERITY_RANK[self.severity]

    @property
    def is_emergency(self):
        return self.severity == Severity.EMERGENCY

    @property
    def message_uuid(self):
        """The same alert in another language is another CAP message."""
        return uuid.uuid5(self.translation_key, self.locale.language_code)

    @property
    def covered_title(self):
        return self.page.title if self.page_id else gettext("The whole site")

    @cached_property
    def shown_link_page(self):
        """The link page in the active language where translated (kept with a cached
        list of alerts, so a page view does not look it up again)."""
        return self.link_page.localized

    def link(self, request):
        if self.link_page_id:
            page = self.shown_link_page
            return page.get_full_url(request) if page.live else None
        return self.link_url or None
