"""Admin additions: the report of pages whose review date has passed, the
dashboard panel of an editor's own pages due soon, the short description's
character counter and the workflow's names in the editor's language."""

import datetime

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import PageReportView

from home import review
from home.editing import workflows


class ReviewDueReportView(PageReportView):
    page_title = _("Pages due for review")
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    results_template_name = "home/admin/review_due_results.html"
    list_export = ["title", "review_due", "owner", "content_owner", "reviewed_on"]
    export_headings = {
        "review_due": _("Review due on"),
        "owner": _("Owner"),
        "content_owner": _("Responsible unit"),
        "reviewed_on": _("Last reviewed on"),
    }

    def get_queryset(self):
        return review.pages_due_for_review(timezone.localdate()).select_related("owner")

    def decorate_paginated_queryset(self, object_list):
        # The review fields live on each page type's table: one query per type.
        return object_list.specific()


class ReviewDuePanel(Component):
    """On the dashboard: the editor's own pages due for review in the next 30 days."""

    name = "review_due"
    order = 150
    template_name = "home/admin/review_due_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        until = timezone.localdate() + datetime.timedelta(days=review.SOON_DAYS)
        pages = review.pages_due_for_review(until).filter(owner=self.user)
        return {
            "pages": sorted(pages.specific(), key=lambda page: page.review_due)[:20],
            "days": review.SOON_DAYS,
            "report_url": reverse("review_due_report"),
            "today": timezone.localdate(),
        }


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    panels.append(ReviewDuePanel(request.user))


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():
    return MenuItem(
        _("Pages due for review"), reverse("review_due_report"), icon_name="time", order=700
    )


@hooks.register("register_admin_urls")
def register_review_due_url():
    return [
        path("reports/review-due/", ReviewDueReportView.as_view(), name="review_due_report"),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]


@hooks.register("insert_editor_js")
def character_count_js():
    return format_html('<script src="{}"></script>', static("home/admin/character-count.js"))


hooks.register("construct_page_action_menu", workflows.localize_action_menu)
