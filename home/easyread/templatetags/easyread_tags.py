import json

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from home.easyread.links import easy_read_links
from home.easyread.models import EasyReadIndexPage, EasyReadPage

register = template.Library()

# json.dumps leaves these as they are; inside <script> they could end it early.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.inclusion_tag("easyread/tags/entry.html", takes_context=True)
def easy_read_entry(context):
    """The header's "Easy read" entry: the easy-read index of the visitor's language,
    once it lists a page."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return {}
    links = easy_read_links(request, page)
    current = None
    if isinstance(page, EasyReadIndexPage):
        current = "page"
    elif isinstance(page, EasyReadPage):
        current = "true"
    return {"index": links.index, "current": current}


@register.inclusion_tag("easyread/tags/notice.html", takes_context=True)
def easy_read_notice(context):
    """Above the content: on a page with an easy-read version, the link to it; on an
    easy-read page, what it is and the link back to the page it explains."""
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None:
        return {}
    links = easy_read_links(request, page)
    return {
        "version": links.version,
        "original": links.original,
        "is_easy_read": isinstance(page, EasyReadPage),
    }


@register.simple_tag(takes_context=True)
def easy_read_jsonld(context, page):
    """schema.org WebPage of an easy-read page: the page it is based on (isBasedOn)
    and, as schema.org has no term for easy-read language, a summary that says so
    (accessibilitySummary), in the page's language (docs/easy-read.md)."""
    request = context["request"]
    original = easy_read_links(request, page).original
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "accessibilitySummary": _("Written in easy-read language."),
    }
    if original is not None:
        data["isBasedOn"] = {"@type": "WebPage", "name": original.title, "url": original.full_url}
        data["accessibilitySummary"] = _(
            "Written in easy-read language: an easy-read version of “%(title)s”."
        ) % {"title": original.title}
    payload = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
