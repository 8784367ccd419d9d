"""Stream and rich-text values of a record: their shape checked before Wagtail reads
them, their HTML reduced to what the admin's editor allows for the field."""

import html

from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from .values import RecordError


def clean_html(value, features):
    """Rich text reduced to what the editor allows for the field (no scripts,
    no event handlers, no javascript: links), as if typed into the admin.
    Going through the editor's format keeps links to pages and documents."""
    if not isinstance(value, str) or not value:
        return value
    converter = EditorHTMLConverter(features=features)
    cleaned = converter.to_database_format(converter.from_database_format(value))
    # The converter also re-encodes characters (' → &#x27;): where that is all
    # it changed, keep the text as it came, so export and import round-trip.
    return value if html.unescape(cleaned) == html.unescape(value) else cleaned


def clean_raw(block, value):
    """clean_html() for every rich text inside a block's stored (raw) value."""
    if isinstance(block, blocks.RichTextBlock):
        return clean_html(value, block.features)
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return [
            child | {"value": clean_raw(block.child_blocks[child["type"]], child.get("value"))}
            if isinstance(child, dict) and child.get("type") in block.child_blocks
            else child
            for child in value
        ]
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: clean_raw(block.child_blocks[name], item) if name in block.child_blocks else item
            for name, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            item | {"value": clean_raw(block.child_block, item.get("value"))}
            if isinstance(item, dict) and item.get("type") == "item"
            else clean_raw(block.child_block, item)
            for item in value
        ]
    return value


def check_raw(block, value, field):
    """The shape of a block's stored (raw) value, checked before Wagtail reads
    it: to_python() takes anything, and a dict where text belongs would only
    fail when a page, its API or the HSDS list is rendered."""
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(value, list):
            raise RecordError(field, "not a list of blocks")
        for n, child in enumerate(value):
            where = f"{field}[{n}]"
            if not isinstance(child, dict) or "value" not in child:
                raise RecordError(where, 'not a block ({"type": …, "value": …})')
            if child.get("type") not in block.child_blocks:
                names = ", ".join(block.child_blocks)
                raise RecordError(
                    f"{where}.type", f"unknown block {str(child.get('type'))[:30]!r} ({names})"
                )
            check_raw(block.child_blocks[child["type"]], child["value"], f"{where}.value")
    elif isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            raise RecordError(field, "not an object")
        for name, item in value.items():
            if name not in block.child_blocks:
                raise RecordError(f"{field}.{name}", "unknown property")
            check_raw(block.child_blocks[name], item, f"{field}.{name}")
    elif isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise RecordError(field, "not a list")
        for n, item in enumerate(value):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            check_raw(block.child_block, item, f"{field}[{n}]")
    elif isinstance(block, blocks.ChooserBlock):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise RecordError(field, "not an id")
    elif isinstance(value, (dict, list)):
        raise RecordError(field, "not text" if isinstance(block, blocks.FieldBlock) else "invalid")
    elif isinstance(block, blocks.RichTextBlock | blocks.CharBlock | blocks.TextBlock) and not (
        value is None or isinstance(value, str)
    ):
        raise RecordError(field, "not text")
