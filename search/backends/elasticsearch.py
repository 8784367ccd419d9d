"""Elasticsearch 8, one index per content language with that language's analyzer.

Configured by search/backend_settings.py when ELASTICSEARCH_URL is set: the
backend "site_de" keeps the German pages in indexes named "<prefix>_de_…",
"site_da" the Danish ones, and so on; documents (which have no language) go
into every language's index. Each index analyses text with its language's
stop words and stemmer, after folding case and accents, and German and Danish
split compounds with a dictionary decompounder whose word list is the
language's vocabulary from our database index (IndexedTerm), so "teknologi"
finds "velfærdsteknologi" here too. The word list is fixed when the index is
created: `update_index` refreshes it along with everything else.
"""

import copy

from modelsearch.utils import deep_update
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
)

from search.languages import STEMMED_LANGUAGES

# Elasticsearch's names for stop word lists and stemmers per language.
STEMMERS = {"de": "light_german", "da": "danish", "fi": "finnish", "en": "english"}
DECOMPOUNDING = {"de", "da"}
MAX_COMPOUND_PARTS = 100_000


def compound_parts(language_code):
    from search.models import IndexedTerm

    words = IndexedTerm.objects.filter(locale__language_code=language_code, word__regex=r"^.{4,}$")
    return list(words.order_by("word").values_list("word", flat=True)[:MAX_COMPOUND_PARTS])


def analysis_settings(language_code, parts=()):
    base = STEMMED_LANGUAGES.get(language_code)
    filters = ["lowercase", "asciifolding"]
    definitions = {}
    if base:
        definitions["language_stop"] = {"type": "stop", "stopwords": f"_{base}_"}
        filters.append("language_stop")
    if language_code in DECOMPOUNDING and parts:
        definitions["compound_parts"] = {
            "type": "dictionary_decompounder",
            "word_list": list(parts),
            "min_subword_size": 4,
            "only_longest_match": False,
        }
        filters.append("compound_parts")
    stemmer = STEMMERS.get(language_code) or base
    if stemmer:
        definitions["language_stemmer"] = {"type": "stemmer", "language": stemmer}
        filters.append("language_stemmer")
    return {
        "settings": {
            "analysis": {
                "analyzer": {
                    "default": {"type": "custom", "tokenizer": "standard", "filter": filters}
                },
                "filter": definitions,
            }
        }
    }


class LanguageIndex(Elasticsearch8Index):
    def accepts(self, obj):
        if isinstance(obj, Page):
            return obj.locale.language_code == self.backend.language
        return isinstance(obj, get_document_model())

    def put(self):
        # The decompounder's word list is read when the index is (re)created.
        self.backend.settings = self.backend.with_analysis(
            analysis_settings(self.backend.language, compound_parts(self.backend.language))
        )
        super().put()

    def add_item(self, item):
        if self.accepts(item):
            super().add_item(item)

    def add_items(self, model, items):
        super().add_items(model, [item for item in items if self.accepts(item)])


class LanguageElasticsearchBackend(Elasticsearch8SearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE")
        super().__init__(params)
        self.base_settings = self.settings
        self.settings = self.with_analysis(analysis_settings(self.language))

    def with_analysis(self, analysis):
        return deep_update(copy.deepcopy(self.base_settings), analysis)


SearchBackend = LanguageElasticsearchBackend
