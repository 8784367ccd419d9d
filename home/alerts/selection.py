"""Which alerts a page shows, and until when that answer holds.

One query per request, whatever the number of alerts: the alerts not yet ended in
the visitor's language and the default language (an alert that has no translation
yet is shown in the default language rather than not at all), each marked with
whether it covers the page. What is shown is worked out from that list, and the
page cache keeps the page no longer than the list's next start or end.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.utils import timezone, translation
from wagtail.models import Page

from home.pagecache.middleware import expire_at

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
        cache[key] = _compute(page, language or translation.get_language(), everywhere)
        if cache[key].next_change is not None:
            expire_at(request, cache[key].next_change)
    return cache[key].alerts


def _compute(page, language, everywhere):
    now = timezone.now()
    default = settings.LANGUAGE_CODE
    paths = ancestor_paths(page)
    covered = Page.objects.filter(path__in=paths, translation_key=OuterRef("page__translation_key"))
    candidates = (
        Alert.objects.not_ended(now)
        .filter(locale__language_code__in={language, default})
        .select_related("locale", "link_page")
        .annotate(covers=Exists(covered))
        .most_severe_first()
    )
    is_home = page is not None and page.depth == 2
    shown, seen, changes = [], set(), []
    # The visitor's language before the default one, so a translation wins.
    for alert in sorted(candidates, key=lambda a: a.locale.language_code != language):
        changes.append(alert.starts_at if alert.starts_at > now else alert.ends_at)
        if alert.starts_at > now or alert.translation_key in seen:
            continue
        if everywhere or alert.page_id is None or alert.covers or (is_home and alert.is_emergency):
            seen.add(alert.translation_key)
            shown.append(alert)
    shown.sort(key=lambda a: (a.rank, -a.starts_at.timestamp(), a.pk))
    changes = [moment for moment in changes if moment is not None]
    return Shown(alerts=shown, next_change=min(changes, default=None))
