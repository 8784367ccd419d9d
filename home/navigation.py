"""What the header and footer need about the page tree, in few queries.

Each function caches its answer on the request, so the header, the footer and
the <head> share one lookup per request, however large the site grows; and,
with the page cache on, in Django's cache under the content generation
(home.pagecache), so a page rendered after a change looks them up once per
site and language, not once per page view. Only live content is kept there:
what a preview shows of its own draft is added per request.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, F, OuterRef, Q, Subquery
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.models import OrganisationDetails, SiteSettings
from home.models.settings import UntranslatedPages
from home.pagecache.middleware import generation_cached
from home.querysets import localized_pages, public_pages
from home.translation.status import is_outdated


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: links to that language's home page, or the original page
    hreflang: str = ""  # the language of the page linked to
    to_original: bool = False  # links to the original page with a notice in `code`


def _cached(request, key, compute):
    cache = request.__dict__.setdefault("_navigation_cache", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _shared(request, name, compute):
    """compute() once per request, and once per content generation and site."""
    site = Site.find_for_request(request)
    return _cached(
        request,
        name,
        lambda: generation_cached(request, f"nav:{site.pk if site else 0}:{name}", compute),
    )


def _language_versions(request, page):
    """The live home page of each language and the live translations of `page`,
    fetched together: {"roots": {code: page}, "translations": {code: page},
    "settings": the site's translation settings}.

    The same query brings the site settings the switcher and the notices
    depend on, and for each version when wagtail-localize last synced its
    source (None for translations it does not manage), so the notices cost
    no query of their own. Pages that apps show around `page` come with them too
    (the "navigation_pages" hook: a function of the page returning {name: Q}, e.g.
    home/easyread's easy-read version of the page): {"extra": {name: [page, …]}}."""

    def compute():
        extra = {
            name: q for fn in hooks.get_hooks("navigation_pages") for name, q in fn(page).items()
        }
        versions = {
            "roots": {},
            "translations": {},
            "settings": TranslationSettings(),
            "extra": {name: [] for name in extra},
        }
        site = Site.find_for_request(request)
        if site is None:
            return versions
        root_key = Subquery(Page.objects.filter(pk=site.root_page_id).values("translation_key"))
        condition = Q(translation_key=root_key)
        if page is not None:
            condition |= Q(translation_key=page.translation_key)
        # The versions themselves, told apart from what the apps asked for (a second
        # site's home page as an app's page must not count as this language's root).
        own = condition
        for wanted in extra.values():
            condition |= wanted
        site_settings = SiteSettings.objects.filter(site=site)
        synced = Translation.objects.filter(
            enabled=True,
            source__object_id=OuterRef("translation_key"),
            source__locale__language_code=settings.LANGUAGE_CODE,
            target_locale_id=OuterRef("locale_id"),
        )
        queryset = (
            Page.objects.filter(condition)
            .live()
            .select_related("locale")
            .annotate(
                synced_at=Subquery(synced.values("source__last_updated_at")[:1]),
                untranslated_pages=Subquery(site_settings.values("untranslated_pages")[:1]),
                show_outdated_notice=Subquery(site_settings.values("show_outdated_notice")[:1]),
                is_version=ExpressionWrapper(own, output_field=BooleanField()),
                **{
                    f"extra_{name}": ExpressionWrapper(wanted, output_field=BooleanField())
                    for name, wanted in extra.items()
                },
            )
        )
        for version in queryset:
            if version.untranslated_pages is not None:
                versions["settings"] = TranslationSettings(
                    version.untranslated_pages, version.show_outdated_notice
                )
            code = version.locale.language_code
            if page is not None and version.translation_key == page.translation_key:
                versions["translations"][code] = version
            if version.is_version and version.depth == 2:
                versions["roots"][code] = version
            for name in extra:
                if getattr(version, f"extra_{name}"):
                    versions["extra"][name].append(version)
        return versions

    if page is not None and page.pk is None:  # a new page's preview: nothing to share
        return _cached(request, ("versions", None), compute)
    return _shared(request, f"versions:{page.pk if page else 0}", compute)


def locale_roots(request, page=None):
    """The live home page of each language of the current site, by language code."""
    return _language_versions(request, page)["roots"]


def extra_pages(request, page, name):
    """The live pages the "navigation_pages" hook's `name` asks for around `page`."""
    return _language_versions(request, page)["extra"].get(name, [])


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
    to_original = (
        page is not None
        and versions["settings"].untranslated_pages == UntranslatedPages.SOURCE_PAGE
        and page.pk in {p.pk for p in versions["translations"].values()}
    )
    links = []
    for code, name in settings.LANGUAGES:
        target = versions["translations"].get(code)
        is_translation = target is not None
        url = target.get_url(request) if target is not None else None
        hreflang = code
        if target is None and to_original:
            # The site shows the page in its own language, with a notice in the visitor's.
            url = page.get_url(request) + "?" + urlencode({UNTRANSLATED_PARAMETER: code})
            hreflang = current
        elif target is None:
            target = versions["roots"].get(code)
            if target is None:
                continue
            # The home page tells the visitor why they landed there (not_translated_notice).
            url = target.get_url(request)
            if page is not None and page.pk != target.pk:
                url += "?" + urlencode({NOT_TRANSLATED_PARAMETER: current})
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                is_translation=is_translation,
                hreflang=hreflang,
                to_original=target is None,
            )
        )
    return links


UNTRANSLATED_PARAMETER = "untranslated"
NOT_TRANSLATED_PARAMETER = "not_translated"


@dataclass
class TranslationSettings:
    """SiteSettings' translation fields; the defaults apply until the settings are saved."""

    untranslated_pages: str = UntranslatedPages.HOME_PAGE
    show_outdated_notice: bool = True


def translation_settings(request, page=None):
    return _language_versions(request, page)["settings"]


def untranslated_notice(request, page):
    """The language a visitor came from, when they followed the switcher to the
    original of a page not yet translated into their language; else None."""
    code = request.GET.get(UNTRANSLATED_PARAMETER)
    if not code or page is None or code not in dict(settings.LANGUAGES):
        return None
    if code in live_translations(request, page):
        return None
    versions = _language_versions(request, page)
    root = versions["roots"].get(code)
    return {
        "language": code,
        "language_name": dict(settings.LANGUAGES)[code],
        "home_url": root.get_url(request) if root else None,
    }


def not_translated_notice(request, page):
    """When the switcher brought a visitor to this home page because the page
    they were reading (in the language given) has no translation: that
    language's name, for a visible notice; else None."""
    code = request.GET.get(NOT_TRANSLATED_PARAMETER)
    languages = dict(settings.LANGUAGES)
    if not code or page is None or code not in languages or page.depth != 2:
        return None
    return {"from_language": code, "language_name": languages.get(get_language(), "")}


def outdated_notice(request, page):
    """When the original of this translation changed after the translation was
    last brought up to date: {"date": …, "original_url": …}; else None."""
    if page is None or not translation_settings(request, page).show_outdated_notice:
        return None
    translations = live_translations(request, page)
    source = translations.get(settings.LANGUAGE_CODE)
    this = next((v for v in translations.values() if v.pk == page.pk), None)
    if source is None or this is None or source.pk == page.pk:
        return None
    if not is_outdated(source.last_published_at, this.last_published_at, this.synced_at):
        return None
    return {
        "date": source.last_published_at,
        "original_url": source.get_url(request),
        "original_language": settings.LANGUAGE_CODE,
    }


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
        ).annotate(
            language=F("locale__language_code"),
            # The identity settings come with it (identity()), at no query of their own.
            logo_id=Subquery(SiteSettings.objects.filter(site=site).values("logo_id")[:1]),
            favicon_id=Subquery(SiteSettings.objects.filter(site=site).values("favicon_id")[:1]),
            theme_colour=Subquery(
                SiteSettings.objects.filter(site=site).values("theme_colour")[:1]
            ),
        )
        by_language = {o.language: o for o in candidates}
        return by_language.get(get_language()) or next(iter(by_language.values()), None)

    return _shared(request, f"organisation:{get_language()}", compute)


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

    return _shared(request, f"footer:{org.pk}:{get_language()}", compute)


def menu_items(request, root):
    """The live, public children of `root` shown in menus: [{title, url, pk, path}]."""

    def compute():
        return [
            {"title": item.title, "url": item.get_url(request), "pk": item.pk, "path": item.path}
            for item in public_pages(root.get_children().live().in_menu())
        ]

    return _shared(request, f"menu:{root.pk}", compute)


def ancestors(request, page):
    """The live ancestors of `page` below the tree's root: [{depth, title, url}]."""

    def compute():
        return [
            {"depth": a.depth, "title": a.title, "url": a.get_url(request)}
            for a in page.get_ancestors().filter(depth__gt=1).live()
        ]

    return _shared(request, f"ancestors:{page.path}", compute)


DEFAULT_THEME_COLOUR = "#0b4f8a"


def identity(request):
    """The logo, favicon and theme colour of the site: {"logo": rendition or
    None, "favicon": {size: rendition} or {}, "theme_colour": "#rrggbb"}.
    The images' renditions cost one query, and none when no image is set."""

    def compute():
        from wagtail.images import get_image_model

        org = organisation(request)
        logo_id = getattr(org, "logo_id", None)
        favicon_id = getattr(org, "favicon_id", None)
        result = {
            "logo": None,
            "favicon": {},
            "theme_colour": getattr(org, "theme_colour", None) or DEFAULT_THEME_COLOUR,
        }
        ids = [pk for pk in (logo_id, favicon_id) if pk]
        if ids:
            images = {
                image.pk: image
                for image in get_image_model()
                .objects.filter(pk__in=ids)
                .prefetch_renditions("height-96", "fill-32x32", "fill-180x180")
            }
            if logo_id in images:
                result["logo"] = images[logo_id].get_rendition("height-96")
            if favicon_id in images:
                result["favicon"] = {
                    size: images[favicon_id].get_rendition(f"fill-{size}x{size}")
                    for size in (32, 180)
                }
        return result

    return _cached(request, ("identity", get_language()), compute)
