"""Easy-read versions of pages (Leichte Sprache, selkokieli, let læst): written by
editors, linked from the page they explain and from the header, listed per language."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EasyReadConfig(AppConfig):
    name = "home.easyread"
    label = "easyread"
    verbose_name = _("Easy read")
    default_auto_field = "django.db.models.BigAutoField"
