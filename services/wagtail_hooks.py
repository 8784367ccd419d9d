"""What the directory adds to other pages: today's hours of the main office on
the home page, and the A–Z list where a visitor found nothing; and the
locations' snippet views, whose chooser can create a location."""

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.models import Site
from wagtail.snippets.models import register_snippet

from home.navigation import current_root
from home.pagecache.middleware import expire_at, generation_cached
from services.hours import today_of
from services.location_chooser import ServiceLocationViewSet
from services.models import ServiceIndexPage, ServiceLocation, ServiceSettings

register_snippet(ServiceLocationViewSet)


@hooks.register("home_page_sections")
def main_office_today(page, request):
    site = Site.find_for_request(request) if request else None
    if site is None:
        return ""
    office = generation_cached(
        request, f"main-office:{site.pk}:{page.locale_id}", lambda: _main_office(site, page)
    )
    if office is None:
        return ""
    location, hours, exceptions = office
    today = today_of(hours, exceptions, timezone.now())
    # "Open now" on the home page: a cached home page must not outlive the next change.
    if (change := today.next_change) is not None:
        expire_at(request, change)
    return render_to_string(
        "services/includes/home_office_hours.html",
        {"location": location, "today": today},
        request=request,
    )


def _main_office(site, page):
    """(location, hours, exceptions) of the site's main office in the page's language
    where translated, or None; kept per generation, as only an edit changes it."""
    chosen = ServiceSettings.objects.filter(site=site).values("main_office_id")
    # The chosen location and its translation into the page's language, in one query.
    keys = ServiceLocation.objects.filter(pk__in=chosen).values("translation_key")
    candidates = list(
        ServiceLocation.objects.filter(
            Q(pk__in=chosen) | Q(translation_key__in=keys, locale_id=page.locale_id)
        ).prefetch_related("hours", "exceptions")
    )
    if not candidates:
        return None
    location = next((c for c in candidates if c.locale_id == page.locale_id), candidates[0])
    return location, list(location.hours.all()), list(location.exceptions.all())


@hooks.register("help_links")
def a_to_z_link(request):
    """The A–Z list of services in the visitor's language, for pages that found nothing."""
    root = current_root(request)
    index = (
        ServiceIndexPage.objects.live().descendant_of(root).order_by("path").first()
        if root is not None
        else None
    )
    if index is None:
        return []
    url = index.get_url(request)
    if not url:
        return []
    return [(gettext("Services from A to Z"), url + index.reverse_subpage("a_to_z"))]
