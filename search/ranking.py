"""Ranking a search's candidates and cutting their snippets: one statement per page
of results (search/query.py counts the matches first)."""

import re

from django.db import connection

from .conditions import DOCS, where_clause

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


def plain_snippet(snippet):
    return re.sub(f"[{MARK_START}{MARK_END}]", "", snippet or "")
