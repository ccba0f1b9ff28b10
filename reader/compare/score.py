"""Similarity of two units: TF-IDF cosine over both accounts, plus shared quoted words.

Scores run from 0 to 1 + QUOTE_BONUS (a shared quotation lifts a pair above any
paraphrase); callers clamp to 1 for display.

IDF is computed over the units of the two articles together, so words both
accounts repeat everywhere ("Turkey", "Russia") count less than the rare ones a
pair of sentences shares. Only pairs that share a term are scored (inverted
index), which keeps long articles fast.
"""

from __future__ import annotations

import math
from collections import defaultdict
from difflib import SequenceMatcher

from reader.compare.features import Features

QUOTE_RUN_MIN = 3  # quoted words in a row that start to count as a shared quotation
QUOTE_RUN_FULL = 8  # ... and that earn the whole bonus
QUOTE_BONUS = 0.3


class Scorer:
    def __init__(self, left: list[Features], right: list[Features]):
        self.left = left
        self.right = right
        df: dict[str, int] = defaultdict(int)
        for feats in (*left, *right):
            for term in feats.terms:
                df[term] += 1
        total = len(left) + len(right)
        self.idf = {term: math.log(1.0 + total / count) for term, count in df.items()}
        self.left_vectors = [self.vector(f.terms) for f in left]
        self.right_vectors = [self.vector(f.terms) for f in right]

    def vector(self, terms: dict[str, float]) -> dict[str, float]:
        return {t: w * self.idf.get(t, 1.0) for t, w in terms.items()}

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        dot = sum(w * b[t] for t, w in a.items() if t in b)
        if not dot:
            return 0.0
        return dot / math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))

    @staticmethod
    def quote_bonus(a: tuple[str, ...], b: tuple[str, ...]) -> float:
        if len(a) < QUOTE_RUN_MIN or len(b) < QUOTE_RUN_MIN:
            return 0.0
        run = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size
        if run < QUOTE_RUN_MIN:
            return 0.0
        return QUOTE_BONUS * min(1.0, run / QUOTE_RUN_FULL)

    def pair(self, i: int, j: int) -> float:
        return self.group((i,), (j,))

    def group(self, left: tuple[int, ...], right: tuple[int, ...]) -> float:
        """Score of the units ``left`` read together against the units ``right`` read together."""
        a = self._merged([self.left[i] for i in left])
        b = self._merged([self.right[j] for j in right])
        base = self.cosine(self.vector(a.terms), self.vector(b.terms))
        return base + self.quote_bonus(a.quoted, b.quoted)

    @staticmethod
    def _merged(parts: list[Features]) -> Features:
        if len(parts) == 1:
            return parts[0]
        terms: dict[str, float] = defaultdict(float)
        for part in parts:
            for t, w in part.terms.items():
                terms[t] += w
        quoted = tuple(word for part in parts for word in part.quoted)
        return Features(dict(terms), quoted)

    def candidates(self, floor: float) -> dict[tuple[int, int], float]:
        """Scores of every pair sharing at least one term, keeping those >= ``floor``."""
        left_units = [_unit_vector(v) for v in self.left_vectors]
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for j, vec in enumerate(self.right_vectors):
            for term, weight in _unit_vector(vec).items():
                postings[term].append((j, weight))
        scores = {}
        for i, vec in enumerate(left_units):
            dots: dict[int, float] = defaultdict(float)
            for term, weight in vec.items():
                for j, other in postings.get(term, ()):
                    dots[j] += weight * other
            quoted = self.left[i].quoted
            for j, score in dots.items():
                if quoted and self.right[j].quoted:
                    score += self.quote_bonus(quoted, self.right[j].quoted)
                if score >= floor:
                    scores[(i, j)] = score
        return scores


def _unit_vector(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}
