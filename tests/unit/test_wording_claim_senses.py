""""Claim" is a hedge only where it reports an assertion, not an entitlement or a toll."""

from __future__ import annotations

import pytest

from reader.annotate.model import Annotations
from reader.compare.terms import one_sided_wording

NONE = Annotations((), ())
PLAIN = "Officials met on Monday."


def hedges(text: str) -> list[str]:
    return [w.term for w in one_sided_wording(text, NONE, PLAIN, NONE) if w.kind == "hedge"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow claims the jet was in Syrian airspace.",
        "Moscow claimed that the jet had crossed the border.",
        "The group claimed to have shot down a drone.",
        "He rejected claims of torture in the prison.",
        "Ankara dismissed the claims.",
    ],
)
def test_a_reported_assertion_is_a_hedge(text):
    assert hedges(text) == [next(w for w in text.lower().split() if w.startswith("claim")).strip(".")]


@pytest.mark.parametrize(
    "text",
    [
        "Insurers expect claims to rise after the storm.",
        "Damage claims rose by a third.",
        "Families filed claims for compensation.",
        "The group claimed responsibility for the attack.",
        "The fire claimed 12 lives.",
        "The quake claimed hundreds of lives.",
        "She claimed victory in the runoff.",
    ],
)
def test_an_entitlement_a_toll_or_credit_is_not(text):
    assert hedges(text) == []


def test_other_hedges_are_unaffected():
    assert hedges("The minister allegedly took bribes, reportedly in cash.") == ["allegedly", "reportedly"]
