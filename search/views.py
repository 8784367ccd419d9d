"""The citizen's search: /<lang>/search/ (HTML or ?format=json) and /<lang>/search/suggest."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info, override
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from home.pagination import page_links

from .engines import get_engine
from .facets import FacetTerms, facet_labels, facet_options
from .promotions import picks_for
from .query import count_limit, counts_in
from .querylog import count_synonyms, log_search
from .ranking import MARK_END, MARK_START, plain_snippet

PER_PAGE = 10
MAX_PAGE = 100  # deeper pages are not worth a query (query.COUNT_LIMIT); nobody reads them
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
    terms = FacetTerms(locale.language_code)
    # Unknown values are left out and named, as in the service directory: a
    # search is worth showing even when a filter in an old link is gone.
    chosen, ignored_filters = terms.parse(request.GET)
    as_json = request.GET.get("format") == "json"
    engine = get_engine(locale.language_code, facets=bool(chosen))
    results = engine.search(
        raw_query,
        locale,
        request=request,
        page=requested_page,
        per_page=PER_PAGE,
        type_key=type_key,
        facets=[term.value for term in chosen],
        count_facets=not as_json,
    )
    # Counted once per search, not again for each further page or filter.
    if results.query and requested_page == 1 and not type_key and not chosen:
        log_search(locale, results.query, results.total)
        count_synonyms(results.fired_synonyms)

    dead_end = bool(results.query) and not results.total and not results.no_words
    elsewhere = other_languages(results.query, locale) if dead_end else []
    if as_json:
        return JsonResponse(
            {
                "other_languages": elsewhere,
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
                # The count is a lower bound: counting stopped (query.COUNT_LIMIT).
                "count_partial": results.count_partial,
            },
            json_dumps_params={"ensure_ascii": False},
        )

    for hit in results.hits:
        hit.snippet_html = highlighted(hit.snippet)
    facet_params = [(term.facet, term.slug) for term in chosen]
    context = {
        "search_query": results.query,
        "results": results,
        "picks": picks_for(results.query, locale, request) if results.page == 1 else [],
        "type_links": type_links(results, type_key, facet_params),
        "facet_groups": facet_groups(results, type_key, chosen, terms),
        "ignored_filters": ignored_filters,
        "other_languages": elsewhere,
        "first_number": (results.page - 1) * results.per_page + 1,
        **pagination_links(results, type_key, facet_params),
    }
    return render(request, "search/search.html", context)


def other_languages(query, locale):
    """[{language, name, count, url}] for the site's other languages in which the
    query finds pages: a search without results is not a dead end."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    found = []
    others = Locale.objects.filter(language_code__in=codes).exclude(pk=locale.pk)
    for other, count in counts_in(query, others).items():
        if count:
            with override(other.language_code):
                url = reverse("search:search") + "?" + urlencode({"q": query})
            found.append(
                {
                    "language": other.language_code,
                    "name": get_language_info(other.language_code)["name_translated"],
                    "count": count,
                    "url": url,
                }
            )
    return found


def search_url(query, type_key=None, page=1, facets=()):
    """The search's address; `facets` are (parameter, slug) pairs."""
    params = [("q", query)]
    if type_key:
        params.append(("type", type_key))
    params += facets
    if page > 1:
        params.append(("page", page))
    return "?" + urlencode(params)


def facet_groups(results, type_key, chosen, terms):
    """A heading and links per facet: each value found among the results with its
    count, adding it to the filters; the chosen ones marked, each with a link that
    removes it (shown even when nothing is found, so a filter is never a dead end)."""
    if not results.query or not (results.facet_counts or chosen):
        return []
    params = [(term.facet, term.slug) for term in chosen]

    def links(options):
        found = []
        for option in options:
            param = (option.term.facet, option.term.slug)
            others = [p for p in params if p != param]
            found.append(
                {
                    "label": option.term.name,
                    "count": option.count,
                    "current": option.current,
                    "url": search_url(results.query, type_key, facets=[*others, param]),
                    "remove_url": search_url(results.query, type_key, facets=others)
                    if option.current
                    else None,
                    "children": links(option.children),
                }
            )
        return found

    options = facet_options(results.facet_counts, chosen, terms.by_value, terms.language)
    labels = facet_labels()
    return [
        {"name": facet, "label": labels[facet], "links": links(group)}
        for facet, group in options.items()
        if group
    ]


def type_links(results, type_key, facets=()):
    """ "All" and one link per content type with its count; the current one marked."""
    if not results.type_counts:
        return []
    counts = sorted(results.type_counts, key=lambda c: (-c.count, c.label))
    links = [
        {
            "label": _("All"),
            "count": min(sum(c.count for c in counts), count_limit()),
            "url": search_url(results.query, facets=facets),
            "current": not type_key,
        }
    ]
    links += [
        {
            "label": c.label,
            "count": c.count,
            "url": search_url(results.query, c.key, facets=facets),
            "current": c.key == type_key,
        }
        for c in counts
    ]
    return links


def pagination_links(results, type_key, facets=()):
    """The results' page links (home/includes/pagination.html); the engine has
    already chosen the page, so the paginator only numbers them."""
    paginator = Paginator(range(results.shown), results.per_page)
    page = paginator.get_page(results.page)
    return page_links(paginator, page, lambda n: search_url(results.query, type_key, n, facets))


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
