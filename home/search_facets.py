"""What a page model declares for the site search, which knows no app by name.

Like Wagtail's `search_fields`, a page model lists its facets; the search reads
them from every page model (search.facets.declared_facets), indexes each page's
values and offers them as filters of the results:

    search_facets = [SearchFacet("category", "categories", _("Category"), _("… “%(value)s” …"))]
"""

from typing import NamedTuple


class SearchFacet(NamedTuple):
    # The query parameter, also the prefix of the values in the index.
    name: str
    # The page's many-to-many field of translatable terms (with `name` and `slug`;
    # a `parent` makes a value count for the term's ancestors too).
    attribute: str
    # The filter's heading on the results page.
    label: str
    # The message for a value that is not known; "%(value)s" is what was sent.
    unknown: str
