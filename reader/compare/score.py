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
COMMON_CAP = 30  # right units a term may appear in and still propose candidate pairs


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
        """TF-IDF weights with sublinear tf (1 + log tf): a word repeated in a long unit
        does not drown the others."""
        return {t: (1.0 + math.log(w) if w > 1 else w) * self.idf.get(t, 1.0) for t, w in terms.items()}

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
        if len(a) < QUOTE_RUN_MIN or len(b) < QUOTE_RUN_MIN or not _shared_run_start(a, b):
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
        """Scores of the pairs sharing a term, keeping those >= ``floor``.

        Pairs are found through terms that are not everywhere: a term in more than
        COMMON_CAP right units does not by itself make two units candidates, though it
        counts in their score. That keeps very long articles from scoring every pair;
        for articles of ordinary length every pair sharing a term is scored.
        """
        left_units = [_unit_vector(v) for v in self.left_vectors]
        right_units = [_unit_vector(v) for v in self.right_vectors]
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for j, vec in enumerate(right_units):
            for term, weight in vec.items():
                postings[term].append((j, weight))
        right_quoted = [f.quoted for f in self.right]
        scores = {}
        for i, vec in enumerate(left_units):
            dots: dict[int, float] = defaultdict(float)
            common = []
            for term, weight in vec.items():
                found = postings.get(term, ())
                if len(found) > COMMON_CAP:
                    common.append((term, weight))
                    continue
                for j, other in found:
                    dots[j] += weight * other
            for term, weight in common:  # counted only for pairs a rarer term proposed
                for j, other in postings[term]:
                    if j in dots:
                        dots[j] += weight * other
            quoted = self.left[i].quoted
            reach = floor - QUOTE_BONUS  # below this even a shared quotation cannot lift a pair
            for j, score in dots.items():
                if quoted and right_quoted[j] and score >= reach:
                    score += self.quote_bonus(quoted, right_quoted[j])
                if score >= floor:
                    scores[(i, j)] = score
        return scores


def _runs(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {words[k : k + QUOTE_RUN_MIN] for k in range(len(words) - QUOTE_RUN_MIN + 1)}


def _shared_run_start(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the two share QUOTE_RUN_MIN words in a row: a cheap test before difflib."""
    return not _runs(a).isdisjoint(_runs(b))


def _unit_vector(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}
