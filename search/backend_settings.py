"""WAGTAILSEARCH_BACKENDS for the project, built from the environment (settings/base.py).

- "default": what the admin searches with: Wagtail's database backend, or
  Elasticsearch 8 when ELASTICSEARCH_URL is set.
- "site": our language-aware database index (search/backends/database.py). It is
  always kept up to date, so citizen search can answer from it whenever
  Elasticsearch cannot.
- "site_<lang>": with ELASTICSEARCH_URL, one Elasticsearch index per content
  language holding only that language's pages, analysed with that language's
  analyzer (search/backends/elasticsearch.py).

Kept free of Django imports: settings modules load it before apps are ready.
"""

SITE_BACKEND = "site"


def elasticsearch_backend_name(language_code):
    return f"{SITE_BACKEND}_{language_code}"


def search_backends(languages, elasticsearch_url="", index_prefix="municipal"):
    backends = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        SITE_BACKEND: {"BACKEND": "search.backends.database"},
    }
    if elasticsearch_url:
        backends["default"] = {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": f"{index_prefix}_",
        }
        for language in languages:
            backends[elasticsearch_backend_name(language)] = {
                "BACKEND": "search.backends.elasticsearch",
                "URLS": [elasticsearch_url],
                "INDEX_PREFIX": f"{index_prefix}_{language}_",
                "LANGUAGE": language,
                # Citizens wait for this at most; then the database answers.
                "TIMEOUT": 3,
            }
    return backends
