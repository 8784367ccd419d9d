from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormPagesConfig(AppConfig):
    """Form pages editors build (wagtail.contrib.forms): contact, "report a problem"."""

    name = "home.forms"
    label = "formpages"
    verbose_name = _("Form pages")
    default_auto_field = "django.db.models.BigAutoField"
