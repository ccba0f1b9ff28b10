"""A phrase both accounts carry in different places within a row is "moved", never deleted
on one side and inserted on the other; the rest of the word diff reads as before."""

from __future__ import annotations

from compare_helpers import annotate, pair
from rich.console import Console

from reader.compare import compare
from reader.compare.features import MentionIndex
from reader.compare.moves import MIN_WORDS, find_moves
from reader.compare.render import render, row_cells
from reader.compare.worddiff import word_diff

# The bundled pair's second row (Press TV / The New Arab), as the reviewer saw it.
NTV_LEFT = (
    "Turkish Foreign Minister Mevlut Cavusoglu made the request in a live interview with the private NTV "
    "television on Thursday. “We will discuss all the details. We have always called on Russia to carry out "
    "anti-Daesh operations together,” Cavusoglu said, adding that the proposal was still “on the table.”"
)
NTV_RIGHT = (
    '"We will discuss all the details. We have always called on Russia to carry out anti-Daesh [IS] operations '
    'together," Cavusoglu said in a live interview with the private NTV television, adding that the proposal was '
    'still "on the table."'
)
PHRASE = "in a live interview with the private NTV television"


def diff(left: str, right: str):
    la, ra = annotate(left), annotate(right)
    mentions = MentionIndex(la.entities), MentionIndex(ra.entities)
    return word_diff(left, [(0, len(left))], right, [(0, len(right))], *mentions)


def changes(ops):
    return [(op.kind, op.left_text, op.right_text, op.note) for op in ops if op.kind != "equal"]


def marked(ops, side: str) -> list[str]:
    """The text a side shows struck through or underlined: its part of every change but moves."""
    return [
        op.left_text if side == "left" else op.right_text
        for op in ops
        if op.is_difference and op.kind != "moved"
    ]


def test_a_phrase_moved_within_the_row_is_one_moved_op_with_both_places():
    ops = diff(NTV_LEFT, NTV_RIGHT)
    moved = [op for op in ops if op.kind == "moved"]
    assert [(op.left_text, op.right_text) for op in moved] == [(PHRASE, PHRASE)]
    (op,) = moved
    assert NTV_LEFT[op.left_start : op.left_end] == PHRASE and NTV_RIGHT[op.right_start : op.right_end] == PHRASE
    assert op.left_start == NTV_LEFT.index(PHRASE) and op.right_start == NTV_RIGHT.index(PHRASE)
    assert op.is_difference  # the word order differs: the row is not "same"
    for side in ("left", "right"):
        assert not any(word in text for text in marked(ops, side) for word in ("interview", "NTV", "private"))


def test_the_rest_of_the_row_is_reported_as_before():
    assert changes(diff(NTV_LEFT, NTV_RIGHT)) == [
        ("delete", "Turkish Foreign Minister Mevlut Cavusoglu made the request", "", None),
        ("moved", PHRASE, PHRASE, None),
        ("delete", "on Thursday.", "", None),
        ("insert", "", "[IS]", "editorial"),
    ]


def test_every_word_of_each_side_is_in_exactly_one_op():
    ops = diff(NTV_LEFT, NTV_RIGHT)
    for side, text in (("left", NTV_LEFT), ("right", NTV_RIGHT)):
        spans = sorted(
            (op.left_start, op.left_end) if side == "left" else (op.right_start, op.right_end) for op in ops
        )
        spans = [(s, e) for s, e in spans if s < e]
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), side  # no overlap
        covered = "".join(text[s:e] for s, e in spans)
        assert "".join(covered.split()) == "".join(text.split()), side  # every character but spaces


def test_a_two_word_phrase_with_a_content_word_moves():
    ops = diff("The strike began on Sunday after talks failed.", "On Sunday the strike began after talks failed.")
    assert changes(ops) == [("moved", "on Sunday", "On Sunday", None)]


def test_stop_words_do_not_move_and_a_lone_content_word_does():
    # Unaligned on both sides: "in the" (two stop words) and "Ankara" (one content word).
    assert find_moves("in the north".split(), "up in the air".split(), [(0, 3)], [(0, 4)]) == []
    ops = diff("The talks in Ankara resumed.", "Ankara hosted the talks, which resumed in the city.")
    assert ("moved", "Ankara", "Ankara", None) in changes(ops)
    assert not any("Ankara" in text for side in ("left", "right") for text in marked(ops, side))


def test_a_move_frees_a_naming_swap_next_to_it():
    ops = diff("Daesh fighters attacked the town on Sunday.", "On Sunday, IS fighters attacked the town.")
    found = changes(ops)
    assert ("moved", "on Sunday", "On Sunday", None) in found
    naming = [op for op in ops if op.note == "naming"]
    assert len(naming) == 1 and naming[0].left_text == "Daesh" and naming[0].entity == "Islamic State"


def test_longest_moves_first_and_none_overlapping():
    left = "the old stone bridge fell , police said".split()
    right = "police said , old stone bridge collapsed".split()
    moves = find_moves(left, right, [(0, 8)], [(0, 7)])
    # "old stone bridge" first; "police said" after it; "stone bridge" inside it never on its own.
    assert [(m.left_start, m.left_end, m.right_start, m.right_end) for m in moves] == [(1, 4, 3, 6), (6, 8, 0, 2)]
    # Only unaligned ranges count: with "the old stone bridge fell" aligned, one move is left.
    assert [(m.left_start, m.right_start) for m in find_moves(left, right, [(5, 8)], [(0, 7)])] == [(6, 0)]
    assert MIN_WORDS == 2


def test_a_row_that_only_moves_a_phrase_is_changed_and_its_words_count_as_verbatim():
    a, b, la, lb = pair(
        ["The council approved the budget on Monday after a long debate."],
        ["On Monday after a long debate the council approved the budget."],
    )
    result = compare(a, b, la, lb)
    (row,) = result.rows
    assert row.kind == "changed"
    assert [op.kind for op in row.differences] == ["moved"]
    assert result.summary.left.words_verbatim == result.summary.left.words


def test_the_cli_never_strikes_or_underlines_moved_words_and_still_marks_the_real_changes():
    a, b, la, lb = pair([NTV_LEFT], [NTV_RIGHT])
    (row,) = compare(a, b, la, lb).rows
    left, _, right = row_cells(row, "Press TV", "The New Arab")
    for cell, text in ((left, NTV_LEFT), (right, NTV_RIGHT)):
        start = cell.plain.index(PHRASE)
        styled = [s for s in cell.spans if s.start < start + len(PHRASE) and start < s.end]
        assert not any("strike" in str(s.style) or "underline" in str(s.style) for s in styled)
    request = left.plain.index("made the request")
    assert any("strike" in str(s.style) and s.start <= request < s.end for s in left.spans)
    gloss = right.plain.index("[IS]")
    assert any("underline" in str(s.style) and s.start <= gloss < s.end for s in right.spans)
    console = Console(width=100, record=True, color_system=None)
    console.print(render(compare(a, b, la, lb)))
    assert "interview" in console.export_text()


# -- who did what to whom: a swap around a shared word (review 3, finding D) ---------------

SWAP_LEFT = "The city police shot the young protesters near the main square, witnesses said."
SWAP_RIGHT = "The young protesters shot the city police near the main square, witnesses said."


def test_a_swap_around_a_shared_verb_moves_the_verb_too_and_marks_no_shared_word():
    ops = diff(SWAP_LEFT, SWAP_RIGHT)
    moved = {(op.left_text, op.right_text) for op in ops if op.kind == "moved"}
    assert ("shot", "shot") in moved
    assert ("the young protesters", "The young protesters") in moved
    assert marked(ops, "left") == marked(ops, "right") == []  # every word is on both sides
    ops = diff(
        "Interior Minister Karl Stein blamed opposition leader Maria Vos for the violence.",
        "Opposition leader Maria Vos blamed Interior Minister Karl Stein for the violence.",
    )
    assert ("moved", "blamed", "blamed", None) in changes(ops)
    assert marked(ops, "left") == marked(ops, "right") == []


def test_a_word_moves_once_for_each_time_both_sides_have_it():
    moves = find_moves("rain fell and rain stopped".split(), "hail stopped rain".split(), [(0, 5)], [(0, 3)])
    assert [(m.left_start, m.right_start) for m in moves] == [(0, 2), (4, 1)]  # the second "rain" is left's alone


def test_the_cli_marks_a_reorder_in_the_row_and_styles_the_moved_words():
    a, b, la, lb = pair([SWAP_LEFT], [SWAP_RIGHT])
    (row,) = compare(a, b, la, lb).rows
    left, mark, right = row_cells(row, "North Wire", "South Post")
    assert mark.plain == "~" and right.plain.startswith("[⇄ word order] The young protesters shot")
    for cell in (left, right):
        at = cell.plain.index("shot")
        styles = [str(s.style) for s in cell.spans if s.start <= at < s.end]
        assert styles and all("italic" in s and "strike" not in s and "underline" not in s for s in styles)
    plain = compare(*pair(["The police fired on the crowd."], ["The police fired at the crowd."])).rows[0]
    assert "word order" not in row_cells(plain, "North Wire", "South Post")[2].plain
