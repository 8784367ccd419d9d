"""Easy-read versions of pages and the index that lists them, one per language.

German authorities must explain their sites in Leichte Sprache (BITV 2.0), Finland
has selkokieli, Denmark let læst. An editor writes the easy-read version as a page
of its own under the easy-read index of the language and chooses the page it
explains (`original`, in the same language). The original page finds its version
through the reverse relation (home/easyread/links.py, one query per request with
the header's entry), so nothing has to be set on the original page.

Translation (wagtail-localize): `original` is a translatable reference, so the
Finnish translation of a German easy-read page explains the Finnish translation of
the German original; it can be published once that original is translated.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from home.blocks import TEXT_FEATURES
from home.models.base import BasePage
from home.models.pages import ContentPage
from home.querysets import public_pages


class EasyReadIndexPage(BasePage):
    """The easy-read pages of one language ("Leichte Sprache"), linked from the header."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("A few short sentences in easy-read language: what readers find here."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["easyread.EasyReadPage"]
    max_count_per_parent = 1
    # A list of links: readers rate the easy-read pages themselves.
    asks_for_feedback = False

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]

    class Meta:
        verbose_name = _("easy-read index")
        verbose_name_plural = _("easy-read indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["easy_read_pages"] = self.easy_read_pages()
        return context

    def easy_read_pages(self):
        """The live, public easy-read pages listed here, with the page each explains,
        in one query."""
        return public_pages(
            EasyReadPage.objects.child_of(self).live().select_related("original")
        ).order_by("title")


class EasyReadPageQuerySet(PageQuerySet):
    def versions_of(self, page_id):
        """The easy-read versions of the page `page_id` (the reverse of `original`)."""
        return self.filter(original_id=page_id)


class EasyReadPage(ContentPage):
    """A page in easy-read language that explains another page of the same language."""

    original = models.ForeignKey(
        Page,
        verbose_name=_("original page"),
        # Required in the admin; kept (without its link) if the original is deleted,
        # so the editors' text is not lost with it.
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="easy_read_versions",
        help_text=_(
            "The page this one explains in easy-read language, in the same language. "
            "It links here prominently."
        ),
    )

    objects = PageManager.from_queryset(EasyReadPageQuerySet)()

    parent_page_types = ["easyread.EasyReadIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("original"),
        FieldPanel("body"),
        FieldPanel("related_pages"),
    ]
    api_fields = ContentPage.api_fields + [APIField("original")]
    translatable_fields = ContentPage.translatable_fields + [TranslatableField("original")]

    class Meta:
        verbose_name = _("easy-read page")
        verbose_name_plural = _("easy-read pages")

    def clean(self):
        super().clean()
        original = self.original
        if original is None:
            return
        if self.locale_id and original.locale_id != self.locale_id:
            raise ValidationError(
                {
                    "original": _(
                        "Choose a page in the language of this page (%(language)s): the "
                        "easy-read version of a page in another language would link from "
                        "a page its readers do not see."
                    )
                    % {"language": self.locale.get_display_name()}
                }
            )
        if original.specific_class in (EasyReadPage, EasyReadIndexPage):
            raise ValidationError(
                {"original": _("Choose the page this one explains, not an easy-read page.")}
            )
        other = EasyReadPage.objects.versions_of(original.pk).exclude(pk=self.pk).first()
        if other is not None:
            raise ValidationError(
                {
                    "original": _("This page already has an easy-read version: %(title)s.")
                    % {"title": other.title}
                }
            )
