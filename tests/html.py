"""Reading HTML as a browser does: parsed with lxml, read with XPath."""

import lxml.html


def parse(response, status=200):
    """The document of a response (after checking its status)."""
    assert response.status_code == status, response.content.decode()[:2000]
    return lxml.html.fromstring(response.content)


def get(client, url, status=200, **params):
    return parse(client.get(url, params), status)


def text(element):
    """An element's text as a reader perceives it: whitespace runs collapsed."""
    return " ".join(element.text_content().split())


def one(element, xpath):
    """The single element matching `xpath` (an assertion error if none or several)."""
    found = element.xpath(xpath)
    assert len(found) == 1, f"{xpath}: {len(found)} matches"
    return found[0]


def has_class(name):
    """An XPath predicate for an element having the CSS class `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"
