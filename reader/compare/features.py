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
from reader.compare.spans import Cover
from reader.compare.units import Unit
from reader.compare.words import fold, is_content, term, words

_QUOTED = re.compile(r"“[^“”]+”|\"[^\"]+\"")


@dataclass(frozen=True, slots=True)
class Features:
    """A unit's term counts and its quoted words in order."""

    terms: dict[str, float]
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


def features(text: str, unit: Unit, mentions: MentionIndex, annotations: Annotations) -> Features:
    in_quote = Cover(quote_spans(unit, annotations)).covers
    terms: Counter[str] = Counter()
    unit_mentions = mentions.within(unit.start, unit.end)
    for mention in unit_mentions:
        terms[entity_term(mention.entity)] += 1.0
    in_entity = Cover([(m.start, m.end) for m in unit_mentions]).covers
    quoted: list[str] = []
    for word, start, end in words(text, unit.start, unit.end):
        if in_quote(start, end):
            quoted.append(fold(word))
        if in_entity(start, end) or not is_content(word):
            continue
        terms[term(word)] += 1.0
    return Features(dict(terms), tuple(quoted))
