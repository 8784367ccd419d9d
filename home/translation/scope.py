"""Keeps a locale's translators inside their locale.

Page permissions are already scoped: Wagtail grants them on a tree, and each
language has its own tree. What is not scoped is everything per model or
global: snippet permissions, and wagtail-localize's `submit_translation`,
which lets its holder create translations of any page into any locale,
re-sync every locale of a source (optionally publishing them all), and its
per-translation endpoints check snippet permissions by model only. For a user
whose only roles are Translators groups, this module enforces the locale on
those endpoints; everyone else is left to Wagtail's own checks.
"""

from django.contrib.auth.models import Permission
from django.db.models import Exists, F, OuterRef
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import Translation

# wagtail-localize's views that act on one Translation, by its id.
TRANSLATION_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
    "stop_translation",
}
# Views that write every locale at once or turn a translation into a copy of the source.
FORBIDDEN_VIEWS = {"update_translations", "convert_to_alias"}


def translator_locale_ids(user):
    """The locales a translator is confined to, or None when the user is not
    confined: superusers, and members of any other group that grants more
    than access to the admin and its choosers (editors, moderators)."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, "_translator_locale_ids"):
        groups = user.groups.annotate(
            locale_id=F("translator_scope__locale_id"),
            grants=Exists(
                Permission.objects.filter(group=OuterRef("pk"))
                .exclude(codename="access_admin")
                .exclude(codename__startswith="choose_")
            )
            | Exists(GroupPagePermission.objects.filter(group=OuterRef("pk"))),
        )
        scoped, others = set(), False
        for group in groups:
            if group.locale_id is not None:
                scoped.add(group.locale_id)
            elif group.grants:
                others = True
        user._translator_locale_ids = scoped if scoped and not others else None
    return user._translator_locale_ids


def forbidden(message=None):
    return HttpResponseForbidden(
        message
        or _(
            "Translators may only translate pages and snippets that are public, and only "
            "into their own language."
        ),
        content_type="text/plain; charset=utf-8",
    )


def refusal_to_submit_page(user, page, locale_ids):
    """None when a translator may start this translation, else the response that
    refuses it. A translator may start a translation of a page every citizen can
    see, into their own locale, where its parent's translation is theirs to
    edit: the new draft then lands in their own tree."""
    is_public = page.live and not page.get_view_restrictions().exists()
    if not (is_public or page.permissions_for_user(user).can_edit()):
        return forbidden()
    parent = page.get_parent()
    for locale_id in locale_ids:
        target_parent = parent.get_translation_or_none(locale_id)
        if target_parent is None:
            return forbidden(
                _("Translate the page “%(parent)s” first: this page goes below it.")
                % {"parent": parent.title}
            )
        if not target_parent.permissions_for_user(user).can_edit():
            return forbidden()
    return None


def check_localize_view(request, url_name, kwargs, locale_ids):
    """None when the request may go on, else the response that refuses it."""
    if url_name in FORBIDDEN_VIEWS:
        return forbidden()
    if url_name in TRANSLATION_VIEWS:
        target = Translation.objects.filter(pk=kwargs.get("translation_id")).values_list(
            "target_locale_id", flat=True
        )
        if target and target[0] not in locale_ids:
            return forbidden()
        return None
    if url_name in ("submit_page_translation", "submit_snippet_translation"):
        if request.method == "POST":
            chosen = {int(pk) for pk in request.POST.getlist("locales") if pk.isdigit()}
            if not chosen <= locale_ids or request.POST.get("include_subtree"):
                return forbidden()
        if url_name == "submit_page_translation":
            page = Page.objects.filter(pk=kwargs.get("page_id")).specific().first()
            wanted = chosen if request.method == "POST" else locale_ids
            if page is not None:
                return refusal_to_submit_page(request.user, page, wanted)
    return None


class TranslatorScopeMiddleware:
    """Applies the locale scope to wagtail-localize's admin endpoints."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        locale_ids = translator_locale_ids(request.user)
        if locale_ids is None:
            return None
        return check_localize_view(request, match.url_name, view_kwargs, locale_ids)


def refuse_other_locales(request, instances):
    """Snippet hooks: a translator edits or deletes only their own locale's versions."""
    locale_ids = translator_locale_ids(request.user)
    if locale_ids is None:
        return None
    for instance in instances:
        if getattr(instance, "locale_id", None) not in locale_ids:
            return forbidden()
    return None


def own_locales(user):
    locale_ids = translator_locale_ids(user)
    if locale_ids is None:
        return Locale.objects.all()
    return Locale.objects.filter(pk__in=locale_ids)
