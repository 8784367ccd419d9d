"""Which PostgreSQL text search configuration analyses which language.

Each configuration is a copy of PostgreSQL's own for that language with
`unaccent` in front of the stemmer (created in migrations/0001_initial.py), so
"Fachkrafte" and "Fachkräfte", "velfaerd" and "velfærd" reduce to the same
lexeme. Languages without a Snowball stemmer in PostgreSQL use `simple`
(lower case, unaccented, no stemming).
"""

# Language code → PostgreSQL's configuration that ours copies.
STEMMED_LANGUAGES = {
    "da": "danish",
    "de": "german",
    "en": "english",
    "fi": "finnish",
    "fr": "french",
    "it": "italian",
    "nl": "dutch",
    "nb": "norwegian",
    "no": "norwegian",
    "sv": "swedish",
    "es": "spanish",
    "pt": "portuguese",
}

# Every configuration the migration creates: ours are prefixed so they never
# clash with PostgreSQL's or another app's.
CONFIG_PREFIX = "site_search_"
BASE_CONFIGS = sorted({*STEMMED_LANGUAGES.values(), "simple"})


def config_for_language(language_code):
    """The text search configuration (regconfig name) for a language code like "de" or "de-at"."""
    base = STEMMED_LANGUAGES.get((language_code or "").split("-")[0].lower(), "simple")
    return CONFIG_PREFIX + base


# Words for the vocabulary (IndexedTerm) are split and unaccented with this
# configuration, which does not stem.
WORDS_CONFIG = CONFIG_PREFIX + "simple"

# Each page's words as written (lower case, unaccented, not stemmed) are in its
# vector too, behind this mark, so that the ranking can put a page with the word
# as typed ("Anträge") above one with another form of its stem ("Antrag"). No
# stem or prefix query can match a marked lexeme, and the statistics skip them.
WRITTEN_MARK = "="


def stemmer_for_config(config):
    """The dictionary our configuration `config` stems with, for ts_lexize()."""
    base = config.removeprefix(CONFIG_PREFIX)
    return "simple" if base == "simple" else f"{base}_stem"


# Letters that may join the parts of a compound ("Elterngeld-s-antrag",
# "bolig-s-støtte", Finnish genitive "kaupungi-n-talo"): decompounding skips them
# between two parts (search/query.py). Grammar, not vocabulary: the words come
# from each language's own index.
LINKING_ELEMENTS = {
    "de": ("s", "es", "n", "en", "e", "er"),
    "da": ("s", "e"),
    "fi": ("n",),
    "nb": ("s", "e"),
    "no": ("s", "e"),
    "sv": ("s",),
    "nl": ("s", "en"),
}


def linking_elements(language_code):
    return LINKING_ELEMENTS.get((language_code or "").split("-")[0].lower(), ())
