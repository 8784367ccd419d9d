"""Which saves and deletes a visitor could see, and the bump that follows them.

Rather than a list of the models that pages show (which every new snippet or
setting would have to join), every model of the project's own packages counts,
and of Wagtail's those that change what is public; the setting
PAGE_CACHE_IGNORED_MODELS names the bookkeeping that visitors never see (and
that is written while serving them, like the search query log). Bulk writes
that send no signals (queryset updates, bulk_create) call `bump()` themselves.
"""

from contextlib import contextmanager

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


# --- One bump for a batch of writes -----------------------------------------------------------

_batches = []  # whether each open batch_bump() saw a visible change, innermost last


def _note(sender, **kwargs):
    if not kwargs.get("raw") and visible(sender):
        _batches[-1] = True


def _note_relation(sender, instance, action, **kwargs):
    if action.startswith("post_") and visible(type(instance)):
        _batches[-1] = True


HANDLERS = [  # (signal, the bump's dispatch uid, the batch's handler and its uid)
    (post_save, "pagecache-save", _note, "pagecache-batch-save"),
    (post_delete, "pagecache-delete", _note, "pagecache-batch-delete"),
    (m2m_changed, "pagecache-m2m", _note_relation, "pagecache-batch-m2m"),
]


@contextmanager
def batch_bump():
    """Inside, visible saves, deletes and relation changes are only noted; on
    leaving without an error, one bump if there was any. For a management
    command that writes many objects in one transaction: the bump stays in that
    transaction, one new generation instead of one update of the row per save
    (an import of a service saves a dozen objects). Switches the per-save bump
    off for the whole process while it runs; nested uses bump when the
    outermost one ends."""
    if _batches:
        yield
        return
    _batches.append(False)
    for signal, uid, handler, batch_uid in HANDLERS:
        signal.disconnect(dispatch_uid=uid)
        signal.connect(handler, dispatch_uid=batch_uid)
    try:
        yield
    finally:
        for signal, _uid, _handler, batch_uid in HANDLERS:
            signal.disconnect(dispatch_uid=batch_uid)
        connect()
        noted = _batches.pop()
    if noted:
        bump()
