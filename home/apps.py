from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site structure")

    def ready(self):
        from home.editing import chooser_locale, dates

        dates.register()
        chooser_locale.offer_the_asked_locale_only()
