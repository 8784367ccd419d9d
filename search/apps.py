from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "site_search"
    verbose_name = _("Site search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.models import Locale

        from .extraction import forget_locales

        # The indexer caches locales by id; a change to them empties the cache.
        post_save.connect(forget_locales, sender=Locale, dispatch_uid="site_search_locales")
        post_delete.connect(forget_locales, sender=Locale, dispatch_uid="site_search_locales_del")

        from .backends.database import uncount_cascaded_row
        from .models import IndexedDocument

        pre_delete.connect(
            uncount_cascaded_row, sender=IndexedDocument, dispatch_uid="site_search_statistics"
        )

        from wagtail.signals import page_published

        from .signals import reindex_published_page

        page_published.connect(reindex_published_page, dispatch_uid="site_search_published")

        from .models import Synonym
        from .signals import synonyms_changed

        post_save.connect(
            synonyms_changed, sender=Synonym, dispatch_uid="site_search_synonym_saved"
        )
        post_delete.connect(
            synonyms_changed, sender=Synonym, dispatch_uid="site_search_synonym_deleted"
        )

        from wagtail.models import CollectionViewRestriction

        from .signals import collection_privacy_changed

        for signal in (post_save, post_delete):
            signal.connect(
                collection_privacy_changed,
                sender=CollectionViewRestriction,
                dispatch_uid=f"site_search_collection_privacy_{signal is post_save}",
            )
