from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = _("Site search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from .extraction import forget_locales

        # The indexer caches locales by id; a change to them empties the cache.
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="site_search_locales")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="site_search_locales_del")

        from wagtail.signals import page_published

        from .signals import reindex_published_page

        page_published.connect(reindex_published_page, dispatch_uid="site_search_published")
