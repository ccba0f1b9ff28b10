"""Pair units of two accounts by best score, in any order, allowing 1:2 splits.

Every pair that shares a term is scored; a unit's neighbour is offered as a second
partner when reading the two together scores higher than either alone (one account
says in one sentence what the other says in two), or when each of the two would
pair on its own (one account tells the claim twice, in a standfirst and a lede).
Candidates, single and merged, are then taken greedily from the best down, each
unit used at most once (a split may grow a pair already made of one of its parts),
and nothing below the threshold is paired in this pass: a sentence the other
account has nothing like stays unmatched.

What the greedy pass leaves over is then looked at again (extend.py): a unit whose
best partner is already paired may join that pair (a far split), and two units
left over that are each other's best pair above a lower floor, between accounts
of the same story (story.py); then a lone unit facing a lone unit between two
in-order pairs is paired if they share anything (gap fills).

Order is only a tie-breaker: candidates are ranked by score less a small penalty
for the distance between their relative positions in the two articles, so when
two candidates are about as good the one that keeps the story's order wins; the
threshold always applies to the plain score, so a strong pair far out of order
is still made (and shown as moved).
"""

from __future__ import annotations

import itertools

from reader.compare.extend import MUTUAL_FLOOR, far_splits, mutual_best
from reader.compare.match import Match
from reader.compare.order import in_order_chain
from reader.compare.score import Scorer

THRESHOLD = 0.2  # lowest score that pairs two units
PART_FLOOR = 0.15  # lowest score each part of a split must reach on its own
MERGE_GAIN = 0.0  # how much better the merged reading must score than the best single part
ORDER_PENALTY = 0.15  # rank penalty per unit of relative-position distance (0..1)
GAP_FLOOR = 0.1  # lowest score for a lone sentence facing a lone sentence between in-order pairs
DIFFERENT_STORY_THRESHOLD = 0.5  # lowest score that pairs units of accounts of different stories


def _split(
    scorer: Scorer, left: tuple[int, ...], right: tuple[int, ...], parts: tuple[float, float], threshold: float
) -> Match | None:
    """The merged match, if reading the two parts together is right: it scores better than
    either part alone, or else each part would pair on its own (an account that says the
    same thing twice, in a standfirst and a lede); then it ranks by its weaker part, and
    can only grow a pair already made of its stronger part."""
    if min(parts) < PART_FLOOR:
        return None
    merged = scorer.group(left, right)
    if merged >= max(parts) + MERGE_GAIN:
        return Match(left, right, merged)
    if min(parts) >= threshold:
        return Match(left, right, min(parts))
    return None


def _split_candidates(
    scorer: Scorer, singles: dict[tuple[int, int], float], n_left: int, n_right: int, threshold: float
) -> list[Match]:
    found = []
    for (i, j), score in singles.items():
        # The right account splits: left i faces right j and j + 1.
        partner = singles.get((i, j + 1))
        if j + 1 < n_right and partner is not None:
            found.append(_split(scorer, (i,), (j, j + 1), (score, partner), threshold))
        # The left account splits: left i and i + 1 face right j.
        partner = singles.get((i + 1, j))
        if i + 1 < n_left and partner is not None:
            found.append(_split(scorer, (i, i + 1), (j,), (score, partner), threshold))
    return [m for m in found if m is not None]


def _distance(m: Match, n_left: int, n_right: int) -> float:
    """How far apart (0..1) the match's units sit in their articles, by relative position;
    for a split, its closest pair of units."""

    def position(index: int, count: int) -> float:
        return index / (count - 1) if count > 1 else 0.0

    return min(abs(position(i, n_left) - position(j, n_right)) for i in m.left for j in m.right)


def assign(scorer: Scorer, threshold: float = THRESHOLD, same_story: bool = True) -> list[Match]:
    """Matches sorted by their first left unit. ``same_story=False`` (the accounts share
    hardly a name, see story.py) makes only pairs that reach DIFFERENT_STORY_THRESHOLD
    and no weak ones."""
    n_left, n_right = len(scorer.left), len(scorer.right)
    if not same_story:
        threshold = max(threshold, DIFFERENT_STORY_THRESHOLD)
    singles = scorer.candidates(min(threshold, PART_FLOOR, MUTUAL_FLOOR))
    candidates = [Match((i,), (j,), s) for (i, j), s in singles.items() if s >= threshold]
    splits = _split_candidates(scorer, singles, n_left, n_right, threshold)
    candidates += [m for m in splits if m.score >= threshold]

    def rank(m: Match) -> tuple:
        distance = _distance(m, n_left, n_right)
        # Best first; on ties prefer the split (it pairs more), then document order.
        return (-(m.score - ORDER_PENALTY * distance), -(len(m.left) + len(m.right)), m.left, m.right)

    candidates.sort(key=rank)
    by_left: dict[int, Match] = {}
    by_right: dict[int, Match] = {}
    for match in candidates:
        taken = {by_left.get(i) for i in match.left} | {by_right.get(j) for j in match.right}
        taken.discard(None)
        if taken:
            (old,) = taken if len(taken) == 1 else (None,)
            grows = old is not None and set(old.left) <= set(match.left) and set(old.right) <= set(match.right)
            if not grows:
                continue
            match = Match(match.left, match.right, max(old.score, match.score))  # a split grows a pair
        for i in match.left:
            by_left[i] = match
        for j in match.right:
            by_right[j] = match
    matches = far_splits(scorer, singles, sorted(set(by_left.values()), key=lambda m: m.left), threshold)
    if not same_story:
        return matches
    matches = sorted(matches + mutual_best(singles, matches), key=lambda m: m.left)
    return sorted(matches + _gap_fills(scorer, matches, n_left, n_right), key=lambda m: m.left)


def _gap_fills(scorer: Scorer, matches: list[Match], n_left: int, n_right: int) -> list[Match]:
    """Pairs for lone sentences facing each other between two in-order pairs.

    When the only unmatched unit between two consecutive in-order pairs on the left
    faces the only one between them on the right, the two tell the same stretch of
    the story; they are paired if they share at least a little (GAP_FLOOR), though
    less than the threshold asks of a pair found on its own.
    """
    chain = sorted((matches[k] for k in in_order_chain(matches)), key=lambda m: m.left)
    matched_left = {i for m in matches for i in m.left}
    matched_right = {j for m in matches for j in m.right}
    bounds = [((-1,), (-1,)), *((m.left, m.right) for m in chain), ((n_left,), (n_right,))]
    fills = []
    for (left_a, right_a), (left_b, right_b) in itertools.pairwise(bounds):
        left_gap = range(max(left_a) + 1, min(left_b))
        right_gap = range(max(right_a) + 1, min(right_b))
        if len(left_gap) != 1 or len(right_gap) != 1:
            continue
        i, j = left_gap[0], right_gap[0]
        if i in matched_left or j in matched_right:
            continue
        score = scorer.pair(i, j)
        if score >= GAP_FLOOR:
            fills.append(Match((i,), (j,), score))
    return fills
