"""Which alerts a page shows, and until when that answer holds.

One query per language and change, whatever the number of alerts or pages: the
alerts not yet ended in the visitor's language and the default language (an alert
that has no translation yet is shown in the default language rather than not at
all), each with the tree paths of the page it covers in every language. That list
is kept under the page cache's generation until its next start or end; what a page
shows is worked out from it, and the page cache keeps the page no longer than the
list's next start or end.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef
from django.utils import timezone, translation
from wagtail.models import Page

from home.pagecache.middleware import expire_at, generation_cached

from .models import Alert


def ancestor_paths(page):
    """The tree paths of `page` and its ancestors: Wagtail's paths are the
    concatenated steps of the path from the root."""
    if page is None:
        return []
    step = page.steplen
    return [page.path[: step * depth] for depth in range(1, page.depth + 1)]


@dataclass
class Shown:
    alerts: list = field(default_factory=list)
    next_change: object = None  # the next start or end of an alert, an aware datetime


def alerts_for(request, page, language=None, everywhere=False):
    """The alerts shown to `request` on `page` (None: a page outside the tree, such
    as the search: only site-wide alerts), most severe first. `everywhere`: every
    active alert in the language (the feeds), whatever it covers."""
    cache = request.__dict__.setdefault("_alerts", {})
    key = (page.pk if page is not None else None, language, everywhere)
    if key not in cache:
        language = language or translation.get_language()
        candidates = generation_cached(
            request,
            f"alerts:{language}",
            lambda: _candidates(language),
            timeout=lambda listed: _seconds_until(listed.next_change),
        )
        cache[key] = _select(candidates, page, language, everywhere)
        if cache[key].next_change is not None:
            expire_at(request, cache[key].next_change)
    return cache[key].alerts


def _seconds_until(moment):
    if moment is None:
        return None
    return max(1, int((moment - timezone.now()).total_seconds()))


def _candidates(language):
    """Every alert a page in `language` may show now or at the list's next change,
    with `covered_paths` (the paths of the covered page's translations) and the link
    page in `language` looked up once."""
    now = timezone.now()
    covered = Page.objects.filter(translation_key=OuterRef("page__translation_key")).values("path")
    alerts = list(
        Alert.objects.not_ended(now)
        .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
        .select_related("locale", "link_page")
        .annotate(covered_paths=ArraySubquery(covered))
        .most_severe_first()
    )
    with translation.override(language):
        for alert in alerts:
            if alert.link_page_id:
                alert.shown_link_page  # noqa: B018 - evaluated now, kept with the list
    changes = [a.starts_at if a.starts_at > now else a.ends_at for a in alerts]
    return Shown(alerts=alerts, next_change=min(filter(None, changes), default=None))


def _select(candidates, page, language, everywhere):
    now = timezone.now()
    paths = set(ancestor_paths(page))
    is_home = page is not None and page.depth == 2
    shown, seen, changes = [], set(), []
    # The visitor's language before the default one, so a translation wins.
    for alert in sorted(candidates.alerts, key=lambda a: a.locale.language_code != language):
        if alert.ends_at is not None and alert.ends_at <= now:
            continue
        changes.append(alert.starts_at if alert.starts_at > now else alert.ends_at)
        if alert.starts_at > now or alert.translation_key in seen:
            continue
        covers = alert.page_id is not None and not paths.isdisjoint(alert.covered_paths or ())
        if everywhere or alert.page_id is None or covers or (is_home and alert.is_emergency):
            seen.add(alert.translation_key)
            shown.append(alert)
    shown.sort(key=lambda a: (a.rank, -a.starts_at.timestamp(), a.pk))
    changes = [moment for moment in changes if moment is not None]
    return Shown(alerts=shown, next_change=min(changes, default=None))
