"""Alerts in the admin: their own menu item, since editors reach for them in a hurry."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Alert


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("severity", label=_("severity"), accessor="get_severity_display"),
        "starts_at",
        "ends_at",
        Column("page", label=_("covers"), accessor="covered_title"),
    ]
    list_filter = ["severity"]
    ordering = ["-starts_at"]


register_snippet(AlertViewSet)
