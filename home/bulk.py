"""Writing many objects in one go: the search index and the reference index
brought up to date once per batch, not on every save.

Publishing a new page saves it three times (created, its revision noted, made
live), and Wagtail indexes it for the search on each save and records its
references each time; the site search indexes it once more when it is published
(search/signals.py). An import of thousands of pages spends most of its time
there. Inside `deferred_indexing()` those saves only note which objects changed;
on leaving, each of them is indexed once, in bulk per model, and its references
are recorded once.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends_with_name
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)

_batches = []  # the saved objects of each open deferred_indexing(), innermost last


def indexing_deferred():
    """Whether saves are being collected for a batch (signal handlers that index
    on their own, like the site search's on publishing, wait for it)."""
    return bool(_batches)


def _note_save(sender, instance, raw=False, **kwargs):
    if raw or not _batches:
        return
    _batches[-1][type(instance)].add(instance.pk)


def _auto_indexed_models():
    return [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def deferred_indexing():
    """Saves inside are indexed (search and references) once each, on leaving.

    Meant for management commands that write many objects in one process: it
    switches Wagtail's per-save search indexing off for the process while it
    runs. Nested uses index when the outermost one ends."""
    outermost = not _batches
    models = _auto_indexed_models() if outermost else []
    saved = defaultdict(set)
    _batches.append(saved)
    if outermost:
        post_save.connect(_note_save, dispatch_uid="home-bulk-note-save")
        for model in models:
            post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update() if outermost else _nothing():
            yield
    finally:
        _batches.pop()
        if outermost:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)
            post_save.disconnect(dispatch_uid="home-bulk-note-save")
        else:
            for model, pks in saved.items():
                _batches[-1][model] |= pks
    if outermost:
        update_indexes(saved)


@contextmanager
def _nothing():
    yield


def update_indexes(saved):
    """Index {model: primary keys} for the search (every backend that follows
    saves) and record their references; rows deleted meanwhile are skipped."""
    backends = list(get_search_backends_with_name(with_auto_update=True))
    for model, pks in saved.items():
        if index.class_is_indexed(model) and getattr(model, "search_auto_update", True):
            objects = defaultdict(list)
            for obj in model.get_indexed_objects().filter(pk__in=pks):
                indexed = obj.get_indexed_instance()
                if indexed is not None:
                    objects[type(indexed)].append(indexed)
            for indexed_model, items in objects.items():
                for name, backend in backends:
                    try:
                        backend.add_bulk(indexed_model, items)
                    except Exception:
                        # As Wagtail does on a single save: a search cluster that is
                        # down must not undo the import; the database backend raises.
                        logger.exception("Could not index %s in %r", indexed_model, name)
                        if not backend.catch_indexing_errors:
                            raise
        if ReferenceIndex.is_indexed(model):
            for obj in model._default_manager.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(obj)
