"""Template tags of the service page: its JSON-LD, related services in the
visitor's language, phone links."""

import re

from django import template
from django.utils.translation import get_language

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
