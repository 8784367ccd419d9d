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


def a_to_z_url(locale, request):
    """The address of the A–Z list of the locale's live page that offers one.

    A page model declares `search_a_to_z_route = "<its subpage route name>"` to
    have the search link its A–Z list (the service directory does), so the search
    needs no app's model by name."""
    from wagtail.models import get_page_models

    models = [m for m in get_page_models() if getattr(m, "search_a_to_z_route", None)]
    for model in models:
        page = model.objects.live().filter(locale=locale).first()
        if page is not None:
            return page.get_url(request) + page.reverse_subpage(model.search_a_to_z_route)
    return None
