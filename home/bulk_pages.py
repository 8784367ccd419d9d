"""A new page added live with its first revision, in a few statements.

`parent.add_child(instance=page)` then `page.save_revision().publish()` is how
Wagtail publishes a new page: it saves the page three times (each time
validating it), rebuilds it from the revision, compares each many-to-many
relation with the database before writing its rows, and writes each history
entry after checking that what it refers to exists. For one page in the admin
that does not matter; for an import of thousands it is most of the time.
`add_published()` leaves the same behind (the page live in its place in the
tree, validated, its revision as latest and live one, its relations, the
creation and the publication in its history, page_published sent) in a few
statements. Inside a batch of an import (home/memo.py `remembering()`), the
parent is locked and its last child looked up once; inside
`published_together()` the history entries, the relations' rows and the
parents' counts of children of the whole batch are written together at its
end (home/bulk_writes.py).
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.log_actions import get_active_log_context, registry
from wagtail.models import Page, Revision, Site
from wagtail.signals import page_published

from home.bulk_writes import collecting, pending, published_together, write_pending
from home.memo import remembered, remembering_now

__all__ = ["add_published", "published_together", "write_pending"]

# Wagtail's logger, whose "Page created" line Page.save() writes.
logger = logging.getLogger("wagtail")


def add_published(parent, page, *, key_is_new=False, sibling_slugs=None):
    """Add the new `page` under `parent`, published. Only for a new page: no
    aliases, workflow or scheduled publication to take care of. Call it inside
    a transaction (an import runs each record in a savepoint of its own).
    What the caller knows saves asking the database (an import's lists of a
    batch): `key_is_new`, no page has the page's translation key in its
    language; `sibling_slugs`, the slugs of the parent's children."""
    now = timezone.now()
    page.live, page.has_unpublished_changes, page.expired = True, False, False
    page.first_published_at = page.last_published_at = now
    page.draft_title = page.title
    relations = _take_relations(page)
    place(parent, page)
    page._sibling_slugs = sibling_slugs  # for home/models/base.py
    # Validated as Page.save() validates a live page, except that its type and its
    # language exist (both come from the database), a query each.
    page.full_clean(exclude=["content_type", "locale"], validate_unique=False)
    # The path is unique by place(), under the lock on the parent; the translation
    # key in its language is, unless the caller knows, checked here (the
    # exclusion above would skip it).
    page.validate_unique(exclude=["path"] + (["translation_key"] if key_is_new else []))
    # Page.save() asks whether a new page is a site root (a translation of one),
    # to clear the cache of site roots: only a page with a site root's key is.
    page._is_site_root = page.translation_key in _site_root_keys()
    if type(page).save is Page.save:
        # The revision first, under an id taken for the page ahead: the page's row
        # then goes in pointing to it, without an update after.
        page.id = page.pk = _new_page_id()  # a service page's pk is its link to Page
        page.set_url_path(parent)
        revision = _first_revision(page, relations)
        _insert(page)
    else:  # a page type with a save() of its own gets it
        page.save(clean=False, log_action=None)
        revision = _first_revision(page, relations)
        Page.objects.filter(pk=page.pk).update(
            latest_revision=revision,
            live_revision=revision,
            latest_revision_created_at=revision.created_at,
        )
    del page._sibling_slugs
    page._cluster_related_objects.update(relations)  # as given, until written
    writes = pending()
    writes.add_relations(page, relations)
    writes.add_log_entries(page, _log_entries(page, revision, now))
    if not collecting():
        writes.write()  # before the signal, whose receivers may read them
    page_published.send(sender=page.specific_class, instance=page, revision=revision)
    return revision


def _first_revision(page, relations):
    """The page's first revision, set as its latest and live one: its content is
    the page with its relations as given."""
    page._cluster_related_objects.update(relations)
    content = _first_content(page)
    for name in relations:  # saving the page would write them one by one
        del page._cluster_related_objects[name]
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        content=content,
        object_str=str(page),
    )
    page.latest_revision = page.live_revision = revision
    page.latest_revision_created_at = revision.created_at
    return revision


def _insert(page):
    """What page.save(clean=False, log_action=None) does for a new page (validated
    above, the history entries follow), given its id, without the
    transaction.atomic around Page.save(): inside the record's savepoint it
    guards nothing more, and its own savepoint costs two statements."""
    parents = tuple(type(page)._meta.get_parent_list())
    # Inserted as given, id included: Django would otherwise first try an update
    # of a row with that id.
    ClusterableModel.save(page, force_insert=parents or True)
    if page._is_site_root:
        Site.clear_site_root_paths_cache()
    logger.info(
        'Page created: "%s" id=%d content_type=%s.%s path=%s',
        page.title,
        page.id,
        type(page)._meta.app_label,
        type(page).__name__,
        page.url_path,
    )


# Page ids taken at once in a batch: one query for them, and at most this many
# left unused (gaps in the ids, as a rolled-back insert leaves them).
IDS_AHEAD = 50


def _new_page_id():
    """An id from the pages' sequence, as an insert would take it."""
    ids = _page_ids() if remembering_now() else []
    if not ids:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [Page._meta.db_table, Page._meta.pk.column, IDS_AHEAD if remembering_now() else 1],
            )
            ids.extend(row[0] for row in cursor.fetchall())
    return ids.pop(0)


@remembered()
def _page_ids():
    """The ids the batch has taken and not used yet (forgotten after a failed
    record: those are left unused)."""
    return []


@remembered()
def _site_root_keys():
    return set(Site.objects.values_list("root_page__translation_key", flat=True))


def _first_content(page):
    """The revision's content. A page saved a moment ago has no comments (nor rows
    of any other child relation): serialised as empty, without asking."""
    asked = [
        relation.get_accessor_name()
        for relation in get_all_child_relations(page)
        if relation.get_accessor_name() not in page._cluster_related_objects
    ]
    for name in asked:
        setattr(page, name, [])
    try:
        return page.serializable_data()
    finally:
        for name in asked:  # so that a later save does not write them
            del page._cluster_related_objects[name]


def place(parent, page):
    """Give the new page its place as the last child of `parent`, as treebeard's
    add_child does: under a lock on the parent's row, the path after that of its
    last child, the parent's count of children up by one (in the database with
    the batch, home/bulk_writes.py)."""
    last = _last_child(parent.pk)
    page.depth = parent.depth + 1
    if last.path is None:
        page.path = Page._get_path(parent.path, page.depth, 1)
    else:
        page.path = Page(path=last.path)._inc_path()
    page.numchild = 0
    last.path = page.path  # a page rolled back with its record leaves a gap: harmless
    pending().add_child(parent)
    parent.numchild += 1
    page._cached_parent_obj = parent


class LastChild:
    def __init__(self, path):
        self.path = path


@remembered()
def _last_child(parent_pk):
    """The path of the parent's last child, the parent's row locked until the
    transaction ends so that no one else adds a child meanwhile. Remembered for
    a batch of an import (home/memo.py) and kept up to date by place(): one
    lock and one lookup a batch. A failed record makes the batch forget it: the
    lock, taken in the record's savepoint, went with it. Asked of the children
    themselves, not through the parent's count, which the batch writes late."""
    parent = Page.objects.select_for_update().get(pk=parent_pk)
    last = (
        Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return LastChild(last)


def _log_entries(page, revision, when):
    """The page's creation and publication in its history, as Wagtail logs them
    (without its check, one query per reference, that what they refer to exists)."""
    model = registry.get_log_model_for_instance(page)
    context = get_active_log_context()
    common = {
        "content_type": ContentType.objects.get_for_model(page, for_concrete_model=False),
        "label": model.objects.get_instance_title(page),
        "user": context.user,
        "uuid": context.uuid,
        "content_changed": True,
        "page": page,
        "data": {},
    }
    entries = [
        model(action="wagtail.create", timestamp=when, **common),
        model(action="wagtail.publish", timestamp=timezone.now(), revision=revision, **common),
    ]
    for entry in entries:
        entry.clean()  # the action is a registered one
    return entries


def _take_relations(page):
    """The values of the page's many-to-many relations (modelcluster keeps them
    until the page is saved), taken off the page: saving would compare each with
    the database and add its rows one relation at a time."""
    waiting = getattr(page, "_cluster_related_objects", None)
    if waiting is None:
        page._cluster_related_objects = waiting = {}
    return {
        field.name: waiting.pop(field.name)
        for field in page._meta.get_fields()
        if isinstance(field, ParentalManyToManyField)
        and field.remote_field.through._meta.auto_created
        and field.name in waiting
    }
