"""Elasticsearch 8/9 or OpenSearch 2/3: one index per content language with that
language's analyzer, on Wagtail 8's own backends.

Configured by search/backend_settings.py when ELASTICSEARCH_URL is set: the
backend "site_de" keeps the German pages in indexes named "<prefix>_de_…",
"site_da" the Danish ones, and so on; documents (which have no language) go
into every language's index. The cluster's kind (FLAVOUR) picks Wagtail's
backend to build on; its client library is imported only then, so the project
runs without it (`pip install .[elasticsearch]` or `.[opensearch]`).

Each index analyses text as the database index does: case and accents folded,
the language's stop words and stemmer, compounds split with a dictionary
decompounder whose word list is the language's vocabulary from the database
index (IndexedTerm) — "teknologi" finds "velfærdsteknologi" — and, at search
time, the editors' synonyms of the language (search/models/synonyms.py). The
word list and synonyms are read when the index is created (`update_index`);
a synonym saved later updates the search analyzer of the running index
(refresh_synonyms, from search/signals.py).
"""

import copy
import functools
import importlib
import logging

from modelsearch.utils import deep_update
from wagtail.documents import get_document_model
from wagtail.models import Page

from search.backend_settings import DEFAULT_FLAVOUR, FLAVOURS
from search.languages import STEMMED_LANGUAGES

logger = logging.getLogger(__name__)

# The cluster's names for stop word lists and stemmers per language.
STEMMERS = {"de": "light_german", "da": "danish", "fi": "finnish", "en": "english"}
DECOMPOUNDING = {"de", "da", "fi"}
MAX_COMPOUND_PARTS = 100_000


def compound_parts(language_code):
    from search.models import IndexedTerm

    words = IndexedTerm.objects.filter(locale__language_code=language_code, word__regex=r"^.{4,}$")
    return list(words.order_by("word").values_list("word", flat=True)[:MAX_COMPOUND_PARTS])


def synonym_rules(language_code):
    """The language's synonyms in the cluster's (Solr) format: "auto, kfz" both ways,
    "skrald => affald" one way; commas inside a phrase cannot occur (they separate)."""
    from search.models import Synonym
    from search.models.synonyms import phrases

    rules = []
    for synonym in Synonym.objects.filter(locale__language_code=language_code):
        words = [w.lower() for w in phrases(synonym.synonyms)]
        term = synonym.term.lower()
        if synonym.both_ways:
            rules.append(", ".join([term, *words]))
        else:
            rules.append(f"{term} => {', '.join(words)}")
    return rules


def analysis_settings(language_code, parts=(), synonyms=()):
    base = STEMMED_LANGUAGES.get(language_code)
    filters = ["lowercase", "asciifolding"]
    definitions = {}
    if base:
        definitions["language_stop"] = {"type": "stop", "stopwords": f"_{base}_"}
        filters.append("language_stop")
    search_filters = list(filters)
    if synonyms:
        # At search time only: a synonym needs no re-indexing, and multi-word
        # phrases ("auto anmelden") work with the graph filter.
        definitions["editors_synonyms"] = {
            "type": "synonym_graph",
            "synonyms": list(synonyms),
            "lenient": True,
        }
        search_filters.append("editors_synonyms")
    if language_code in DECOMPOUNDING and parts:
        definitions["compound_parts"] = {
            "type": "dictionary_decompounder",
            "word_list": list(parts),
            "min_subword_size": 4,
            "only_longest_match": False,
        }
        filters.append("compound_parts")
        search_filters.append("compound_parts")
    stemmer = STEMMERS.get(language_code) or base
    if stemmer:
        definitions["language_stemmer"] = {"type": "stemmer", "language": stemmer}
        filters.append("language_stemmer")
        search_filters.append("language_stemmer")
    return {
        "settings": {
            "analysis": {
                "analyzer": {
                    "default": {"type": "custom", "tokenizer": "standard", "filter": filters},
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": search_filters,
                    },
                },
                "filter": definitions,
            }
        }
    }


class LanguageIndexMixin:
    def accepts(self, obj):
        if isinstance(obj, Page):
            return obj.locale.language_code == self.backend.language
        return isinstance(obj, get_document_model())

    def put(self):
        # The decompounder's word list and the synonyms are read when the index
        # is (re)created.
        language = self.backend.language
        self.backend.settings = self.backend.with_analysis(
            analysis_settings(language, compound_parts(language), synonym_rules(language))
        )
        super().put()

    def add_item(self, item):
        if self.accepts(item):
            super().add_item(item)

    def add_items(self, model, items):
        super().add_items(model, [item for item in items if self.accepts(item)])


class LanguageBackendMixin:
    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE")
        super().__init__(params)
        self.base_settings = self.settings
        self.settings = self.with_analysis(analysis_settings(self.language))

    def with_analysis(self, analysis):
        return deep_update(copy.deepcopy(self.base_settings), analysis)

    def refresh_synonyms(self):
        """Put the language's current synonyms into the live indexes' search analyzer
        (closed for the moment of the change; the database answers meanwhile)."""
        language = self.language
        analysis = analysis_settings(language, compound_parts(language), synonym_rules(language))
        body = analysis["settings"]
        indices = self.es.indices
        name = f"{self.index_prefix}*"
        indices.close(index=name)
        try:
            indices.put_settings(index=name, body=body)
        finally:
            indices.open(index=name)


@functools.cache
def backend_class(flavour):
    """Our language backend on Wagtail's backend for `flavour`; importing it needs
    that cluster's client."""
    wagtail_backend = importlib.import_module(FLAVOURS[flavour]).SearchBackend
    index_class = type(
        f"{flavour.title()}LanguageIndex", (LanguageIndexMixin, wagtail_backend.index_class), {}
    )
    return type(
        f"{flavour.title()}LanguageBackend",
        (LanguageBackendMixin, wagtail_backend),
        {"index_class": index_class},
    )


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    params = dict(params)
    flavour = params.pop("FLAVOUR", DEFAULT_FLAVOUR)
    return backend_class(flavour)(params)
