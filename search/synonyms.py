"""Editors' synonyms (search/models/synonyms.py) applied to a query's words.

Each synonym's phrases are analysed like a query, with the language's stemmer,
so "Autos" finds what "Auto ⇄ Kfz" teaches and "Kfz-Zulassung" is the words
"kfz" and "zulass". A phrase typed (one word or several in a row) gets its
synonyms as alternatives: "Auto anmelden" searches for (auto & anmeld) or (kfz &
zulass) when an editor taught "Auto anmelden ⇄ Kfz-Zulassung". The analysed
synonyms of a language are cached under the index's version, which every
change to a synonym changes (search/signals.py).
"""

from dataclasses import dataclass

from django.core.cache import cache

from .languages import WORDS_CONFIG
from .models import Synonym

RULES_CACHE_SECONDS = 600

# The lexemes of each phrase, in the order written; stop words drop out.
PHRASES_SQL = f"""
SELECT p.n, array_agg(s.stems[1] ORDER BY w.positions[1])
FROM unnest(%(phrases)s::text[]) WITH ORDINALITY AS p(phrase, n)
CROSS JOIN LATERAL unnest(to_tsvector('{WORDS_CONFIG}', p.phrase)) w
CROSS JOIN LATERAL (SELECT ts_lexize(%(stemmer)s::regdictionary, w.lexeme) AS stems) s
WHERE w.lexeme NOT LIKE '%%-%%' AND cardinality(s.stems) > 0
GROUP BY p.n
"""


@dataclass(frozen=True)
class Rule:
    synonym_id: int
    source: tuple  # lexemes typed, in order
    targets: tuple  # tuples of lexemes searched for as well


def rules(cursor, locale_id, stemmer, version):
    key = f"site_search:synonyms:{version}:{locale_id}"
    found = cache.get(key)
    if found is None:
        found = analysed_rules(cursor, locale_id, stemmer)
        cache.set(key, found, RULES_CACHE_SECONDS)
    return found


def analysed_rules(cursor, locale_id, stemmer):
    raw = [
        (synonym.pk, source, targets)
        for synonym in Synonym.objects.filter(locale_id=locale_id)
        for source, targets in synonym.rules()
    ]
    if not raw:
        return []
    texts = sorted({text for _pk, source, targets in raw for text in [source, *targets]})
    cursor.execute(PHRASES_SQL, {"phrases": texts, "stemmer": stemmer})
    lexemes = {texts[n - 1]: tuple(found) for n, found in cursor.fetchall()}
    found = []
    for pk, source, targets in raw:
        analysed = tuple(lexemes[t] for t in targets if lexemes.get(t))
        if lexemes.get(source) and analysed:
            found.append(Rule(pk, lexemes[source], analysed))
    return found


def apply(words, language_rules):
    """The query's words with synonyms attached; a phrase of several words
    becomes one word (the first) holding the others in `joined`. The longest
    phrase typed wins where two overlap."""
    if not language_rules:
        return words
    lexemes = [word.lexeme for word in words]
    result, position = [], 0
    while position < len(words):
        matching = [
            rule
            for rule in language_rules
            if tuple(lexemes[position : position + len(rule.source)]) == rule.source
        ]
        if not matching:
            result.append(words[position])
            position += 1
            continue
        length = max(len(rule.source) for rule in matching)
        word = words[position]
        word.joined = words[position + 1 : position + length]
        for rule in matching:
            if len(rule.source) == length:
                word.synonyms += [list(t) for t in rule.targets if list(t) not in word.synonyms]
                word.fired.append(rule.synonym_id)
        result.append(word)
        position += length
    return result
