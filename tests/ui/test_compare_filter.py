"""The differences-only view of split-compare (`f`): which rows are worded alike, the notes that
count the hidden ones, jump keys and status line in both views, the row kept in view, the view
kept across accounts; on a pair built so the alike rows are known, and on the bundled pair."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from compare_pair import (
    ACCENTS_ROW,
    ALIKE_LEFT,
    ALIKE_RIGHT,
    ALIKE_ROWS,
    NAMING_ROW,
    QUOTE_ROW,
    write_alike_pair,
)
from pilot_helpers import screen_text, wait_for
from textual.color import Color
from textual.command import CommandPalette
from textual.widgets import Static

from reader.annotate.model import Quote
from reader.annotate.pipeline import annotate_article
from reader.articles.model import Article
from reader.compare import compare
from reader.compare.quotes import QuoteEdit, SharedQuote
from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.compare_document import alike_rows, differences_by_row, row_differences
from reader.ui.compare_screen import CompareScreen
from reader.ui.strips import component_style
from test_compare import WIDE, line_with, lines_of, open_compare


def comparison_of(left: list[str], right: list[str]):
    def article(article_id: str, body: list[str], outlet: str) -> Article:
        return Article(article_id, "A title", outlet, "2021-03-01", "a-story", "en", tuple(body))

    a, b = article("l", left, "Left"), article("r", right, "Right")
    return compare(a, b, annotate_article(a), annotate_article(b))


def status_of(screen: CompareScreen) -> str:
    return screen.query_one("#compare-status", Static).content.plain


@pytest.fixture
def alike_corpus(tmp_path: Path, write_article) -> Path:
    write_alike_pair(write_article, twin=True)
    return tmp_path / "corpus"


# -- what "worded alike" means ------------------------------------------------------


def test_worded_alike_is_same_words_names_and_place_quote_mark_style_and_commas_aside():
    comparison = comparison_of(ALIKE_LEFT, ALIKE_RIGHT)
    differences = differences_by_row(comparison)
    assert alike_rows(differences) == ALIKE_ROWS
    assert differences[NAMING_ROW] == ("naming",)  # Daesh / IS and nothing else: still a difference
    assert differences[ACCENTS_ROW] == ("case or accents",)  # Çavuşoğlu / Cavusoglu: the diff folds it
    assert comparison.rows[ACCENTS_ROW].kind == "same"  # ... though the row's mark says "="
    kinds = {comparison.rows[i].kind: differences[i] for i in range(len(comparison.rows))}
    assert kinds["left-only"] == kinds["right-only"] == ("one-sided",)
    assert kinds["moved"] == ("moved",)  # word for word, but elsewhere in its article
    assert comparison.rows_where("quote") == (QUOTE_ROW,)  # “…” against "…": alike, and a quote row


def test_quotation_marks_an_edited_shared_quote_and_a_weak_pairing_make_a_row_differ():
    quoted = comparison_of(
        ["The minister said the talks were a success and would go on."],
        ['The minister said the talks were "a success" and would go on.'],
    )
    assert [row.kind for row in quoted.rows] == ["changed"]  # added quotation marks are a difference
    assert differences_by_row(quoted) == (("quotation marks",),)  # quoting against paraphrasing
    comparison = comparison_of(ALIKE_LEFT, ALIKE_RIGHT)
    row = comparison.rows[QUOTE_ROW]
    (shared,) = comparison.shared_quotes
    assert shared.edits == () and row_differences(row, [shared]) == ()
    edited = SharedQuote(shared.left, shared.right, 0.9, (QuoteEdit("trimmed", "whatever it takes", ""),))
    assert row_differences(row, [edited]) == ("edited quote",)
    elsewhere = Quote(0, 10, "Somewhere else", None, "direct")  # an edited quote in another row
    assert row_differences(row, [dataclasses.replace(edited, left=elsewhere, right=elsewhere)]) == ()
    assert row_differences(dataclasses.replace(row, score=0.1)) == ("weak match",)


# -- the view -------------------------------------------------------------------------


async def test_f_hides_the_rows_worded_alike_and_a_note_counts_each_run(alike_corpus):
    app = ReaderApp(alike_corpus)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        assert screen.right.id == "f2"
        rows = screen.rows
        full = [line.left.plain for line in rows.document_layout.lines]
        await pilot.press("f")
        await pilot.pause()
        layout = rows.document_layout
        assert rows.hidden == ALIKE_ROWS
        shown = {line.row for line in layout.lines if line.row is not None}
        assert shown == set(range(12)) - ALIKE_ROWS
        notes = [line.note.plain for line in layout.lines if line.note is not None]
        assert notes == [
            "· 3 rows worded alike hidden ·",
            "· 1 row worded alike hidden ·",
            "· 3 rows worded alike hidden ·",
        ]
        text = screen_text(pilot)
        assert text.count("worded alike hidden") == 3
        assert "The council met" not in text and "Volunteers filled" not in text
        assert "Daesh fighters" in text and "IS fighters" in text  # the naming swap stays
        assert "Cavusoglu" in text
        # The cursor moved off the hidden first row to the first row shown; the status says the view.
        assert rows.cursor == NAMING_ROW
        assert status_of(screen).startswith("Differences only · Row 4 of 12 (5 shown) · changed · difference 1 of 1")
        assert status_of(screen).endswith("differs: naming")
        await pilot.press("f")
        await pilot.pause()
        assert rows.hidden == frozenset()
        assert [line.left.plain for line in rows.document_layout.lines] == full  # the full view, as before
        assert "worded alike" not in screen_text(pilot)
        assert status_of(screen) == "Row 4 of 12 · changed · difference 1 of 1"


async def test_jump_keys_step_through_rows_shown_and_say_what_is_hidden(alike_corpus):
    app = ReaderApp(alike_corpus)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        screen = await open_compare(pilot)
        rows = screen.rows
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("u")
        assert rows.cursor == 6
        await pilot.press("u")
        assert rows.cursor == 10
        await pilot.pause()
        assert "one-sided sentence 2 of 2" in status_of(screen)
        await pilot.press("D")
        assert rows.cursor == NAMING_ROW
        # The one shared quote is worded alike: `s` says so instead of landing on a hidden row.
        await pilot.press("s")
        await wait_for(pilot, lambda: "No shared-quote row shown: 1 is" in screen_text(pilot))
        assert rows.cursor == NAMING_ROW
        await pilot.press("f", "s")
        await pilot.pause()
        assert rows.cursor == QUOTE_ROW
        assert status_of(screen) == "Row 3 of 12 · same · shared-quote row 1 of 1"
        # Moving the cursor to a hidden row (a click cannot, code might) lands on the next row shown.
        await pilot.press("f")
        rows.move_cursor(7)
        assert rows.cursor == 10


async def test_toggling_keeps_the_row_in_view_where_it_was_on_screen(alike_corpus):
    app = ReaderApp(alike_corpus)
    async with app.run_test(size=(120, 16)) as pilot:  # room for 9 lines of rows: both views scroll
        screen = await open_compare(pilot)
        rows = screen.rows

        async def scroll_row_to(row: int, below_top: int) -> int:
            rows.move_cursor(row)
            rows.scroll_to(y=rows.document_layout.row_tops[row] - below_top, animate=False, force=True)
            await pilot.pause()
            return line_with(lines_of(pilot), screen.prepared.comparison.rows[row].right_text[:30])

        before = await scroll_row_to(ACCENTS_ROW, 2)
        for expected_hidden in (ALIKE_ROWS, frozenset()):
            await pilot.press("f")
            await pilot.pause()
            assert rows.hidden == expected_hidden and rows.cursor == ACCENTS_ROW
            assert line_with(lines_of(pilot), "Mevlut Cavusoglu") == before
        # A cursor on a row about to be hidden: the note takes the row's place, the cursor the next row shown.
        place = await scroll_row_to(8, 3)
        assert "Volunteers filled sandbags" in lines_of(pilot)[place]
        await pilot.press("f")
        await pilot.pause()
        assert line_with(lines_of(pilot), "3 rows worded alike hidden") == place
        assert rows.cursor == 10 and 10 in rows.visible_rows()
        assert status_of(screen).startswith("Differences only · Row 11 of 12 (5 shown) · right-only")


async def test_the_view_stays_on_for_the_next_account_and_says_when_nothing_differs(alike_corpus):
    app = ReaderApp(alike_corpus)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("f")
        await pilot.press("o")  # f3: the left account word for word
        await wait_for(pilot, lambda: screen.prepared is not None and screen.right.id == "f3")
        await pilot.pause()
        assert screen.differences_only
        rows = screen.rows
        total = len(screen.prepared.comparison.rows)
        assert rows.hidden == frozenset(range(total)) and rows.cursor is None
        text = screen_text(pilot)
        assert f"· nothing differs: all {total} rows are worded alike (f shows them) ·" in text
        assert status_of(screen) == f"Differences only: nothing differs, all {total} rows are worded alike · f: show them"
        await pilot.press("d")
        await wait_for(pilot, lambda: "No difference in this comparison." in screen_text(pilot))
        await pilot.press("o")  # back to f2, still differences only
        await wait_for(pilot, lambda: screen.prepared is not None and screen.right.id == "f2")
        await pilot.pause()
        assert rows.hidden == ALIKE_ROWS and rows.cursor == NAMING_ROW
        await pilot.press("f")
        await pilot.pause()
        assert rows.hidden == frozenset() and "worded alike" not in screen_text(pilot)


async def test_on_the_bundled_pair_every_row_differs_so_nothing_is_hidden():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        screen = await open_compare(pilot)
        rows, comparison = screen.rows, screen.prepared.comparison
        assert comparison.summary.same == 0
        full = [line.left.plain for line in rows.document_layout.lines]
        visits = {}
        for key in ("d", "s", "u"):
            rows.move_cursor(0)
            visits[key] = []
            for _ in range(len(comparison.rows)):
                await pilot.press(key)
                visits[key].append(rows.cursor)
        await pilot.press("f")
        await wait_for(pilot, lambda: "Every row differs: none is worded alike" in screen_text(pilot))
        assert rows.hidden == frozenset()
        assert [line.left.plain for line in rows.document_layout.lines] == full
        total = len(comparison.rows)
        assert status_of(screen).startswith(f"Differences only · Row {rows.cursor + 1} of {total} ({total} shown)")
        for key in ("d", "s", "u"):  # the jump keys visit the same rows in both views
            rows.move_cursor(0)
            seen = []
            for _ in range(total):
                await pilot.press(key)
                seen.append(rows.cursor)
            assert seen == visits[key], key
        await pilot.press("s")
        await pilot.pause()
        quotes = comparison.rows_where("quote")
        assert f"shared-quote row {quotes.index(rows.cursor) + 1} of {len(quotes)} · differs:" in status_of(screen)


async def test_the_command_palette_and_help_offer_the_view(alike_corpus):
    app = ReaderApp(alike_corpus)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("ctrl+p", *"differences only")
        await wait_for(pilot, lambda: "Differences only (toggle)" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app) and screen.rows.hidden == ALIKE_ROWS)
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = app.screen.query_one("#help-text", Static).content.plain
        assert "Differences only: hide rows worded alike, or show them again" in help_text
        assert "a dim line counts the rows hidden in its place" in help_text


async def test_the_note_reads_dim_on_the_light_theme_too(alike_corpus):
    app = ReaderApp(alike_corpus)
    async with app.run_test(size=WIDE) as pilot:
        app.theme = "textual-light"
        screen = await open_compare(pilot)
        page = Color.from_rich_color(screen.rows.visual_style.rich_style.bgcolor)
        drawn = page + component_style(screen.rows, "compare--hidden").foreground
        assert page.brightness > 0.7 and abs(drawn.brightness - page.brightness) > 0.3


def test_differences_only_snapshot(snap_compare, tmp_path, write_article):
    """The pair with its alike rows hidden: a dim note in place of each run, the status line saying the view."""
    write_alike_pair(write_article)

    async def differences_only(pilot) -> None:
        await open_compare(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(ReaderApp(tmp_path / "corpus"), terminal_size=(100, 30), run_before=differences_only)
