"""sitemap.xml: every live page in every language, with its translations as alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q, Subquery
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from home.querysets import public_pages


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap covers the site root's own tree only; this one covers
    the tree of every language and adds xhtml:link alternates (hreflang) for
    the live translations of each page, plus x-default."""

    def items(self):
        site = self.get_wagtail_site()
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        roots = Page.objects.filter(translation_key=Subquery(root_key)).live()
        in_a_tree = Q(pk__in=[])
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        pages = Page.objects.filter(in_a_tree).live().select_related("locale").order_by("path")
        return public_pages(pages)

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        versions = defaultdict(dict)
        translations = Page.objects.filter(
            translation_key__in={item.translation_key for item in items}
        ).live()
        for version in public_pages(translations).select_related("locale"):
            versions[version.translation_key][version.locale.language_code] = version

        urls = []
        for item in items:
            live = versions[item.translation_key]
            alternates = [
                {"lang_code": code, "location": live[code].get_full_url(self.request)}
                for code, _name in settings.LANGUAGES
                if code in live
            ]
            if len(alternates) > 1 and settings.LANGUAGE_CODE in live:
                default = live[settings.LANGUAGE_CODE].get_full_url(self.request)
                alternates.append({"lang_code": "x-default", "location": default})
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
