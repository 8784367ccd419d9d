"""The page feedback report under Reports, for those allowed to read visitors' comments."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import PERMISSION, FeedbackReportView


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_feedback_report_url():
    return [path("reports/feedback/", FeedbackReportView.as_view(), name="feedback_report")]


@hooks.register("register_reports_menu_item")
def register_feedback_menu_item():
    return FeedbackMenuItem(
        _("Page feedback"), reverse("feedback_report"), icon_name="help", order=802
    )
