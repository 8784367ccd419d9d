"""Security headers and login protection that need more than a setting."""

from axes.handlers.proxy import AxesProxyHandler
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from wagtail import views as wagtail_views

# Wagtail 8's admin still writes inline <script> and style="" attributes (date
# and time pickers, inline panels, wagtail-localize's editor), so the signed-in
# admin gets 'unsafe-inline' on top of the site's policy, and the strict policy
# as Report-Only, so the browser console shows what still needs the allowance.
ADMIN_PREFIX = "/admin/"
ADMIN_ALLOWANCES = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's allowance; everything else
    (public pages, APIs, the admin's login page) gets the strict policy only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not is_signed_in_admin(request):
            return parts
        if report_only:
            strict = default_config(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
            return PolicyParts(strict, parts.update, parts.replace, parts.nonce)
        return PolicyParts(parts.config, ADMIN_ALLOWANCES, parts.replace, parts.nonce)


def is_signed_in_admin(request):
    user = getattr(request, "user", None)
    return request.path_info.startswith(ADMIN_PREFIX) and user is not None and user.is_authenticated


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login attempt gets (django-axes' AXES_LOCKOUT_CALLABLE),
    in the visitor's language, with when to try again."""
    minutes = max(1, round(settings.AXES_COOLOFF_TIME * 60))
    return render(request, "security/locked_out.html", {"minutes": minutes}, status=429)


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form of a protected page with the admin login's
    lockout: each wrong password counts against the client address and
    against the page's restriction, as a failed login counts against a user."""
    credentials = {"username": f"page-restriction-{page_view_restriction_id}"}
    guarded = request.method == "POST" and settings.AXES_ENABLED
    if guarded and not AxesProxyHandler.is_allowed(request, credentials):
        return lockout_response(request, credentials=credentials)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if guarded and response.status_code == 200:  # the form again: a wrong password
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    return response
