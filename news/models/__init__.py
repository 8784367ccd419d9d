"""News: topics (a translatable snippet), a news index per language and news pages.

The index lists its news newest first, ten to a page, filterable by topic and
year with a plain GET form, and offers RSS and Atom feeds of its 20 newest
items. Listing and article pages run a fixed number of queries, however many
news items, topics or photos there are.
"""

from .index import NewsIndexPage
from .page import NewsPage
from .topics import NewsTopic

__all__ = ["NewsIndexPage", "NewsPage", "NewsTopic"]
