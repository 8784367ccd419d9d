"""WAGTAILSEARCH_BACKENDS for the project, built from the environment (settings/base.py).

- "default": what the admin searches with: Wagtail's database backend, or the
  cluster when ELASTICSEARCH_URL is set.
- "site": our language-aware database index (search/backends/database.py). It is
  always kept up to date, so citizen search can answer from it whenever the
  cluster cannot.
- "site_<lang>": with ELASTICSEARCH_URL, one index per content language holding
  only that language's pages, analysed with that language's analyzer
  (search/backends/elasticsearch.py).

The cluster's kind picks one of Wagtail 8's own backends: from the URL's
scheme ("opensearch3+https://search.example:9200", "elasticsearch9+http://…")
or, for a plain http(s) URL, from ELASTICSEARCH_BACKEND (default
"elasticsearch8"). Its client is an optional extra: `pip install .[elasticsearch]`
or `.[opensearch]`.

Kept free of Django imports: settings modules load it before apps are ready.
"""

SITE_BACKEND = "site"

# Kind of cluster → Wagtail's backend module for it.
FLAVOURS = {
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
DEFAULT_FLAVOUR = "elasticsearch8"


def elasticsearch_backend_name(language_code):
    return f"{SITE_BACKEND}_{language_code}"


def parse_cluster_url(url, flavour=""):
    """(flavour, URL for the client) from "opensearch3+https://host:9200" or a plain
    URL and the configured flavour. An unknown kind is a configuration error, said
    at start-up rather than at the first search."""
    scheme, separator, rest = url.partition("://")
    kind, plus, transport = scheme.partition("+")
    if plus and separator:
        flavour, url = kind, f"{transport}://{rest}"
    flavour = (flavour or DEFAULT_FLAVOUR).lower()
    if flavour not in FLAVOURS:
        raise ValueError(
            f"Unknown search cluster kind {flavour!r} (ELASTICSEARCH_URL / ELASTICSEARCH_BACKEND);"
            f" choose from {', '.join(FLAVOURS)}."
        )
    return flavour, url


def search_backends(languages, elasticsearch_url="", index_prefix="municipal", flavour=""):
    backends = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        SITE_BACKEND: {"BACKEND": "search.backends.database"},
    }
    if elasticsearch_url:
        flavour, url = parse_cluster_url(elasticsearch_url, flavour)
        backends["default"] = {
            "BACKEND": FLAVOURS[flavour],
            "URLS": [url],
            "INDEX_PREFIX": f"{index_prefix}_",
        }
        for language in languages:
            backends[elasticsearch_backend_name(language)] = {
                "BACKEND": "search.backends.elasticsearch",
                "FLAVOUR": flavour,
                "URLS": [url],
                "INDEX_PREFIX": f"{index_prefix}_{language}_",
                "LANGUAGE": language,
                # Citizens wait for this at most; then the database answers.
                "TIMEOUT": 3,
            }
    return backends
