"""A small hand-written pair of accounts for split-compare tests and snapshots.

Short and unambiguous, so its alignment does not move when the engine's tuning
does: one identical row, a shared quote with an editor's insertion, a moved
sentence, a naming swap (Daesh / IS), a dropped credit, and a sentence only
each side has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

LEFT = [
    "The harbour of Port Elna reopened on Tuesday after the storm, officials said.",
    "Mayor Anna Berg said: “We will rebuild the quay together, and we will do it before winter.”",
    "Fishermen returned to sea at dawn.",
    "Daesh fighters were not involved, police said [Getty].",
    "The storm destroyed forty boats and two warehouses.",
]
RIGHT = [
    "Fishermen returned to the sea at dawn on Wednesday.",
    "The harbour of Port Elna reopened on Tuesday after the storm, officials said.",
    "Mayor Anna Berg said: “We will rebuild the quay [harbour wall] together, and we will do it before winter.”",
    "IS fighters were not involved, police said.",
    "Insurers expect claims to rise sharply this year.",
]


def write_pair(write_article: Callable[..., Path]) -> tuple[str, str]:
    """Write the pair (story "harbour-storm", listed first) and return its ids."""
    write_article("h1", "Harbour reopens after storm", "Coast Daily", "2019-05-01", "harbour-storm", LEFT)
    write_article("h2", "Port Elna harbour open again", "Port Gazette", "2019-05-02", "harbour-storm", RIGHT)
    return "h1", "h2"
