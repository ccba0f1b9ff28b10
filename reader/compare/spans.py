"""A set of character ranges (quoted stretches, mentions) that answers "is this inside?" fast."""

from __future__ import annotations

from bisect import bisect_right


class Cover:
    """The union of some half-open ranges; ``covers(start, end)`` in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        k = bisect_right(self._starts, start) - 1
        return k >= 0 and end <= self._ends[k]
