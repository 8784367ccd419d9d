"""Index a page once more when its publication is complete.

Wagtail's search signal handlers index a page on post_save, which fires before
modelcluster saves the page's ParentalManyToMany fields (a service's categories
and target groups), so the facets would lag one publication behind.
page_published comes after everything is saved.
"""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from .backend_settings import SITE_BACKEND


def reindex_published_page(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.pk).first()
    if page is not None:
        get_search_backend(SITE_BACKEND).add(page.specific)
