"""A location can be created from the chooser, without leaving the page.

Wagtail's snippet chooser shows a "Create" tab when its viewset has a creation
form. The service editor opens the chooser on the page's language
(home/editing/forms.py adds ?locale=…); the new location is made in that
language, and the chooser hands it back to the page like a chosen one. Its
opening hours and accessibility are filled in later in the location editor,
which the chosen location links to.
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from services.models import ServiceLocation


class LocationCreationForm(forms.ModelForm):
    class Meta:
        model = ServiceLocation
        fields = ["name", "street_address", "postal_code", "locality", "phone", "email"]


class CreateInLocaleMixin:
    """The creation form posts to a URL that keeps the chooser's `locale`."""

    def get_create_url(self):
        url = super().get_create_url()
        code = self.request.GET.get("locale")
        if not code:
            return url
        return f"{url}{'&' if '?' in url else '?'}{urlencode({'locale': code})}"


class LocationChooseView(CreateInLocaleMixin, ChooseView):
    pass


class LocationChooseResultsView(CreateInLocaleMixin, ChooseResultsView):
    pass


class LocationCreateView(CreateInLocaleMixin, SnippetCreateView):
    def save_form(self, form):
        code = self.request.GET.get("locale")
        locale = Locale.objects.filter(language_code=code).first() if code else None
        form.instance.locale = locale or Locale.get_default()
        return form.save()


class LocationChooserViewSet(SnippetChooserViewSet):
    choose_view_class = LocationChooseView
    choose_results_view_class = LocationChooseResultsView
    create_view_class = LocationCreateView
    creation_form_class = LocationCreationForm
    create_action_label = _("Create location")


class ServiceLocationViewSet(SnippetViewSet):
    model = ServiceLocation
    chooser_viewset_class = LocationChooserViewSet
