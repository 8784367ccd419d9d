"""News topics: a translatable taxonomy, offered in the visitor's language."""

import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import TranslatableField

from home.querysets import TranslatableQuerySet


class NewsTopic(TranslatableMixin, models.Model):
    """A topic news can be filtered by, e.g. "Care" or "Digital services"."""

    name = models.CharField(
        _("name"),
        max_length=80,
        help_text=_("Shown on news pages and in the topic filter, e.g. 'Care'."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=True,
        help_text=_(
            "Appears in the address of the filtered news list, e.g. 'care'. Lower-case letters, "
            "digits and hyphens; unique within a language."
        ),
    )

    objects = TranslatableQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="news_topic_unique_slug_locale")
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The form does not contain the locale, so Django would not check this
        # constraint and saving would fail with a database error instead.
        if (
            self.slug
            and self.locale_id
            and NewsTopic.objects.filter(slug=self.slug, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exists()
        ):
            raise ValidationError({"slug": _("Another topic in this language has this slug.")})


@dataclass
class TopicOption:
    """A topic as the news list offers it: in the visitor's language where possible."""

    translation_key: uuid.UUID
    name: str
    slug: str
