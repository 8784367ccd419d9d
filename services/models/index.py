"""The service directory of one language."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models.pages import ContentPage
from home.navigation import live_translations

from .directory import a_to_z, directory


class ServiceIndexPage(RoutablePageMixin, ContentPage):
    """All services of one language: a filterable directory and an A–Z list
    (`a-z/`). Each costs a fixed number of queries however many services exist
    (see services/models/directory.py)."""

    subpage_types = ["services.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("service index")
        verbose_name_plural = _("service indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory(self, request, get_language()))
        context["a_z_url"] = (self.get_url(request) or "") + self.reverse_subpage("a_to_z")
        return context

    @path("")
    def directory_view(self, request):
        response = self.render(request)
        if response.context_data["ignored_filters"]:
            # The page still shows the directory and says what it left out, but
            # a filter that does not exist is a bad request, not a page to index.
            response.status_code = 400
        return response

    @path("a-z/", name="a_to_z")
    def a_to_z_view(self, request):
        context = ContentPage.get_context(self, request)
        context.update(
            letters=a_to_z(self, self.get_url(request) or "", get_language()),
            directory_url=self.get_url(request),
            alternates=self.a_to_z_alternates(request),
        )
        return TemplateResponse(request, "services/service_a_z.html", context)

    def a_to_z_alternates(self, request):
        """Canonical and hreflang links of the A–Z list: the same route on each
        live translation of this directory (the page's own would point at the directory)."""
        suffix = self.reverse_subpage("a_to_z")
        translations = live_translations(request, self)
        default = translations.get(settings.LANGUAGE_CODE)
        return {
            "canonical": self.get_full_url(request) + suffix,
            "links": [
                {"hreflang": code, "url": translations[code].get_full_url(request) + suffix}
                for code, _name in settings.LANGUAGES
                if code in translations
            ],
            "x_default": default.get_full_url(request) + suffix if default else None,
        }
