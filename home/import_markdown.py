"""Markdown of import files as Wagtail rich text and body blocks, with only the tags our
text blocks allow (docs/import-format.md, "The body")."""

import html
import re

import markdown
import nh3

TEXT_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}
HEADING = re.compile(r"<h([1-4])\b[^>]*>(.*?)</h\1>", re.S)
MINOR_HEADING = re.compile(r"<h([5-6])\b[^>]*>(.*?)</h\1>", re.S)
TAG = re.compile(r"<[^>]+>")


def render_markdown(text):
    return markdown.markdown(text or "", extensions=["sane_lists"], output_format="html")


def clean_html(fragment):
    """Rich text in Wagtail's stored form with only the tags the text blocks allow."""
    fragment = nh3.clean(
        fragment,
        tags=TEXT_TAGS | {"strong", "em"},
        attributes={"a": {"href"}, "*": set()},
        link_rel=None,
        url_schemes={"http", "https", "mailto", "tel"},
    )
    for old, new in (("strong", "b"), ("em", "i")):
        fragment = fragment.replace(f"<{old}>", f"<{new}>").replace(f"</{old}>", f"</{new}>")
    fragment = re.sub(r"<a>(.*?)</a>", r"\1", fragment, flags=re.S)  # links with a bad address
    fragment = re.sub(r"<li>\s*<p>", "<li>", fragment)  # "loose" Markdown lists
    fragment = re.sub(r"</p>\s*</li>", "</li>", fragment)
    fragment = fragment.strip()
    return fragment if TAG.sub("", fragment).strip() else ""


def plain_text(fragment):
    return html.unescape(TAG.sub("", fragment)).strip()


def markdown_blocks(text):
    """The body as (block type, value) pairs: a heading block per heading (`#` becomes
    h2 like `##`) and a text block for what lies between headings."""
    rendered = MINOR_HEADING.sub(r"<p><strong>\2</strong></p>", render_markdown(text))
    blocks, position = [], 0
    for match in [*HEADING.finditer(rendered), None]:
        paragraph = clean_html(rendered[position : match.start() if match else None])
        if paragraph:
            blocks.append(("paragraph", paragraph))
        if match is None:
            break
        if plain_text(match.group(2)):
            level = max(2, int(match.group(1)))
            blocks.append(("heading", {"text": plain_text(match.group(2)), "level": f"h{level}"}))
        position = match.end()
    return blocks


def markdown_rich_text(text):
    """One rich text value; headings become bold paragraphs, as rich text fields have none."""
    rendered = render_markdown(text)
    rendered = HEADING.sub(r"<p><strong>\2</strong></p>", rendered)
    return clean_html(MINOR_HEADING.sub(r"<p><strong>\2</strong></p>", rendered))
