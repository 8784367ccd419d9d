"""Spam protection shared by the feedback form and the editors' form pages, without
cookies or JavaScript and without storing who sent what.

Three checks:
- a honeypot: a text field hidden from people (CSS) that bots fill in;
- a minimum fill time: the form carries the time it was rendered, signed
  (django.core.signing), and a submission sooner than SPAM_MIN_FILL_SECONDS after
  it is refused, as is one older than SPAM_MAX_FORM_AGE_SECONDS (a replayed form);
- a per-address rate limit: at most SPAM_RATE_LIMIT submissions in
  SPAM_RATE_WINDOW_SECONDS from one client address. The cache counts them under a
  keyed hash of the address with a salt that changes every day and lives only in
  the cache, so no address, nor anything that could be matched to one after the
  day, is stored.
"""

import hashlib
import hmac
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

HONEYPOT = "website"
STARTED = "started"
SALT = "home.spam.started"


def signed_now():
    return signing.dumps(time.time(), salt=SALT)


class SpamProtectedForm(forms.Form):
    """Mixed into a form: the honeypot and the signed start time, checked in clean()
    and taken out of cleaned_data, so they are neither stored nor e-mailed."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A fresh start time each time the form is shown.
        self.fields[STARTED].initial = signed_now()
        self.spam = False

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            self.spam = True
            raise forms.ValidationError(
                _("Your message looks automated and was not sent."), code="honeypot"
            )
        try:
            started = signing.loads(
                cleaned.get(STARTED) or "",
                salt=SALT,
                max_age=settings.SPAM_MAX_FORM_AGE_SECONDS,
            )
        except signing.BadSignature:
            self.spam = True
            raise forms.ValidationError(
                _("This form has expired. Please reload the page and try again."),
                code="expired",
            ) from None
        if time.time() - float(started) < settings.SPAM_MIN_FILL_SECONDS:
            self.spam = True
            raise forms.ValidationError(
                _("That was very fast. Please wait a few seconds and send the form again."),
                code="too_fast",
            )
        cleaned.pop(HONEYPOT, None)
        cleaned.pop(STARTED, None)
        return cleaned


def client_address(request):
    """The client's address; behind TRUSTED_PROXY_COUNT proxies, the one the
    outermost of them saw (the last ones they appended to X-Forwarded-For)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def daily_salt():
    day = timezone.localdate().isoformat()
    # add() keeps the first worker's salt when several make one at once.
    cache.add(f"spam:salt:{day}", secrets.token_hex(32), 2 * 24 * 3600)
    return cache.get(f"spam:salt:{day}")


def rate_limited(request, scope):
    """Count this submission from the request's address; True when it is over the
    limit. The count is kept under hmac(salt of the day, address), never the address."""
    digest = hmac.new(
        daily_salt().encode(), client_address(request).encode(), hashlib.sha256
    ).hexdigest()
    key = f"spam:rate:{scope}:{digest}"
    window = settings.SPAM_RATE_WINDOW_SECONDS
    if cache.add(key, 1, window):
        return settings.SPAM_RATE_LIMIT < 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, window)
        count = 1
    return count > settings.SPAM_RATE_LIMIT
