from django import template
from django.utils.translation import get_language

from home.querysets import localized_pages

register = template.Library()


@register.inclusion_tag("home/tags/related_pages.html", takes_context=True)
def related_pages(context, page):
    """The page's related pages in the visitor's language, fetched in one query."""
    ids = [item["value"] for item in page.related_pages.raw_data if item.get("type") == "page"]
    targets = localized_pages(ids, get_language())
    request = context.get("request")
    return {
        "links": [
            {"title": target.title, "url": target.get_url(request)}
            for pk in ids
            if (target := targets.get(pk)) is not None
        ]
    }


@register.inclusion_tag("home/tags/page_meta.html")
def page_meta(page):
    """'Last updated' and, where set, 'reviewed on … by …'."""
    return {"page": page}
