"""Whether two accounts tell the same story: do they share their proper names?

Two reports of one event name the same people, places and bodies; two reports of
different events on one topic (two dock strikes in two ports) share the topic's
vocabulary but hardly a name. Names are read from capitals, not from the
annotator, so the test holds when entity annotation is missing or wrong: a
capitalized word that does not open a sentence, folded, without a possessive.
The alignment trusts weak evidence (pairs below its threshold) only between
accounts of the same story.
"""

from __future__ import annotations

import re
from reader.compare.words import fold

SAME_STORY_SHARE = 0.34  # share of the smaller name set the other account must also name
MIN_NAMES = 3  # with fewer names on a side there is no telling: taken as the same story

_NAME = re.compile(r"(?<=[^\s.!?\"“”‘’'] )[^\W\d_a-z][\w'’.-]*")
_POSSESSIVE = re.compile(r"['’]s$")


def names(text: str) -> set[str]:
    """Folded capitalized words that do not open a sentence or paragraph ("Novi", "Sad",
    "BHP"): a word after a space that follows anything but a sentence's end or a
    quotation mark."""
    found = {word for word in _NAME.findall(text) if word[0].isupper()}
    folded = {fold(_POSSESSIVE.sub("", word.rstrip(".'’-"))) for word in found}
    return {word for word in folded if len(word) > 1}


def name_share(left: str, right: str) -> float | None:
    """Shared names over the smaller side's names; None when a side has too few to tell."""
    a, b = names(left), names(right)
    if min(len(a), len(b)) < MIN_NAMES:
        return None
    return len(a & b) / min(len(a), len(b))


def same_story(left: str, right: str) -> bool:
    """Whether two article texts share enough names to be accounts of one story."""
    share = name_share(left, right)
    return share is None or share >= SAME_STORY_SHARE
