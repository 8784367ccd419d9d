"""Writing many objects in one go: the search index and the reference index
brought up to date once per batch, not on every save.

Publishing a new page saves it three times (created, its revision noted, made
live), and Wagtail indexes it for the search on each save and records its
references each time; the site search indexes it once more when it is published
(search/signals.py). An import of thousands of pages spends most of its time
there. Inside `deferred_indexing()` those saves only note which objects changed;
on leaving, each of them is indexed once, in bulk per model, and its references
are recorded once; the page cache gets one new generation for the batch
(home/pagecache). New pages: home/bulk_pages.py.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager

from django.db.models import Prefetch, prefetch_related_objects
from django.db.models.signals import post_save
from modelcluster.fields import ParentalManyToManyField
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.search.backends import get_search_backends_with_name
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.pagecache.signals import batch_bump

logger = logging.getLogger(__name__)

_batches = []  # a Batch for each open deferred_indexing(), innermost last


class Batch:
    def __init__(self):
        self.saved = defaultdict(set)  # {model: primary keys saved}


def indexing_deferred():
    """Whether saves are being collected for a batch (signal handlers that index
    on their own, like the site search's on publishing, wait for it)."""
    return bool(_batches)


def _note_save(sender, instance, raw=False, **kwargs):
    if raw or not _batches:
        return
    _batches[-1].saved[type(instance)].add(instance.pk)


def _auto_indexed_models():
    return [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def deferred_indexing():
    """Saves inside are indexed (search and references) once each, on leaving,
    and the page cache bumped once.

    Meant for management commands that write many objects in one process: it
    switches Wagtail's per-save search indexing off for the process while it
    runs. Nested uses index when the outermost one ends."""
    outermost = not _batches
    models = _auto_indexed_models() if outermost else []
    batch = Batch()
    _batches.append(batch)
    if outermost:
        post_save.connect(_note_save, dispatch_uid="home-bulk-note-save")
        for model in models:
            post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with (
            disable_reference_index_auto_update() if outermost else _nothing(),
            batch_bump(),
        ):
            yield
    finally:
        _batches.pop()
        if outermost:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)
            post_save.disconnect(dispatch_uid="home-bulk-note-save")
        else:
            for model, pks in batch.saved.items():
                _batches[-1].saved[model] |= pks
    if outermost:
        update_indexes(batch.saved)


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
                prefetch_related_objects(items, *relations_of(indexed_model))
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
            objects = list(model._default_manager.filter(pk__in=pks))
            prefetch_related_objects(objects, *relations_of(model))
            for obj in objects:
                ReferenceIndex.create_or_update_for_object(obj)


def relations_of(model):
    """Prefetches for the many-to-many relations of a page or snippet kept by
    modelcluster (a service's categories, ...), which Wagtail's indexing leaves
    to one query per object and relation, with a term's parent and its parent
    (the search's category facets include a term's ancestors)."""
    lookups = []
    for field in model._meta.get_fields():
        if not isinstance(field, ParentalManyToManyField):
            continue
        related = field.related_model
        parents = [
            f"{f.name}__{f.name}"
            for f in related._meta.concrete_fields
            if f.many_to_one and f.related_model is related
        ]
        queryset = related._default_manager.select_related(*parents)
        lookups.append(Prefetch(field.name, queryset=queryset))
    return lookups
