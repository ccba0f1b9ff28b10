"""Second passes over the greedy pairing: far splits and mutual best pairs.

The greedy pass (assign.py) makes the pairs that stand on their own score. Two
kinds of pair it cannot make are added here:

- **far splits**: a unit left over whose best partner is already paired in a 1:1
  pair, whose other unit has the same best partner, joins that pair, also when it
  is not the neighbour of the unit already there (one account gives injuries and
  arrests in two sentences apart, the other in one sentence that is the best
  partner of both). Its own score must reach the threshold,
  as a pair made on its own would, and reading the grown pair together must score
  at least as well as the pair did (the unit adds to what the pair says, rather than
  repeating a word or two of it).
- **mutual best pairs**: two units left over, each the other's best partner among
  the units left over, are paired above a lower floor (MUTUAL_FLOOR) than the
  threshold. Reworded, translated and trimmed accounts share few words even where
  they tell the same fact; being each other's best is the evidence that makes up
  for it. Only between accounts of the same story (story.py): two reports of
  different events have their own best pairs too.
"""

from __future__ import annotations

from reader.compare.match import Match
from reader.compare.score import Scorer

MUTUAL_FLOOR = 0.1  # lowest score for a pair of mutual best partners among the units left over


def _best(scores: dict[tuple[int, int], float]) -> tuple[dict[int, int], dict[int, int]]:
    """Each left unit's best right partner and each right unit's best left partner
    (the first met on a tie)."""
    right_of: dict[int, int] = {}
    left_of: dict[int, int] = {}
    top_right: dict[int, float] = {}
    top_left: dict[int, float] = {}
    for (i, j), score in scores.items():
        if score > top_right.get(i, -1.0):
            top_right[i], right_of[i] = score, j
        if score > top_left.get(j, -1.0):
            top_left[j], left_of[j] = score, i
    return right_of, left_of


def far_splits(
    scorer: Scorer, scores: dict[tuple[int, int], float], matches: list[Match], threshold: float
) -> list[Match]:
    """``matches`` with left-over units joined to a 1:1 pair whose two units have the same
    best partner, when reading the grown pair together scores at least as well as the pair did."""
    by_left = {i: m for m in matches for i in m.left}
    by_right = {j: m for m in matches for j in m.right}
    best_right, best_left = _best(scores)
    strong = [(pair, score) for pair, score in scores.items() if score >= threshold]
    for (i, j), score in sorted(strong, key=lambda e: (-e[1], e[0])):
        if i not in by_left and j in by_right and best_right[i] == j:
            old = by_right[j]
            if len(old.left) == 1 and old.right == (j,) and best_right[old.left[0]] == j:
                grown = Match(tuple(sorted((*old.left, i))), old.right, old.score)
                if scorer.group(grown.left, grown.right) < old.score:
                    continue
                by_left.update((k, grown) for k in grown.left)
                by_right[j] = grown
        elif j not in by_right and i in by_left and best_left[j] == i:
            old = by_left[i]
            if len(old.right) == 1 and old.left == (i,) and best_left[old.right[0]] == i:
                grown = Match(old.left, tuple(sorted((*old.right, j))), old.score)
                if scorer.group(grown.left, grown.right) < old.score:
                    continue
                by_right.update((k, grown) for k in grown.right)
                by_left[i] = grown
    return sorted({id(m): m for m in by_left.values()}.values(), key=lambda m: m.left)


def mutual_best(scores: dict[tuple[int, int], float], matches: list[Match]) -> list[Match]:
    """New pairs of left-over units that are each other's best among the left-over ones."""
    used_left = {i for m in matches for i in m.left}
    used_right = {j for m in matches for j in m.right}
    free = {(i, j): s for (i, j), s in scores.items() if i not in used_left and j not in used_right}
    best_right, best_left = _best(free)
    return [
        Match((i,), (j,), s)
        for (i, j), s in free.items()
        if s >= MUTUAL_FLOOR and best_right[i] == j and best_left[j] == i
    ]
