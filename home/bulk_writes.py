"""What publishing new pages leaves to write, written once for a whole batch.

Each new page of an import brings rows that nothing reads while the batch runs:
two history entries, a row for each of its categories, target groups,
locations…, and its parent's count of children one higher. Written page by
page that is five or six statements a page; inside `published_together()`
home/bulk_pages.py `add_published()` only notes them, and they are written on
leaving, one statement per kind (and per parent) for the batch.

A record that fails is rolled back to its savepoint, with its page: what it
noted is left out when the batch is written (its page is gone). Whoever reads
back a page the batch created (its relations come from the database) calls
`write_pending()` first, outside any record's savepoint: import_services does
before a record whose id the batch has already seen.
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db.models import F
from wagtail.models import Page

_open = []  # a Pending for each open published_together(), innermost last


class Pending:
    def __init__(self, batch):
        self.batch = batch  # False: one page, written at once by add_published()
        self.clear()

    def clear(self):
        self.relations = []  # (page, {field name: objects})
        self.entries = []  # history entries
        self.parents = {}  # {pk: parent} whose count of children changed

    def add_relations(self, page, relations):
        self.relations.append((page, relations))

    def add_log_entries(self, page, entries):
        self.entries.extend(entries)

    def add_child(self, parent):
        """The parent has one more child. Its count is put right when the batch is
        written, but at once when it had none: Wagtail and treebeard take a count
        of 0 for "no children" (get_children() asks nothing and finds nothing),
        and a batch reloads a parent after a failed record."""
        if not self.batch or parent.numchild == 0:
            Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
        if self.batch:
            self.parents[parent.pk] = parent

    def write(self):
        pages = {page.pk for page, _ in self.relations}
        if self.batch and pages:
            # A page whose record failed went with the record's savepoint.
            pages = set(Page.objects.filter(pk__in=pages).values_list("pk", flat=True))
        rows = defaultdict(list)
        for page, relations in self.relations:
            for name, objects in relations.items():
                if page.pk in pages:
                    through, row = _through(page, name)
                    rows[through].extend(row(pk) for pk in dict.fromkeys(o.pk for o in objects))
                del page._cluster_related_objects[name]  # read from the database from now on
        for through, objects in rows.items():
            through.objects.bulk_create(objects)
        entries = [entry for entry in self.entries if entry.page_id in pages]
        if entries:
            type(entries[0]).objects.bulk_create(entries)
        for parent in self.parents.values():
            children = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path)
            Page.objects.filter(pk=parent.pk).update(numchild=children.count())
        self.clear()


def _through(page, name):
    """(the relation's through model, a function of a related object's pk that
    gives this page's row), as modelcluster's commit would write it."""
    field = page._meta.get_field(name)
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).attname
    target = through._meta.get_field(field.m2m_reverse_field_name()).attname
    return through, lambda pk: through(**{source: page.pk, target: pk})


def pending():
    """The open batch's Pending, or one for a single page."""
    return _open[-1] if _open else Pending(batch=False)


def collecting():
    return bool(_open)


@contextmanager
def published_together():
    """New pages published inside get their history, relations and parents'
    counts written on leaving (not if it is left by an exception: the
    transaction around it is rolled back anyway). Use it inside
    home/bulk.py `deferred_indexing()`, which indexes the pages after."""
    batch = Pending(batch=True)
    _open.append(batch)
    try:
        yield
        batch.write()
    finally:
        _open.pop()


def write_pending():
    """Write now what the open batch has noted, before a page of it is read back."""
    if _open:
        _open[-1].write()
