"""The compare screen reads the domain's weak flag and moved-within-row ops: a weak pair is
counted apart in the header (as `reader compare` counts it), words moved within a row are
neither struck nor underlined but take the moved style on both sides."""

from __future__ import annotations

from reader.annotate.model import Annotations
from reader.articles.model import Article
from reader.compare import compare
from pilot_helpers import wait_for
from textual.widgets import Static

from reader.compare.render import summary_text
from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.compare_document import DELETED, INSERTED, MOVED, compare_cells, row_differences
from reader.ui.compare_screen import CompareScreen, summary_content
from reader.ui.strips import component_style

NONE = Annotations((), ())
LEFT = (
    "Cavusoglu made the request in a live interview with NTV on Thursday. "
    "We will discuss all the details of the joint operations with Russia, he said."
)
RIGHT = "We will discuss all the details of the joint operations with Russia, Cavusoglu said in a live interview with NTV."
PHRASE = "in a live interview with NTV"


def _article(ident: str, outlet: str, body: list[str]) -> Article:
    return Article(ident, f"{outlet} story", outlet, "2016-08-11", "s", "en", tuple(body))


def test_a_phrase_moved_within_a_row_takes_the_moved_style_and_the_row_differs_in_word_order():
    comparison = compare(_article("a", "Left Post", [LEFT]), _article("b", "Right Times", [RIGHT]), NONE, NONE)
    (row,) = comparison.rows
    assert any(op.kind == "moved" and op.left_text == PHRASE for op in row.ops)
    (cells,) = compare_cells(comparison, NONE, NONE)
    for content in (cells.left, cells.right):
        start = content.plain.index(PHRASE)
        inside = {str(s.style) for s in content.spans if s.start < start + len(PHRASE) and start < s.end}
        assert inside == {MOVED}
        assert _styles_at(content, "Cavusoglu") == {MOVED}  # a lone name both sides have moves too
    assert _styles_at(cells.left, "made the request") == {DELETED}  # the real changes stay marked
    assert not [s for s in cells.right.spans if str(s.style) == INSERTED]  # every right word is in the left
    assert "word order" in row_differences(row)


def test_the_header_counts_weak_pairs_apart():
    left = [
        "A fire at the Teller Chemicals plant in Millbrook forced the evacuation of about 2,000 residents on "
        "Saturday, officials said.",
        "Mayor Helen Achterberg ordered schools in the eastern district closed on Monday as a precaution.",
    ]
    right = [
        "Most of the 2,000 people evacuated from Millbrook on Saturday after the fire at the Teller Chemicals "
        "plant were allowed home on Sunday.",
        "Mayor Helen Achterberg said she was deeply grateful to firefighters and volunteers.",
    ]
    comparison = compare(_article("a", "Left Post", left), _article("b", "Right Times", right), NONE, NONE)
    assert [row.weak for row in comparison.rows] == [False, True]
    header = summary_content(comparison).plain.splitlines()
    assert header[0].startswith("Left Post: 1/2 matched (50%) + 1 weak · ")
    assert "of words · 0 one-sided · " in header[0]


SWAP_LEFT = "The city police shot the young protesters near the main square, witnesses said."
SWAP_RIGHT = "The young protesters shot the city police near the main square, witnesses said."


def _styles_at(content, word: str) -> set[str]:
    at = content.plain.index(word)
    return {str(s.style) for s in content.spans if s.start <= at < s.end}


def test_a_swap_shows_the_moved_words_in_the_moved_style_on_both_sides_and_nothing_struck():
    comparison = compare(_article("a", "North Wire", [SWAP_LEFT]), _article("b", "South Post", [SWAP_RIGHT]), NONE, NONE)
    (cells,) = compare_cells(comparison, NONE, NONE)
    for content in (cells.left, cells.right):
        assert not [s for s in content.spans if str(s.style) in (DELETED, INSERTED)]
        assert _styles_at(content, "shot") == {MOVED}
        assert _styles_at(content, "young protesters") == {MOVED}
        assert _styles_at(content, "city police") == set()  # in order: plain
    assert "word order" in row_differences(comparison.rows[0])


async def test_the_moved_style_reads_without_colour_and_unlike_a_change():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_compare(pilot)
        moved = component_style(screen.rows, "compare--moved")
        assert moved.italic and not moved.underline and not moved.strike
        assert component_style(screen.rows, "compare--inserted").underline


async def _open_compare(pilot) -> CompareScreen:
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CompareScreen) and pilot.app.screen.prepared)
    await pilot.pause()
    return pilot.app.screen


async def test_the_header_gives_one_line_per_account_at_100_columns_in_the_clis_words():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_compare(pilot)
        comparison = screen.prepared.comparison
        header = screen.query_one("#compare-summary", Static)
        lines = summary_content(comparison).plain.splitlines()
        assert header.size.height == len(lines) == 3  # nothing wraps
    assert lines[0] == "Press TV: 7/15 matched (47%) + 3 weak · 47% of words · 5 one-sided · 1/7 quotes only here"
    cli = summary_text(comparison).plain.splitlines()
    assert cli[:2] == lines[:2]  # the CLI says the same thing the same way
    assert lines[2].startswith(cli[2])


async def test_compare_help_explains_the_moved_style_and_what_figures_count():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(100, 30)) as pilot:
        await _open_compare(pilot)
        await pilot.press("question_mark")
        text = " ".join(app.screen.query_one("#help-text").content.plain.split())
    assert "Italic alone (coloured, never struck or underlined): words both accounts have, in another order" in text
    assert "signs and symbols in figures (-15, $, %, 1,500), ? and !, and quotation marks" in text
