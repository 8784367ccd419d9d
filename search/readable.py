"""StreamField content as readable sentences, for the index and its snippets.

Wagtail's searchable content of a StreamField is a flat list of strings, so a
table or a list of goals comes out glued ("Geplant Online-Antrag für
Kita-Plätze 1 Jugendamt 2025 Umgesetzt"), and a snippet cut from it reads as
nonsense. Here each block ends as a sentence, a structured block's parts are
"label: value", and a table row is "column heading: cell; …".
"""

from django.utils.encoding import force_str
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

SENTENCE_ENDS = (".", "!", "?", ":", ";", "…")
COMPOSITE = (TableBlock, blocks.StructBlock, blocks.ListBlock, blocks.StreamBlock)


def sentence(text):
    text = " ".join((text or "").split())
    if text and not text.endswith(SENTENCE_ENDS):
        text += "."
    return text


def leaf_text(block, value):
    return " ".join(force_str(part) for part in block.get_searchable_content(value) if part)


def table_text(value):
    rows = [[" ".join(force_str(c or "").split()) for c in row] for row in value.get("data") or []]
    if not rows:
        return []
    if value.get("first_row_is_table_header") and len(rows) > 1:
        headings, rows = rows[0], rows[1:]
        return [
            sentence(
                "; ".join(
                    f"{heading}: {cell}" if heading else cell
                    for heading, cell in zip(headings, row, strict=False)
                    if cell
                )
            )
            for row in rows
        ]
    return [sentence("; ".join(cell for cell in row if cell)) for row in rows]


def block_sentences(block, value, labelled=False):
    """The sentences of one block's value."""
    if not getattr(block.meta, "search_index", True) or value is None:
        return []
    if isinstance(block, TableBlock):
        return table_text(value)
    if isinstance(block, blocks.StructBlock):
        # Simple parts make one sentence ("Online-Antrag; Status: Geplant; Jahr:
        # 2025."), the first unlabelled unless in a list; tables, lists and
        # streams inside follow as sentences of their own.
        parts, more = [], []
        for name, child in block.child_blocks.items():
            if isinstance(child, COMPOSITE):
                more += block_sentences(child, value.get(name), labelled)
                continue
            text = " ".join(block_sentences(child, value.get(name))).rstrip(".")
            if text:
                parts.append(f"{child.label}: {text}" if parts or labelled else text)
        return ([sentence("; ".join(parts))] if parts else []) + more
    if isinstance(block, blocks.ListBlock):
        return [s for item in value for s in block_sentences(block.child_block, item, True)]
    if isinstance(block, blocks.StreamBlock):
        return [s for child in value for s in block_sentences(child.block, child.value)]
    text = leaf_text(block, value)
    return [sentence(text)] if text else []


def stream_text(stream_value):
    """A StreamField's value as text: one sentence (or more) per block."""
    return " ".join(s for child in stream_value for s in block_sentences(child.block, child.value))
