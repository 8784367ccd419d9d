from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "home.translation"
    label = "translation"
    verbose_name = _("Translator workflow")

    def ready(self):
        from home.translation import signals

        signals.connect()
