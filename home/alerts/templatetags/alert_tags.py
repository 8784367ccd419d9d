from django import template

from home.alerts.selection import alerts_for

register = template.Library()


@register.inclusion_tag("alerts/banner.html", takes_context=True)
def page_alerts(context):
    """The alerts covering the page, most severe first, above its content."""
    request = context.get("request")
    if request is None:
        return {"alerts": []}
    alerts = alerts_for(request, context.get("page"))
    return {"alerts": [(alert, alert.link(request)) for alert in alerts]}


@register.inclusion_tag("alerts/feed_links.html")
def alert_feed_links():
    """<link rel="alternate"> to the alert feeds in the page's language."""
    return {}
