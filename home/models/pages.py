from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import BodyBlock
from home.querysets import public_pages

from .base import BasePage


class HomePage(BasePage):
    """The start page of one language: the root of that locale's page tree."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Optional text below the summary, above the list of sections."),
    )

    parent_page_types = ["wagtailcore.Page"]
    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = public_pages(
            self.get_children().live().in_menu().specific().defer_streamfields()
        )
        return context


class StandardPage(BasePage):
    """A section or a single page of text: "Health and care", the legal notice, ..."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = public_pages(
            self.get_children().live().specific().defer_streamfields()
        )
        return context
