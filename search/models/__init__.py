from .index import IndexedDocument, IndexedTerm
from .querylog import SearchQueryStat

__all__ = ["IndexedDocument", "IndexedTerm", "SearchQueryStat"]
