from django.apps import AppConfig


class MunicipalSiteConfig(AppConfig):
    name = "municipal_site"
    verbose_name = "Municipal site"

    def ready(self):
        from municipal_site import admin_scripts

        admin_scripts.give_chooser_scripts_the_nonce()
