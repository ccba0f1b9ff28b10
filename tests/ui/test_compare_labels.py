"""Compare mode as a fact-checker reads it: counts that agree, keys explained, nothing from the
hidden reading view, dim text that reads on a light theme, weak pairings flagged."""

from __future__ import annotations

import dataclasses

from annotation_helpers import bundled_articles, expected_annotations
from pilot_helpers import screen_text, wait_for
from textual.color import Color

from reader.articles.corpus import Corpus
from reader.compare import compare
from reader.compare.model import WEAK_MATCH
from reader.paths import bundled_corpus
from reader.text.segment import paragraphs
from reader.ui.annotation_store import AnnotationStore
from reader.ui.app import ReaderApp
from reader.ui.compare_cache import ComparisonCache
from reader.ui.compare_document import compare_cells
from reader.ui.compare_screen import CompareScreen
from reader.ui.strips import component_style
from test_compare import WIDE, open_compare


async def test_summary_and_status_count_shared_quotes_the_same_way():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        comparison = screen.prepared.comparison
        quote_rows = comparison.rows_where("quote")
        assert quote_rows
        summary = screen.query_one("#compare-summary").content.plain
        quotes = comparison.summary.shared_quotes
        assert f"{quotes} shared quote{'s' if quotes != 1 else ''} in {len(quote_rows)} row" in summary
        await pilot.press("s")
        status = screen.query_one("#compare-status").content.plain
        assert f"shared-quote row 1 of {len(quote_rows)}" in status


async def test_compare_help_says_n_and_p_step_through_differences_here():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        await open_compare(pilot)
        await pilot.press("question_mark")
        text = app.screen.query_one("#help-text").content.plain
        assert "Here n and p step through differences (like d and D); they change article only while reading." in text
        assert "Next row whose wording differs (also n, here)" in text


async def test_a_toast_does_not_draw_over_the_help_dialog():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await open_compare(pilot)
        await pilot.press("o")  # the bundled story has no third account: a toast says so
        await wait_for(pilot, lambda: "No other account" in screen_text(pilot))
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Keys" in screen_text(pilot)
        assert "No other account" not in screen_text(pilot)


async def test_the_palette_on_compare_offers_no_reading_view_entries():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        await open_compare(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        text = screen_text(pilot)
        assert "Next difference" in text and "Next article" not in text
        await pilot.press(*"turkey")
        await pilot.pause(0.5)
        text = screen_text(pilot)
        assert "Open: " not in text and "Mentions of" not in text
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, CompareScreen))
        await pilot.press("ctrl+p")  # back on the reading screen the entries are there
        await wait_for(pilot, lambda: "Next article" in screen_text(pilot))


async def test_dim_compare_text_reads_on_the_light_theme():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        app.theme = "textual-light"
        screen = await open_compare(pilot)
        page = Color.from_rich_color(screen.rows.visual_style.rich_style.bgcolor)
        assert page.brightness > 0.7
        for widget, name in (
            (screen.rows, "compare--absent"),
            (screen.rows, "compare--message"),
            (screen, "compare-titles--date"),
            (screen, "compare-summary--hint"),
        ):
            color = component_style(widget, name).foreground
            assert color is not None
            blended = page + color  # the colour as drawn on the page
            assert abs(blended.brightness - page.brightness) > 0.3, name


def test_a_weak_pairing_carries_a_badge():
    left, right = bundled_articles()
    left_ann, right_ann = expected_annotations(left), expected_annotations(right)
    comparison = compare(left, right, left_ann, right_ann)
    paired = [i for i, row in enumerate(comparison.rows) if row.left and row.right]
    strong = next(i for i in paired if comparison.rows[i].score >= WEAK_MATCH and comparison.rows[i].kind == "changed")
    rows = list(comparison.rows)
    rows[strong] = dataclasses.replace(rows[strong], score=0.12)
    cells = compare_cells(dataclasses.replace(comparison, rows=tuple(rows)), left_ann, right_ann)
    assert cells[strong].right_badge.plain == "weak match (score 0.12): check the pairing"
    for i in paired:
        if i != strong:
            weak = comparison.rows[i].score < WEAK_MATCH
            badge = cells[i].right_badge.plain if cells[i].right_badge else ""
            assert ("weak match" in badge) == weak, i


async def test_weak_pairings_are_flagged_on_screen():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        weak = [r for r in screen.prepared.comparison.rows if r.left and r.right and r.score < WEAK_MATCH]
        badges = [cell.right_badge.plain for cell in screen.rows._cells if cell.right_badge is not None]
        assert sum("weak match (score" in badge for badge in badges) == len(weak)
        if weak:
            text = "\n".join(line.right.plain for line in screen.rows.document_layout.lines)
            assert "weak match" in text


def test_a_moved_badge_counts_sentences_within_its_paragraph():
    corpus = Corpus.open(bundled_corpus())
    left, right = (corpus.load(entry) for entry in corpus.entries)
    prepared = ComparisonCache(AnnotationStore(corpus.root)).prepare(left, right)
    comparison = prepared.comparison
    cells = compare_cells(comparison, prepared.left_annotations, prepared.right_annotations)
    spans = paragraphs(right.text)
    starts = sorted(unit.start for row in comparison.rows for unit in row.right)
    moved = [(row, cell) for row, cell in zip(comparison.rows, cells) if row.kind == "moved" and row.right]
    assert moved
    for row, cell in moved:
        number = next(k for k, span in enumerate(spans, 1) if span.start <= row.right[0].start < span.end)
        span = spans[number - 1]
        in_paragraph = [start for start in starts if span.start <= start < span.end]
        expected = in_paragraph.index(row.right[0].start) + 1
        assert f"moved from ¶{number}, sentence {expected}" in cell.right_badge.plain
