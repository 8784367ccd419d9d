"""Load the demo county's pages, snippets and settings in every language.

Idempotent: what exists already (matched by translation key and locale) is left
alone, so editors' changes survive a re-run; only what is missing is created.

Each app may have a `demo_content` module with:
- PAGES: page specs ({"key", "type", "parent", "in_menu", "fields", "content": {lang: {...}}});
  a field value may be a callable taking the Locale, evaluated when the page is created;
  "body" items are ("h2", text) or ("p", html) pairs;
- load_snippets(locales, translation_key): creates what its pages refer to, before the pages.
"""

import importlib
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home import demo_content
from home.keys import translation_key
from home.models import OrganisationDetails, SiteSettings

DEMO_APPS = ["home", "news", "services"]


def stream(items):
    return [
        ("heading", {"text": text, "level": "h2"}) if kind == "h2" else ("paragraph", text)
        for kind, text in items
    ]


def demo_modules():
    for app in DEMO_APPS:
        try:
            yield importlib.import_module(f"{app}.demo_content")
        except ModuleNotFoundError:
            continue


class Command(BaseCommand):
    help = "Create the demo county's content in every configured language (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        self.created = 0
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _name in settings.LANGUAGES
        }
        modules = list(demo_modules())
        for module in modules:
            if hasattr(module, "load_snippets"):
                self.created += module.load_snippets(locales, translation_key) or 0
        for module in modules:
            for spec in getattr(module, "PAGES", []):
                self.load_page(spec, locales)
        self.point_site_at_home(locales)
        self.load_organisation(locales)
        self.stdout.write(f"Demo content ready ({self.created} objects created).")

    def load_page(self, spec, locales):
        model = apps.get_model(spec["type"])
        key = translation_key(spec["key"])
        for code, content in spec["content"].items():
            locale = locales.get(code)
            if locale is None or Page.objects.filter(translation_key=key, locale=locale).exists():
                continue
            if spec["parent"] is None:
                parent = Page.get_first_root_node()
            else:
                parent = Page.objects.filter(
                    translation_key=translation_key(spec["parent"]), locale=locale
                ).first()
                if parent is None:
                    continue
            fields = {**spec.get("fields", {}), **content}
            if "body" in fields:
                fields["body"] = stream(fields["body"])
            fields = {
                name: value(locale) if callable(value) else value for name, value in fields.items()
            }
            page = model(
                show_in_menus=spec.get("in_menu", False),
                locale=locale,
                translation_key=key,
                **fields,
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1

    def point_site_at_home(self, locales):
        home = Page.objects.get(
            translation_key=translation_key("home"), locale=locales[settings.LANGUAGE_CODE]
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True)
        if site.root_page_id != home.pk:
            # Full URLs (canonical, hreflang, sitemap) use the site's host: take it
            # from WAGTAILADMIN_BASE_URL the first time; editors may change it later.
            base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL or "http://localhost")
            site.hostname = base_url.hostname
            site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
            old_root = site.root_page if site.root_page_id else None
            site.root_page = home
            site.site_name = demo_content.ORGANISATION[settings.LANGUAGE_CODE]["name"]
            site.save()
            # Wagtail's placeholder "Welcome" page, replaced by our home page.
            if old_root and old_root.specific_class is Page and not old_root.get_children():
                old_root.delete()
            self.created += 1

    def load_organisation(self, locales):
        key = translation_key("organisation")
        for code, details in demo_content.ORGANISATION.items():
            locale = locales.get(code)
            if (
                locale is None
                or OrganisationDetails.objects.filter(translation_key=key, locale=locale).exists()
            ):
                continue
            footer_links = [
                ("link", {"page": localized_demo_page(page_key, locale), "label": ""})
                for page_key in demo_content.FOOTER_LINKS
            ]
            OrganisationDetails.objects.create(
                translation_key=key,
                locale=locale,
                phone=demo_content.ORGANISATION_PHONE,
                email=demo_content.ORGANISATION_EMAIL,
                footer_links=footer_links,
                **details,
            )
            self.created += 1
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if site_settings.organisation_id is None:
            site_settings.organisation = OrganisationDetails.objects.get(
                translation_key=key, locale=locales[settings.LANGUAGE_CODE]
            )
            site_settings.save()
            self.created += 1


def localized_demo_page(key, locale):
    """A demo page in `locale`, else in the default language."""
    pages = Page.objects.filter(translation_key=translation_key(key))
    return pages.filter(locale=locale).first() or pages.get(
        locale__language_code=settings.LANGUAGE_CODE
    )
