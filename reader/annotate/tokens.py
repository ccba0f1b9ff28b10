"""Word tokens with offsets and the few facts the entity rules ask of them.

A token knows its folded lookup key, whether it is capitalized, whether it
opens a sentence (where capitals say nothing about names), whether its
paragraph is an ALL-CAPS headline (where capitals say nothing at all), and
whether the next token may continue the same name ("St. Petersburg",
"al-Assad", "Saint Petersburg" but not "Turkey, Russia").
"""

from __future__ import annotations

import re

from reader.annotate.textnorm import key as fold_key
from reader.text.segment import paragraphs, sentences

# Dotted acronyms ("U.S.", "U.N.") are one token; otherwise runs of letters and
# digits, joining an apostrophe only inside names ("O'Brien", not "Russia's").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’](?=[A-Z])[^\W_]+)*")
_ABBREVIATIONS = frozenset(
    "st mt ft mr mrs ms dr gen col lt capt sgt sen rep gov prof rev jr sr maj adm cmdr".split()
)
_EXPANSIONS = {"st": "saint", "mt": "mount", "ft": "fort"}
_OPENERS = frozenset("“\"‘'«(:—–[")
_NAME_GAPS = frozenset((" ", "-", "‐", "‑", "\u00a0"))


class Token:
    __slots__ = ("start", "end", "text", "key", "cap", "upper", "initial", "shout", "joins")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = fold_key(text).replace(".", "") if "." in text else fold_key(text)
        self.cap = text[0].isupper()
        self.upper = len(text) > 1 and text.isupper()
        self.initial = False  # first word of a sentence or of a quotation
        self.shout = False  # inside an ALL-CAPS paragraph
        self.joins = False  # the next token may belong to the same name

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


def _gap_joins(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if gap in _NAME_GAPS:
        return True
    if gap in (". ", ".") and (left.key in _ABBREVIATIONS or (len(left.text) == 1 and left.cap)):
        return True
    return False


def tokenize(text: str) -> list[Token]:
    tokens = [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    for left, right in zip(tokens, tokens[1:]):
        left.joins = _gap_joins(text, left, right)
        if left.joins and right.cap and left.key in _EXPANSIONS and left.cap:
            left.key = _EXPANSIONS[left.key]
    _mark_sentence_starts(text, tokens)
    _mark_shouting(text, tokens)
    return tokens


def _mark_sentence_starts(text: str, tokens: list[Token]) -> None:
    starts = [span.start for span in sentences(text)]
    i = 0
    for start in starts:
        while i < len(tokens) and tokens[i].start < start:
            i += 1
        if i < len(tokens):
            tokens[i].initial = True
    for token in tokens:
        if not token.initial and token.start > 0:
            before = text[max(0, token.start - 2) : token.start].rstrip()
            if before and before[-1] in _OPENERS:
                token.initial = True


def _mark_shouting(text: str, tokens: list[Token]) -> None:
    """Flag tokens of paragraphs written in capitals, such as wire headlines."""
    i = 0
    for para in paragraphs(text):
        first = i
        while i < len(tokens) and tokens[i].start < para.end:
            i += 1
        words = [t for t in tokens[first:i] if len(t.text) > 1 and not t.text.isdigit()]
        if len(words) >= 3 and sum(t.upper for t in words) >= 0.7 * len(words):
            for t in tokens[first:i]:
                t.shout = True
