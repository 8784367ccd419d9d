"""Editors' picks (wagtail.contrib.search_promotions) in the language of the search.

A pick is made for a query string and points at a page, or at an external
link. Shown above the results: picks whose page is in the active language,
and picks whose page has a live translation in it (one pick for "Wahl" can
serve every language that has the page), plus external links.
"""

from dataclasses import dataclass

from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page


@dataclass
class Pick:
    title: str
    url: str
    description: str


def picks_for(query, locale, request=None):
    text = normalise_query_string(query or "")
    if not text:
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=text)
        .select_related("page")
        .order_by("sort_order")
    )
    if not promotions:
        return []
    translation_keys = [p.page.translation_key for p in promotions if p.page_id]
    local_pages = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=translation_keys)
    }
    picks = []
    for promotion in promotions:
        if promotion.page_id is None:
            if promotion.external_link_url:
                picks.append(
                    Pick(
                        promotion.external_link_text or promotion.external_link_url,
                        promotion.external_link_url,
                        promotion.description,
                    )
                )
            continue
        page = local_pages.get(promotion.page.translation_key)
        if page is not None:
            picks.append(Pick(page.title, page.get_url(request), promotion.description))
    return picks
