"""Snapshots of the main and help screens on the bundled corpus (pytest-textual-snapshot).

Nothing on these screens blinks: the search field, the only widget with a text
cursor, is mounted on first use of `/`.
"""

from __future__ import annotations

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


def test_main_screen_on_the_bundled_corpus(snap_compare):
    app = ReaderApp(bundled_corpus())
    assert snap_compare(app, terminal_size=(120, 36))
    assert app.search_box is None


def test_help_screen(snap_compare):
    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), press=["question_mark"])
