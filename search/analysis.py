"""A query's words, analysed in the language it is asked in (search/query.py uses them).

Each word becomes its stem and a group of alternatives from the language's
vocabulary (IndexedTerm): compounds that contain it, near spellings, and — for
a long word — its parts (decompose()); editors' synonyms are attached
(search/synonyms.py), and each word gets a weight from the index's statistics
(weigh()). The result is cached per query under the index's version.
"""

import functools
import hashlib
import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection

from . import synonyms
from .languages import (
    WORDS_CONFIG,
    WRITTEN_MARK,
    config_for_language,
    linking_elements,
    stemmer_for_config,
)
from .models import IndexedTerm, LexemeStatistics, LocaleStatistics

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
# Prefix matching for stems of at least this many characters.
MIN_PREFIX_LENGTH = 3

TERMS = IndexedTerm._meta.db_table

# Decompounding (decompose()): words of at least twice MIN_PART letters are
# split into two or three parts of at least MIN_PART letters each; longer words
# than MAX_DECOMPOUNDED are taken only up to that length. A word of n letters
# asks the vocabulary about at most (n - 2·MIN_PART + 1)·(n - 2·MIN_PART + 2)/2
# substrings (406 for 32 letters), in one statement for the whole query, each
# by at most three index look-ups; it adds one alternative to its word.
MIN_PART = 4
MAX_DECOMPOUNDED = 32
MAX_PARTS = 3
# And at most this many substrings for the whole query (the first words first):
# ten long words cost no more than three.
MAX_SUBSTRINGS = 1200
# A part's stem may be the stem of a vocabulary word with up to this many more
# letters at its end: "verlängerung" (stem "verlanger") is found as "verlängern"
# ("verlang"), as long as the shorter stem keeps MIN_TRUNCATED_STEM letters.
STEM_SLACK = 2
MIN_TRUNCATED_STEM = 5

# Each substring's stem, matched against the vocabulary's lexemes (the longest
# that fits), answered by the (locale, lexeme) index.
PARTS_SQL = f"""
SELECT NULL::integer AS n, p.part, ARRAY[t.lexeme::text]
FROM unnest(%(parts)s::text[]) AS p(part)
CROSS JOIN LATERAL (SELECT (ts_lexize(%(stemmer)s::regdictionary, p.part))[1] AS stem) s
CROSS JOIN LATERAL (
    SELECT t.lexeme FROM {TERMS} t
    WHERE t.locale_id = %(locale)s
      AND t.lexeme IN (s.stem, {", ".join(f"left(s.stem, -{n})" for n in range(1, STEM_SLACK + 1))})
      AND (t.lexeme = s.stem OR length(t.lexeme) >= {MIN_TRUNCATED_STEM})
    ORDER BY length(t.lexeme) DESC
    LIMIT 1
) t
WHERE s.stem IS NOT NULL
"""

# How many documents of the language hold each lexeme, and how many it has.
STATISTICS_SQL = f"""
SELECT lexeme, documents FROM {LexemeStatistics._meta.db_table}
WHERE locale_id = %(locale)s AND lexeme = ANY(%(lexemes)s)
UNION ALL
SELECT NULL, documents FROM {LocaleStatistics._meta.db_table} WHERE locale_id = %(locale)s
"""

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
    # The lexemes of the word's parts when it is a compound of known words, else [].
    parts: list = field(default_factory=list)
    # Its weight in the ranking: the rarer in the language, the higher (idf()).
    weight: float = 1.0
    # Editors' synonyms (search/synonyms.py): the following words of a phrase
    # typed, the phrases (lexeme lists) searched for as well, the synonyms' ids.
    joined: list = field(default_factory=list)
    synonyms: list = field(default_factory=list)
    fired: list = field(default_factory=list)
    # The word as typed, lower case and unaccented (not stemmed).
    written: str = ""
    # From the index's statistics (weigh()): the pages and documents of the
    # language with the word's own lexeme, its expansion on the most of them and
    # theirs, and how many the language has; core_lexemes() uses them.
    documents: int = 0
    widest: str = ""
    widest_documents: int = 0
    language_documents: int = 0


def quote(lexeme):
    """A lexeme as a tsquery operand, taken as it is (no parsing, no dictionaries)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def cache_key(kind, *parts):
    return f"site_search:{kind}:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def analyse(query, language_code, locale_id, version, weighed=True):
    """The query's words with their expansions, cached: popular queries and the
    prefixes typed for suggestions repeat, and the vocabulary lookup is the
    dearest part of a search. The key holds the index's version, so a compound
    that a newly published page brought into the vocabulary is found at once.
    Not `weighed`: without the ranking's weights (one statement less), for a
    search that only counts."""
    key = cache_key("analyse", version, locale_id, query, weighed)
    words = cache.get(key)
    if words is None:
        words = analyse_uncached(query, language_code, locale_id, version, weighed)
        cache.set(key, words, ANALYSIS_CACHE_SECONDS)
    return words


def analyse_uncached(query, language_code, locale_id, version=None, weighed=True):
    stemmer = stemmer_for_config(config_for_language(language_code))
    with connection.cursor() as cursor:
        cursor.execute(WORDS_SQL, [query, stemmer])
        words = cursor.fetchall()
        expansions, known, statistics = vocabulary(cursor, words, stemmer, locale_id)
        result = [
            Word(
                stem,
                expansions.get(n, []),
                decompose(word, known, linking_elements(language_code)),
                written=word,
            )
            for n, (word, stem) in enumerate(words)
        ]
        if words:
            result = synonyms.apply(result, synonyms.rules(cursor, locale_id, stemmer, version))
            if weighed:
                weigh(cursor, result, locale_id, statistics)
    return result


# The vocabulary's answers (expansions and known parts, VOCABULARY_SQL's
# branches) with the statistics of every lexeme in them and of the words' own
# stems, and the language's number of documents: what weigh() needs, in the
# same round trip to the database. Each lexeme is looked up in the (locale,
# lexeme) index (LIMIT 1 keeps the look-up a nested loop: the planner, guessing
# the number of lexemes from the CTE, would rather hash all of the language's
# 20,000 statistics: 48 ms instead of 0.1).
VOCABULARY_SQL = f"""
WITH found AS MATERIALIZED ({{branches}}),
asked AS (
    SELECT unnest(found.lexemes)::text AS lexeme FROM found
    UNION SELECT unnest(%(stems)s::text[])
)
SELECT n, part, lexemes, NULL::integer AS documents FROM found
UNION ALL
SELECT NULL, a.lexeme, NULL, s.documents FROM asked a
CROSS JOIN LATERAL (
    SELECT s.documents FROM {LexemeStatistics._meta.db_table} s
    WHERE s.locale_id = %(locale)s AND s.lexeme = a.lexeme
    LIMIT 1
) s
UNION ALL
SELECT NULL, NULL, NULL, documents FROM {LocaleStatistics._meta.db_table}
WHERE locale_id = %(locale)s
"""
NOTHING_FOUND = "SELECT NULL::integer AS n, NULL::text AS part, NULL::text[] AS lexemes WHERE false"


@dataclass
class Statistics:
    """Documents per lexeme (those the index has), of the lexemes `asked`, and in all."""

    documents: dict
    asked: set
    total: int = 0


def vocabulary(cursor, words, stemmer, locale_id):
    """({word's position: lexemes of vocabulary words containing or nearly matching
    it}, {substring: vocabulary lexeme}, Statistics) for the query's words
    `[(word, stem)]`: the expansions, the known parts (known_parts()) and the
    statistics of all their lexemes, in one statement."""
    if not words:
        return {}, {}, None
    statements, params = [], {"locale": locale_id, "stems": [stem for _word, stem in words]}
    for n, (word, stem) in enumerate(words):
        if len(word) < MIN_EXPANDED_LENGTH:
            continue
        part = EXPANSION_SQL
        for name in ("word", "pattern", "stem", "similarity"):
            part = part.replace(f"%({name})s", f"%({name}{n})s")
        statements.append(f"SELECT {n} AS n, NULL AS part, array({part}) AS lexemes")
        params.update(
            {
                f"word{n}": word,
                f"pattern{n}": "%" + connection.ops.prep_for_like_query(word) + "%",
                f"stem{n}": stem,
                f"similarity{n}": SHORT_WORD_SIMILARITY if len(word) < SHORT_WORD else SIMILARITY,
            }
        )
    parts = known_parts([word for word, _stem in words])
    if parts:
        statements.append(PARTS_SQL)
        params.update({"parts": parts, "stemmer": stemmer})
    branches = " UNION ALL ".join(f"({sql})" for sql in statements) or NOTHING_FOUND
    cursor.execute(VOCABULARY_SQL.replace("{branches}", branches), params)
    expansions, known, statistics = {}, {}, Statistics({}, set(params["stems"]))
    for n, part, lexemes, documents in cursor.fetchall():
        if n is not None:
            expansions[n] = lexemes
            statistics.asked.update(lexemes)
        elif lexemes is not None:
            known[part] = lexemes[0]
            statistics.asked.add(lexemes[0])
        elif part is not None:
            statistics.documents[part] = documents
        else:
            statistics.total = documents
    return expansions, known, statistics


def substrings(word):
    """Every possible part of a word, for decompose()."""
    word = word[:MAX_DECOMPOUNDED]
    if len(word) < 2 * MIN_PART:
        return []
    return [
        word[start:end]
        for start in range(len(word) - MIN_PART + 1)
        for end in range(start + MIN_PART, len(word) + 1)
        if end - start < len(word)
    ]


def known_parts(words):
    """The substrings of the query's words to ask the vocabulary about (PARTS_SQL,
    which answers {substring: vocabulary lexeme} for those it knows by stem)."""
    parts = []
    for word in words:
        parts += substrings(word)
    return sorted(set(parts[:MAX_SUBSTRINGS]))


def decompose(word, known, links):
    """The lexemes of the parts of `word`, fewest parts first and, among those,
    the longest first part; a linking element ("s" in "Elterngeldsantrag") may
    stand between two parts. [] when the word is not made of known parts."""
    word = word[:MAX_DECOMPOUNDED]
    if len(word) < 2 * MIN_PART:
        return []

    @functools.cache
    def split(start):
        """The best parts for word[start:], as (count, [lexemes]), or None."""
        best = None
        for end in range(len(word), start + MIN_PART - 1, -1):
            lexeme = known.get(word[start:end])
            if lexeme is None or (start == 0 and end == len(word)):
                continue
            if end == len(word):
                candidate = [lexeme]
            else:
                rests = [split(end)] + [
                    split(end + len(link)) for link in links if word.startswith(link, end)
                ]
                rests = [rest for rest in rests if rest is not None]
                if not rests:
                    continue
                candidate = [lexeme, *min(rests, key=len)]
            if len(candidate) <= MAX_PARTS and (best is None or len(candidate) < len(best)):
                best = candidate
        return best

    parts = split(0) or []
    # A part that is the word's own stem adds nothing ("verwaltungs" + "verwaltung").
    return list(dict.fromkeys(parts)) if len(set(parts)) > 1 else []


def idf(documents, total):
    """BM25's inverse document frequency: ln(1 + (N - n + 0.5) / (n + 0.5))."""
    documents = min(documents, total)
    return math.log(1 + (total - documents + 0.5) / (documents + 0.5))


def weigh(cursor, words, locale_id, statistics=None):
    """Each word's weight from the language's statistics: a word on few pages
    counts for more than one on most. A word found only as compound parts or
    through corrections counts as often as its most frequent alternative.
    `statistics` came with the vocabulary (vocabulary()); only lexemes it was
    not asked about (synonyms') are looked up here."""
    lexemes = {
        lex
        for w in words
        for lex in [w.lexeme, *w.expansions, *w.parts, *(x for s in w.synonyms for x in s)]
    }
    counts, total = (
        ({}, None) if statistics is None else (dict(statistics.documents), statistics.total)
    )
    missing = sorted(lexemes - (statistics.asked if statistics else set()))
    if missing or total is None:
        cursor.execute(STATISTICS_SQL, {"locale": locale_id, "lexemes": missing})
        counts.update(cursor.fetchall())
        total = counts.pop(None, 0) if total is None else total
        counts.pop(None, None)
    total = total or 0
    for word in words:
        documents = word.documents = counts.get(word.lexeme, 0)
        word.language_documents = total
        if word.expansions:
            word.widest_documents, word.widest = max(
                (counts.get(lex, 0), lex) for lex in word.expansions
            )
        if not documents:
            alternatives = [counts.get(lex, 0) for lex in word.expansions]
            for phrase in [word.parts, *word.synonyms]:
                if phrase:
                    alternatives.append(min(counts.get(lex, 0) for lex in phrase))
            documents = max(alternatives, default=0)
        word.weight = idf(documents, max(total, documents))


def prefixed(lexeme):
    return quote(lexeme) + (":*" if len(lexeme) >= MIN_PREFIX_LENGTH else "")


def own_group(word):
    operands = [prefixed(word.lexeme)]
    operands += [quote(term) for term in word.expansions]
    if word.parts:
        operands.append("(" + " & ".join(prefixed(part) for part in word.parts) + ")")
    return "(" + " | ".join(operands) + ")"


def group(word):
    """A word's alternatives as a tsquery; with a phrase typed, all its words."""
    own = own_group(word)
    if word.joined:
        own = "(" + " & ".join(own_group(w) for w in [word, *word.joined]) + ")"
    if not word.synonyms:
        return own
    taught = ["(" + " & ".join(quote(lex) for lex in phrase) + ")" for phrase in word.synonyms]
    return "(" + " | ".join([own, *taught]) + ")"


def exact(word):
    return "(" + " | ".join(quote(w.lexeme) for w in [word, *word.joined]) + ")"


def alternatives(lexemes):
    return "(" + " | ".join(quote(lexeme) for lexeme in lexemes) + ")"


def core_lexemes(words, limit):
    """(per word, its own lexeme and if need be its widest expansion; whether these
    are proven to match more pages than are counted), or None when they are
    unlikely to.

    A word on thousands of pages needs no widening: its compounds, prefixes and
    corrections only add pages that rank below those with the word itself, past
    the pages a citizen reads, while the index has to merge the lists of them
    all (at 1,000,000 pages, tens of milliseconds for a word on most of them).
    The index's statistics prove it without a query when a lexeme is on more
    than `limit` pages (those counted and the hidden ones), or all words
    together are: on at least the sum of their pages less the language's size
    for each further word. Words that are each common but not proven to meet
    are likely to, if they are independent: then the core is tried and the
    search widens only if it falls short (query.matched()). Editors' synonyms
    and typed phrases always widen."""
    if any(w.joined or w.synonyms or not w.language_documents for w in words):
        return None
    size = words[0].language_documents

    def proven(bounds):
        return sum(bounds) - (len(words) - 1) * size > limit

    def likely(bounds):
        return math.prod(bounds) / size ** (len(words) - 1) > 2 * limit

    own = [w.documents for w in words]
    if proven(own):
        return [[w.lexeme] for w in words], True
    widest = [max(w.documents, w.widest_documents) for w in words]
    lexemes = [[w.lexeme, w.widest] if w.widest else [w.lexeme] for w in words]
    if proven(widest):
        return lexemes, True
    if likely(own):
        return [[w.lexeme] for w in words], False
    if likely(widest):
        return lexemes, False
    return None


def written(word):
    """The word as typed, matched against the pages' marked words as written."""
    return "(" + " & ".join(quote(WRITTEN_MARK + w.written) for w in [word, *word.joined]) + ")"
