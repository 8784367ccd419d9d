"""Alerts: time-limited notices (an outage, a closure, a danger) shown above the
content of the pages they cover, and published as open data (Atom, CAP 1.2)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "home.alerts"
    label = "alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"
