"""The service directory of one language."""

from django.utils.translation import gettext_lazy as _

from home.models.pages import ContentPage


class ServiceIndexPage(ContentPage):
    """All services of one language, A–Z."""

    subpage_types = ["services.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("service index")
        verbose_name_plural = _("service indexes")

    def get_context(self, request, *args, **kwargs):
        from .service import ServicePage

        context = super().get_context(request, *args, **kwargs)
        services = ServicePage.objects.child_of(self).live().defer_streamfields().order_by("title")
        groups = {}
        for service in services:
            groups.setdefault(service.title[:1].upper(), []).append(service)
        context["letters"] = sorted(groups.items())
        return context
