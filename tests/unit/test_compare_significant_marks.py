"""Marks that carry meaning are differences: a sign, currency or percent symbol, a separator
inside a number, "?"/"!" against ".", quotation marks one side adds (review 3, finding A).
Mere punctuation and typography stay no difference: a comma, a full stop or none, a dash's
style, quote-mark and apostrophe style, "…"/"...", spacing."""

from __future__ import annotations

import pytest
from compare_helpers import pair

from reader.compare import compare
from reader.compare.features import MentionIndex
from reader.compare.render import row_cells
from reader.compare.worddiff import word_diff
from reader.ui.compare_document import alike_rows, differences_by_row

NO_MENTIONS = MentionIndex(())


def ops_of(left: str, right: str):
    return word_diff(left, [(0, len(left))], right, [(0, len(right))], NO_MENTIONS, NO_MENTIONS)


def changes(left: str, right: str):
    return [(op.left_text, op.right_text, op.note) for op in ops_of(left, right) if op.kind != "equal"]


SIGNIFICANT = [
    ("Temperatures fell to -15 degrees overnight.", "Temperatures fell to 15 degrees overnight.", "symbol"),
    ("Temperatures fell to −15 degrees.", "Temperatures fell to 15 degrees.", "symbol"),  # a minus sign
    ("Regulators fined the company $42,000 last year.", "Regulators fined the company £42,000 last year.", "symbol"),
    ("The firm lost -3 percent in early trading.", "The firm lost +3 percent in early trading.", "symbol"),
    ("Turnout was 62% in the first round.", "Turnout was 62 in the first round.", "symbol"),
    ("About 1,500 homes lost power.", "About 1.500 homes lost power.", "symbol"),
    ("The river rose 3.5 metres.", "The river rose 3 5 metres.", "symbol"),
    ("It was 30° in the shade.", "It was 30 in the shade.", "symbol"),
    ("Is the water safe to drink.", "Is the water safe to drink?", "question"),
    ("The coastguard rescued 14 people!", "The coastguard rescued 14 people.", "question"),
    ("Stop the war", "Stop the war!", "question"),
    ('Officials said the dam was "safe".', "Officials said the dam was safe.", "quotation"),
    ("Officials said the dam was ‘safe’.", "Officials said the dam was safe.", "quotation"),
]


@pytest.mark.parametrize(("left", "right", "note"), SIGNIFICANT)
def test_marks_that_carry_meaning_are_differences(left, right, note):
    found = changes(left, right)
    assert found and {n for _, _, n in found} == {note}, found
    assert all(op.is_difference for op in ops_of(left, right) if op.kind != "equal")


INSIGNIFICANT = [
    ("He said, they left.", "He said they left."),
    ("The talks failed.", "The talks failed"),
    ("“Let’s go,” he said.", '"Let\'s go," he said.'),
    ("The toll rose to 11…", "The toll rose to 11..."),
    ("Scores of 3–2 and 4–1 were recorded.", "Scores of 3—2 and 4—1 were recorded."),  # a dash inside a number: style
    ("Talks failed - again.", "Talks failed — again."),
    ("Talks failed; officials left.", "Talks failed, officials left."),
    ("The   talks failed.", "The talks failed."),
    ("He called it 'safe'.", 'He called it "safe".'),  # single against double quotes: style
]


@pytest.mark.parametrize(("left", "right"), INSIGNIFICANT)
def test_mere_punctuation_and_typography_are_no_difference(left, right):
    assert not any(op.is_difference for op in ops_of(left, right)), changes(left, right)


def test_rows_differing_only_in_such_marks_are_changed_shown_and_say_why():
    left = [row[0] for row in SIGNIFICANT[::3]] + ["He said, they left."]
    right = [row[1] for row in SIGNIFICANT[::3]] + ["He said they left."]
    comparison = compare(*pair(left, right))
    kinds = [row.kind for row in comparison.rows]
    assert kinds == ["changed"] * (len(left) - 1) + ["same"]
    assert comparison.rows_where("difference") == tuple(range(len(left) - 1))  # what `d` steps through
    differences = differences_by_row(comparison)
    assert alike_rows(differences) == {len(left) - 1}  # what `f` hides
    assert differences[0] == ("signs and symbols",)
    assert ("? or !",) in differences and ("quotation marks",) in differences
    assert comparison.summary.same == 1


def test_the_mark_itself_is_struck_or_underlined():
    comparison = compare(*pair(["Regulators fined the company $42,000."], ["Regulators fined the company £42,000."]))
    left, mark, right = row_cells(comparison.rows[0], "Left Post", "Right Times")
    assert mark.plain == "~"
    for cell, symbol, style in ((left, "$", "strike"), (right, "£", "underline")):
        at = cell.plain.index(symbol)
        assert any(style in str(s.style) and s.start <= at < s.end for s in cell.spans)
