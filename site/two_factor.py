"""Two-factor authentication in the admin, on django-otp: a code from an
authenticator app (TOTP) after the password, or one of the user's recovery codes.

Superusers and members of TWO_FACTOR_REQUIRED_GROUPS (Moderators by default)
must set up an app before they can use the admin; anyone else who sets one up
is asked for its code too. TWO_FACTOR_REQUIRED=false
switches all of it off. Password lockout (django-axes) applies before this step.
"""

import io

import django_otp
import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.auth import require_admin_access

ADMIN_PREFIX = "/admin/"
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
# Reachable before the second factor is given: signing in and out, and this step itself.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "two_factor_setup",
}


def two_factor_required(user):
    """Whether `user` must use a second factor in the admin: superusers and
    members of TWO_FACTOR_REQUIRED_GROUPS."""
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def has_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware: an admin request of a signed-in user who
    must give a second factor, or has set one up, goes to the code form (or, with
    no app yet, to setting one up) until the code is given for this session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.TWO_FACTOR_REQUIRED or not request.path_info.startswith(ADMIN_PREFIX):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        if has_app(user):
            target = "two_factor_verify"
        elif two_factor_required(user):
            target = "two_factor_setup"
        else:
            return None
        return redirect(f"{reverse(target)}?next={request.get_full_path()}")


def next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure())
    return url if safe and url else reverse("wagtailadmin_home")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )


@require_admin_access
def verify(request):
    """The second step of signing in: the app's code or a recovery code."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].replace(" ", "")
        device = django_otp.match_token(request.user, code)
        if device is not None:
            django_otp.login(request, device)
            return redirect(next_url(request))
        form.add_error("code", _("That code is not right, or has been used already."))
    return TemplateResponse(
        request, "security/two_factor_verify.html", {"form": form, "next": next_url(request)}
    )


def qr_code_svg(url):
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return mark_safe(svg[svg.index("<svg") :])  # noqa: S308 - our own SVG, no input of others


@require_admin_access
def setup(request):
    """Set up an authenticator app: scan the code (or type the key), give one code."""
    if has_app(request.user):
        return redirect(next_url(request))
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name=APP_DEVICE_NAME, confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].replace(" ", "")):
            device.confirmed = True
            device.save()
            django_otp.login(request, device)
            return redirect(reverse("recovery_codes"))
        form.add_error("code", _("That code is not right. Check the time on your phone."))
    key = device.config_url.split("secret=")[1].split("&")[0]
    return TemplateResponse(
        request,
        "security/two_factor_setup.html",
        {"form": form, "qr_code": qr_code_svg(device.config_url), "key": key},
    )


@require_admin_access
def recovery_codes(request):
    """New recovery codes for the signed-in user, shown once: each replaces the
    app's code at one login (when the phone is lost). New ones void the old.
    Only for a user who has an authenticator app set up."""
    app = has_app(request.user)
    codes = []
    if request.method == "POST" and app:
        StaticDevice.objects.filter(user=request.user, name=RECOVERY_DEVICE_NAME).delete()
        device = StaticDevice.objects.create(
            user=request.user, name=RECOVERY_DEVICE_NAME, confirmed=True
        )
        for _n in range(settings.TWO_FACTOR_RECOVERY_CODES):
            codes.append(device.token_set.create(token=StaticToken.random_token()).token)
    remaining = StaticToken.objects.filter(
        device__user=request.user, device__name=RECOVERY_DEVICE_NAME
    ).count()
    return TemplateResponse(
        request,
        "security/recovery_codes.html",
        {"has_app": app, "codes": codes, "remaining": remaining},
    )
