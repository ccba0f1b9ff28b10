""""Claim" is a hedge only where it reports an assertion, not an entitlement, a toll or a claim of
responsibility for an act ("IS claimed the attack")."""

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
        "Moscow claimed the attack was staged by Kyiv.",
        "Ankara claimed the strikes had hit only militants.",
        "Kyiv claimed the strike killed 20 soldiers.",
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
        "Officials said the group [IS] claimed the attack in Millbrook on Friday.",
        "IS claimed the attack, which killed 12.",
        "The group claimed Sunday's twin suicide bombings in Kabul.",
        "Al-Shabaab claimed the killing of two soldiers.",
        "The militants claimed the kidnapping of the aid workers.",
        "No group has claimed the bombing yet.",
        "The group claimed the deadly attack on the embassy.",
    ],
)
def test_an_entitlement_a_toll_or_credit_is_not(text):
    assert hedges(text) == []


def test_other_hedges_are_unaffected():
    assert hedges("The minister allegedly took bribes, reportedly in cash.") == ["allegedly", "reportedly"]
