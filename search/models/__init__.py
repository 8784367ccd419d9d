from .index import IndexedDocument, IndexedTerm, IndexVersion
from .querylog import SearchQueryStat

__all__ = ["IndexedDocument", "IndexedTerm", "IndexVersion", "SearchQueryStat"]
