"""Quotations both accounts carry, matched even when an outlet edited them.

Two quotes match when enough of their words appear in the same order (so an
inserted "[IS]", a swapped bracket, an ellipsis or a dropped sentence does not
hide the match); a quote may meet two on the other side when one outlet split
it. The edits between the two versions are named: editorial gloss, bracket
swap, ellipsis, dropped sentence, trimmed ends, changed words.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.annotate.model import Quote
from reader.compare.words import Token, fold, split_at_bracket_swaps, tokens, words

MIN_SHARED_WORDS = 2
MIN_COVERAGE = 0.6  # share of the shorter quote's words found, in order, in the other
SHORT_QUOTE = 3  # words: a quote this short must be found whole
EDIT_KINDS = ("editorial", "bracket", "ellipsis", "sentence", "trimmed", "words")
_ELLIPSES = frozenset({"...", "…"})


@dataclass(frozen=True, slots=True)
class QuoteEdit:
    """One difference between two versions of a quote: what each side has there."""

    kind: str  # one of EDIT_KINDS
    left: str
    right: str

    def to_json(self) -> dict:
        return {"kind": self.kind, "left": self.left, "right": self.right}


@dataclass(frozen=True, slots=True)
class SharedQuote:
    left: Quote
    right: Quote
    coverage: float
    edits: tuple[QuoteEdit, ...]


def _words(quote: Quote) -> list[str]:
    return [fold(w) for w, start, _ in words(quote.text) if not _in_brackets(quote.text, start)]


def _in_brackets(text: str, at: int) -> bool:
    opened = max(text.rfind("[", 0, at), text.rfind("(", 0, at))
    closed = max(text.rfind("]", 0, at), text.rfind(")", 0, at))
    return opened > closed


def _overlap(a: list[str], b: list[str]) -> tuple[int, set[int], set[int]]:
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    left = {i for blk in blocks for i in range(blk.a, blk.a + blk.size)}
    right = {j for blk in blocks for j in range(blk.b, blk.b + blk.size)}
    return len(left), left, right


def _span_text(text: str, toks: list[Token]) -> str:
    return text[toks[0].start : toks[-1].end] if toks else ""


def _describe(
    kind: str, left: list[Token], right: list[Token], ltext: str, rtext: str, first: bool, last: bool
) -> QuoteEdit | None:
    """Name one change between two quote versions, or None for punctuation alone."""
    lw = [t for t in left if t.is_word]
    rw = [t for t in right if t.is_word]
    if any(t.text in _ELLIPSES for t in (*left, *right)):
        return QuoteEdit("ellipsis", ltext, rtext)
    if not lw and not rw:
        return None
    if len(lw) == 1 and len(rw) == 1 and lw[0].is_bracketed and rw[0].is_bracketed:
        return QuoteEdit("bracket", ltext, rtext)
    if all(t.is_bracketed for t in (*lw, *rw)):
        return QuoteEdit("editorial", ltext, rtext)
    if kind in ("insert", "delete") and (first or last):
        return QuoteEdit("trimmed", ltext, rtext)
    if kind in ("insert", "delete") and len(lw) + len(rw) >= 3 and any(t.text in ".!?" for t in (*left, *right)):
        return QuoteEdit("sentence", ltext, rtext)
    return QuoteEdit("words", ltext, rtext)


def _slide(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """Shift a dropped stretch that begins with a mark repeated just after it, so the
    stretch reads as a whole sentence ("Nothing is off the table." not ". Nothing ...")."""
    while start < end < len(toks) and not toks[start].is_word and toks[end].norm == toks[start].norm:
        start, end = start + 1, end + 1
    return start, end


def quote_edits(left: Quote, right: Quote) -> tuple[QuoteEdit, ...]:
    lt, rt = tokens(left.text), tokens(right.text)
    opcodes = SequenceMatcher(None, [t.norm for t in lt], [t.norm for t in rt], autojunk=False).get_opcodes()
    edits = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            continue
        if tag == "delete":
            i1, i2 = _slide(lt, i1, i2)
        elif tag == "insert":
            j1, j2 = _slide(rt, j1, j2)
        pieces = split_at_bracket_swaps(lt[i1:i2], rt[j1:j2])
        for k, (ltoks, rtoks) in enumerate(pieces):
            kind = "replace" if ltoks and rtoks else ("delete" if ltoks else "insert")
            first = index == 0 and k == 0
            last = index == len(opcodes) - 1 and k == len(pieces) - 1
            ltext, rtext = _span_text(left.text, ltoks), _span_text(right.text, rtoks)
            edit = _describe(kind, ltoks, rtoks, ltext, rtext, first, last)
            if edit is not None:
                edits.append(edit)
    return tuple(edits)


def _needed(shorter: int) -> int:
    """Words two quotes must share in order, given the shorter one's length."""
    if shorter <= SHORT_QUOTE:
        return shorter  # "on the table" is not "off the table"
    return max(MIN_SHARED_WORDS, math.ceil(MIN_COVERAGE * shorter))


def match_quotes(
    left: tuple[Quote, ...], right: tuple[Quote, ...]
) -> tuple[list[SharedQuote], list[Quote], list[Quote]]:
    """Shared quotes (in left order), then the quotes only the left, only the right carries."""
    left_words = [_words(q) for q in left]
    right_words = [_words(q) for q in right]
    left_bags = [Counter(w) for w in left_words]
    right_bags = [Counter(w) for w in right_words]
    candidates = []
    for i, a in enumerate(left_words):
        for j, b in enumerate(right_words):
            if not a or not b:
                continue
            # Words in common, order aside, bound the in-order overlap: skip hopeless pairs cheaply.
            la, lb = left_bags[i], right_bags[j]
            common = sum(min(la[w], lb[w]) for w in la.keys() & lb.keys())
            if common < _needed(min(len(a), len(b))):
                continue
            shared, lpos, rpos = _overlap(a, b)
            coverage = shared / min(len(a), len(b))
            if shared >= _needed(min(len(a), len(b))):
                candidates.append((shared, coverage, i, j, lpos, rpos))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    # A quote may match several on the other side, as long as they cover different words.
    covered_left: dict[int, set[int]] = {}
    covered_right: dict[int, set[int]] = {}
    pairs = []
    for _shared, coverage, i, j, lpos, rpos in candidates:
        if covered_left.get(i, set()) & lpos or covered_right.get(j, set()) & rpos:
            continue
        covered_left.setdefault(i, set()).update(lpos)
        covered_right.setdefault(j, set()).update(rpos)
        pairs.append((i, j, coverage))
    pairs.sort()
    shared_quotes = [SharedQuote(left[i], right[j], cov, quote_edits(left[i], right[j])) for i, j, cov in pairs]
    only_left = [q for i, q in enumerate(left) if i not in covered_left]
    only_right = [q for j, q in enumerate(right) if j not in covered_right]
    return shared_quotes, only_left, only_right
