"""What the header and footer need about the page tree, in few queries.

Each function caches its answer on the request, so the header, the footer and
the <head> share one lookup per request, however large the site grows.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Q, Subquery
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.models import OrganisationDetails, SiteSettings
from home.querysets import localized_pages


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


def _language_versions(request, page):
    """The live home page of each language and the live translations of `page`,
    fetched together: {"roots": {code: page}, "translations": {code: page}}."""

    def compute():
        versions = {"roots": {}, "translations": {}}
        site = Site.find_for_request(request)
        if site is None:
            return versions
        root_key = Subquery(Page.objects.filter(pk=site.root_page_id).values("translation_key"))
        condition = Q(translation_key=root_key)
        if page is not None:
            condition |= Q(translation_key=page.translation_key)
        for version in Page.objects.filter(condition).live().select_related("locale"):
            code = version.locale.language_code
            if page is not None and version.translation_key == page.translation_key:
                versions["translations"][code] = version
            if version.depth == 2:
                versions["roots"][code] = version
        return versions

    return _cached(request, ("versions", page.pk if page else None), compute)


def locale_roots(request, page=None):
    """The live home page of each language of the current site, by language code."""
    return _language_versions(request, page)["roots"]


def current_root(request, page=None):
    roots = locale_roots(request, page)
    return roots.get(get_language()) or roots.get(settings.LANGUAGE_CODE)


def live_translations(request, page):
    """The live versions of `page` in every language, by language code."""
    return _language_versions(request, page)["translations"]


def language_links(request, page=None):
    """One link per configured language: the page's translation where it is
    live, otherwise that language's home page; languages with neither are left out."""
    current = get_language()
    versions = _language_versions(request, page)
    links = []
    for code, name in settings.LANGUAGES:
        target = versions["translations"].get(code)
        is_translation = target is not None
        if target is None:
            target = versions["roots"].get(code)
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
        # The settings row, the chosen snippet and its translation in one query.
        site = Site.find_for_request(request)
        chosen = SiteSettings.objects.filter(site=site).values("organisation_id")
        source_key = OrganisationDetails.objects.filter(pk__in=chosen).values("translation_key")
        candidates = OrganisationDetails.objects.filter(
            Q(pk__in=chosen)
            | Q(translation_key__in=source_key, locale__language_code=get_language())
        ).annotate(language=F("locale__language_code"))
        by_language = {o.language: o for o in candidates}
        return by_language.get(get_language()) or next(iter(by_language.values()), None)

    return _cached(request, ("organisation", get_language()), compute)


def footer_links(request, org):
    """The organisation's footer links, pointing at the visitor's language where possible."""
    if org is None:
        return []

    def compute():
        links = [item["value"] for item in org.footer_links.raw_data if item.get("type") == "link"]
        targets = localized_pages([link.get("page") for link in links], get_language())
        return [
            {"url": target.get_url(request), "label": link.get("label") or target.title}
            for link in links
            if (target := targets.get(link.get("page"))) is not None
        ]

    return _cached(request, ("footer", org.pk), compute)
