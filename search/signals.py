"""Signal handlers of the search: a page indexed once more when its publication is
complete, and the caches refreshed when an editor changes a synonym.

Index a page once more when its publication is complete.

Wagtail's search signal handlers index a page on post_save, which fires before
modelcluster saves the page's ParentalManyToMany fields (a service's categories
and target groups), so the facets would lag one publication behind.
page_published comes after everything is saved.
"""

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.bulk import indexing_deferred

from .backend_settings import SITE_BACKEND
from .models import IndexVersion


def reindex_published_page(sender, instance, **kwargs):
    if indexing_deferred():  # a bulk import indexes its pages once, at the end of a batch
        return
    page = Page.objects.filter(pk=instance.pk).first()
    if page is not None:
        get_search_backend(SITE_BACKEND).add(page.specific)


def synonyms_changed(sender, **kwargs):
    """A synonym saved or deleted: cached analyses and results are keyed by the
    index's version, so a new one makes every search use the change at once."""
    IndexVersion.bump()
    refresh_cluster_synonyms(sender, **kwargs)


def collection_privacy_changed(sender, instance, **kwargs):
    """A collection made private (or public again): its documents, and those of
    the collections inside it, leave the index (or come back) at once, in every
    search backend. Wagtail changes no document when a collection's privacy
    changes, so nothing else would tell the index."""
    from wagtail.documents import get_document_model
    from wagtail.models import Collection
    from wagtail.search.index import insert_or_update_object

    try:
        collection = instance.collection
    except Collection.DoesNotExist:  # the collection itself is being deleted
        return
    collections = collection.get_descendants(inclusive=True)
    for document in get_document_model().objects.filter(collection__in=collections):
        insert_or_update_object(document)


def refresh_cluster_synonyms(sender, **kwargs):
    """A synonym saved or deleted reaches the search clusters' analyzers too."""
    import logging

    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    for name, params in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).items():
        if params.get("BACKEND") != "search.backends.elasticsearch":
            continue
        try:
            get_search_backend(name).refresh_synonyms()
        except Exception:  # noqa: BLE001 - the cluster down must not stop an editor
            logging.getLogger(__name__).warning(
                "Could not update the synonyms of search backend %r", name, exc_info=True
            )
