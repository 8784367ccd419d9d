"""Which locale a Translators group translates into.

The link is data, not the group's name, so renaming "Translators (Danish)"
in the admin keeps the group scoped to Danish.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class TranslatorGroup(models.Model):
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="translator_scope"
    )
    locale = models.OneToOneField(
        Locale, verbose_name=_("locale"), on_delete=models.CASCADE, related_name="translators"
    )

    class Meta:
        verbose_name = _("translators group")
        verbose_name_plural = _("translators groups")

    def __str__(self):
        return self.group.name
