"""Keeps a locale's translators inside their locale, and every user's
publishing through wagtail-localize within their right to publish.

Page permissions are already scoped: Wagtail grants them on a tree, and each
language has its own tree. What is not scoped is everything per model or
global: snippet permissions, and wagtail-localize's `submit_translation`,
which lets its holder create translations of any page into any locale,
re-sync every locale of a source (optionally publishing them all), and its
per-translation endpoints check snippet permissions by model only. For a user
in a Translators group, this module enforces the locale on those endpoints,
unless the user is also in a group named in TRANSLATION_UNCONFINED_GROUPS.

wagtail-localize's "Sync translated pages" (update_translations with "publish
immediately") publishes every translation of a source and converting a
translation into an alias makes it show the live source, both checking only
`submit_translation` or edit rights: for every user, each target must be theirs
to publish.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import F
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.permissions import policy_registry
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.update_translations import UpdateTranslationsForm

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
    confined: superusers, users in no Translators group, and members of a group
    that is explicitly unconfined (TRANSLATION_UNCONFINED_GROUPS, by default
    Editors and Moderators). Any other group, whatever it grants, leaves a
    translator confined."""
    if not user.is_authenticated or user.is_superuser:
        return None
    if not hasattr(user, "_translator_locale_ids"):
        groups = list(
            user.groups.annotate(locale_id=F("translator_scope__locale_id")).values_list(
                "name", "locale_id"
            )
        )
        scoped = {locale_id for _name, locale_id in groups if locale_id is not None}
        unconfined = any(name in settings.TRANSLATION_UNCONFINED_GROUPS for name, _id in groups)
        user._translator_locale_ids = scoped if scoped and not unconfined else None
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


def may_publish(user, instance):
    """Whether saving `instance` as live is within the user's rights: a page's
    publish permission; a snippet's publish permission, or its change
    permission where the model has no drafts (saving it is publishing it)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return policy_registry.get_by_type(type(instance)).user_has_permission(user, action)


def may_publish_translation(user, source, translation):
    """Whether publishing this translation is within the user's rights; a page
    not translated yet will be published below its translated parent."""
    try:
        return may_publish(user, translation.get_target_instance())
    except ObjectDoesNotExist:
        pass
    instance = source.get_source_instance()
    if not isinstance(instance, Page):
        return may_publish(user, instance)
    parent = instance.get_parent().get_translation_or_none(translation.target_locale)
    return parent is None or parent.permissions_for_user(user).can_publish_subpage()


def refusal_to_publish(request, url_name, kwargs):
    """None when the request publishes nothing the user may not publish, else
    the response that refuses it. Applies to every user."""
    if request.method != "POST":
        return None
    if url_name == "update_translations":
        form = UpdateTranslationsForm(request.POST)
        if not (form.is_valid() and form.cleaned_data["publish_translations"]):
            return None
        source = TranslationSource.objects.filter(pk=kwargs.get("translation_source_id")).first()
        if source is None:
            return None
        translations = source.translations.filter(enabled=True).select_related("target_locale")
        for translation in translations:
            if not may_publish_translation(request.user, source, translation):
                return forbidden(
                    _(
                        "You may not publish “%(title)s” in %(language)s: update the "
                        "translations without publishing them and send them to moderation."
                    )
                    % {
                        "title": source.object_repr,
                        "language": translation.target_locale.get_display_name(),
                    }
                )
    if url_name == "convert_to_alias":
        page = Page.objects.filter(pk=kwargs.get("page_id")).first()
        if page is not None and not page.permissions_for_user(request.user).can_publish():
            return forbidden(
                _("Only those who may publish “%(title)s” may make it show its source.")
                % {"title": page.title}
            )
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
        refusal = refusal_to_publish(request, match.url_name, view_kwargs)
        if refusal is not None:
            return refusal
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
