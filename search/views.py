"""The citizen's search: /<lang>/search/ (HTML or ?format=json) and /<lang>/search/suggest."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from .engines import get_engine
from .promotions import picks_for
from .query import MARK_END, MARK_START, plain_snippet
from .querylog import log_search

PER_PAGE = 10
MAX_PAGE = 1000  # deeper pages are not worth a query; nobody reads them
SUGGESTIONS = 6


def highlighted(snippet):
    """The snippet as HTML: escaped as a whole, then the match markers made <mark>."""
    html = escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped on the line above


def page_number(value):
    try:
        return min(max(1, int(value)), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


@require_safe
def search(request):
    locale = Locale.get_active()
    raw_query = request.GET.get("q", "")
    type_key = request.GET.get("type") or None
    requested_page = page_number(request.GET.get("page"))
    engine = get_engine(locale.language_code)
    results = engine.search(
        raw_query,
        locale,
        request=request,
        page=requested_page,
        per_page=PER_PAGE,
        type_key=type_key,
    )
    # Counted once per search, not again for each further page or filter.
    if results.query and requested_page == 1 and not type_key:
        log_search(locale, results.query, results.total)

    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "results": [
                    {
                        "title": hit.title,
                        "url": hit.url,
                        "type": hit.type_label,
                        "snippet": plain_snippet(hit.snippet),
                    }
                    for hit in results.hits
                ],
                "count": results.total,
            },
            json_dumps_params={"ensure_ascii": False},
        )

    for hit in results.hits:
        hit.snippet_html = highlighted(hit.snippet)
    context = {
        "search_query": results.query,
        "results": results,
        "picks": picks_for(results.query, locale, request) if results.page == 1 else [],
        "type_links": type_links(results, type_key),
        "first_number": (results.page - 1) * results.per_page + 1,
        **pagination_links(results, type_key),
    }
    return render(request, "search/search.html", context)


def search_url(query, type_key=None, page=1):
    params = {"q": query}
    if type_key:
        params["type"] = type_key
    if page > 1:
        params["page"] = page
    return "?" + urlencode(params)


def type_links(results, type_key):
    """ "All" and one link per content type with its count; the current one marked."""
    if not results.type_counts:
        return []
    counts = sorted(results.type_counts, key=lambda c: (-c.count, c.label))
    links = [
        {
            "label": _("All"),
            "count": sum(c.count for c in counts),
            "url": search_url(results.query),
            "current": not type_key,
        }
    ]
    links += [
        {
            "label": c.label,
            "count": c.count,
            "url": search_url(results.query, c.key),
            "current": c.key == type_key,
        }
        for c in counts
    ]
    return links


def pagination_links(results, type_key):
    if results.num_pages <= 1:
        return {"page_links": [], "previous_url": None, "next_url": None}
    paginator = Paginator(range(results.total), results.per_page)
    page_links = [
        {
            "number": number,
            "url": search_url(results.query, type_key, number)
            if number != Paginator.ELLIPSIS
            else None,
            "current": number == results.page,
        }
        for number in paginator.get_elided_page_range(results.page, on_each_side=2, on_ends=1)
    ]
    return {
        "page_links": page_links,
        "previous_url": search_url(results.query, type_key, results.page - 1)
        if results.page > 1
        else None,
        "next_url": search_url(results.query, type_key, results.page + 1)
        if results.page < results.num_pages
        else None,
    }


@require_safe
def suggest(request):
    """Titles for the words typed so far, for the search box's suggestion list."""
    locale = Locale.get_active()
    results = get_engine(locale.language_code).search(
        request.GET.get("q", ""), locale, request=request, per_page=SUGGESTIONS
    )
    return JsonResponse(
        {
            "suggestions": [
                {"title": hit.title, "url": hit.url, "type": hit.type_label} for hit in results.hits
            ]
        },
        json_dumps_params={"ensure_ascii": False},
    )
