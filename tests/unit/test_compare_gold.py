"""The alignment gold stays usable: every snippet names exactly one unit of today's texts.

The gold is written as text snippets so importer changes that move offsets do not
break it; this test fails if a change to the bundled articles, the importer or the
segmenter makes a snippet ambiguous or lost (then bench/compare_eval.py would stop).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import compare_eval  # noqa: E402

from reader.compare.units import units  # noqa: E402

GOLD_FILES = sorted((ROOT / "bench" / "gold").glob("alignment_*.yaml"))


def test_there_is_gold_for_the_bundled_pair_and_four_written_pairs():
    names = {p.stem.removeprefix("alignment_") for p in GOLD_FILES}
    assert {"bundled", "reworded", "reordered", "translated", "edited"} <= names


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_snippets_resolve_in_both_segmentations(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    left, right = compare_eval.load_pair(gold, path)
    for merge in (True, False):
        mapped = compare_eval.map_gold(gold, units(left.text, merge), units(right.text, merge), path.stem)
        assert mapped.sure <= mapped.possible
        assert len(mapped.possible) <= len(gold["pairs"])


def test_scoring_counts_sure_and_possible_links():
    gold = compare_eval.Gold(sure={(0, 0), (1, 1)}, possible={(0, 0), (1, 1), (2, 0)})
    sc = compare_eval.score({(0, 0), (2, 0), (3, 3)}, gold)
    assert (sc.precision, sc.recall, sc.found, sc.false) == (2 / 3, 0.5, 1, 1)
    assert compare_eval.score(set(), compare_eval.Gold(set(), set())).f1 is None


def test_groups_and_micro_average():
    assert [compare_eval.group_of(n) for n in ("bundled", "edited", "blind-x", "blind2-y")] == [
        "bundled", "written", "blind", "blind2"
    ]
    gold = compare_eval.Gold(sure={(0, 0), (1, 1)}, possible={(0, 0), (1, 1)})
    a = compare_eval.score({(0, 0), (1, 1)}, gold)  # 2 right of 2
    b = compare_eval.score({(0, 0), (5, 5), (6, 6)}, gold)  # 1 right of 3, 1 of 2 sure
    pooled = compare_eval.pooled([a, b])
    assert (pooled.precision, pooled.recall, pooled.found, pooled.sure, pooled.false) == (3 / 5, 3 / 4, 3, 4, 2)
    # A pair with no gold pairs (unrelated) adds only its false pairs.
    c = compare_eval.score({(2, 2)}, compare_eval.Gold(set(), set()))
    assert compare_eval.pooled([a, c]).precision == 2 / 3 and compare_eval.pooled([a, c]).recall == 1.0


def test_noisy_annotations_are_seeded_and_only_drop_or_rename():
    from reader.annotate.model import Annotations, Mention

    ann = Annotations(tuple(Mention(i * 10, i * 10 + 5, f"Name{i}", "ORG", f"Canon{i}") for i in range(30)), ())
    one, two = compare_eval.noisy(ann, "s"), compare_eval.noisy(ann, "s")
    assert one == two and 0 < len(one.entities) < 30
    changed = [m for m in one.entities if m.entity != f"Canon{m.start // 10}"]
    assert changed and all(m.entity == m.text and m.label != "ORG" for m in changed)
