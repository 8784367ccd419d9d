"""Count a search in SearchQueryStat (search/models/querylog.py): one upsert, no personal data."""

import contextlib
import logging

from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from modelsearch.utils import normalise_query_string

from .models import SearchQueryStat, SynonymUse
from .models.querylog import MAX_LOGGED_QUERY_LENGTH

logger = logging.getLogger(__name__)

TABLE = SearchQueryStat._meta.db_table
# A search counted a moment before a crash may be lost: the citizen need not
# wait for the disk (a flush of the log) to get results. The setting is made by
# the statement itself (set_config, local to its transaction), which is then
# the whole transaction: one round trip to the database, not four.
UNFLUSHED = "(SELECT set_config('synchronous_commit', 'off', true)) AS unflushed"

UPSERT_SQL = f"""
INSERT INTO {TABLE} AS s (locale_id, query, date, searches, searches_without_results)
SELECT %s, %s, %s, 1, %s FROM {UNFLUSHED}
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
        write(UPSERT_SQL, [locale.pk, text, timezone.localdate(), int(total == 0)])
    except DatabaseError:
        logger.warning("Could not count a search query", exc_info=True)


def write(sql, params):
    """One counting statement: in a transaction of its own, or inside the caller's
    in a savepoint, so that a failed count does not spoil the caller's transaction."""
    block = transaction.atomic() if connection.in_atomic_block else contextlib.nullcontext()
    with block, connection.cursor() as cursor:
        cursor.execute(sql, params)


SYNONYM_USE_SQL = f"""
INSERT INTO {SynonymUse._meta.db_table} AS u (synonym_id, fired, last_fired)
SELECT id, 1, %s FROM unnest(%s::bigint[]) AS s(id), {UNFLUSHED}
ON CONFLICT (synonym_id) DO UPDATE SET fired = u.fired + 1, last_fired = EXCLUDED.last_fired
"""


def count_synonyms(ids):
    """One more search for each synonym that widened it (the list in the admin)."""
    if not ids:
        return
    try:
        write(SYNONYM_USE_SQL, [timezone.localdate(), sorted(ids)])
    except DatabaseError:
        logger.warning("Could not count synonyms", exc_info=True)
