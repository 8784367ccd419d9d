from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.editing.forms import LocalePageForm
from home.pagecache.middleware import rendering_cached
from home.slugs import apply_policy


class BasePage(Page):
    """Behaviour every public page shares: a summary, one review block
    (responsible unit, last reviewed on and by, next review due), related
    pages, search and API fields, and a declared split between translated and
    synchronised fields."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two sentences shown in listings and search results and read out first "
            "by screen readers. Plain text, at most 300 characters."
        ),
    )
    content_owner = models.CharField(
        _("responsible for this page"),
        max_length=150,
        blank=True,
        help_text=_("The unit or person who keeps this page correct, e.g. 'Social planning'."),
    )
    reviewed_on = models.DateField(
        _("last reviewed on"),
        null=True,
        blank=True,
        help_text=_("When the responsible unit last checked that the page is still correct."),
    )
    reviewed_by = models.CharField(
        _("reviewed by"),
        max_length=150,
        blank=True,
        help_text=_("Who checked it, e.g. 'J. Schmidt, Social planning'."),
    )
    review_due = models.DateField(
        _("review due on"),
        null=True,
        blank=True,
        help_text=_("The page appears in the 'Pages due for review' report from this date."),
    )
    related_pages = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        verbose_name=_("related pages"),
        help_text=_("Up to a handful of pages readers of this one often need next."),
    )

    base_form_class = LocalePageForm
    content_panels = Page.content_panels + [FieldPanel("summary")]
    review_panel = MultiFieldPanel(
        [
            FieldPanel("content_owner"),
            FieldRowPanel([FieldPanel("reviewed_on"), FieldPanel("reviewed_by")]),
            FieldPanel("review_due"),
        ],
        heading=_("Responsibility and review"),
    )
    promote_panels = Page.promote_panels + [review_panel]

    search_fields = Page.search_fields + [index.SearchField("summary")]
    api_fields = [
        APIField("summary"),
        APIField("content_owner"),
        APIField("reviewed_on"),
        APIField("reviewed_by"),
        APIField("related_pages"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        TranslatableField("content_owner"),
    ]
    synchronized_fields = [
        SynchronizedField("show_in_menus"),
        SynchronizedField("reviewed_on"),
        SynchronizedField("reviewed_by"),
        SynchronizedField("review_due"),
        SynchronizedField("related_pages"),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail asks this on every page view, in two queries. For an anonymous
        visitor's page the paths of restricted pages and of aliases (whose source's
        restrictions apply) are kept per page cache generation: a page with neither
        above it has none, without a query. Otherwise Wagtail's own answer."""
        known = rendering_cached("view-restrictions", _restricted_and_alias_paths)
        if known is None or self.alias_of_id:
            return super().get_view_restrictions()
        steps = range(1, self.depth + 1)
        if any(self.path[: self.steplen * depth] in known for depth in steps):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()

    # Every way a page is saved passes here (the admin's forms, drafts, imports,
    # setup_site), so they all follow the one slug policy of home/slugs.py.
    def full_clean(self, *args, **kwargs):
        apply_policy(self)
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        apply_policy(self)
        super().minimal_clean()

    def _check_slug_is_unique(self):
        # An import that lists the slugs under the parent once a batch hands the
        # list to a new page (home/bulk_pages.py add_published): a slug not in it
        # is free without a query. Any other page asks the database.
        listed = getattr(self, "_sibling_slugs", None)
        if listed is not None and self.pk is None and self.slug not in listed:
            return
        super()._check_slug_is_unique()


def _restricted_and_alias_paths():
    return {
        *PageViewRestriction.objects.values_list("page__path", flat=True),
        *Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True),
    }
