"""Readable snippets: the page's summary when the title or summary matched, else
the sentence of the page's text with the first match, never cut mid-sentence
unless one sentence is very long (then cut at words around the match, with "…").

The text arrives fully marked by ts_headline (search/query.py): matched words
between MARK_START and MARK_END.
"""

import re

from django.utils.text import Truncator

from .ranking import MARK_END, MARK_START

SUMMARY_WORDS = 40
# A sentence this short gets the following one too.
MIN_CHARS = 40
MAX_CHARS = 320
WINDOW_WORDS = 24  # around the match, when one sentence is longer than MAX_CHARS
# A sentence ends at ".", "!" or "?" followed by a space (extraction ends every
# block and table row so: search/readable.py).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def snippet(text, from_summary):
    text = " ".join((text or "").split())
    if not text:
        return ""
    if from_summary:
        return Truncator(text).words(SUMMARY_WORDS, truncate=" …")
    sentences = SENTENCE_END.split(text)
    first = next((n for n, s in enumerate(sentences) if MARK_START in s), 0)
    chosen = [sentences[first]]
    for following in sentences[first + 1 :]:
        if len(" ".join(chosen)) >= MIN_CHARS:
            break
        chosen.append(following)
    excerpt = " ".join(chosen)
    if len(excerpt) <= MAX_CHARS:
        return excerpt
    return window(excerpt)


def window(text):
    """WINDOW_WORDS words around the first match, with "…" where text was cut."""
    words = text.split(" ")
    at = next((n for n, w in enumerate(words) if MARK_START in w), 0)
    start = max(0, at - WINDOW_WORDS // 3)
    end = min(len(words), start + WINDOW_WORDS)
    cut = " ".join(words[start:end])
    # A cut must not leave a match open.
    if cut.count(MARK_START) > cut.count(MARK_END):
        cut += MARK_END
    return ("… " if start else "") + cut + (" …" if end < len(words) else "")
