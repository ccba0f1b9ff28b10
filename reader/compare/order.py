"""Which matches keep the story's order: the longest chain increasing on both sides.

Used to mark `moved` rows (layout) and to find the gaps between in-order pairs
(assignment's gap filling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.compare.assign import Match


def in_order_chain(matches: list[Match]) -> set[int]:
    """Indexes (into ``matches``, sorted by left) of the longest chain increasing on the right;
    among equally long chains, the one with the highest total score.

    A Fenwick tree over right positions keeps the best (length, score) chain ending
    below each position, so long articles stay O(n log n).
    """
    if not matches:
        return set()
    size = max(m.right[0] for m in matches) + 2
    tree: list[tuple[int, float, int]] = [(0, 0.0, -1)] * (size + 1)  # (length, score, match index)
    parent = [-1] * len(matches)
    best: tuple[int, float, int] = (0, 0.0, -1)
    for index, match in enumerate(matches):
        position = match.right[0] + 1  # 1-based; chains may only come from smaller positions
        prior: tuple[int, float, int] = (0, 0.0, -1)
        k = position - 1
        while k > 0:
            if tree[k][:2] > prior[:2]:
                prior = tree[k]
            k -= k & -k
        parent[index] = prior[2]
        entry = (prior[0] + 1, prior[1] + match.score, index)
        if entry[:2] > best[:2]:
            best = entry
        k = position
        while k <= size:
            if entry[:2] > tree[k][:2]:
                tree[k] = entry
            k += k & -k
    chain = set()
    index = best[2]
    while index >= 0:
        chain.add(index)
        index = parent[index]
    return chain
