import datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from home.querysets import localized_pages

register = template.Library()


@register.inclusion_tag("home/tags/related_pages.html", takes_context=True)
def related_pages(context, page):
    """The page's related pages in the visitor's language, fetched in one query;
    a page behind a view restriction only for visitors it admits (its title
    alone may say what is not public)."""
    ids = [item["value"] for item in page.related_pages.raw_data if item.get("type") == "page"]
    request = context.get("request")
    targets = visible_to(request, localized_pages(ids, get_language()))
    return {
        "links": [
            {"title": target.title, "url": target.get_url(request)}
            for pk in ids
            if (target := targets.get(pk)) is not None
        ]
    }


def visible_to(request, targets):
    """{id: page} without the pages whose view restrictions turn `request` away.
    Whether a page is restricted came with it (localized_pages): the restrictions
    themselves are loaded only for the rare page that has one."""
    return {
        pk: target
        for pk, target in targets.items()
        if not target.is_restricted
        or (
            request is not None
            and all(r.accept_request(request) for r in target.get_view_restrictions())
        )
    }


@register.inclusion_tag("home/tags/page_meta.html")
def page_meta(page):
    """'Last updated' and, where set, 'reviewed on … by …'."""
    return {"page": page, "updated": last_update(page)}


def last_update(page):
    """When the page's content last changed, as citizens should read it.

    A dated page (a news item) shows its own date; it is "updated" only when it
    was published again on a later day than both that date and its first
    publication. A news item imported today with a date in 2024 was not
    updated today."""
    published = page.last_published_at
    if published is None:
        return None
    dated = getattr(page, "date", None)
    if isinstance(dated, datetime.date):
        first = timezone.localdate(page.first_published_at or published)
        if timezone.localdate(published) <= max(first, dated):
            return None
    return published


@register.simple_tag(takes_context=True)
def home_sections(context, page, hook="home_page_sections"):
    """What feature apps add to the home page, through the "home_page_sections"
    hook (or to another page through the hook named): each function takes
    (page, request) and returns HTML or ""."""
    from django.utils.html import format_html_join
    from wagtail import hooks

    request = context.get("request")
    parts = [fn(page, request) for fn in hooks.get_hooks(hook)]
    return format_html_join("\n", "{}", ((part,) for part in parts if part))
