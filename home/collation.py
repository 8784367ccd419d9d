"""Alphabetical order in a language, without ICU: for titles in SQL (title_order),
for names in Python (alphabetical) and for the letter an A–Z list files a title
under (initial). Shared by the service directory and the search's facets."""

import functools
import unicodedata

from django.db import models
from django.db.models import Func, Value
from django.db.models.functions import Lower

# The database has no ICU collations (the embedded PostgreSQL is built without
# ICU) and sorts by code point, which puts "Ärztlicher Dienst" after "Zulassung".
# Titles are sorted by unaccent(lower(title)) instead (the unaccent extension is
# installed by the search app's first migration): accents fold to their base
# letter, as German and English file Ä under A. The letters a language sorts
# after Z are first replaced, in that language's order, by the characters that
# follow "z" in code-point order. (translate() would do it in one call but costs
# six times as much on 10,000 titles.)

_AFTER_Z = {"fi": "åäö", "sv": "åäö", "da": "æøå", "nb": "æøå", "no": "æøå"}
_SAME_AS = {"fi": {"æ": "ä", "ø": "ö"}, "sv": {"æ": "ä", "ø": "ö"}}
_SAME_AS.update({code: {"ä": "æ", "ö": "ø"} for code in ("da", "nb", "no")})
_SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"}


@functools.lru_cache
def _after_z(language):
    """{letter: its stand-in after "z"} for `language`."""
    letters = _AFTER_Z.get(language, "")
    table = {letter: chr(ord("z") + 1 + n) for n, letter in enumerate(letters)}
    for letter, same in _SAME_AS.get(language, {}).items():
        table[letter] = table[same]
    return table


def alphabetical(text, language):
    """A sort key like title_order()'s, in Python, for terms and names."""
    folded = []
    for char in text.lower():
        if char in _after_z(language):
            folded.append(_after_z(language)[char])
        elif char in _SPECIAL:
            folded.append(_SPECIAL[char])
        else:
            folded.append(unicodedata.normalize("NFD", char)[:1])
    return "".join(folded), text


def title_order(language):
    """An expression to order pages by title alphabetically in `language`."""
    key = Lower("title")
    for letter, stand_in in _after_z(language).items():
        key = Func(key, Value(letter), Value(stand_in), function="replace")
    # title_unaccent(): unaccent() declared immutable (home/migrations/0012), so
    # that the expression can be indexed and the directory's first page read in
    # title order from an index instead of sorting every service.
    return Func(key, function="title_unaccent", output_field=models.CharField())


# One index per distinct title_order() expression; languages not named use the plain one.
TITLE_ORDER_INDEXES = {"plain": "de", "after_z_aao": "fi", "after_z_aeoa": "da"}


def initial(title, language):
    """The letter a title is filed under in the A–Z list of `language`."""
    first = title.strip()[:1].upper()
    lower = first.lower()
    if lower in _AFTER_Z.get(language, ""):
        return first
    if lower in _SAME_AS.get(language, {}):
        return _SAME_AS[language][lower].upper()
    base = unicodedata.normalize("NFD", first)[:1]
    return base if base.isalpha() else "#"
