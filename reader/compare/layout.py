"""Lay matches out as reading rows in the left article's order.

The longest chain of matches whose right units also run in order stays fixed
(as CollateX does with transpositions); a match off that chain is `moved`. A
right unit with no partner is placed after the row that shows the right unit
just before it in its own account, so the right column reads on from where it
came (a run at the very start goes before the row of the unit after it; when
nothing matched, the right rows follow the left ones). A far split that pairs two
left units apart is shown in the row of its first one.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.compare.assign import Match
from reader.compare.order import in_order_chain


@dataclass(frozen=True, slots=True)
class Slot:
    """One row before diffing: the units on each side and whether the match is off the chain."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    moved: bool = False


def layout(matches: list[Match], n_left: int, n_right: int) -> list[Slot]:
    """Rows: every left unit once in order, every right unit once, right-only ones placed."""
    matches = sorted(matches, key=lambda m: m.left)
    chain = in_order_chain(matches)
    matched_left = {i for m in matches for i in m.left}
    rows: list[Slot] = []
    row_of_right: dict[int, int] = {}
    by_left = {m.left[0]: (index, m) for index, m in enumerate(matches)}
    for i in range(n_left):
        if i in by_left:
            index, match = by_left[i]
            row_of_right.update((j, len(rows)) for j in match.right)
            rows.append(Slot(match.left, match.right, match.score, moved=index not in chain))
        elif i not in matched_left:
            rows.append(Slot((i,), (), 0.0))
    return _place_right_only(rows, row_of_right, n_right)


def _place_right_only(rows: list[Slot], row_of_right: dict[int, int], n_right: int) -> list[Slot]:
    """Put each run of right-only units after the row of the matched right unit just before
    it in its own article (or, for a run at the start, before the row of the one after it)."""
    after: dict[int, list[int]] = {}  # row index -> right-only units to put after it (-1: before all)
    before: dict[int, list[int]] = {}
    previous = -1
    pending: list[int] = []
    for j in range(n_right):
        if j in row_of_right:
            if pending:
                before.setdefault(row_of_right[j], []).extend(pending)
                pending = []
            previous = j
        elif previous >= 0:
            after.setdefault(row_of_right[previous], []).append(j)
        else:
            pending.append(j)
    placed: list[Slot] = []
    for index, row in enumerate(rows):
        placed.extend(Slot((), (j,), 0.0) for j in before.get(index, ()))
        placed.append(row)
        placed.extend(Slot((), (j,), 0.0) for j in after.get(index, ()))
    placed.extend(Slot((), (j,), 0.0) for j in pending)  # nothing matched at all: after the left rows
    return placed
