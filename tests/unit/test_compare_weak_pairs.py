"""Weak pairs: one flag on the row, read by the summary, the JSON document and the CLI view."""

from __future__ import annotations

import json

import pytest
from compare_helpers import pair
from rich.console import Console

from reader.compare import compare
from reader.compare.model import WEAK_MATCH, Row
from reader.compare.render import render, row_cells, summary_text
from reader.compare.units import Unit

# A pair with one firm pair (the evacuation), one weak pair (two sentences about the
# mayor that share only her name) and a sentence only the left has.
LEFT = [
    "A fire at the Teller Chemicals plant in Millbrook forced the evacuation of about 2,000 residents on Saturday, "
    "officials said.",
    "Mayor Helen Achterberg ordered schools in the eastern district closed on Monday as a precaution.",
    "Two firefighters were treated for heat exhaustion and released.",
]
RIGHT = [
    "Most of the 2,000 people evacuated from Millbrook on Saturday after the fire at the Teller Chemicals plant were "
    "allowed home on Sunday.",
    "Mayor Helen Achterberg said she was deeply grateful to firefighters and volunteers.",
    "Some residents criticized the evacuation.",
]


@pytest.fixture(scope="module")
def millbrook():
    return compare(*pair(LEFT, RIGHT))


def _weak_row(comparison) -> Row:
    (row,) = [row for row in comparison.rows if row.weak]
    return row


def test_weak_is_a_pair_scoring_under_the_threshold():
    a, b = Unit(0, 0, 5, "Left."), Unit(0, 0, 6, "Right.")
    assert Row((a,), (b,), "changed", WEAK_MATCH - 0.01).weak
    assert not Row((a,), (b,), "changed", WEAK_MATCH).weak
    assert not Row((a,), (), "left-only", 0.0).weak and not Row((), (b,), "right-only", 0.0).weak


def test_the_mayor_pair_is_weak_and_the_evacuation_pair_is_not(millbrook):
    weak = _weak_row(millbrook)
    assert weak.left_text.startswith("Mayor Helen Achterberg ordered")
    assert weak.right_text.startswith("Mayor Helen Achterberg said")
    firm = [row for row in millbrook.rows if row.left and row.right and not row.weak]
    assert len(firm) == 1 and firm[0].left_text.startswith("A fire at the Teller")


def test_the_summary_counts_weak_pairs_apart_from_matches(millbrook):
    left, right = millbrook.summary.left, millbrook.summary.right
    assert (left.sentences, left.sentences_matched, left.sentences_weak, left.one_sided) == (3, 1, 1, 1)
    assert left.sentence_share == pytest.approx(1 / 3)
    mayor_words = len(LEFT[1].replace(",", "").split())
    assert left.words_weak == mayor_words
    assert left.words_matched == left.words - mayor_words - len(LEFT[2].split())
    for side in (left, right):
        assert side.sentences_matched + side.sentences_weak + side.one_sided == side.sentences
    assert millbrook.summary.weak == 1


def test_json_rows_and_summary_carry_the_weak_flag(millbrook):
    doc = json.loads(json.dumps(millbrook.to_json()))
    assert [row["weak"] for row in doc["rows"]] == [row.weak for row in millbrook.rows]
    assert sum(row["weak"] for row in doc["rows"]) == 1
    assert doc["summary"]["weak"] == 1
    assert doc["summary"]["left"]["sentences_weak"] == 1
    assert doc["summary"]["left"]["sentences_matched"] == 1
    assert doc["summary"]["left"]["sentence_share"] == pytest.approx(0.333)


def test_the_cli_view_badges_the_weak_pair_and_says_how_many(millbrook):
    weak = _weak_row(millbrook)
    _, _, right = row_cells(weak, "Left Post", "Right Times")
    assert right.plain.startswith(f"[weak match (score {weak.score:.2f}): check the pairing] Mayor Helen")
    firm = next(row for row in millbrook.rows if row.left and row.right and not row.weak)
    assert "weak match" not in row_cells(firm, "Left Post", "Right Times")[2].plain
    summary = summary_text(millbrook).plain
    assert "Left Post: 1/3 matched (33%) + 1 weak · " in summary  # weak pairs are extra, not among the matched
    assert " · 1 one-sided · " in summary
    assert summary.endswith("\nweak: paired, but the pairing is unsure (badged in the rows), so not counted as matched")
    console = Console(width=120, record=True, color_system=None)
    console.print(render(millbrook))
    assert console.export_text().count("[weak match (score") == 1


def test_without_weak_pairs_the_summary_reads_as_before():
    comparison = compare(*pair(LEFT[:1], RIGHT[:1]))
    assert not any(row.weak for row in comparison.rows)
    summary = summary_text(comparison).plain
    assert "weak" not in summary
    assert "1/1 matched (100%) · " in summary
