"""What a unit says, as terms: stemmed content words and canonical entities.

An entity mention becomes one term named by its canonical entity, so "Daesh",
"IS" and "Islamic State" meet. The words inside quotation marks are kept in order
as well: a run of them shared by two units is the strongest sign that both report
the same statement (see score.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from reader.annotate.model import Annotations, Mention
from reader.compare.units import Unit
from reader.compare.words import fold, term

_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"“[^“”]+”|\"[^\"]+\"")


@dataclass(frozen=True, slots=True)
class Features:
    """A unit's term counts and its quoted words in order."""

    terms: dict[str, int]
    quoted: tuple[str, ...]


def entity_term(entity: str) -> str:
    return "@" + fold(entity)


def quote_spans(unit: Unit, annotations: Annotations) -> list[tuple[int, int]]:
    """Quoted stretches of a unit: the annotator's quotes plus any text between quote marks."""
    spans = [(q.start, q.end) for q in annotations.quotes if q.start < unit.end and q.end > unit.start]
    spans += [(unit.start + m.start(), unit.start + m.end()) for m in _QUOTED.finditer(unit.text)]
    return sorted(spans)


class MentionIndex:
    """Mentions sorted by start, for fast lookup of those inside a span."""

    def __init__(self, mentions: tuple[Mention, ...] | list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found


def _clipped(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The union of ``spans`` within ``[start, end)``, as sorted disjoint ranges."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted((max(s, start), min(e, end)) for s, e in spans):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def features(text: str, unit: Unit, mentions: MentionIndex, annotations: Annotations) -> Features:
    unit_mentions = mentions.within(unit.start, unit.end)
    terms: Counter[str] = Counter(entity_term(m.entity) for m in unit_mentions)
    # Words between the mentions (a mention already counts as its entity).
    at = unit.start
    for s, e in [*_clipped([(m.start, m.end) for m in unit_mentions], unit.start, unit.end), (unit.end, unit.end)]:
        terms.update(filter(None, map(term, _WORD.findall(text, at, s))))  # "" marks a stop word
        at = e
    quoted = tuple(
        fold(word)
        for s, e in _clipped(quote_spans(unit, annotations), unit.start, unit.end)
        for word in _WORD.findall(text, s, e)
    )
    return Features(dict(terms), quoted)
