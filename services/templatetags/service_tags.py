"""Template tags of the service page: its JSON-LD, related services in the
visitor's language, phone links."""

import re

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from home.pagecache.middleware import generation_cached
from home.templatetags.page_tags import related_pages as related_page_links
from services import jsonld

register = template.Library()


@register.simple_tag(takes_context=True)
def service_jsonld(context):
    """The page's schema.org GovernmentService, from the context ServicePage.get_context made."""
    page, request = context["page"], context["request"]
    data = jsonld.government_service(
        page,
        url=page.get_full_url(request),
        language=get_language(),
        terms=context["terms"],
        locations=context["locations"],
        organisation=context["provider"],
        today=context["today"],
    )
    return jsonld.script_tag(data)


@register.simple_tag(takes_context=True)
def location_section(context, shown, number):
    """A place of the service, with today's and the week's hours. Many services
    share a place, so the section is kept per generation; the clock enters the key
    as today's date and the next opening or closing, which is all it depends on."""
    request, language = context["request"], get_language()
    schedule = shown.schedule
    change = schedule.today.next_change if schedule else None
    moment = f"{timezone.localdate()}:{int(change.timestamp()) if change else '-'}"
    key = f"location:{language}:{shown.location.pk}:{shown.language}:{number}:{moment}"
    values = {
        "location": shown.location,
        "schedule": schedule,
        "language": shown.language,
        "number": number,
        "fold": number > 1,
    }
    return generation_cached(
        request,
        key,
        lambda: render_to_string("services/includes/service_location.html", values, request),
    )


@register.inclusion_tag("services/includes/related_services.html", takes_context=True)
def related_services(context, page):
    """The related services in the visitor's language: the same links as any page's
    related pages, under a heading of their own."""
    return related_page_links(context, page)


@register.filter
def tel_href(number):
    """A phone number as a tel: URI: '+49 (0)1234 44-11' → 'tel:+4912344411'.

    The '(0)' of German numbers is dropped after a country code, as dialling
    from abroad needs."""
    number = str(number or "")
    if number.strip().startswith("+"):
        number = number.replace("(0)", "")
    return "tel:" + re.sub(r"[^\d+]", "", number)
