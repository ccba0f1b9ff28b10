"""Snapshot of the main screen on the bundled corpus (pytest-textual-snapshot)."""

from __future__ import annotations

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


def test_main_screen_on_the_bundled_corpus(snap_compare):
    async def freeze_cursor(pilot):
        pilot.app.search_box.cursor_blink = False
        await pilot.pause()

    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), run_before=freeze_cursor)


def test_help_screen(snap_compare):
    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), press=["question_mark"])
