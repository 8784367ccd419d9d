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

All words must match (AND of the groups); if no page has them all, any word
may (OR), and the page says so. Pages matching the words as typed rank above
pages that only match a compound or a correction.

A search costs the same few statements however many results it has: the
index's version, the query's words and their expansions from the vocabulary
(cached), the view restrictions, the counts per type, and the ranked page of
results with their highlighted snippets (cached too, until the index changes).
"""

import hashlib
import math
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import Page

from .facets import faceted_content_type_ids
from .languages import WORDS_CONFIG, config_for_language, stemmer_for_config
from .models import IndexedDocument, IndexedTerm, IndexVersion

MAX_QUERY_LENGTH = 200  # characters; longer input is cut, not refused
MAX_WORDS = 10
# Words shorter than this get no compound or typo expansion: too many
# unrelated words contain them ("rat" in "Beratung", "Kreistag", "Referat").
MIN_EXPANDED_LENGTH = 4
# Up to this many vocabulary lexemes stand in for one query word.
MAX_EXPANSIONS = 15
# pg_trgm word similarity a vocabulary lexeme needs; short words need more,
# since one changed letter is a larger share of them.
SIMILARITY = 0.6
SHORT_WORD_SIMILARITY = 0.8
SHORT_WORD = 6
ANALYSIS_CACHE_SECONDS = 600
RESULTS_CACHE_SECONDS = 300
# Prefix matching for stems of at least this many characters.
MIN_PREFIX_LENGTH = 3

# Markers ts_headline puts around matches: characters from the Private Use
# Area, which cannot come from the index (clean_text drops them), so the snippet
# can be escaped as a whole and the markers turned into <mark> afterwards.
MARK_START = "\ue000"
MARK_END = "\ue001"
HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, "
    'ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
)
# Snippets are cut from the start of the text: ts_headline parses all it gets.
SNIPPET_SOURCE_CHARS = 4000

DOCS = IndexedDocument._meta.db_table
TERMS = IndexedTerm._meta.db_table

# Each query word as written (lower case, unaccented: the `simple` copy) and its
# lexeme in the search's language. Stop words have no lexeme and drop out; a
# hyphenated word ("Kita-Anmeldung") counts by its parts.
WORDS_SQL = f"""
SELECT w.lexeme, s.stems[1]
FROM unnest(to_tsvector('{WORDS_CONFIG}', %s)) w
CROSS JOIN LATERAL (SELECT ts_lexize(%s::regdictionary, w.lexeme) AS stems) s
WHERE w.lexeme NOT LIKE '%%-%%' AND cardinality(s.stems) > 0
ORDER BY w.positions[1]
LIMIT {MAX_WORDS}
"""

# The lexemes of vocabulary words that contain a query word (compounds) or nearly
# match it (typos), best first. Two branches, each answered by the trigram index
# on (locale, word); the words are given as values so the planner sees them.
EXPANSION_SQL = f"""
SELECT lexeme FROM (
    SELECT t.lexeme, word_similarity(%(word)s, t.word) AS score, length(t.word) AS length
    FROM {TERMS} t
    WHERE t.locale_id = %(locale)s AND t.word LIKE %(pattern)s
    UNION ALL
    SELECT t.lexeme, word_similarity(%(word)s, t.word), length(t.word)
    FROM {TERMS} t
    WHERE t.locale_id = %(locale)s AND %(word)s <%% t.word
      AND word_similarity(%(word)s, t.word) >= %(similarity)s
) candidates
WHERE lexeme <> %(stem)s
GROUP BY lexeme
ORDER BY max(score) DESC, min(length), lexeme
LIMIT {MAX_EXPANSIONS}
"""


@dataclass
class Word:
    lexeme: str
    expansions: list


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
    # Facet value ("category:<key>") → matching results; see search/facets.py.
    facet_counts: dict = field(default_factory=dict)
    facet_counts_partial: bool = False

    @property
    def num_pages(self):
        return max(1, math.ceil(self.total / self.per_page))


def clean_text(raw):
    """The query as text PostgreSQL accepts: no control or private-use characters
    (NUL is refused by PostgreSQL), single spaces, at most MAX_QUERY_LENGTH characters."""
    text = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def quote(lexeme):
    """A lexeme as a tsquery operand, taken as it is (no parsing, no dictionaries)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def cache_key(kind, *parts):
    return f"site_search:{kind}:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def analyse(query, language_code, locale_id, version):
    """The query's words with their expansions, cached: popular queries and the
    prefixes typed for suggestions repeat, and the vocabulary lookup is the
    dearest part of a search. The key holds the index's version, so a compound
    that a newly published page brought into the vocabulary is found at once."""
    key = cache_key("analyse", version, locale_id, query)
    words = cache.get(key)
    if words is None:
        words = analyse_uncached(query, language_code, locale_id)
        cache.set(key, words, ANALYSIS_CACHE_SECONDS)
    return words


def analyse_uncached(query, language_code, locale_id):
    stemmer = stemmer_for_config(config_for_language(language_code))
    with connection.cursor() as cursor:
        cursor.execute(WORDS_SQL, [query, stemmer])
        words = cursor.fetchall()
        expandable = [
            (n, w, stem) for n, (w, stem) in enumerate(words) if len(w) >= MIN_EXPANDED_LENGTH
        ]
        expansions = {}
        if expandable:
            parts, params = [], {"locale": locale_id}
            for n, word, stem in expandable:
                part = EXPANSION_SQL
                for name in ("word", "pattern", "stem", "similarity"):
                    part = part.replace(f"%({name})s", f"%({name}{n})s")
                parts.append(f"SELECT {n} AS n, array({part}) AS lexemes")
                params.update(
                    {
                        f"word{n}": word,
                        f"pattern{n}": "%" + connection.ops.prep_for_like_query(word) + "%",
                        f"stem{n}": stem,
                        f"similarity{n}": SHORT_WORD_SIMILARITY
                        if len(word) < SHORT_WORD
                        else SIMILARITY,
                    }
                )
            cursor.execute(" UNION ALL ".join(parts), params)
            expansions = dict(cursor.fetchall())
    return [Word(stem, expansions.get(n, [])) for n, (_word, stem) in enumerate(words)]


def group(word):
    operands = [quote(word.lexeme) + (":*" if len(word.lexeme) >= MIN_PREFIX_LENGTH else "")]
    operands += [quote(term) for term in word.expansions]
    return "(" + " | ".join(operands) + ")"


@dataclass
class Queries:
    """The tsqueries of one search, as text to cast with ::tsquery."""

    match: str  # which documents are results
    exact: str  # the words as typed, for ranking
    highlight: str  # everything that may have matched, for snippets


def build_queries(words, operator):
    return Queries(
        match=f" {operator} ".join(group(w) for w in words),
        exact=" | ".join(quote(w.lexeme) for w in words),
        highlight=" | ".join(group(w) for w in words),
    )


def hidden_page_ids():
    """Pages with view restrictions and their subpages: they stay out of public results.
    Checked at query time, as restrictions change without a page save."""
    return list(Page.objects.not_public().values_list("pk", flat=True))


def where_clause(locale_id, match, hidden, content_type_id=None, facets=(), vector="vector"):
    conditions = ["d.locale_id = %s", f"d.{vector} @@ %s::tsquery"]
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
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off")
        yield
        # (On an error the block is rolled back, and the settings with it.)
        cursor.execute("SET LOCAL enable_indexscan TO DEFAULT; SET LOCAL enable_seqscan TO DEFAULT")


# Up to this many matches, all are ranked; above it, only candidates (see ranked_page).
RANK_ALL_LIMIT = 200
RANK_TITLE_CANDIDATES = 100
RANK_OTHER_CANDIDATES = 50


@dataclass
class Matches:
    """What the match counting found for one content type."""

    count: int
    # Ids of matches, at most RANK_ALL_LIMIT: all of them when there are no more.
    ids: list


def matches_by_type(locale_id, match, hidden, facets):
    """{content type id: Matches}. The same pass over the index that counts the
    matches keeps the ids of the first of them in the table's order (sorting
    25,000 ids would double the cost of a broad search), so ranking a few
    hundred matches needs no second pass."""
    where, params = where_clause(locale_id, match, hidden, facets=facets)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT d.content_type_id, count(*), "
            f"(array_agg(d.id))[1:{RANK_ALL_LIMIT}] "
            f"FROM {DOCS} d WHERE {where} GROUP BY d.content_type_id",
            params,
        )
        return {type_id: Matches(count, ids) for type_id, count, ids in cursor.fetchall()}


# Rank: the words as typed count twice as much as their prefixes, compounds and
# corrections (which `highlight` holds besides them), so a page with the word
# itself comes first. ts_rank's own weights put title (A) over summary (B) over
# body (C); normalisation 1 divides by 1 + log(length), so long pages do not win
# by length alone. Two ts_rank calls per candidate: each reads its whole vector.
RANK_SQL = "(2.0 * ts_rank(d.vector, %s::tsquery, 1) + ts_rank(d.vector, %s::tsquery, 1))"


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
        # title index alone, without reading any vector.
        in_title, title_params = where_clause(
            locale_id, queries.match, hidden, content_type_id, facets, vector="title_vector"
        )
        source = f"""{DOCS} d WHERE d.id IN (
            (SELECT d.id FROM {DOCS} d WHERE {in_title}
             ORDER BY d.id DESC LIMIT {RANK_TITLE_CANDIDATES})
            UNION SELECT unnest(%s::bigint[]))"""
        source_params = [*title_params, sorted(ids, reverse=True)[:RANK_OTHER_CANDIDATES]]
    sql = f"""
        SELECT r.page_id, r.document_id, r.content_type_id, r.title, r.date,
               ts_headline(r.config::regconfig, r.source, %s::tsquery, %s)
        FROM (
            SELECT d.id, d.page_id, d.document_id, d.content_type_id, d.title, d.date,
                   d.config, left(concat_ws(' ', d.summary, d.body), {SNIPPET_SOURCE_CHARS})
                   AS source, {RANK_SQL} AS rank
            FROM {source}
            ORDER BY rank DESC, d.date DESC NULLS LAST, d.id
            LIMIT %s OFFSET %s
        ) r
        ORDER BY r.rank DESC, r.date DESC NULLS LAST, r.id
    """
    params = [
        queries.highlight,
        HEADLINE_OPTIONS,
        queries.exact,
        queries.highlight,
        *source_params,
        limit,
        offset,
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
    queries = build_queries(words, "&")
    matches = matches_by_type(locale.pk, queries.match, hidden, facets)
    if not matches and len(words) > 1:
        queries = build_queries(words, "|")
        matches = matches_by_type(locale.pk, queries.match, hidden, facets)
        results.relaxed = bool(matches)
    results.type_counts = {type_id: m.count for type_id, m in matches.items()}
    if content_type_id is not None:
        matches = {content_type_id: matches[content_type_id]} if content_type_id in matches else {}
    results.total = sum(m.count for m in matches.values())
    if not results.total:
        return results, []
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
    in one query, for the same match as the search (where_clause)."""
    where, params = where_clause(locale_id, match, hidden, content_type_id, facets)
    sql = COUNT_SQL.format(docs=DOCS, where=where, limit=FACET_SCAN_LIMIT + 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, faceted_content_type_ids()])
        rows = cursor.fetchall()
    counts = {value: count for value, count in rows if value is not None}
    scanned = next((count for value, count in rows if value is None), 0)
    return counts, scanned > FACET_SCAN_LIMIT


def plain_snippet(snippet):
    return re.sub(f"[{MARK_START}{MARK_END}]", "", snippet or "")
