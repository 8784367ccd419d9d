"""Count a search in SearchQueryStat (search/models/querylog.py): one upsert, no personal data."""

import logging

from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from modelsearch.utils import normalise_query_string

from .models import SearchQueryStat, SynonymUse
from .models.querylog import MAX_LOGGED_QUERY_LENGTH

logger = logging.getLogger(__name__)

TABLE = SearchQueryStat._meta.db_table
UPSERT_SQL = f"""
INSERT INTO {TABLE} AS s (locale_id, query, date, searches, searches_without_results)
VALUES (%s, %s, %s, 1, %s)
ON CONFLICT (locale_id, query, date) DO UPDATE SET
    searches = s.searches + 1,
    searches_without_results = s.searches_without_results + EXCLUDED.searches_without_results
"""


def normalise(query):
    """As editors' picks match queries (lower case, single spaces), so "Pflege " and
    "pflege" count as one query and a logged query finds its pick."""
    return normalise_query_string(query)[:MAX_LOGGED_QUERY_LENGTH]


def log_search(locale, query, total):
    text = normalise(query)
    if not text:
        return
    try:
        # A savepoint: a failed count must not spoil the request's transaction.
        with transaction.atomic(), connection.cursor() as cursor:
            # A search counted a moment before a crash may be lost: the citizen
            # need not wait for the disk (a flush of the log) to get results.
            cursor.execute("SET LOCAL synchronous_commit = off")
            cursor.execute(UPSERT_SQL, [locale.pk, text, timezone.localdate(), int(total == 0)])
    except DatabaseError:
        logger.warning("Could not count a search query", exc_info=True)


SYNONYM_USE_SQL = f"""
INSERT INTO {SynonymUse._meta.db_table} AS u (synonym_id, fired, last_fired)
SELECT id, 1, %s FROM unnest(%s::bigint[]) AS s(id)
ON CONFLICT (synonym_id) DO UPDATE SET fired = u.fired + 1, last_fired = EXCLUDED.last_fired
"""


def count_synonyms(ids):
    """One more search for each synonym that widened it (the list in the admin)."""
    if not ids:
        return
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")
            cursor.execute(SYNONYM_USE_SQL, [timezone.localdate(), sorted(ids)])
    except DatabaseError:
        logger.warning("Could not count synonyms", exc_info=True)
