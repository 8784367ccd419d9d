"""What every authority's site needs before its first page of content (`setup_site`).

Nothing here is content: the page titles are the site's own labels and the placeholder
texts are instructions to the editor, both translated through the UI catalogues in
`locale/`, so a language without a catalogue gets the English wording to replace.
Everything is created only where it is missing: a re-run (for example after a
language was added to CONTENT_LANGUAGES) adds what is new and never overwrites what
editors changed.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, pgettext
from wagtail.models import GroupPagePermission, Locale, Page, Site

from home.keys import translation_key
from home.models import (
    AccessibilityStatementPage,
    HomePage,
    OrganisationDetails,
    SiteSettings,
    StandardPage,
)
from home.organisations.models import Contact
from home.slugs import unique_slug
from home.translation.groups import ensure_translator_groups

# Each item: the key, the model, the parent's key, and the rich-text placeholder paragraphs
# (marked for translation here, translated when the page is created in its language).
LEGAL_NOTICE = (
    gettext_noop(
        "To fill in: the full name and postal address of the authority that publishes this site."
    ),
    gettext_noop("To fill in: who represents the authority (e.g. the county commissioner)."),
    gettext_noop("To fill in: a phone number and an email address for questions about the site."),
    gettext_noop(
        "To fill in: the supervisory authority and, if any, the VAT identification number."
    ),
    gettext_noop("To fill in: who is responsible for the content, with their address."),
)
PRIVACY_NOTICE = (
    gettext_noop("To fill in: the controller's name and address and how to reach them."),
    gettext_noop("To fill in: how to reach the data protection officer."),
    gettext_noop(
        "To fill in: which personal data this site processes (server logs, contact forms, "
        "feedback), for which purposes and on which legal basis."
    ),
    gettext_noop("To fill in: who receives the data, and how long it is kept."),
    gettext_noop(
        "To fill in: the rights of the people concerned (access, rectification, erasure, "
        "restriction, objection) and the supervisory authority they may complain to."
    ),
)
NON_ACCESSIBLE_CONTENT = (
    gettext_noop(
        "To fill in: the parts of the site that are not yet accessible, why, and which "
        "accessible alternative people can ask for."
    ),
)
EASY_READ_INTRO = (
    gettext_noop("Here you find texts in easy-read language."),
    gettext_noop("Each text explains a page of this site in short, simple sentences."),
)
ENFORCEMENT_PROCEDURE = (
    gettext_noop(
        "To fill in: the enforcement or arbitration body people can turn to if their "
        "feedback is not answered satisfactorily, with a link."
    ),
)


@dataclass(frozen=True)
class SkeletonPage:
    key: str
    model: type
    parent: str | None
    title: str
    slug: str
    fields: dict = field(default_factory=dict)


def rich_text(paragraphs):
    return "".join(f"<p>{_(text)}</p>" for text in paragraphs)


def body(paragraphs):
    return [("paragraph", rich_text(paragraphs))]


def skeleton_pages(name, language, feedback_contact=None):
    """The skeleton's pages in one language, in creation order (parents first)."""
    # By label, as import_content does: the apps build on home, not home on them.
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")
    ServiceIndexPage = apps.get_model("services", "ServiceIndexPage")
    EasyReadIndexPage = apps.get_model("easyread", "EasyReadIndexPage")

    return [
        SkeletonPage("home", HomePage, None, name, language),
        SkeletonPage(
            "services", ServiceIndexPage, "home", _("Services"), pgettext("slug", "services")
        ),
        SkeletonPage("news", NewsIndexPage, "home", _("News"), pgettext("slug", "news")),
        SkeletonPage(
            "legal-notice",
            StandardPage,
            "home",
            _("Legal notice"),
            pgettext("slug", "legal-notice"),
            {"body": body(LEGAL_NOTICE)},
        ),
        SkeletonPage(
            "privacy",
            StandardPage,
            "home",
            _("Privacy notice"),
            pgettext("slug", "privacy"),
            {"body": body(PRIVACY_NOTICE)},
        ),
        SkeletonPage(
            "accessibility",
            AccessibilityStatementPage,
            "home",
            _("Accessibility statement"),
            pgettext("slug", "accessibility"),
            {
                "prepared_on": datetime.date.today(),
                "non_accessible_content": rich_text(NON_ACCESSIBLE_CONTENT),
                "enforcement_procedure": rich_text(ENFORCEMENT_PROCEDURE),
                "feedback_contact": feedback_contact,
            },
        ),
        # German authorities must offer easy read (BITV 2.0); the header links the
        # index once an editor has written a first easy-read page.
        SkeletonPage(
            "easy-read",
            EasyReadIndexPage,
            "home",
            _("Easy read"),
            pgettext("slug", "easy-read"),
            {"intro": rich_text(EASY_READ_INTRO)},
        ),
    ]


FOOTER_LINKS = ("legal-notice", "privacy", "accessibility")
MENU_PAGES = ("services", "news")


class Skeleton:
    """Creates what is missing of an authority's site; `created` lists what it made."""

    def __init__(self, name, languages, domain=None):
        self.name, self.languages, self.domain = name, languages, domain
        self.created = []

    @transaction.atomic
    def build(self):
        default = settings.LANGUAGE_CODE
        # The default language first: translations are made from its pages.
        languages = [default, *(code for code in self.languages if code != default)]
        for code in languages:
            locale, _new = Locale.objects.get_or_create(language_code=code)
            with translation.override(code):
                for spec in skeleton_pages(self.name, code, self.contact(locale)):
                    self.page(spec, locale)
        self.site()
        for code in languages:
            with translation.override(code):
                self.organisation(Locale.objects.get(language_code=code))
        self.settings()
        self.groups()
        return self.created

    def page(self, spec, locale):
        key = translation_key(spec.key)
        if Page.objects.filter(translation_key=key, locale=locale).exists():
            return
        if spec.parent is None:
            parent = Page.get_first_root_node()
        else:
            parent = Page.objects.get(translation_key=translation_key(spec.parent), locale=locale)
        page = spec.model(
            title=spec.title,
            slug=unique_slug(parent, spec.slug),
            locale=locale,
            translation_key=key,
            show_in_menus=spec.key in MENU_PAGES,
            **spec.fields,
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append(f"page {page.url_path} ({locale.language_code})")

    def contact(self, locale):
        """Where people report barriers (the accessibility statement requires one)."""
        contact, new = Contact.objects.get_or_create(
            translation_key=translation_key("accessibility-contact"),
            locale=locale,
            defaults={
                "name": _("Accessibility feedback"),
                "role": _("To fill in: the unit that answers reports of barriers."),
            },
        )
        if new:
            self.created.append(f"contact {contact.name} ({locale.language_code})")
        return contact

    def site(self):
        home = Page.objects.get(
            translation_key=translation_key("home"), locale__language_code=settings.LANGUAGE_CODE
        )
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id == home.pk and not self.domain:
            return
        old_root = site.root_page if site.root_page_id else None
        hostname, port = self.address()
        if self.domain or not site.pk:
            site.hostname, site.port = hostname, port
        site.root_page, site.site_name = home, site.site_name or self.name
        site.save()
        # Wagtail's own "Welcome" placeholder page is replaced by the home page.
        placeholder = old_root and old_root.pk != home.pk and old_root.specific_class is Page
        if placeholder and not old_root.get_children().exists():
            old_root.delete()
        self.created.append(f"site {site.hostname}:{site.port}")

    def address(self):
        if self.domain:
            parts = urlsplit(self.domain if "//" in self.domain else f"https://{self.domain}")
            return parts.hostname, parts.port or (80 if parts.scheme == "http" else 443)
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL or "http://localhost")
        return base.hostname, base.port or (443 if base.scheme == "https" else 80)

    def organisation(self, locale):
        key = translation_key("organisation")
        if OrganisationDetails.objects.filter(translation_key=key, locale=locale).exists():
            return
        links = [
            {
                "type": "link",
                "value": {
                    "page": Page.objects.get(translation_key=translation_key(k), locale=locale).pk,
                    "label": "",
                },
            }
            for k in FOOTER_LINKS
        ]
        OrganisationDetails.objects.create(
            translation_key=key,
            locale=locale,
            name=self.name,
            address=_("To fill in: the postal address, one line each."),
            footer_links=links,
        )
        self.created.append(f"organisation details ({locale.language_code})")

    def settings(self):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if site_settings.organisation_id is None:
            site_settings.organisation = OrganisationDetails.objects.get(
                translation_key=translation_key("organisation"),
                locale__language_code=settings.LANGUAGE_CODE,
            )
            site_settings.save()
            self.created.append("site settings")

    def groups(self):
        """Wagtail's Moderators and Editors (with their rights on the whole tree) and a
        Translators group per locale; a group deleted by hand is made again."""
        root = Page.get_first_root_node()
        for name, codenames in GROUP_PAGE_RIGHTS.items():
            group, new = Group.objects.get_or_create(name=name)
            if not new:
                continue
            for permission in Permission.objects.filter(
                content_type__app_label="wagtailcore", codename__in=codenames
            ):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="wagtailadmin", codename="access_admin"
                )
            )
            self.created.append(f"group {name}")
        ensure_translator_groups()


# As Wagtail's own first migration sets them up.
GROUP_PAGE_RIGHTS = {
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Editors": ["add_page", "change_page", "lock_page", "unlock_page"],
}
