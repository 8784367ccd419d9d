"""Admin additions: the report of pages whose review date has passed."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page, get_page_models

from home.models import BasePage


class ReviewDueReportView(PageReportView):
    page_title = _("Pages due for review")
    header_icon = "time"
    index_url_name = "review_due_report"
    index_results_url_name = "review_due_report_results"
    list_export = ["title", "review_due", "content_owner", "last_published_at"]
    export_headings = {"review_due": _("Review due on"), "content_owner": _("Responsible")}

    def get_queryset(self):
        today = timezone.localdate()
        due = Page.objects.none()
        for model in get_page_models():
            if issubclass(model, BasePage) and not model._meta.abstract:
                due = due | Page.objects.filter(
                    pk__in=model.objects.filter(review_due__lte=today).values("pk")
                )
        return due.order_by("path")


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
