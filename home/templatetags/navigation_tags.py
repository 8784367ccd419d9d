from django import template
from django.conf import settings
from django.utils.translation import gettext as _

from home import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def get_organisation(context):
    return navigation.organisation(context["request"])


@register.simple_tag(takes_context=True)
def get_home_url(context):
    root = navigation.current_root(context["request"], context.get("page"))
    return root.get_url(context["request"]) if root else "/"


@register.inclusion_tag("home/tags/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    page = context.get("page")
    root = navigation.current_root(request, page)
    items = []
    for item in navigation.menu_items(request, root) if root is not None else []:
        if page is not None and item["pk"] == page.pk:
            current = "page"
        elif page is not None and page.path.startswith(item["path"]):
            current = "true"
        else:
            current = None
        items.append({"title": item["title"], "url": item["url"], "current": current})
    return {"items": items}


@register.inclusion_tag("home/tags/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": None}
    request = context["request"]
    return {
        # The home page's title is a greeting: the trail calls it "Home".
        "ancestors": [
            {"title": _("Home") if a["depth"] == 2 else a["title"], "url": a["url"]}
            for a in navigation.ancestors(request, page)
        ],
        # The page itself as this request shows it (a preview shows its draft's title).
        "page": {"title": page.title, "url": page.get_url(request)},
    }


@register.inclusion_tag("home/tags/language_switcher.html", takes_context=True)
def language_switcher(context):
    return {"links": navigation.language_links(context["request"], context.get("page"))}


@register.inclusion_tag("home/tags/translation_notices.html", takes_context=True)
def translation_notices(context):
    """Tells the visitor when this translation is behind its original, or when
    they are reading the original because their language has no translation yet."""
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None:
        return {}
    return {
        "outdated": navigation.outdated_notice(request, page),
        "untranslated": navigation.untranslated_notice(request, page),
        "not_translated": navigation.not_translated_notice(request, page),
    }


@register.inclusion_tag("home/tags/alternates.html", takes_context=True)
def alternates(context):
    """hreflang links for each live translation, x-default, and a self-referencing canonical."""
    request = context["request"]
    page = context["page"]
    translations = navigation.live_translations(request, page)
    links = [
        {"hreflang": code, "url": translations[code].get_full_url(request)}
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    return {
        "canonical": page.get_full_url(request),
        "links": links,
        "x_default": default.get_full_url(request) if default else None,
    }


@register.inclusion_tag("home/tags/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    org = navigation.organisation(request)
    return {"organisation": org, "links": navigation.footer_links(request, org)}


@register.inclusion_tag("home/tags/site_logo.html", takes_context=True)
def site_logo(context, organisation):
    request = context.get("request")
    return {
        "organisation": organisation,
        "logo": navigation.identity(request)["logo"] if request else None,
    }


@register.inclusion_tag("home/tags/identity_head.html", takes_context=True)
def site_identity_head(context):
    request = context.get("request")
    return (
        navigation.identity(request)
        if request
        else {"theme_colour": navigation.DEFAULT_THEME_COLOUR}
    )


@register.inclusion_tag("includes/ways_on.html", takes_context=True)
def ways_on(context):
    """Where a visitor who found nothing can go: the top tasks of the home page
    in their language, and what feature apps offer through the "help_links"
    hook (a function of the request returning [(label, url)], e.g. the A–Z list)."""
    from wagtail import hooks

    request = context["request"]
    root = navigation.current_root(request, context.get("page"))
    tasks = root.specific.tasks(request) if root is not None else []
    links = [link for fn in hooks.get_hooks("help_links") for link in fn(request)]
    return {"tasks": tasks, "links": links, "home_url": root.get_url(request) if root else "/"}
