"""A pairing of units across the two accounts (what assignment produces, layout reads)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Match:
    """Units paired across the accounts: one on each side, or one facing two (a split)."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
