"""Pair units of two accounts by best score, in any order, allowing 1:2 splits.

Every pair that shares a term is scored; a unit's neighbour is offered as a second
partner when reading the two together scores higher than either alone (one account
says in one sentence what the other says in two). Candidates, single and merged,
are then taken greedily from the best down, each unit used at most once, and
nothing below the threshold is paired: a sentence the other account has nothing
like stays unmatched.

Order is only a tie-breaker: candidates are ranked by score less a small penalty
for the distance between their relative positions in the two articles, so when
two candidates are about as good the one that keeps the story's order wins; the
threshold always applies to the plain score, so a strong pair far out of order
is still made (and shown as moved).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.compare.score import Scorer

THRESHOLD = 0.2  # lowest score that pairs two units
PART_FLOOR = 0.15  # lowest score each part of a split must reach on its own
MERGE_GAIN = 0.0  # how much better the merged reading must score than the best single part
ORDER_PENALTY = 0.15  # rank penalty per unit of relative-position distance (0..1)


@dataclass(frozen=True, slots=True)
class Match:
    """Units paired across the accounts: one on each side, or one facing two neighbours."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


def _split_candidates(
    scorer: Scorer, singles: dict[tuple[int, int], float], n_left: int, n_right: int
) -> list[Match]:
    found = []
    for (i, j), score in singles.items():
        # The right account splits: left i faces right j and j + 1.
        partner = singles.get((i, j + 1))
        if j + 1 < n_right and partner is not None and min(score, partner) >= PART_FLOOR:
            merged = scorer.group((i,), (j, j + 1))
            if merged >= max(score, partner) + MERGE_GAIN:
                found.append(Match((i,), (j, j + 1), merged))
        # The left account splits: left i and i + 1 face right j.
        partner = singles.get((i + 1, j))
        if i + 1 < n_left and partner is not None and min(score, partner) >= PART_FLOOR:
            merged = scorer.group((i, i + 1), (j,))
            if merged >= max(score, partner) + MERGE_GAIN:
                found.append(Match((i, i + 1), (j,), merged))
    return found


def _position(indexes: tuple[int, ...], count: int) -> float:
    """Relative position (0 = first unit, 1 = last) of the middle of ``indexes``."""
    return (sum(indexes) / len(indexes)) / (count - 1) if count > 1 else 0.0


def assign(scorer: Scorer, threshold: float = THRESHOLD) -> list[Match]:
    """Matches sorted by their first left unit."""
    n_left, n_right = len(scorer.left), len(scorer.right)
    singles = scorer.candidates(min(threshold, PART_FLOOR))
    candidates = [Match((i,), (j,), s) for (i, j), s in singles.items() if s >= threshold]
    candidates += [m for m in _split_candidates(scorer, singles, n_left, n_right) if m.score >= threshold]

    def rank(m: Match) -> tuple:
        distance = abs(_position(m.left, n_left) - _position(m.right, n_right))
        # Best first; on ties prefer the simpler 1:1 pair, then document order.
        return (-(m.score - ORDER_PENALTY * distance), len(m.left) + len(m.right), m.left, m.right)

    candidates.sort(key=rank)
    used_left: set[int] = set()
    used_right: set[int] = set()
    matches = []
    for match in candidates:
        if used_left.intersection(match.left) or used_right.intersection(match.right):
            continue
        used_left.update(match.left)
        used_right.update(match.right)
        matches.append(match)
    matches.sort(key=lambda m: m.left)
    return matches
