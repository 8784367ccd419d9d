"""The directory's site settings: which location is the main office."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class ServiceSettings(BaseSiteSetting):
    main_office = models.ForeignKey(
        "services.ServiceLocation",
        verbose_name=_("main office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Its opening hours for today are shown on the home page, in the visitor's "
            "language where the location is translated."
        ),
    )

    panels = [FieldPanel("main_office")]

    class Meta:
        verbose_name = _("service directory settings")
