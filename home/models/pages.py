from django.db import models
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import TEXT_FEATURES, BodyBlock, SignLanguageVideoBlock
from home.pagecache.middleware import generation_cached
from home.querysets import localized_pages, public_pages

from .base import BasePage


class ContentPage(BasePage):
    """A page with a body of blocks: the common ground of the text pages."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body"), FieldPanel("related_pages")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazily: only what the template shows is read (a directory lists its services).
        context["subpages"] = SimpleLazyObject(lambda: self.child_listing(request))
        return context

    def child_listing(self, request, menu_only=False):
        """The live, public children as cards: [{title, url, summary}]. Kept per
        content generation and site: the summaries come from each page type's own
        table, a query per type, and the list changes only with the content."""

        def compute():
            children = self.get_children().live()
            if menu_only:
                children = children.in_menu()
            return [
                # (A page type without a summary, e.g. Wagtail's own, shows none.)
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "summary": getattr(child, "summary", ""),
                }
                for child in public_pages(children.specific().defer_streamfields())
            ]

        site = Site.find_for_request(request)
        name = f"cards:{site.pk if site else 0}:{self.pk}:{menu_only}"
        return generation_cached(request, name, compute)


class HomePage(ContentPage):
    """The start page of one language: the root of that locale's page tree.

    Built for the tasks citizens come with: the search box first, then the
    editors' top tasks, then what feature apps add (the newest news, today's
    hours of the main office: the "home_page_sections" hook), the contact
    block, and the topic sections."""

    # The start page is a way in, not content to rate.
    asks_for_feedback = False

    top_tasks = StreamField(
        [("task", blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        max_num=8,
        verbose_name=_("top tasks"),
        help_text=_(
            "Up to 8 services or pages citizens come for most, in the order shown right "
            "under the search box. Visitors get each page in their language where translated."
        ),
    )

    sign_language_videos = StreamField(
        [("video", SignLanguageVideoBlock())],
        blank=True,
        max_num=3,
        verbose_name=_("in sign language"),
        help_text=_(
            "Videos that explain the site in sign language (German authorities: the content, "
            "the navigation and the accessibility statement in German Sign Language, BITV 2.0), "
            "each with its text version. Shown under the top tasks."
        ),
    )

    parent_page_types = ["wagtailcore.Page"]
    content_panels = BasePage.content_panels + [
        FieldPanel("top_tasks"),
        FieldPanel("sign_language_videos"),
        FieldPanel("body"),
        FieldPanel("related_pages"),
    ]
    api_fields = ContentPage.api_fields + [APIField("sign_language_videos")]
    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField("sign_language_videos")
    ]
    synchronized_fields = ContentPage.synchronized_fields + [SynchronizedField("top_tasks")]

    def route(self, request, path_components):
        """Find the deepest page on the path in one query, not two per level.

        Wagtail's Page.route walks down one level at a time (the child by slug,
        then its specific object). The url_path of every prefix of the path is
        known in advance, so the deepest existing one is fetched at once; what
        remains of the path goes to that page's own route(), so routable pages
        and Wagtail's live/404 checks behave as before."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/"
            for depth in range(1, len(path_components) + 1)
        ]
        deepest = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            raise Http404
        remaining = path_components[
            len(deepest.url_path[len(self.url_path) :].strip("/").split("/")) :
        ]
        return deepest.specific.route(request, remaining)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = SimpleLazyObject(lambda: self.child_listing(request, menu_only=True))
        context["tasks"] = self.tasks(request)
        return context

    def tasks(self, request):
        """The top tasks as [(title, url)], in the visitor's language where translated."""
        ids = [item["value"] for item in self.top_tasks.raw_data if item.get("type") == "task"]
        targets = localized_pages(ids, get_language())
        return [
            (target.title, target.get_url(request))
            for pk in ids
            if (target := targets.get(pk)) is not None
        ]


class TopicPage(ContentPage):
    """A section such as "Health and care": an introduction and its pages."""

    class Meta:
        verbose_name = _("topic page")
        verbose_name_plural = _("topic pages")


class StandardPage(ContentPage):
    """A single page of text: the legal notice, the privacy notice, a how-to."""

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class ConformanceStatus(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement in the EU model structure (Implementing Decision 2018/1523)."""

    conformance_status = models.CharField(
        _("conformance status"),
        max_length=10,
        choices=ConformanceStatus.choices,
        default=ConformanceStatus.PARTIAL,
        help_text=_("Measured against WCAG 2.2 level AA / EN 301 549."),
    )
    non_accessible_content = RichTextField(
        _("non-accessible content"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("What is not yet accessible, why, and what alternatives exist."),
    )
    prepared_on = models.DateField(
        _("statement prepared on"), help_text=_("When the statement was first written.")
    )
    last_reviewed_on = models.DateField(
        _("statement last reviewed on"),
        null=True,
        blank=True,
        help_text=_("The law asks for a review at least once a year."),
    )
    method = models.CharField(
        _("how it was assessed"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'self-assessment' or 'test by an external agency'."),
    )
    feedback_contact = models.ForeignKey(
        "organisations.Contact",
        verbose_name=_("feedback contact"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where people report barriers and ask for content in another format."),
    )
    enforcement_procedure = RichTextField(
        _("enforcement procedure"),
        features=TEXT_FEATURES,
        help_text=_("The enforcement or arbitration body people can turn to, with a link."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("conformance_status"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [FieldPanel("prepared_on"), FieldPanel("last_reviewed_on"), FieldPanel("method")],
            heading=_("Preparation of this statement"),
        ),
        FieldPanel("feedback_contact"),
        FieldPanel("enforcement_procedure"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("non_accessible_content"),
        index.SearchField("enforcement_procedure"),
    ]
    api_fields = BasePage.api_fields + [
        APIField(name)
        for name in [
            "conformance_status",
            "non_accessible_content",
            "prepared_on",
            "last_reviewed_on",
            "method",
            "enforcement_procedure",
        ]
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("non_accessible_content"),
        TranslatableField("method"),
        TranslatableField("feedback_contact"),
        TranslatableField("enforcement_procedure"),
    ]
    synchronized_fields = BasePage.synchronized_fields + [
        SynchronizedField("conformance_status"),
        SynchronizedField("prepared_on"),
        SynchronizedField("last_reviewed_on"),
    ]
    subpage_types = []

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
