"""The translators' admin: the translation dashboard, submitting a translation
for review, and the locale scope of translators on snippets."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.translation import review, scope
from home.translation.dashboard import TranslationDashboardView


@hooks.register("register_admin_menu_item")
def register_translation_dashboard_menu_item():
    return MenuItem(
        _("Translations"),
        reverse("translation_dashboard"),
        icon_name="wagtail-localize-language",
        order=250,
    )


@hooks.register("register_admin_urls")
def register_translation_dashboard_url():
    return [
        path("translations/", TranslationDashboardView.as_view(), name="translation_dashboard"),
        path(
            "translations/<int:translation_id>/submit/",
            review.submit_for_review,
            name="translation_submit_for_review",
        ),
    ]


# Before wagtail-localize's own hook, which opens its translation editor.
@hooks.register("before_edit_snippet", order=-10)
def keep_translators_to_their_locale_on_edit(request, instance):
    return scope.refuse_other_locales(request, [instance])


@hooks.register("before_delete_snippet", order=-10)
def keep_translators_to_their_locale_on_delete(request, instances):
    return scope.refuse_other_locales(request, instances)
