"""A new page added live with its first revision, in a few statements.

`parent.add_child(instance=page)` then `page.save_revision().publish()` is how
Wagtail publishes a new page: it saves the page three times (each time
validating it), rebuilds it from the revision, compares each many-to-many
relation with the database before writing its rows, and writes each history
entry after checking that what it refers to exists. For one page in the admin
that does not matter; for an import of thousands it is most of the time.
`add_published()` leaves the same behind (the page live in its place in the
tree, validated once, its revision as latest and live one, its relations, the
creation and the publication in its history, page_published sent) in about a
third of the statements. Inside a batch of an import (home/memo.py
`remembering()`), the parent is locked and its last child looked up once.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.log_actions import get_active_log_context, registry
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from home.memo import remembered


def add_published(parent, page):
    """Add the new `page` under `parent`, published. Only for a new page: no
    aliases, workflow or scheduled publication to take care of. Call it inside
    a transaction (an import runs each record in a savepoint of its own)."""
    now = timezone.now()
    page.live, page.has_unpublished_changes, page.expired = True, False, False
    page.first_published_at = page.last_published_at = now
    page.draft_title = page.title
    relations = _take_relations(page)
    place(parent, page)
    # Validated as Page.save() validates a live page, except that its type and its
    # language exist (both come from the database), a query each.
    page.full_clean(exclude=["content_type", "locale"], validate_unique=False)
    page.validate_unique()  # with (translation key, language), which the exclusion would skip
    page.save(clean=False, log_action=None)  # the history entries follow
    page._cluster_related_objects.update(relations)  # for the revision, as given
    revision = Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        content=page.serializable_data(),
        object_str=str(page),
    )
    _write_relations(page, relations)
    page.latest_revision = page.live_revision = revision
    page.latest_revision_created_at = revision.created_at
    Page.objects.filter(pk=page.pk).update(
        latest_revision=revision,
        live_revision=revision,
        latest_revision_created_at=revision.created_at,
    )
    _log(page, revision, now)
    page_published.send(sender=page.specific_class, instance=page, revision=revision)
    return revision


def place(parent, page):
    """Give the new page its place as the last child of `parent`, as treebeard's
    add_child does: under a lock on the parent's row, the path after that of its
    last child, the parent's count of children up by one."""
    last = _last_child(parent.pk)
    page.depth = parent.depth + 1
    if last.path is None:
        page.path = Page._get_path(parent.path, page.depth, 1)
    else:
        page.path = Page(path=last.path)._inc_path()
    page.numchild = 0
    last.path = page.path  # a page rolled back with its record leaves a gap: harmless
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
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
    lock, taken in the record's savepoint, went with it."""
    locked = Page.objects.select_for_update().get(pk=parent_pk)
    last = locked.get_last_child()
    return LastChild(last.path if last is not None else None)


def _log(page, revision, when):
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
    model.objects.bulk_create(entries)


def _take_relations(page):
    """The values of the page's many-to-many relations (modelcluster keeps them
    until the page is saved), taken off the page: saving would compare each with
    the database and add its rows one relation at a time."""
    pending = getattr(page, "_cluster_related_objects", None)
    if pending is None:
        page._cluster_related_objects = pending = {}
    return {
        field.name: pending.pop(field.name)
        for field in page._meta.get_fields()
        if isinstance(field, ParentalManyToManyField)
        and field.remote_field.through._meta.auto_created
        and field.name in pending
    }


def _write_relations(page, relations):
    """The rows of a new page's relations, as modelcluster's commit would write them."""
    for name, objects in relations.items():
        field = page._meta.get_field(name)
        through = field.remote_field.through
        source = through._meta.get_field(field.m2m_field_name()).attname
        target = through._meta.get_field(field.m2m_reverse_field_name()).attname
        pks = dict.fromkeys(obj.pk for obj in objects)
        through.objects.bulk_create([through(**{source: page.pk, target: pk}) for pk in pks])
        del page._cluster_related_objects[name]  # read from the database from now on
