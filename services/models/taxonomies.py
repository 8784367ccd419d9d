"""Translatable taxonomies a service is filed under: categories (a tree),
target groups, life events and the service area (municipalities, regions).

Pages keep whichever term objects they were given (translations synchronise
them from their source), so filters and labels match terms by translation key
and show each term in the visitor's language where it is translated."""

import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.querysets import TranslatableQuerySet


class Term(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_(
            "Appears in the address of the filtered service directory. Lower-case letters, "
            "digits and hyphens; unique within a language."
        ),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Optional: what belongs here, for editors and in the open-data export."),
    )

    objects = TranslatableQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The form has no locale field, so Django would not check slug uniqueness
        # per language and saving would end in a database error instead.
        if (
            self.slug
            and self.locale_id
            and type(self)
            .objects.filter(slug=self.slug, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError({"slug": _("Another entry in this language has this slug.")})


def unique_slug_per_locale(name):
    return [models.UniqueConstraint(fields=["slug", "locale"], name=name)]


class ServiceCategory(Term):
    """What kind of service, e.g. "Children and families" › "Day care"."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_(
            "Leave empty for a top-level category. Filtering by a category includes its "
            "subcategories."
        ),
    )

    panels = Term.panels + [FieldPanel("parent")]
    synchronized_fields = [SynchronizedField("parent")]

    class Meta(Term.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")
        constraints = unique_slug_per_locale("service_category_unique_slug_locale")

    def clean(self):
        super().clean()
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if ancestor.pk == self.pk or ancestor.translation_key == self.translation_key:
                raise ValidationError({"parent": _("A category cannot be its own parent.")})
            seen.add(ancestor.pk)
            ancestor = ancestor.parent


class TargetGroup(Term):
    """Who a service is for, e.g. "Families with children", "Older people"."""

    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = unique_slug_per_locale("target_group_unique_slug_locale")


class LifeEvent(Term):
    """A situation in life citizens look for services by, e.g. "Having a baby"."""

    class Meta(Term.Meta):
        verbose_name = _("life event")
        verbose_name_plural = _("life events")
        constraints = unique_slug_per_locale("life_event_unique_slug_locale")


class AreaKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")


class ServiceArea(Term):
    """Where a service is offered: a municipality or a region of the county."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=AreaKind.choices, default=AreaKind.MUNICIPALITY
    )
    code = models.CharField(
        _("official code"),
        max_length=20,
        blank=True,
        help_text=_("Optional: the official municipality key, e.g. 09 1 87 000 or 091."),
    )

    panels = Term.panels + [FieldPanel("kind"), FieldPanel("code")]
    synchronized_fields = [SynchronizedField("kind"), SynchronizedField("code")]

    class Meta(Term.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")
        constraints = unique_slug_per_locale("service_area_unique_slug_locale")


for model in (ServiceCategory, TargetGroup, LifeEvent, ServiceArea):
    register_snippet(model)


@dataclass(frozen=True)
class TermOption:
    """A term as the directory offers it: in the visitor's language where possible."""

    translation_key: uuid.UUID
    name: str
    slug: str
    parent_key: uuid.UUID | None = None
