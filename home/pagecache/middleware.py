"""Anonymous visitors' GET and HEAD responses from Django's cache.

Why our own middleware: wagtail-cache, the maintained library for this, supports
Wagtail only up to 7; Django's cache middleware keys by URL alone (no generation),
learns Vary headers with a second lookup, and caches a logged-in user's response
whenever it does not say `Vary: Cookie`. This one is Django's cache middleware cut
to what we need: a key with the current Generation (one indexed one-row read per
request), nothing cached or served for a request that carries a session, and an
entry's lifetime bounded by local midnight and by what a view declared with
`expire_at()` (a service's next opening or closing).

Never cached: other methods, the admin and documents, requests with a session
cookie or credentials, responses other than 200 and 404, responses that set a
cookie (a CSRF token included), vary on other request headers, or
say private/no-cache/no-store themselves. Previews are admin URLs.
"""

import datetime
import hashlib
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re, patch_cache_control
from wagtail.models import Site

from .models import Generation

SAFE_METHODS = ("GET", "HEAD")
# Cookie: only requests without a session are cached or served; Accept-Language: the
# language the request resolves to is part of the key.
HARMLESS_VARY = {"cookie", "accept-encoding", "accept-language"}
PRIVATE = ("private", "no-cache", "no-store")


def expire_at(request, moment):
    """Declare that the response to `request` changes at `moment` (an aware datetime):
    the cached page expires then. The earliest of several declarations counts."""
    current = getattr(request, "_page_cache_expires", None)
    if current is None or moment < current:
        request._page_cache_expires = moment


def expire_when(request, compute):
    """Like expire_at(), for a moment that costs a query to find: `compute()` (an
    aware datetime or None) runs only when the response is about to be cached."""
    request.__dict__.setdefault("_page_cache_deferred", []).append(compute)


def generation_cached(request, name, compute, timeout=None):
    """`compute()`'s value from Django's cache under the current generation: what
    depends only on content (filter options, a menu) is computed once per change.
    `timeout`: seconds, or a function of the value giving seconds (None: the page
    cache's own), for a value that changes with the clock as well.
    Without the page cache (PAGE_CACHE=false, the test suite) it is computed each time.
    `name` may be a function giving the name, for a name that costs a query to find."""
    if not settings.PAGE_CACHE_ENABLED or request is None:
        return compute()
    name = name() if callable(name) else name
    generation = getattr(request, "_page_cache_generation", None) or Generation.current()
    request._page_cache_generation = generation
    cache = caches[settings.PAGE_CACHE_ALIAS]
    key = f"memo:{generation}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        seconds = timeout(value) if callable(timeout) else timeout
        cache.set(key, value, settings.PAGE_CACHE_SECONDS if seconds is None else seconds)
    return value


# The anonymous request the page cache is rendering, for code Wagtail calls without
# one (page.get_view_restrictions()).
_rendering = ContextVar("page_cache_rendering", default=None)


def rendering_cached(name, compute):
    """generation_cached() for the request being rendered for the page cache;
    None outside one (the admin, a logged-in visitor, the page cache off)."""
    request = _rendering.get()
    if request is None:
        return None
    return generation_cached(request, name, compute)


def next_midnight(now):
    local = timezone.localtime(now)
    tomorrow = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time())
    return timezone.make_aware(tomorrow, local.tzinfo)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (settings.PAGE_CACHE_ENABLED and self.cacheable_request(request)):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_store=True)
            return response
        cache = caches[settings.PAGE_CACHE_ALIAS]
        try:
            key = self.key(request)
        except DatabaseError:
            # The database is down or slow: answer as if there were no cache, so the
            # middleware below (language, the 503 page) runs as for any request.
            return self.get_response(request)
        entry = cache.get(key)
        # The entry's own expiry decides, not only the cache's: Redis expires keys by
        # its own clock, which may differ from this server's.
        if entry is not None and entry[3] > time.time():
            return self.from_entry(request, entry)
        request._wagtail_site = self.site(request)
        token = _rendering.set(request)
        try:
            response = self.get_response(request)
        finally:
            _rendering.reset(token)
        expires = self.expires(request, response)
        if expires is None:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_store=True)
            return response
        now = time.time()
        timeout = int(expires.timestamp() - now)
        entry = (response.status_code, list(response.items()), response.content, now + timeout)
        cache.set(key, entry, timeout)
        self.public(response, timeout)
        response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def cacheable_request(request):
        return (
            request.method in SAFE_METHODS
            and not request.path.startswith(tuple(settings.PAGE_CACHE_SKIP_PATHS))
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
        )

    @staticmethod
    def key(request):
        # GET and HEAD share an entry; scheme and host are part of the URL, since
        # canonical and alternate links are absolute.
        language = translation.get_language_from_request(request, check_path=True)
        url = request.build_absolute_uri()
        digest = hashlib.sha256(f"{language} {url}".encode()).hexdigest()
        request._page_cache_generation = Generation.current()
        return f"page:{request._page_cache_generation}:{digest}"

    @staticmethod
    def site(request):
        """The request's Wagtail site with its root page, looked up once per generation
        rather than by Wagtail on every request (Site.find_for_request keeps it here)."""

        def find():
            site = Site.find_for_request(request)
            if site is not None:
                site.root_page.specific  # noqa: B018 - cached with the site: routing starts here
            return site

        return generation_cached(request, f"site:{request.get_host()}", find)

    @staticmethod
    def expires(request, response):
        """When the response may be served until, or None if it must not be cached."""
        if response.status_code not in (200, 404) or response.streaming or response.cookies:
            return None
        control = response.get("Cache-Control", "").lower()
        if any(word in control for word in PRIVATE):
            return None
        vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
        if vary - HARMLESS_VARY:
            return None
        now = timezone.now()
        candidates = [
            now + datetime.timedelta(seconds=settings.PAGE_CACHE_SECONDS),
            next_midnight(now),
        ]
        if declared := getattr(request, "_page_cache_expires", None):
            candidates.append(declared)
        for compute in getattr(request, "_page_cache_deferred", ()):
            if (moment := compute()) is not None:
                candidates.append(moment)
        expires = min(candidates)
        return expires if (expires - now).total_seconds() >= 1 else None

    @staticmethod
    def public(response, timeout):
        # Browsers revalidate every time (max-age=0); a proxy or CDN keeps the page at
        # most PAGE_CACHE_PROXY_SECONDS, as publishing purges it (frontend_cache) but a
        # snippet edit reaches it only through that bound.
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=max(0, min(timeout, settings.PAGE_CACHE_PROXY_SECONDS)),
        )

    def from_entry(self, request, entry):
        status, headers, content, expires = entry
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        if request.method == "HEAD":
            response["Content-Length"] = str(len(content))
        remaining = int(expires - time.time())
        self.public(response, remaining)
        response["X-Page-Cache"] = "hit"
        return response
