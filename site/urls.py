from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from municipal_site import security, two_factor, views
from municipal_site.sitemaps import MultilingualSitemap
from services.api import PagesAPIViewSet

handler404 = "municipal_site.views.page_not_found"
handler500 = "municipal_site.views.server_error"

# Wagtail's read API (pages with their api_fields, ?locale=, ?type=); services
# also have their own Open Referral HSDS API under /api/hsds/.
api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    # Before the admin's own URLs, which would take them for pages of theirs.
    path("admin/2fa/verify/", two_factor.verify, name="two_factor_verify"),
    path("admin/2fa/setup/", two_factor.setup, name="two_factor_setup"),
    path("admin/2fa/recovery-codes/", two_factor.recovery_codes, name="recovery_codes"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("api/hsds/", include("services.urls")),
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
    # Before Wagtail's catch-all, which would take "search/" for a page slug.
    path("search/", include("search.urls")),
    # "Was this page useful?": plain POST forms, without a cookie (home/feedback).
    path("_feedback/", include("home.feedback.urls")),
    path("alerts/", include("home.alerts.urls")),
    # Wagtail's password form of protected pages, with the login lockout.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        security.authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
