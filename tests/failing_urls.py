"""The project's URLs plus one view that fails, to see the 500 page a visitor gets."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from municipal_site.urls import handler404, handler500, urlpatterns  # noqa: F401


def broken_view(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = i18n_patterns(path("boom/", broken_view)) + urlpatterns
