"""Citizens' queries against the language-aware index (search/models/index.py).

A query is analysed with the text search configuration of the language it is
asked in, so "Pflege" becomes the German stem "pfleg", and every word of it
becomes a group of alternatives:

- the stem itself, and as a prefix ("pfleg:*" finds "Pflegestammtisch",
  "fachkraft:*" finds "Fachkräftegewinnung"): compounds that start with it;
- the lexemes of vocabulary words (IndexedTerm) of the same language that
  contain the word as written — compounds that end with it or have it inside
  ("stammtisch" → "pflegestammtisch", "teknologi" → "velfaerdsteknologi") —
  or nearly match it by pg_trgm word similarity: typos and inflections
  ("pflegestamtisch" → "pflegestammtisch"). Both are answered from one
  trigram index.

- and, for a long word, its parts: "Elterngeldantrag" is split into parts that
  the language's own vocabulary knows ("elterngeld" + "antrag", with the
  language's linking elements between them), and a page with all parts, apart
  or hyphenated, matches too (decompose()).

All words must match (AND of the groups); if no page has them all, any word
may (OR), and the page says so. Ranking weighs each word by its rarity in the
language (an IDF from the index's own statistics, LexemeStatistics), and pages
matching the words as typed rank above pages that only match a compound part or
a correction.

A search costs the same few statements however many results it has: the
index's version, the query's words and their expansions from the vocabulary
(cached), the view restrictions, the counts per type, and the ranked page of
results with their highlighted snippets (cached too, until the index changes).
"""

import math
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page

from home.pagecache.middleware import rendering_cached

from . import ranking
from .analysis import alternatives, analyse, cache_key, core_lexemes, exact, group, written
from .conditions import DOCS, bitmap_scans, where_clause
from .facets import faceted_content_type_ids
from .models import IndexVersion
from .ranking import ranked_page

MAX_QUERY_LENGTH = 200  # characters; longer input is cut, not refused
RESULTS_CACHE_SECONDS = 300


@dataclass
class Hit:
    title: str
    url: str
    type_key: str
    type_label: str
    snippet: str  # plain text, the matched words between MARK_START and MARK_END
    date: object = None


@dataclass
class TypeCount:
    key: str
    label: str
    count: int


@dataclass
class Results:
    query: str
    hits: list = field(default_factory=list)
    total: int = 0
    type_counts: list = field(default_factory=list)
    page: int = 1
    per_page: int = 10
    # True when no page had every word and pages with some of them are shown.
    relaxed: bool = False
    # True when the query held no searchable word (only punctuation, stop words).
    no_words: bool = False
    # Editors' synonyms that widened this search (ids), counted by the view.
    fired_synonyms: list = field(default_factory=list)
    # Facet value ("category:<key>") → matching results; see search/facets.py.
    facet_counts: dict = field(default_factory=dict)
    facet_counts_partial: bool = False
    # True when counting stopped at COUNT_LIMIT: `total` and the type counts are
    # then the matches counted, fewer than there are.
    count_partial: bool = False

    # How many of the results can be shown, when fewer than `total` (ranking.ranked_depth()).
    reachable: int | None = None

    @property
    def shown(self):
        return self.total if self.reachable is None else min(self.total, self.reachable)

    @property
    def num_pages(self):
        return max(1, math.ceil(self.shown / self.per_page))


def clean_text(raw):
    """The query as text PostgreSQL accepts: no control or private-use characters
    (NUL is refused by PostgreSQL), single spaces, at most MAX_QUERY_LENGTH characters."""
    text = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


@dataclass
class Queries:
    """The tsqueries of one search, as text to cast with ::tsquery."""

    match: str  # which documents are results
    highlight: str  # everything that may have matched, for snippets
    # Per word: (weight, its stem, its group, the word as written), for ranking.
    ranking: list


def build_queries(words, operator, *, core=None):
    """`core`: per word, the lexemes that alone match it (analysis.core_lexemes());
    highlighting and ranking still weigh every alternative."""
    match = [group(w) for w in words] if core is None else [alternatives(c) for c in core]
    return Queries(
        match=f" {operator} ".join(match),
        highlight=" | ".join(group(w) for w in words),
        ranking=[(w.weight, exact(w), group(w), written(w)) for w in words],
    )


def hidden_page_ids():
    """Pages with view restrictions and their subpages: they stay out of public results.
    Kept per page cache generation while a visitor's search is served (a restriction
    added or removed, and a page moved, start a new one), else looked up."""

    def find():
        return list(Page.objects.not_public().values_list("pk", flat=True))

    kept = rendering_cached("search-hidden-pages", find)
    return find() if kept is None else kept


# Matches are counted up to this many, as far as the result pages go
# (views.MAX_PAGE pages of 10; Elasticsearch stops counting too, at its
# track_total_hits): counting reads every match's row, and a word on half the
# pages of a language of 1,000,000 pages has 125,000 of them; above the limit
# the page says "at least 1,000 results". (settings.SITE_SEARCH_COUNT_LIMIT
# overrides, so that tests need not make 1,000 pages.)
COUNT_LIMIT = 1_000


def count_limit():
    return getattr(settings, "SITE_SEARCH_COUNT_LIMIT", COUNT_LIMIT)


@dataclass
class Matches:
    """What the match counting found for one content type."""

    count: int
    # Ids of matches, as many as are ranked: all of them when there are no more.
    ids: list


def matches_by_type(locale_id, match, hidden, facets, content_type_id=None):
    """{content type id: Matches}, counted up to COUNT_LIMIT + 1 matches (with no
    order, PostgreSQL stops reading rows there). The same pass over the index
    that counts the matches keeps the ids of the first of them in the table's
    order (sorting 25,000 ids would double the cost of a broad search), so
    ranking up to ranked_depth() of them needs no second pass."""
    where, params = where_clause(locale_id, match, hidden, content_type_id, facets)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT m.content_type_id, count(*), "
            f"(array_agg(m.id))[1:{max(ranking.RANK_ALL_LIMIT, ranking.ranked_depth())}] "
            f"FROM (SELECT d.id, d.content_type_id FROM {DOCS} d WHERE {where}"
            f" LIMIT %s) m GROUP BY m.content_type_id",
            [*params, count_limit() + 1],
        )
        return {type_id: Matches(count, ids) for type_id, count, ids in cursor.fetchall()}


def search(
    raw_query,
    locale,
    *,
    page=1,
    per_page=10,
    content_type_id=None,
    facets=(),
    count_facets=False,
):
    """Rows of one page of results with counts; turned into Hits by search/engines.py."""
    query = clean_text(raw_query)
    results = Results(query=query, page=page, per_page=per_page)
    if not query:
        return results, []
    version = IndexVersion.current()
    words = analyse(query, locale.language_code, locale.pk, version)
    if not words:
        results.no_words = True
        return results, []
    results.fired_synonyms = sorted({pk for word in words for pk in word.fired})
    hidden = hidden_page_ids()
    # Popular searches repeat ("Wohngeld", "Kita"); their results stay valid until
    # the index changes, which changes its version and with it the key.
    key = cache_key(
        "results",
        version,
        locale.pk,
        query,
        page,
        per_page,
        content_type_id,
        sorted(facets),
        count_facets,
        hidden,
        count_limit(),
    )
    found = cache.get(key)
    if found is None:
        with bitmap_scans():
            found = matched(
                results,
                words,
                locale,
                hidden,
                page,
                per_page,
                content_type_id,
                facets,
                count_facets,
            )
        cache.set(key, found, RESULTS_CACHE_SECONDS)
    return found


def matched(results, words, locale, hidden, page, per_page, content_type_id, facets, count_facets):
    # Only for the whole search: a type or facet filter may leave few matches.
    limit = count_limit()
    core = (
        core_lexemes(words, limit + len(hidden)) if content_type_id is None and not facets else None
    )
    queries = build_queries(words, "&", core=core and core[0])
    matches = matches_by_type(locale.pk, queries.match, hidden, facets)
    if core and not core[1] and sum(m.count for m in matches.values()) <= limit:
        queries = build_queries(words, "&")  # the core fell short: widened after all
        matches = matches_by_type(locale.pk, queries.match, hidden, facets)
    if not matches and len(words) > 1:
        queries = build_queries(words, "|")
        matches = matches_by_type(locale.pk, queries.match, hidden, facets)
        results.relaxed = bool(matches)
    results.count_partial = sum(m.count for m in matches.values()) > limit
    results.type_counts = {type_id: min(m.count, limit) for type_id, m in matches.items()}
    if content_type_id is not None and results.count_partial:
        # The type's matches may all lie beyond those counted: counted on their own.
        matches = matches_by_type(locale.pk, queries.match, hidden, facets, content_type_id)
        if matches:
            results.type_counts[content_type_id] = min(matches[content_type_id].count, limit)
    elif content_type_id is not None:
        matches = {content_type_id: matches[content_type_id]} if content_type_id in matches else {}
    results.total = min(sum(m.count for m in matches.values()), limit)
    if not results.total:
        return results, []
    if sum(m.count for m in matches.values()) > ranking.RANK_ALL_LIMIT:
        results.reachable = ranking.ranked_depth()
    results.page = min(max(1, page), results.num_pages)
    if count_facets:
        results.facet_counts, results.facet_counts_partial = facet_counts(
            locale.pk, queries.match, hidden, content_type_id, facets
        )
    rows = ranked_page(
        locale.pk,
        queries,
        hidden,
        content_type_id,
        facets,
        list(matches.values()),
        offset=(results.page - 1) * per_page,
        limit=per_page,
    )
    return results, rows


# Facets are counted over at most this many matching pages that have any. A
# word found on most of 100,000 pages would otherwise unnest the facets of all
# of them on every search; with LIMIT and no ORDER BY, PostgreSQL stops reading
# rows once it has enough, so the count costs the same however broad the query.
# Only pages of the types that have facets are read (the index on locale and
# content type narrows the matches before any row is fetched), so a search
# finding thousands of news items and a few services still counts all services.
# Below the limit (every search of the demo county, and most of a large one: it
# takes 2,000 matching services) the counts are exact; above it they count part
# of the results, and the page says so.
FACET_SCAN_LIMIT = 2000

COUNT_SQL = """
WITH matched AS (
    SELECT d.facets FROM {docs} d
    WHERE {where} AND d.content_type_id = ANY(%s) AND cardinality(d.facets) > 0
    LIMIT {limit}
)
SELECT f, count(*) FROM matched, unnest(matched.facets) f GROUP BY f
UNION ALL
SELECT NULL, count(*) FROM matched
"""


def facet_counts(locale_id, match, hidden, content_type_id=None, facets=()):
    """({facet value: matching results}, whether only part of them was counted),
    in one query, for the same match as the search (where_clause). The rows of
    the language and the faceted types come from the (locale, content type)
    index here, with the words' index."""
    where, params = where_clause(locale_id, match, hidden, content_type_id, facets, by_words=False)
    sql = COUNT_SQL.format(docs=DOCS, where=where, limit=FACET_SCAN_LIMIT + 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, faceted_content_type_ids()])
        rows = cursor.fetchall()
    counts = {value: count for value, count in rows if value is not None}
    scanned = next((count for value, count in rows if value is None), 0)
    return counts, scanned > FACET_SCAN_LIMIT


def counts_in(raw_query, locales):
    """{locale: how many results the query has in it} (all its words, else any of
    them), analysed in each locale's language: for a search that found nothing,
    so the citizen is offered the results in the site's other languages. One
    transaction and one look-up of the restrictions for all of them, and no
    ranking weights: only counts."""
    query = clean_text(raw_query)
    version = IndexVersion.current()
    hidden = hidden_page_ids()
    counts = {}
    with bitmap_scans():
        for locale in locales:
            words = analyse(query, locale.language_code, locale.pk, version, weighed=False)
            counts[locale] = 0
            for operator in ("&", "|") if words else ():
                matches = matches_by_type(
                    locale.pk, build_queries(words, operator).match, hidden, ()
                )
                if matches:
                    counts[locale] = sum(m.count for m in matches.values())
                    break
    return counts
