"""Alignment units: the sentences of an article, with a quoted passage kept whole.

A quote of several sentences ("We will discuss all the details. We have always
called on Russia ...," Cavusoglu said) stays one unit with its attribution, so a
row shows who said it and both accounts' versions line up as one piece.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.text.segment import Span, paragraphs, sentences_in

_QUOTE_MARKS = re.compile('[“”"]')
_MAX_MERGED = 6  # a runaway quote (unbalanced marks) never swallows a whole paragraph


@dataclass(frozen=True, slots=True)
class Unit:
    """One alignment unit: its 0-based position, its span in the article text and the text."""

    index: int
    start: int
    end: int
    text: str


def _quote_open_after(text: str, open_now: bool) -> bool:
    """Whether a double quotation is still open at the end of ``text``."""
    for char in _QUOTE_MARKS.findall(text):
        if char == "“":
            open_now = True
        elif char == "”":
            open_now = False
        else:
            open_now = not open_now
    return open_now


def units(text: str, merge_quotes: bool = True) -> list[Unit]:
    """Sentence units of ``text``; with ``merge_quotes`` a quote open at a sentence end
    pulls the next sentence of the same paragraph into the unit."""
    spans: list[Span] = []
    for paragraph in paragraphs(text):
        pending: Span | None = None
        merged = 0
        open_quote = False
        for sentence in sentences_in(text, paragraph):
            if pending is None:
                pending, merged = sentence, 1
            else:
                pending, merged = Span(pending.start, sentence.end), merged + 1
            open_quote = _quote_open_after(sentence.slice(text), open_quote)
            if not merge_quotes or not open_quote or merged >= _MAX_MERGED:
                spans.append(pending)
                pending, open_quote = None, False
        if pending is not None:
            spans.append(pending)
    return [Unit(i, s.start, s.end, s.slice(text)) for i, s in enumerate(spans)]
