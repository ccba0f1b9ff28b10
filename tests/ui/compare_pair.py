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


# A pair where exactly the rows in ALIKE_ROWS are worded alike (the differences-only view hides
# them): identical sentences, a quote in straight instead of curly marks, a comma; and beside them
# rows that look alike but are not: a naming swap alone (Daesh / IS), a name without its accents,
# a sentence moved to the top, and one sentence only each side has. Its rows, in order:
#   0-2 alike (2 holds the shared quote) · 3 naming · 4 alike · 5 case or accents · 6 left-only
#   7-9 alike · 10 right-only · 11 moved
ALIKE_LEFT = [
    "The council met on Monday evening in the town hall.",
    "Councillor Maria Lind opened the session at seven.",
    "She said: “The budget will be balanced this year, whatever it takes.”",
    "Daesh fighters were not seen near the town, police said.",
    "Roads near the river were closed for three hours.",
    "The mayor thanked Mevlut Çavuşoğlu for his help.",
    "The river rose by two metres overnight.",
    "Schools in the valley will reopen on Thursday.",
    "Volunteers filled sandbags at the old bridge.",
    "Officials expect the water to fall by Friday.",
    "A shelter for families opened at the sports centre.",
]
ALIKE_RIGHT = [
    "A shelter for families opened at the sports centre.",
    "The council met on Monday evening in the town hall.",
    "Councillor Maria Lind opened the session at seven.",
    'She said: "The budget will be balanced this year, whatever it takes."',
    "IS fighters were not seen near the town, police said.",
    "Roads near the river were closed, for three hours.",
    "The mayor thanked Mevlut Cavusoglu for his help.",
    "Schools in the valley will reopen on Thursday.",
    "Volunteers filled sandbags at the old bridge.",
    "Officials expect the water to fall by Friday.",
    "Farmers fear the harvest is lost.",
]
ALIKE_ROWS = frozenset({0, 1, 2, 4, 7, 8, 9})
NAMING_ROW, ACCENTS_ROW, QUOTE_ROW = 3, 5, 2


def write_alike_pair(write_article: Callable[..., Path], *, twin: bool = False) -> tuple[str, ...]:
    """Write the pair above (story "flood-council"), and with ``twin`` a third account
    word for word the left one; return their ids in the order compare mode cycles them."""
    write_article("f1", "Council meets on the flood", "Valley Post", "2021-03-01", "flood-council", ALIKE_LEFT)
    write_article("f2", "Flood council session", "River Times", "2021-03-02", "flood-council", ALIKE_RIGHT)
    if twin:
        write_article("f3", "Council meets on the flood", "Valley Post Wire", "2021-03-03", "flood-council", ALIKE_LEFT)
        return "f1", "f2", "f3"
    return "f1", "f2"
