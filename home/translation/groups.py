"""One Translators group per locale, kept in step with the configured locales.

"Translators (Danish)" may edit the pages of the Danish tree (Wagtail scopes
page permissions by tree, and each language has its own tree), the Danish
versions of translatable snippets (scoped by home.translation.scope, since
Wagtail's snippet permissions are per model) and may ask for Danish
translations. It never gets publish permission: Moderators publish.

The groups appear when a locale is added (admin, demo content, a migration)
and when that locale's home page appears; `manage.py sync_translator_groups`
and every `migrate` repair them. Permissions are only ever added, so an
administrator's additions survive.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language_info
from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from home.translation.models import TranslatorGroup

# Edit and lock (so two translators do not overwrite each other); no add, no publish.
PAGE_PERMISSIONS = ["change_page", "lock_page"]
GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]


def group_name(locale):
    try:
        name = get_language_info(locale.language_code)["name"]
    except KeyError:
        name = locale.language_code
    return f"Translators ({name})"


def translatable_snippet_models():
    """Every registered snippet model that has translations: found, not listed,
    so new apps' snippets are covered without touching this module."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _permissions():
    wanted = [
        Permission.objects.filter(content_type__app_label=app, codename=codename)
        for app, codename in GLOBAL_PERMISSIONS
    ]
    for model in translatable_snippet_models():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        wanted.append(
            Permission.objects.filter(
                content_type=content_type, codename=f"change_{model._meta.model_name}"
            )
        )
    return [permission for queryset in wanted for permission in queryset]


def ensure_group(locale, permissions=None):
    """The locale's Translators group with its permissions (None for the default locale)."""
    if locale.language_code == settings.LANGUAGE_CODE:
        return None
    scope = TranslatorGroup.objects.filter(locale=locale).select_related("group").first()
    if scope is None:
        group, _created = Group.objects.get_or_create(name=group_name(locale))
        scope = TranslatorGroup.objects.create(group=group, locale=locale)
    group = scope.group
    group.permissions.add(*(permissions if permissions is not None else _permissions()))
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
    )
    for root in Page.objects.filter(depth=2, locale=locale):
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    return group


def ensure_translator_groups():
    permissions = _permissions()
    return [
        group
        for locale in Locale.objects.order_by("language_code")
        if (group := ensure_group(locale, permissions)) is not None
    ]
