"""Search in the admin: the query reports under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .admin_synonyms import SynonymViewSet
from .reports import FrequentQueriesView, ZeroResultQueriesView


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/searches/", FrequentQueriesView.as_view(), name="search_frequent_queries"),
        path(
            "reports/searches/without-results/",
            ZeroResultQueriesView.as_view(),
            name="search_zero_result_queries",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_frequent_queries_menu_item():
    return MenuItem(
        _("Frequent searches"), reverse("search_frequent_queries"), icon_name="search", order=800
    )


@hooks.register("register_reports_menu_item")
def register_zero_result_queries_menu_item():
    return MenuItem(
        _("Searches without results"),
        reverse("search_zero_result_queries"),
        icon_name="search",
        order=801,
    )


register_snippet(SynonymViewSet)
