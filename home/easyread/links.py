"""What a page shows of easy read: the header's entry (the easy-read index of the
visitor's language, once it lists a page), the link from an original page to its
easy-read version, and the link back from an easy-read page to its original.

They cost no query of their own: the "navigation_pages" hook (wagtail_hooks.py) adds
them to the one query in which the header fetches the page's language versions
(home/navigation.py), kept like the rest of the header in the cache under the content
generation. Publishing, unpublishing or moving an easy-read page or its original
changes the generation, so every page that links to it is rendered afresh.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import get_language
from wagtail.models import Page

from home import navigation
from home.querysets import view_restricted

from .models import EasyReadIndexPage, EasyReadPage

INDEX, VERSION, ORIGINAL = "easy_read_index", "easy_read_version", "easy_read_original"


def wanted_pages(page):
    """{name: condition} of the pages the header and the notice need around `page`:
    the easy-read indexes that list a live page (one per language), the easy-read
    version of `page`, and the page that `page` explains if it is an easy-read page.
    Pages behind a view restriction are never linked."""
    listing = Page.objects.filter(
        content_type=ContentType.objects.get_for_model(EasyReadPage),
        live=True,
        path__startswith=OuterRef("path"),
        depth=OuterRef("depth") + 1,
    )
    public = ~Q(view_restricted())
    wanted = {
        INDEX: Q(content_type=ContentType.objects.get_for_model(EasyReadIndexPage))
        & Q(Exists(listing))
        & public
    }
    if page is not None and page.pk is not None:
        versions = EasyReadPage.objects.versions_of(page.pk).values("pk")
        wanted[VERSION] = Q(pk__in=versions) & public
    original_id = getattr(page, "original_id", None)
    if original_id is not None:
        wanted[ORIGINAL] = Q(pk=original_id) & public
    return wanted


@dataclass
class Link:
    title: str
    url: str
    full_url: str
    language: str


@dataclass
class EasyReadLinks:
    index: Link | None = None  # the header's entry
    version: Link | None = None  # this page in easy-read language
    original: Link | None = None  # the page this easy-read page explains


def easy_read_links(request, page):
    """The easy-read links of `page` (None: a view outside the tree) for `request`."""

    def link(pages):
        found = pages[0] if pages else None
        if found is None:
            return None
        return Link(
            found.title,
            found.get_url(request),
            found.get_full_url(request),
            found.locale.language_code,
        )

    language = get_language()
    indexes = [
        index
        for index in navigation.extra_pages(request, page, INDEX)
        if index.locale.language_code == language
    ]
    return EasyReadLinks(
        index=link(indexes),
        version=link(navigation.extra_pages(request, page, VERSION)),
        original=link(navigation.extra_pages(request, page, ORIGINAL)),
    )
