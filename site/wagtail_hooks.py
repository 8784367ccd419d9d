from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def recovery_codes_item(request):
    return {
        "url": reverse("recovery_codes"),
        "label": _("Recovery codes"),
        "help_text": _("Codes that sign you in when your authenticator app is not at hand."),
    }
