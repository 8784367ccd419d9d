"""Where a citizen's query is answered: our database index, or Elasticsearch.

`get_engine()` picks Elasticsearch for the active language when
ELASTICSEARCH_URL configured a backend for it, else the language-aware
database index. If Elasticsearch fails (down, timeout, bad answer), the
database index answers and a warning is logged: citizens never see a 500
because a search cluster is away. Wagtail's stock database backend is here too,
so the benchmark compares both through the same view.
"""

import logging

from django.conf import settings
from django.utils.text import Truncator
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from . import content_types, query, snippets
from .backend_settings import elasticsearch_backend_name
from .query import Hit, Results
from .ranking import MARK_END, MARK_START

logger = logging.getLogger(__name__)


def summary_snippet(text, words=30):
    return Truncator(text or "").words(words, truncate=" …")


class DatabaseEngine:
    """Our index: language-aware analysis, compounds, typos, highlighted snippets."""

    name = "database"

    def search(
        self,
        raw_query,
        locale,
        *,
        request=None,
        page=1,
        per_page=10,
        type_key=None,
        facets=(),
        count_facets=False,
    ):
        content_type = content_types.content_type_for_key(type_key)
        results, rows = query.search(
            raw_query,
            locale,
            page=page,
            per_page=per_page,
            content_type_id=content_type.pk if content_type else None,
            facets=facets,
            count_facets=count_facets,
        )
        results.type_counts = [
            content_types_count(ct_id, count) for ct_id, count in dict(results.type_counts).items()
        ]
        results.hits = self.hits(rows, request)
        return results

    def hits(self, rows, request):
        page_ids = [row[0] for row in rows if row[0] is not None]
        document_ids = [row[1] for row in rows if row[1] is not None]
        # A page's URL needs only its path in the tree of URLs.
        pages = Page.objects.only("id", "url_path").in_bulk(page_ids) if page_ids else {}
        documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
        hits = []
        for page_id, document_id, content_type_id, title, date, text, from_summary in rows:
            if page_id is not None:
                target = pages.get(page_id)
                url = target.get_url(request) if target else None
            else:
                target = documents.get(document_id)
                url = target.url if target else None
            if not url:
                continue  # deleted or unroutable since the query started
            content_type = content_types.by_id(content_type_id)
            hits.append(
                Hit(
                    title=title,
                    url=url,
                    type_key=content_types.type_key(content_type),
                    type_label=content_types.type_label(content_type),
                    snippet=snippets.snippet(text, from_summary),
                    date=date,
                )
            )
        return hits


def content_types_count(content_type_id, count):
    content_type = content_types.by_id(content_type_id)
    return query.TypeCount(
        key=content_types.type_key(content_type),
        label=content_types.type_label(content_type),
        count=count,
    )


class WagtailBackendEngine:
    """Any Wagtail search backend over the live, public pages of the active language.

    Used for Elasticsearch and, in the benchmark, for Wagtail's stock database
    backend. Snippets are the page's summary, highlighted in Python. Facets
    (search/facets.py) live only in our index: this engine counts none, and
    get_engine() sends searches filtered by them to the DatabaseEngine.
    """

    def __init__(self, backend_name):
        self.name = backend_name
        self.backend = get_search_backend(backend_name)

    def search(
        self,
        raw_query,
        locale,
        *,
        request=None,
        page=1,
        per_page=10,
        type_key=None,
        facets=(),
        count_facets=False,
    ):
        if facets:
            # Never silently unfiltered: FallbackEngine answers from the database.
            raise ValueError("Facet filters need the database index; see get_engine().")
        text = query.clean_text(raw_query)
        results = Results(query=text, page=page, per_page=per_page)
        if not text:
            return results
        pages = Page.objects.live().public().filter(locale=locale)
        counts = self.backend.search(text, pages).facet("content_type_id")
        # In any order: the view sorts them.
        results.type_counts = [
            content_types_count(ct_id, count) for ct_id, count in counts.items() if count
        ]
        content_type = content_types.content_type_for_key(type_key)
        if content_type is not None:
            pages = pages.filter(content_type=content_type)
        found = self.backend.search(text, pages)
        results.total = found.count()
        results.page = min(max(1, page), results.num_pages)
        start = (results.page - 1) * per_page
        specific = [p.specific for p in found[start : start + per_page]]
        words = [w.lower() for w in text.split() if len(w) > 2]
        results.hits = [
            Hit(
                title=p.title,
                url=p.get_url(request),
                type_key=content_types.type_key(p.cached_content_type),
                type_label=content_types.type_label(p.cached_content_type),
                snippet=mark_words(summary_snippet(getattr(p, "summary", "")), words),
                date=getattr(p, "date", None),
            )
            for p in specific
        ]
        return results


def mark_words(text, words):
    marked = []
    for token in text.split(" "):
        if any(w in token.lower() for w in words):
            token = MARK_START + token + MARK_END
        marked.append(token)
    return " ".join(marked)


class FallbackEngine:
    """Elasticsearch first; the database index when Elasticsearch cannot answer."""

    def __init__(self, primary, fallback):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    def search(self, raw_query, locale, **kwargs):
        try:
            return self.primary.search(raw_query, locale, **kwargs)
        except Exception:  # noqa: BLE001 - any failure of the cluster, not of the citizen
            logger.warning(
                "Search backend %r failed; answering from the database index.",
                self.primary.name,
                exc_info=True,
            )
            return self.fallback.search(raw_query, locale, **kwargs)


def get_engine(language_code, *, facets=False):
    """The engine for a language (settings.SITE_SEARCH_ENGINE overrides, for benchmarks).

    A search filtered by facets goes to our index whatever is configured: the
    facets are stored there only (search/facets.py), and Elasticsearch's
    results could not be filtered by them."""
    if facets:
        return DatabaseEngine()
    forced = getattr(settings, "SITE_SEARCH_ENGINE", None)
    if forced:
        return DatabaseEngine() if forced == "database" else WagtailBackendEngine(forced)
    backend_name = elasticsearch_backend_name(language_code)
    if backend_name in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}):
        try:
            primary = WagtailBackendEngine(backend_name)
        except Exception:  # noqa: BLE001 - a broken configuration must not break search
            logger.warning("Search backend %r unusable; using the database.", backend_name)
            return DatabaseEngine()
        return FallbackEngine(primary, DatabaseEngine())
    return DatabaseEngine()
