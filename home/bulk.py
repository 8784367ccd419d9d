"""Writing many objects in one go: the search index and the reference index
brought up to date once per batch, not on every save.

Publishing a new page saves it three times (created, its revision noted, made
live), and Wagtail indexes it for the search on each save and records its
references each time; the site search indexes it once more when it is published
(search/signals.py). An import of thousands of pages spends most of its time
there. Inside `deferred_indexing()` those saves only note which objects changed;
on leaving, each of them is indexed once, in bulk per model, and its references
are recorded once, in bulk too; the page cache gets one new generation for the
batch (home/pagecache). New pages: home/bulk_pages.py.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, prefetch_related_objects
from django.db.models.signals import post_save
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
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
    saves) and record their references; rows deleted meanwhile are skipped.
    Each object is read once for both (with its relations, and its child
    relations for the references)."""
    backends = list(get_search_backends_with_name(with_auto_update=True))
    for model, pks in saved.items():
        referenced = ReferenceIndex.is_indexed(model)
        read = {}  # {pk: object} read for the search as `model`, for the references too
        if index.class_is_indexed(model) and getattr(model, "search_auto_update", True):
            objects = defaultdict(list)
            for obj in model.get_indexed_objects().filter(pk__in=pks):
                indexed = obj.get_indexed_instance()
                if indexed is not None:
                    objects[type(indexed)].append(indexed)
            for indexed_model, items in objects.items():
                children = children_of(indexed_model) if referenced else []
                prefetch_related_objects(items, *relations_of(indexed_model), *children)
                for name, backend in backends:
                    try:
                        backend.add_bulk(indexed_model, items)
                    except Exception:
                        # As Wagtail does on a single save: a search cluster that is
                        # down must not undo the import; the database backend raises.
                        logger.exception("Could not index %s in %r", indexed_model, name)
                        if not backend.catch_indexing_errors:
                            raise
                if indexed_model is model:
                    read.update((obj.pk, obj) for obj in items)
        if referenced:
            objects = list(model._default_manager.filter(pk__in=set(pks) - read.keys()))
            prefetch_related_objects(objects, *relations_of(model), *children_of(model))
            record_references(model, [*read.values(), *objects])


def record_references(model, objects):
    """ReferenceIndex.create_or_update_for_object() for each of `objects` (of
    `model`), with the same result in three statements instead of one or more
    each: the references the index has for them read in one query, the new ones
    written in one, those gone deleted in one."""
    types = [
        ContentType.objects.get_for_model(each, for_concrete_model=False)
        for each in [model, *model._meta.get_parent_list()]
    ]
    content_type, base_content_type = types[0], types[-1]
    own_types = {each.pk for each in types}
    indexed = defaultdict(dict)  # {object id: {reference: (content type, row id)}}
    rows = ReferenceIndex.objects.filter(
        base_content_type=base_content_type, object_id__in=[str(obj.pk) for obj in objects]
    ).values_list(
        "object_id", "id", "content_type", "to_content_type", "to_object_id", "model_path",
        "content_path",
    )  # fmt: skip
    for object_id, pk, type_id, *reference in rows:
        indexed[object_id][tuple(reference)] = (type_id, pk)
    new, gone = [], []
    for obj in objects:
        references = set(ReferenceIndex._extract_references_from_object(obj))
        known = indexed[str(obj.pk)]
        new.extend(
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=obj.pk,
                to_content_type_id=to_type,
                to_object_id=to_pk,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
            )
            for to_type, to_pk, model_path, content_path in references - known.keys()
        )
        # As Wagtail: a reference recorded for a more specific type of the object
        # is not this type's to delete.
        gone.extend(
            pk
            for reference, (type_id, pk) in known.items()
            if reference not in references and type_id in own_types
        )
    ReferenceIndex.objects.bulk_create(new, ignore_conflicts=True)
    ReferenceIndex.objects.filter(pk__in=gone).delete()


def children_of(model):
    """The child relations (a page's comments) whose references are recorded too:
    read in one query for all, not one an object."""
    if not issubclass(model, ClusterableModel):
        return []
    return [relation.get_accessor_name() for relation in get_all_child_relations(model)]


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
