"""Which index rows a search reads, and how its statements read them (search/query.py
counts the matches, search/ranking.py ranks candidates among them)."""

from contextlib import contextmanager

from django.db import connection, transaction

from .models import IndexedDocument

DOCS = IndexedDocument._meta.db_table


def where_clause(
    locale_id, match, hidden, content_type_id=None, facets=(), vector="vector", by_words=True
):
    """The conditions of a match. `by_words`: the rows are found by their words alone
    (the GIN index on the vector), the language is checked on the rows found.

    Written `locale_id = %s`, the language alone is a condition an index can
    answer (both GIN indexes start with it), and the planner, which sees a query
    with a prefix ("nnaan:*") or a dozen alternatives as dear to look up in the
    vector index, would rather take every row of the language from the title
    index and test its vector: it cannot know that testing a vector means
    reading it from TOAST. That is 65 ms instead of 1 ms at 20,000 pages, and
    grows with the language. `locale_id + 0` is no condition any index answers,
    so the words are looked up in the index and the few rows found are checked
    for their language (narrow rows, see migration 0002); and a common word's
    entries are read without intersecting them with the language's."""
    language = "d.locale_id + 0 = %s" if by_words else "d.locale_id = %s"
    conditions = [language, f"d.{vector} @@ %s::tsquery"]
    params = [locale_id, match]
    if hidden:
        conditions.append("(d.page_id IS NULL OR NOT d.page_id = ANY(%s))")
        params.append(hidden)
    if content_type_id is not None:
        conditions.append("d.content_type_id = %s")
        params.append(content_type_id)
    if facets:
        conditions.append("d.facets @> %s::varchar[]")
        params.append(list(facets))
    return " AND ".join(conditions), params


@contextmanager
def bitmap_scans():
    """Statements inside answer matches from the GIN indexes alone.

    The index rows are narrow (the text and vectors live out of line, see
    migration 0002), so counting 25,000 matches reads their GIN entries and a
    few hundred heap pages: about 10 ms. PostgreSQL's planner, estimating that a
    common word matches half the pages of a language, would rather walk the
    language's b-tree index and test each page's vector, which fetches every
    vector from TOAST: twenty times slower. It cannot know what a vector costs to
    read, so it is told: no plain index scans and no sequential scans here.
    Restored on the way out: inside a caller's transaction (ATOMIC_REQUESTS, a
    test) this block is only a savepoint, and SET LOCAL lasts until the end of
    the whole transaction."""
    nested = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off;"
            " SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off"
        )
        yield
        # (On an error the block is rolled back, and the settings with it; a
        # transaction of its own ends here, and the settings with it.)
        if nested:
            cursor.execute(
                "SET LOCAL enable_indexscan TO DEFAULT; SET LOCAL enable_seqscan TO DEFAULT;"
                " SET LOCAL max_parallel_workers_per_gather TO DEFAULT; SET LOCAL jit TO DEFAULT"
            )
