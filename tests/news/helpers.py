"""Reading the news pages as a citizen would."""

import html
import re


def teaser_titles(content):
    """The titles of the listed news items, in order."""
    if isinstance(content, bytes):
        content = content.decode()
    return [
        html.unescape(m.group(1))
        for m in re.finditer(
            r'<article class="news-teaser">.*?<h2><a href="[^"]+">([^<]+)</a></h2>', content, re.S
        )
    ]


def results_count(content):
    if isinstance(content, bytes):
        content = content.decode()
    return re.search(r'<p class="news-count" id="news-count">([^<]+)</p>', content).group(1)


def link(content, rel):
    """The href of the pagination link with rel="prev" or rel="next", else None."""
    if isinstance(content, bytes):
        content = content.decode()
    match = re.search(rf'<a href="([^"]+)" rel="{rel}">', content)
    return html.unescape(match.group(1)) if match else None
