"""Split article text into paragraphs and sentences, keeping character offsets.

Offsets index the article's display text (paragraphs joined by blank lines),
which is the coordinate system shared by annotation, alignment and the UI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH_SEPARATOR = "\n\n"

# Words that end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt capt cmdr maj sgt adm gov sen rep pres rev hon
    messrs mt ft fr no nos vol vs etc inc ltd co corp dept univ est approx fig al
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n e.u u.a.e a.m p.m i.e e.g""".split()
)

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
# A sentence end: terminal punctuation, any closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(\s+)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LOOKBACK = 40  # longer than any abbreviation


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


def join_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> str:
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-empty paragraphs (separated by blank lines or single newlines)."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        stripped = match.group()
        lead = len(stripped) - len(stripped.lstrip())
        trail = len(stripped) - len(stripped.rstrip())
        if end - trail > start + lead:
            spans.append(Span(start + lead, end - trail))
    return spans


def _is_abbreviation(text: str, period_at: int) -> bool:
    # Look back a short window only: searching from 0 made segmentation quadratic.
    match = _WORD_BEFORE.search(text, max(0, period_at - _LOOKBACK), period_at)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Initials such as "J." or "R." in "J. R. Smith", and dotted ones: "D.A. Davidson".
    return (len(word) == 1 and word.isalpha()) or _DOTTED_INITIALS.fullmatch(word) is not None


def _starts_sentence(text: str, at: int) -> bool:
    if at >= len(text):
        return True
    char = text[at]
    if char in _OPENERS:
        following = text[at + 1 : at + 2]
        return not following or not following.islower()
    return char.isupper() or char.isdigit() or not char.isalpha()


def sentences_in(text: str, span: Span) -> list[Span]:
    """Sentence spans inside one paragraph span."""
    result = []
    start = span.start
    for match in _BOUNDARY.finditer(text, span.start, span.end):
        end = match.end(2)
        next_start = match.end(3)
        if next_start >= span.end:
            break
        if match.group(1) == "." and _is_abbreviation(text, match.start(1)):
            continue
        if not _starts_sentence(text, next_start):
            continue
        if end > start:
            result.append(Span(start, end))
        start = next_start
    if span.end > start:
        result.append(Span(start, span.end))
    return result


def sentences(text: str) -> list[Span]:
    """All sentence spans of ``text``; a paragraph break always ends a sentence."""
    return [s for p in paragraphs(text) for s in sentences_in(text, p)]
