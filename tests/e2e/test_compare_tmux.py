"""End-to-end: split-compare in the installed `reader`, in a real terminal (tmux).

What the screen must show is taken from the comparison itself (computed here
with the same code), so the test follows the engine's alignment rather than a
frozen copy of it.
"""

from __future__ import annotations

import re
import shutil

import pytest

from reader.articles.corpus import Corpus
from reader.paths import bundled_corpus
from reader.ui.annotation_store import AnnotationStore
from reader.ui.compare_cache import ComparisonCache

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"),
]

STATUS = re.compile(r"Row (\d+) of (\d+) · (\S+)")


def same_line(screen: str, left: str, right: str) -> bool:
    """Whether one screen line shows ``left`` and, further right, ``right``."""
    return any(left in line and right in line and line.index(left) < line.index(right) for line in screen.splitlines())


def status(screen: str) -> tuple[int, str] | None:
    """The cursor row (0-based) and its kind, from the status line."""
    match = STATUS.search(screen)
    return (int(match.group(1)) - 1, match.group(3)) if match else None


def press_until(reader, key: str, kind: str, limit: int) -> tuple[str, int]:
    """Press ``key`` until the cursor row is of ``kind``; the screen and the row."""
    screen = reader.screen()
    for _ in range(limit):
        before = status(screen)
        reader.keys(key)
        screen = reader.wait_for(lambda s, before=before: status(s) not in (None, before), f"the cursor to leave row {before}")
        row, found = status(screen)
        if found == kind:
            return screen, row
    raise AssertionError(f"no {kind} row reached with {key}; screen:\n{screen}")


def test_compare_side_by_side_jump_details_and_back(run_reader):
    corpus = Corpus.open(bundled_corpus())
    press_tv, new_arab = (corpus.load(entry) for entry in corpus.entries)
    rows = ComparisonCache(AnnotationStore(corpus.root)).prepare(press_tv, new_arab).comparison.rows
    reader = run_reader()
    reader.wait_text(press_tv.title)

    reader.keys("c")
    screen = reader.wait_for(lambda s: status(s) == (0, rows[0].kind), "the compare view")
    assert f"of {len(rows)}" in screen
    assert same_line(screen, "Press TV · 2016-08-11", "The New Arab · 2016-08-11")
    assert same_line(screen, press_tv.title[:40], new_arab.title[:40])

    screen, row = press_until(reader, "s", "changed", len(rows))  # a shared quote: both versions, one line
    assert same_line(screen, rows[row].left_text[:24], rows[row].right_text[:24]), screen

    reader.keys("g")
    screen, row = press_until(reader, "u", "left-only", len(rows))  # its empty side is labelled
    assert same_line(screen, rows[row].left_text[:24], "not in The New Arab"), screen

    screen, row = press_until(reader, "d", "moved", len(rows))  # a moved row carries its badge
    lines = screen.splitlines()
    start = next(k for k, line in enumerate(lines) if rows[row].left_text[:20] in line)
    assert any("moved from ¶" in line for line in lines[max(start - 2, 0) : start]), screen  # above the right cell
    assert same_line(screen, rows[row].left_text[:20], rows[row].right_text[:20]), screen  # both start level

    reader.keys("i")
    screen = reader.wait_text("Naming")
    assert any("Islamic State" in line and "Daesh" in line and "IS ×" in line for line in screen.splitlines())
    reader.keys("i")
    reader.wait_for(lambda s: "Naming" not in s, "the details panel to close")

    reader.keys("f")  # differences only: every row of this pair differs, so all stay
    screen = reader.wait_text("Differences only ·")
    assert f"of {len(rows)} ({len(rows)} shown)" in screen and "worded alike hidden" not in screen
    reader.keys("f")
    reader.wait_for(lambda s: "Differences only ·" not in s and status(s) is not None, "the full view again")

    reader.keys("Escape")
    screen = reader.wait_for(lambda s: "bundled corpus" in s.splitlines()[0], "the reading screen again")
    assert press_tv.title in screen and status(screen) is None
    reader.keys("q")
    assert reader.exit_status() == 0
