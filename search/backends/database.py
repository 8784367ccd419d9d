"""A Wagtail search backend that keeps the site search index (search/models/index.py).

Registered in WAGTAILSEARCH_BACKENDS as "site", so Wagtail's own signal
handlers call it whenever a page or document is saved or deleted — publish,
unpublish, move, copy, translation — and `manage.py update_index` rebuilds it.
It only maintains the index: citizens' queries go through search/query.py,
which knows about languages, compounds and typos; the admin keeps using the
"default" backend.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends.base import BaseIndex, BaseSearchBackend

from search.extraction import entries_for
from search.languages import CONFIG_PREFIX, WORDS_CONFIG, WRITTEN_MARK
from search.models import (
    IndexedDocument,
    IndexedTerm,
    IndexVersion,
    LexemeStatistics,
    LocaleStatistics,
)

# Lexemes shorter than this are not worth a typo or compound lookup, and
# longer ones are mostly URLs and identifiers.
MIN_TERM_LENGTH = 4
MAX_TERM_LENGTH = 60

# Rows are written once, with their vectors: an insert followed by an update
# would leave a dead copy of every row behind until the next vacuum, which
# searches would have to step over. Each row is analysed with its own
# language's configuration. Coordinated compounds spelled out
# (search/extraction.py: "Sucht- und Drogenberatung" → "Suchtberatung") go into
# the vector only, at the lowest weight: they are not the page's text. The
# page's words as written go into the vector too, marked and without positions
# (search/languages.py WRITTEN_MARK), for the ranking.
INSERT_SQL = f"""
INSERT INTO {IndexedDocument._meta.db_table} (
    locale_id, content_type_id, config, title, summary, body, date, facets,
    page_id, document_id, indexed_at, vector, title_vector)
SELECT e.locale_id, e.content_type_id, e.config, e.title, e.summary, e.body, e.date,
       e.facets, e.page_id, e.document_id, now(),
       setweight(to_tsvector(e.config::regconfig, e.title), 'A')
           || setweight(to_tsvector(e.config::regconfig, e.summary), 'B')
           || setweight(to_tsvector(e.config::regconfig, e.body), 'C')
           || setweight(to_tsvector(e.config::regconfig, e.compounds), 'D')
           || array_to_tsvector(ARRAY(
               SELECT '{WRITTEN_MARK}' || w.lexeme
               FROM unnest(to_tsvector(
                   '{WORDS_CONFIG}', concat_ws(' ', e.title, e.summary, e.body))) AS w)),
       to_tsvector(e.config::regconfig, e.title)
FROM jsonb_to_recordset(%s::jsonb) AS e(
    locale_id integer, content_type_id integer, config text, title text, summary text,
    body text, compounds text, date date, facets varchar(200)[], page_id integer,
    document_id integer)
RETURNING id
"""

# The vocabulary grows with the index: each new word with its lexeme, as the
# document's language stems it. Words of deleted pages stay until the next
# rebuild: they cost a row each and at worst widen a query by a lexeme that
# matches nothing. The words are the rows' marked words as written (already in
# their vectors: no second parse of the texts), each word once per batch, and
# only words the vocabulary lacks are stemmed: after the first few thousand
# pages of a language, a batch brings few new words.
TERMS_SQL = f"""
WITH new_words AS MATERIALIZED (
    SELECT DISTINCT d.locale_id, d.config, substr(l.lexeme, {len(WRITTEN_MARK) + 1}) AS word
    FROM {IndexedDocument._meta.db_table} d
    CROSS JOIN LATERAL unnest(tsvector_to_array(d.vector)) AS l(lexeme)
    WHERE d.id = ANY(%s) AND left(l.lexeme, {len(WRITTEN_MARK)}) = '{WRITTEN_MARK}'
      AND length(l.lexeme) BETWEEN {MIN_TERM_LENGTH + len(WRITTEN_MARK)}
                               AND {MAX_TERM_LENGTH + len(WRITTEN_MARK)}
      AND substr(l.lexeme, {len(WRITTEN_MARK) + 1}) ~ '^[[:alpha:]]+$'
      AND NOT EXISTS (
          SELECT FROM {IndexedTerm._meta.db_table} t
          WHERE t.locale_id = d.locale_id AND t.word = substr(l.lexeme, {len(WRITTEN_MARK) + 1}))
)
INSERT INTO {IndexedTerm._meta.db_table} (locale_id, word, lexeme)
SELECT w.locale_id, w.word, s.stems[1]
FROM new_words w
CROSS JOIN LATERAL (
    SELECT ts_lexize(
        (CASE WHEN w.config = '{CONFIG_PREFIX}simple' THEN 'simple'
         ELSE substr(w.config, {len(CONFIG_PREFIX) + 1}) || '_stem' END)::regdictionary,
        w.word
    ) AS stems
) s
WHERE cardinality(s.stems) > 0
ORDER BY w.locale_id, w.word
ON CONFLICT DO NOTHING
"""


# The ranking's statistics (search/models/index.py, LexemeStatistics): each
# lexeme's number of documents per language, and the number of documents. Rows
# written add 1, rows deleted subtract 1; rows are summed per batch first and
# locked in one order, so concurrent publications cannot deadlock.
LEXEME_COUNTS = f"""
INSERT INTO {LexemeStatistics._meta.db_table} AS s (locale_id, lexeme, documents)
SELECT r.locale_id, l.lexeme, %(sign)s * count(*)
FROM {{rows}} r CROSS JOIN unnest(tsvector_to_array(r.vector)) AS l(lexeme)
WHERE length(l.lexeme) <= 100 AND left(l.lexeme, 1) <> '{WRITTEN_MARK}'
GROUP BY 1, 2
ORDER BY 1, 2
ON CONFLICT (locale_id, lexeme) DO UPDATE SET documents = s.documents + excluded.documents
"""
LOCALE_COUNTS = f"""
INSERT INTO {LocaleStatistics._meta.db_table} AS s (locale_id, documents)
SELECT r.locale_id, %(sign)s * count(*) FROM {{rows}} r
GROUP BY 1
ORDER BY 1
ON CONFLICT (locale_id) DO UPDATE SET documents = s.documents + excluded.documents
"""
DOCS = IndexedDocument._meta.db_table
NEW_ROWS = f"(SELECT locale_id, vector FROM {DOCS} WHERE id = ANY(%(ids)s))"
# Deleting and uncounting are one statement: a row can only be uncounted by the
# statement that deletes it, however often a deletion is signalled.
DELETE_ROWS_SQL = f"""
WITH gone AS (DELETE FROM {DOCS} WHERE id = ANY(%(ids)s) RETURNING locale_id, vector),
     lexemes AS ({LEXEME_COUNTS.format(rows="gone")})
{LOCALE_COUNTS.format(rows="gone")}
"""


# The vector indexes take a batch's entries into their pending list (migration
# 0006), which is moved into the index here, before the write commits: no
# search ever scans a pending list, and a word's new rows go into the index at
# once. (The index's owner may do this: the user that migrated, as the app's.)
CLEAN_PENDING_SQL = (
    "SELECT gin_clean_pending_list('site_search_doc_locale_vector'::regclass),"
    " gin_clean_pending_list('site_search_doc_locale_title'::regclass)"
)


def count_rows(cursor, ids):
    """Add the new rows `ids` to the statistics."""
    if ids:
        params = {"ids": list(ids), "sign": 1}
        cursor.execute(LEXEME_COUNTS.format(rows=NEW_ROWS), params)
        cursor.execute(LOCALE_COUNTS.format(rows=NEW_ROWS), params)


def delete_rows(ids):
    """Delete index rows and take them out of the statistics."""
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(DELETE_ROWS_SQL, {"ids": list(ids), "sign": -1})


def uncount_cascaded_row(sender, instance, **kwargs):
    """A page or document deleted takes its rows with it (on_delete=CASCADE)
    before Wagtail's signal reaches the backend: they leave the index and the
    statistics here, first. Connected in apps.py."""
    delete_rows([instance.pk])


def specific(obj):
    # A plain Page handed to the backend stands for its specific page.
    if isinstance(obj, Page) and type(obj) is Page and obj.specific_class not in (None, Page):
        return obj.specific
    return obj


def rows_of(objects):
    """Ids of the rows belonging to these objects (pages and documents)."""
    page_ids = [obj.pk for obj in objects if isinstance(obj, Page)]
    document_ids = [obj.pk for obj in objects if isinstance(obj, get_document_model())]
    rows = IndexedDocument.objects.filter(Q(page_id__in=page_ids) | Q(document_id__in=document_ids))
    return list(rows.values_list("id", flat=True))


class SiteSearchIndex(BaseIndex):
    def add_items(self, model, items):
        items = [specific(obj) for obj in items]
        entries = [entry for obj in items for entry in entries_for(obj)]
        with transaction.atomic():
            IndexVersion.bump()
            # Objects that are no longer searchable (unpublished, made private)
            # lose their rows here too: saving them is what tells us.
            delete_rows(rows_of(items))
            if not entries:
                return
            rows = json.dumps([vars(entry) for entry in entries], cls=DjangoJSONEncoder)
            with connection.cursor() as cursor:
                cursor.execute(INSERT_SQL, [rows])
                ids = [row[0] for row in cursor.fetchall()]
                cursor.execute(TERMS_SQL, [ids])
                count_rows(cursor, ids)
                cursor.execute(CLEAN_PENDING_SQL)

    def delete_item(self, item):
        with transaction.atomic():
            IndexVersion.bump()
            delete_rows(rows_of([item]))

    def reset(self):
        IndexVersion.bump()
        # Plain DELETE: all rows at once, no per-row pre_delete; not TRUNCATE,
        # which would block the searches still reading the old index.
        with connection.cursor() as cursor:
            for model in (IndexedDocument, IndexedTerm, LexemeStatistics, LocaleStatistics):
                cursor.execute(f"DELETE FROM {model._meta.db_table}")


class AtomicRebuilder:
    """`update_index` in one transaction: searches see the old index until the new one
    is complete, never a half-built one (DELETE, not TRUNCATE, so readers are not blocked)."""

    def __init__(self, index):
        self.index = index
        self.transaction = transaction.atomic()
        self.open = False

    def start(self):
        self.transaction.__enter__()
        self.open = True
        self.index.reset()
        return self.index

    def finish(self):
        self.transaction.__exit__(None, None, None)
        self.open = False
        if not connection.in_atomic_block:
            # Every row is new: vacuum sets their visibility once, here, rather than
            # each citizen's first search of them, and analyse gives the planner
            # the new index's statistics. Autovacuum would, a minute or two later.
            with connection.cursor() as cursor:
                cursor.execute(
                    f"VACUUM (ANALYZE) {IndexedDocument._meta.db_table}, "
                    f"{IndexedTerm._meta.db_table}, {LexemeStatistics._meta.db_table}"
                )

    def __del__(self):
        # update_index failed half-way (it has no hook for failures, so this is
        # the one place to notice): leave the block as an exception would, which
        # rolls back to the old index.
        if self.open:
            self.open = False
            error = RuntimeError("update_index did not finish")
            self.transaction.__exit__(type(error), error, None)


class SiteSearchBackend(BaseSearchBackend):
    index_class = SiteSearchIndex
    rebuilder_class = AtomicRebuilder

    def search(self, *args, **kwargs):
        raise NotImplementedError(
            "The site search backend only maintains the index; query it with search.query.search()."
        )

    autocomplete = search


SearchBackend = SiteSearchBackend
