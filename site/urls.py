from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from municipal_site import views
from municipal_site.sitemaps import MultilingualSitemap

handler404 = "municipal_site.views.page_not_found"
handler500 = "municipal_site.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if getattr(settings, "SERVE_MEDIA", False):
    # Development only: production serves uploads from its web server or object storage.
    from django.views.static import serve

    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

# Every page lives under /<lang>/, the default language included, so each
# translation has one stable URL; "/" redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
