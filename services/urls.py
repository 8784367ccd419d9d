"""The HSDS 3 API, mounted at /api/hsds/ by site/urls.py (outside the /<lang>/
prefix: the language is part of the API's own address). Paths are HSDS's
(docs/open-data.md), each list and detail with a trailing slash."""

from django.urls import path, re_path

from services import hsds_api as api

app_name = "hsds"


def list_and_detail(name, view_list, view_detail, kwarg):
    """…/<name>/ and …/<name>/<id>/, named <name> and <name>-detail."""
    return [
        path(f"<str:language>/{name}/", view_list, name=name),
        path(f"<str:language>/{name}/<str:{kwarg}>/", view_detail, name=f"{name}-detail"),
    ]


urlpatterns = [
    path("", api.index, name="index"),
    path("<str:language>/", api.root, name="root"),
    path("<str:language>/openapi.json", api.openapi, name="openapi"),
    *list_and_detail("services", api.service_list, api.service_detail, "service_id"),
    *list_and_detail(
        "organizations", api.organization_list, api.organization_detail, "organization_id"
    ),
    *list_and_detail("taxonomies", api.taxonomy_list, api.taxonomy_detail, "taxonomy_id"),
    *list_and_detail("taxonomy_terms", api.taxonomy_term_list, api.taxonomy_term_detail, "term_id"),
    *list_and_detail(
        "service_at_locations",
        api.service_at_location_list,
        api.service_at_location_detail,
        "link_id",
    ),
    # Anything else under /api/hsds/ is a JSON 404 (not the site's HTML one).
    re_path(r"^(?P<rest>.*)$", api.unknown),
]
