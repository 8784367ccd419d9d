"""Security headers and login protection that need more than a setting."""

from contextvars import ContextVar

from axes.handlers.proxy import AxesProxyHandler
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from wagtail import views as wagtail_views

# Scripts: the policy allows the site's own files and the inline scripts that
# carry this response's nonce ('nonce-…' in script-src, only once a template
# asked for it). Wagtail 8's admin and wagtail-localize still write a few
# inline scripts (date and time pickers, inline panels, choosers, search
# promotions, the translation editor); our copies of exactly those templates
# (site/templates/wagtailadmin, …) and of the chooser widget's render
# (municipal_site.admin_scripts) give them the nonce. Nothing else does: a
# script injected into content has none and is refused (docs/security.md).
#
# Styles: the admin's script bundles (Wagtail's vendor.js, wagtail-localize's
# editor) insert <style> elements as they run, which cannot carry a nonce, so
# the signed-in admin keeps 'unsafe-inline' for styles only, and gets the
# strict policy as Report-Only, so a browser's console lists what still needs
# that allowance.
ADMIN_PREFIX = "/admin/"
ADMIN_ALLOWANCES = {"style-src": ["'unsafe-inline'"]}

# The nonce of the response being rendered. Widget templates render without the
# request in their context, so the {% csp_nonce %} tag reads it from here.
_response_nonce = ContextVar("response_nonce", default=None)


def script_nonce():
    """This response's script nonce (and so 'nonce-…' in its policy); empty
    outside a request, e.g. a widget rendered by a management command."""
    nonce = _response_nonce.get()
    return "" if nonce is None else str(nonce)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's allowance for styles; everything
    else (public pages, APIs, the admin's login page) gets the strict policy only."""

    def process_request(self, request):
        super().process_request(request)
        # The lazy nonce: only a template that writes an inline script makes one.
        request._response_nonce_token = _response_nonce.set(request.csp_nonce)

    def process_response(self, request, response):
        response = super().process_response(request, response)
        token = getattr(request, "_response_nonce_token", None)
        if token is not None:
            _response_nonce.reset(token)
        return response

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
