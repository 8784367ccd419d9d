from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """Behaviour every public page shares: a summary, search and API fields,
    and a declared split between translated and synchronised fields."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two sentences shown in listings and search results and read out first "
            "by screen readers. Plain text, at most 300 characters."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("summary")]

    search_fields = Page.search_fields + [index.SearchField("summary")]
    api_fields = [APIField("summary")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
    ]
    synchronized_fields = [SynchronizedField("show_in_menus")]

    class Meta:
        abstract = True
