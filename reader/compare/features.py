"""What a unit says, as terms: stemmed content words, figures and canonical entities.

A name written as an alias adds a term named by its canonical entity, so "Daesh",
"IS" and "Islamic State" meet; the name's own words count as well, so entity
annotation only ever adds evidence: a name the annotator typed or delimited
differently on the two sides ("London Metal Exchange" / "London") still meets by
its words. Dates and amounts are read by their words ("2017" as a date on one side,
a plain number on the other; "44 days" / "44-day"). Figures are read in one form ("Twenty-three" / "23", see
numbers.py). The words inside quotation marks are kept in order as well: a run of
them shared by two units is the strongest sign that both report the same
statement (see score.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from reader.annotate.model import Annotations, Mention
from reader.compare.numbers import TOKEN, is_number, read_token
from reader.compare.units import Unit
from reader.compare.words import fold, term

_WORD = re.compile(r"\w+")
# Mentions of these labels are names that may have aliases; dates, times, amounts
# are read by their words alone.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
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


@lru_cache(maxsize=65536)
def _token_terms(token: str) -> tuple[str, ...]:
    terms = (word if is_number(word) else term(word) for word in read_token(token))
    return tuple(t for t in terms if t)  # "" marks a stop word


def word_terms(text: str, start: int, end: int) -> list[str]:
    """Scoring terms of the words in ``text[start:end]``: figures in one form (numbers.py),
    other words by ``term`` (stop words left out)."""
    return [t for token in TOKEN.findall(text, start, end) for t in _token_terms(token)]


def features(text: str, unit: Unit, mentions: MentionIndex, annotations: Annotations) -> Features:
    unit_mentions = mentions.within(unit.start, unit.end)
    names = [m for m in unit_mentions if m.label in NAME_LABELS]
    # Words count one each, but a name's words share the weight of one word, so
    # "Recep Tayyip Erdogan" weighs no more than "Erdogan" and a long name does not
    # drown a sentence, while "London Metal Exchange" still meets "London".
    terms: dict[str, float] = Counter(word_terms(text, unit.start, unit.end))
    for s, e in _clipped([(m.start, m.end) for m in names], unit.start, unit.end):
        inside = word_terms(text, s, e)
        for t in inside:
            left = terms.get(t, 0.0) - 1.0 + 1.0 / len(inside)
            if left > 1e-9:
                terms[t] = left
            else:
                terms.pop(t, None)
    for m in names:
        if fold(m.text) != fold(m.entity):  # an alias ("Daesh", "Cavusoglu") also names its entity
            terms[entity_term(m.entity)] = terms.get(entity_term(m.entity), 0.0) + 1.0
    quoted = tuple(
        fold(word)
        for s, e in _clipped(quote_spans(unit, annotations), unit.start, unit.end)
        for word in _WORD.findall(text, s, e)
    )
    return Features(dict(terms), quoted)
