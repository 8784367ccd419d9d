"""What the header and footer need about the page tree, in few queries.

Each function caches its answer on the request, so the header, the footer and
the <head> share one lookup per request, however large the site grows.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Subquery
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.models import OrganisationDetails, SiteSettings


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: links to that language's home page instead


def _cached(request, key, compute):
    cache = request.__dict__.setdefault("_navigation_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def locale_roots(request):
    """The live home page of each language of the current site, by language code."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        source_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        roots = Page.objects.filter(translation_key=Subquery(source_key)).live()
        return {root.locale.language_code: root for root in roots.select_related("locale")}

    return _cached(request, "roots", compute)


def current_root(request):
    roots = locale_roots(request)
    return roots.get(get_language()) or roots.get(settings.LANGUAGE_CODE)


def live_translations(request, page):
    """The live versions of `page` in every language, by language code."""

    def compute():
        translations = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        )
        return {p.locale.language_code: p for p in translations}

    return _cached(request, ("translations", page.pk), compute)


def language_links(request, page=None):
    """One link per configured language: the page's translation where it is
    live, otherwise that language's home page; languages with neither are left out."""
    current = get_language()
    translations = live_translations(request, page) if page is not None else {}
    roots = locale_roots(request)
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        is_translation = target is not None
        if target is None:
            target = roots.get(code)
        if target is None:
            continue
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=target.get_url(request),
                is_current=code == current,
                is_translation=is_translation,
            )
        )
    return links


def organisation(request):
    """The organisation details in the visitor's language, else in the source language."""

    def compute():
        site_settings = SiteSettings.for_request(request)
        if site_settings.organisation_id is None:
            return None
        source_key = OrganisationDetails.objects.filter(pk=site_settings.organisation_id).values(
            "translation_key"
        )
        candidates = OrganisationDetails.objects.filter(
            translation_key=Subquery(source_key)
        ).select_related("locale")
        by_language = {o.locale.language_code: o for o in candidates}
        fallback = next(
            (o for o in by_language.values() if o.pk == site_settings.organisation_id), None
        )
        return by_language.get(get_language(), fallback)

    return _cached(request, ("organisation", get_language()), compute)


def footer_links(request, org):
    """The organisation's footer links, pointing at the visitor's language where possible."""
    if org is None:
        return []

    def compute():
        links = [block.value for block in org.footer_links]
        pages = [link["page"] for link in links if link["page"] is not None]
        keys = {page.translation_key for page in pages}
        localized = {
            p.translation_key: p
            for p in Page.objects.filter(
                translation_key__in=keys, locale__language_code=get_language()
            ).live()
        }
        result = []
        for link in links:
            page = link["page"]
            if page is None:
                continue
            target = localized.get(page.translation_key, page)
            result.append({"url": target.get_url(request), "label": link["label"] or target.title})
        return result

    return _cached(request, ("footer", org.pk), compute)
