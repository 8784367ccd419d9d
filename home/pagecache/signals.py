"""Which saves and deletes a visitor could see, and the bump that follows them.

Rather than a list of the models that pages show (which every new snippet or
setting would have to join), every model of the project's own packages counts,
and of Wagtail's those that change what is public; the setting
PAGE_CACHE_IGNORED_MODELS names the bookkeeping that visitors never see (and
that is written while serving them, like the search query log). Bulk writes
that send no signals (queryset updates, bulk_create) call `bump()` themselves.
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save

from .models import Generation

PROJECT_PACKAGES = {"home", "services", "news", "search", "municipal_site"}
WAGTAIL_MODELS = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collection",
    "wagtailcore.collectionviewrestriction",
    "wagtailredirects.redirect",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.searchpromotion",
    "wagtailimages.image",
    "wagtaildocs.document",
    "taggit.tag",
}


def visible(model):
    if model.__module__ == "__fake__":  # a migration's historical model: no pages served yet
        return False
    label = model._meta.label_lower
    if model is Generation or label in {m.lower() for m in settings.PAGE_CACHE_IGNORED_MODELS}:
        return False
    return model.__module__.split(".")[0] in PROJECT_PACKAGES or label in WAGTAIL_MODELS


def bump():
    """Make every cached page unreachable (call after bulk writes that send no signals)."""
    Generation.bump()


def changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    if visible(sender):
        bump()


def relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and visible(type(instance)):
        bump()


def connect():
    post_save.connect(changed, dispatch_uid="pagecache-save")
    post_delete.connect(changed, dispatch_uid="pagecache-delete")
    m2m_changed.connect(relation_changed, dispatch_uid="pagecache-m2m")
