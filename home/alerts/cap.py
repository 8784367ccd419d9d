"""One alert as a CAP 1.2 message (OASIS Common Alerting Protocol, version 1.2).

CAP is what public warning systems and apps consume. A CAP message describes one
event, so each alert in each language is a message of its own; the per-language
CAP feed (feeds.py) is an Atom index of those messages, the way CAP aggregators
read authorities' feeds. An edited alert is a new message (its identifier ends in
the time of the edit, and `sent` is that time), since readers take a known
identifier for a message they already have.

Our three severities map onto CAP's urgency, severity and certainty in CAP_TERMS;
the certainty is "Observed": the authority announces what it knows to be so.
"""

import io

from django.utils import timezone
from django.utils.xmlutils import SimplerXMLGenerator

from .models import Severity

NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
CONTENT_TYPE = "application/cap+xml; charset=utf-8"

# severity → (urgency, severity, certainty) in CAP's words.
CAP_TERMS = {
    Severity.EMERGENCY: ("Immediate", "Severe", "Observed"),
    Severity.WARNING: ("Expected", "Moderate", "Observed"),
    Severity.INFORMATION: ("Unknown", "Minor", "Observed"),
}


def cap_time(moment):
    """CAP's date-time: local time with its offset, to the second, never "Z"."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


def identifier(alert, host):
    stamp = int(alert.updated_at.timestamp())
    return f"{host}.alert.{alert.message_uuid}.{stamp}"


def message(alert, *, host, sender_name, area, web):
    """The CAP XML of `alert` as bytes. `host`: the site's host name, the sender;
    `area`: the authority's area in words; `web`: where to read more (or None)."""
    out = io.StringIO()
    xml = SimplerXMLGenerator(out, "utf-8")
    xml.startDocument()
    xml.startElement("alert", {"xmlns": NAMESPACE})
    xml.addQuickElement("identifier", identifier(alert, host))
    xml.addQuickElement("sender", host)
    xml.addQuickElement("sent", cap_time(alert.updated_at))
    xml.addQuickElement("status", "Actual")
    xml.addQuickElement("msgType", "Alert")
    xml.addQuickElement("scope", "Public")
    xml.startElement("info", {})
    xml.addQuickElement("language", alert.locale.language_code)
    xml.addQuickElement("category", "Other")
    xml.addQuickElement("event", alert.title)
    urgency, severity, certainty = CAP_TERMS[alert.severity]
    xml.addQuickElement("urgency", urgency)
    xml.addQuickElement("severity", severity)
    xml.addQuickElement("certainty", certainty)
    xml.addQuickElement("effective", cap_time(alert.starts_at))
    xml.addQuickElement("onset", cap_time(alert.starts_at))
    if alert.ends_at:
        xml.addQuickElement("expires", cap_time(alert.ends_at))
    if sender_name:
        xml.addQuickElement("senderName", sender_name)
    xml.addQuickElement("headline", alert.title)
    xml.addQuickElement("description", alert.text)
    if web:
        xml.addQuickElement("web", web)
    xml.startElement("area", {})
    xml.addQuickElement("areaDesc", area)
    xml.endElement("area")
    xml.endElement("info")
    xml.endElement("alert")
    xml.endDocument()
    return out.getvalue().encode()
