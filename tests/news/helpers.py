"""Reading the news pages as a citizen would."""

import lxml.html

from tests.html import has_class, text


def document(content):
    if isinstance(content, str | bytes):
        return lxml.html.fromstring(content)
    return content


def teasers(content):
    return document(content).xpath(f"//article[{has_class('news-teaser')}]")


def teaser_titles(content):
    """The titles of the listed news items, in order."""
    return [text(teaser.xpath(".//h2/a")[0]) for teaser in teasers(content)]


def teaser_tags(content):
    """The topic names shown on each listed news item, in order."""
    return [
        [text(tag) for tag in teaser.xpath(f".//span[{has_class('news-tag')}]")]
        for teaser in teasers(content)
    ]


def results_count(content):
    [count] = document(content).xpath("//p[@id='news-count']")
    return text(count)


def link(content, rel):
    """The href of the pagination link with rel="prev" or rel="next", else None."""
    links = document(content).xpath(f"//a[@rel='{rel}']/@href")
    assert len(links) <= 1
    return links[0] if links else None


def options(content, name):
    """The filter's options for `name`: [(value, label, selected)]."""
    return [
        (option.get("value"), text(option), option.get("selected") is not None)
        for option in document(content).xpath(f"//form//select[@name='{name}']/option")
    ]
