"""Strategies (digital agenda, welfare technology, citizenship): goals, actions, background."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import TEXT_FEATURES, BodyBlock

from .base import BasePage


class StrategyStatus(models.TextChoices):
    IN_PREPARATION = "in_preparation", _("In preparation")
    ADOPTED = "adopted", _("Adopted")
    IN_IMPLEMENTATION = "in_implementation", _("In implementation")
    COMPLETED = "completed", _("Completed")
    SUPERSEDED = "superseded", _("Superseded")


PROGRESS_CHOICES = [
    ("planned", _("Planned")),
    ("in_progress", _("In progress")),
    ("achieved", _("Achieved")),
    ("on_hold", _("On hold")),
    ("dropped", _("Dropped")),
]


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Goal"), max_length=200)
    description = blocks.RichTextBlock(
        label=_("Description"), features=TEXT_FEATURES, required=False
    )
    indicator = blocks.CharBlock(
        label=_("Indicator"),
        required=False,
        max_length=250,
        help_text=_("How progress is measured, e.g. '40 services online by 2026'."),
    )
    status = blocks.ChoiceBlock(choices=PROGRESS_CHOICES, default="planned", label=_("Status"))

    class Meta:
        icon = "pick"
        label = _("Goal")


class ActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Action"), max_length=200)
    description = blocks.RichTextBlock(
        label=_("Description"), features=TEXT_FEATURES, required=False
    )
    goals = blocks.CharBlock(
        label=_("Serves goals"),
        required=False,
        max_length=50,
        help_text=_("Numbers of the goals this action serves, as listed above, e.g. '1, 3'."),
    )
    owner = blocks.CharBlock(
        label=_("Responsible"),
        required=False,
        max_length=150,
        help_text=_("Unit or partner in charge."),
    )
    timeline = blocks.CharBlock(
        label=_("Timeline"),
        required=False,
        max_length=100,
        help_text=_("E.g. '2025–2026' or 'from spring 2025'."),
    )
    status = blocks.ChoiceBlock(choices=PROGRESS_CHOICES, default="planned", label=_("Status"))

    class Meta:
        icon = "tasks"
        label = _("Action")


def goal_numbers(text):
    return [int(n) for n in re.findall(r"\d+", text or "")]


class StrategyPage(BasePage):
    introduction = RichTextField(
        _("introduction"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("What the strategy is about and why the county has it."),
    )
    vision = models.TextField(
        _("vision"), blank=True, help_text=_("The guiding statement, in one or two sentences.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=StrategyStatus.choices,
        default=StrategyStatus.IN_PREPARATION,
        help_text=_("Where the strategy stands today; shown to readers as a label."),
    )
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("First day the strategy applies.")
    )
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Last day it applies, if fixed.")
    )
    adopted_by = models.CharField(
        _("adopted by"),
        max_length=150,
        blank=True,
        help_text=_("The body that adopted it, e.g. 'Kreistag'."),
    )
    adopted_on = models.DateField(
        _("adopted on"), null=True, blank=True, help_text=_("Date of the council's decision.")
    )
    responsible_unit = models.CharField(
        _("responsible unit"),
        max_length=150,
        blank=True,
        help_text=_("Who implements the strategy."),
    )
    goals = StreamField(
        [("goal", GoalBlock())],
        blank=True,
        verbose_name=_("goals"),
        help_text=_("Goals are numbered in this order; actions refer to them by number."),
    )
    actions = StreamField([("action", ActionBlock())], blank=True, verbose_name=_("actions"))
    background = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("background"),
        help_text=_("How the strategy came about, its context and history."),
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("documents"),
        help_text=_("The adopted strategy as PDF, reports, council decisions."),
    )
    contact = models.ForeignKey(
        "organisations.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Whom readers can ask about the strategy."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("vision"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldRowPanel([FieldPanel("adopted_by"), FieldPanel("adopted_on")]),
                FieldPanel("responsible_unit"),
            ],
            heading=_("Status and validity"),
        ),
        FieldPanel("goals"),
        FieldPanel("actions"),
        FieldPanel("background"),
        FieldPanel("documents"),
        FieldPanel("contact"),
        FieldPanel("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("vision"),
        index.SearchField("goals"),
        index.SearchField("actions"),
        index.SearchField("background"),
    ]
    api_fields = BasePage.api_fields + [
        APIField(name)
        for name in [
            "introduction",
            "vision",
            "status",
            "valid_from",
            "valid_until",
            "adopted_by",
            "adopted_on",
            "responsible_unit",
            "goals",
            "actions",
            "background",
            "documents",
        ]
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("introduction"),
        TranslatableField("vision"),
        TranslatableField("adopted_by"),
        TranslatableField("responsible_unit"),
        TranslatableField("goals"),
        TranslatableField("actions"),
        TranslatableField("background"),
        TranslatableField("documents"),
        TranslatableField("contact"),
    ]
    synchronized_fields = BasePage.synchronized_fields + [
        SynchronizedField("status"),
        SynchronizedField("valid_from"),
        SynchronizedField("valid_until"),
        SynchronizedField("adopted_on"),
    ]

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The end of validity must not be before its start.")
        goal_count = len(self.goals)
        for position, action in enumerate(self.actions, start=1):
            unknown = [n for n in goal_numbers(action.value["goals"]) if not 1 <= n <= goal_count]
            if unknown:
                errors["actions"] = _(
                    "Action %(position)s refers to goal %(goal)s, but there are %(count)s goals."
                ) % {"position": position, "goal": unknown[0], "count": goal_count}
                break
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        labels = dict(PROGRESS_CHOICES)
        context["goal_list"] = [
            {"number": n, "status_label": labels.get(goal.value["status"]), **goal.value}
            for n, goal in enumerate(self.goals, start=1)
        ]
        actions = [
            {
                **action.value,
                "goal_numbers": goal_numbers(action.value["goals"]),
                "status_label": labels.get(action.value["status"]),
            }
            for action in self.actions
        ]
        context["action_list"] = actions
        context["document_list"] = [block.value for block in self.documents]
        context["actions_done"] = sum(1 for a in actions if a["status"] == "achieved")
        return context
