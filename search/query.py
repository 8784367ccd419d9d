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
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import Page

from home.pagecache.middleware import rendering_cached

from .analysis import alternatives, analyse, cache_key, core_lexemes, exact, group, written
from .facets import faceted_content_type_ids
from .models import IndexedDocument, IndexVersion

MAX_QUERY_LENGTH = 200  # characters; longer input is cut, not refused
RESULTS_CACHE_SECONDS = 300

# Markers ts_headline puts around matches: characters from the Private Use
# Area, which cannot come from the index (clean_text drops them), so the snippet
# can be escaped as a whole and the markers turned into <mark> afterwards.
MARK_START = "\ue000"
MARK_END = "\ue001"
# The whole text comes back marked; search/snippets.py cuts the sentence around
# the first match (ts_headline's fragments start and end mid-sentence).
HEADLINE_OPTIONS = f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true"
# Snippets come from the summary when the title or summary matched, else from
# the start of the body: ts_headline parses all it gets.
SNIPPET_SOURCE_CHARS = 4000

DOCS = IndexedDocument._meta.db_table


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

    # How many of the results can be shown, when fewer than `total` (ranked_depth()).
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


# Up to this many matches, all are ranked; above it, only candidates (see ranked_page).
# Ranking reads each one's vector (4 kB) from TOAST: at 1,000,000 pages, with the
# vectors no longer all in memory, 200 of them took 20 ms of a search.
RANK_ALL_LIMIT = 100
RANK_TITLE_CANDIDATES = 60
TITLE_SCAN_LIMIT = 2000
RANK_OTHER_CANDIDATES = 40


def ranked_depth():
    """How many results a search with more matches than RANK_ALL_LIMIT can show:
    its candidates, the pages offered (deeper pages would be empty)."""
    return RANK_TITLE_CANDIDATES + RANK_OTHER_CANDIDATES


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
            f"(array_agg(m.id))[1:{max(RANK_ALL_LIMIT, ranked_depth())}] "
            f"FROM (SELECT d.id, d.content_type_id FROM {DOCS} d WHERE {where}"
            f" LIMIT %s) m GROUP BY m.content_type_id",
            [*params, count_limit() + 1],
        )
        return {type_id: Matches(count, ids) for type_id, count, ids in cursor.fetchall()}


def rank_sql(ranking):
    """The score of a candidate (its vector detoasted once, as `c.v`) and its parameters.

    Per query word: its weight (the IDF) times how well the page matches it, the
    word's stem counting twice as much as its prefixes, compound parts and
    corrections, so a page with the word itself comes first; and among those, a
    page with the word exactly as typed ("Anträge", not only "Antrag") gets a
    little more (its words as written are in the vector without positions, so
    this adds about as much as a match in the lowest-weighted field). ts_rank is the
    term-frequency part, as BM25's saturating (each further occurrence adds less)
    and weighted by where the word stands: title (A) over summary (B) over body
    (C) over spelled-out coordinated compounds (D); normalisation 1 divides by
    1 + log(length), so long pages do not win by length alone."""
    terms, params = [], []
    for weight, stem, word_group, as_written in ranking:
        terms.append(
            "%s * (2.0 * ts_rank(c.v, %s::tsquery, 1) + ts_rank(c.v, %s::tsquery, 1)"
            " + 2.0 * ts_rank(c.v, %s::tsquery, 1))"
        )
        params += [weight, stem, word_group, as_written]
    return "(" + " + ".join(terms) + ")", params


def ranked_page(locale_id, queries, hidden, content_type_id, facets, matches, offset, limit):
    total = sum(m.count for m in matches)
    ids = [i for m in matches for i in m.ids]
    if total <= RANK_ALL_LIMIT:
        source = f"{DOCS} d WHERE d.id = ANY(%s)"
        source_params = [ids]
    else:
        # Ranking reads every candidate's vector: for a query matching thousands of
        # pages, rank the newest pages whose title matches (title words weigh most,
        # so the best results are among them) and a few other matches. A title's
        # words are in the page's vector too, so the title candidates come from the
        # title index alone, without reading any vector. The newest among the
        # first TITLE_SCAN_LIMIT title matches: a word in the titles of 100,000
        # pages would otherwise read and sort all of them on every search.
        in_title, title_params = where_clause(
            locale_id, queries.match, hidden, content_type_id, facets, vector="title_vector"
        )
        # Other matches, newest first, fill the candidates up to RANKED_DEPTH, so
        # every result page offered (Results.num_pages) is a full one.
        source = f"""{DOCS} d WHERE d.id IN (
            SELECT x.id FROM (
                (SELECT t.id, 0 AS title FROM (
                    SELECT d.id FROM {DOCS} d WHERE {in_title} LIMIT {TITLE_SCAN_LIMIT}) t
                 ORDER BY t.id DESC LIMIT {RANK_TITLE_CANDIDATES})
                UNION ALL SELECT o.id, 1 FROM unnest(%s::bigint[]) o(id)
            ) x GROUP BY x.id ORDER BY min(x.title), x.id DESC LIMIT {ranked_depth()})"""
        source_params = [*title_params, sorted(ids, reverse=True)[: ranked_depth()]]
    rank, rank_params = rank_sql(queries.ranking)
    # The candidates' vectors are read (detoasted) once, in the innermost query
    # (OFFSET 0 keeps it a query of its own), not once per ts_rank call; texts
    # are read for the page of results only.
    sql = f"""
        SELECT r.page_id, r.document_id, r.content_type_id, r.title, r.date,
               ts_headline(r.config::regconfig,
                           CASE WHEN r.in_head THEN r.summary
                           ELSE left(r.body, {SNIPPET_SOURCE_CHARS}) END,
                           %s::tsquery, %s),
               r.in_head
        FROM (
            SELECT c.*, {rank} AS rank
            FROM (
                SELECT d.id, d.page_id, d.document_id, d.content_type_id, d.title, d.date,
                       d.config, d.summary, d.body, d.vector || ''::tsvector AS v
                FROM {source}
                OFFSET 0
            ) c
            ORDER BY rank DESC, c.date DESC NULLS LAST, c.id
            LIMIT %s OFFSET %s
        ) r0
        CROSS JOIN LATERAL (
            SELECT r0.*, r0.summary <> '' AND (r0.body = ''
                OR ts_filter(r0.v, '{{a,b}}') @@ %s::tsquery) AS in_head
        ) r
        ORDER BY r.rank DESC, r.date DESC NULLS LAST, r.id
    """
    params = [
        queries.highlight,
        HEADLINE_OPTIONS,
        *rank_params,
        *source_params,
        limit,
        offset,
        queries.highlight,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


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
    if sum(m.count for m in matches.values()) > RANK_ALL_LIMIT:
        results.reachable = ranked_depth()
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


def plain_snippet(snippet):
    return re.sub(f"[{MARK_START}{MARK_END}]", "", snippet or "")
