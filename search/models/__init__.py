from .index import (
    IndexedDocument,
    IndexedTerm,
    IndexVersion,
    LexemeStatistics,
    LocaleStatistics,
)
from .querylog import SearchQueryStat
from .synonyms import Synonym, SynonymUse

__all__ = [
    "IndexedDocument",
    "IndexedTerm",
    "IndexVersion",
    "LexemeStatistics",
    "LocaleStatistics",
    "SearchQueryStat",
    "Synonym",
    "SynonymUse",
]
