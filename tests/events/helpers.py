"""Reading the events listing as a citizen would."""

import lxml.html

from tests.html import has_class, text


def titles(content):
    """The titles of the listed events, in order."""
    tree = lxml.html.fromstring(content)
    return [text(a) for a in tree.xpath(f"//article[{has_class('event-teaser')}]//h2/a")]


def errors(content):
    tree = lxml.html.fromstring(content)
    return [text(li) for li in tree.xpath("//div[@id='events-errors']//li")]


def link(content, rel):
    hrefs = lxml.html.fromstring(content).xpath(f"//a[@rel='{rel}']/@href")
    return hrefs[0] if hrefs else None
