"""End-to-end: split-compare in the installed `reader`, in a real terminal (tmux)."""

from __future__ import annotations

import shutil

import pytest

from reader.articles.corpus import Corpus
from reader.paths import bundled_corpus

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"),
]


def same_line(screen: str, left: str, right: str) -> bool:
    """Whether one screen line shows ``left`` and, further right, ``right``."""
    return any(left in line and right in line and line.index(left) < line.index(right) for line in screen.splitlines())


def test_compare_side_by_side_jump_details_and_back(run_reader):
    press_tv, new_arab = Corpus.open(bundled_corpus()).entries
    reader = run_reader()
    reader.wait_text(press_tv.title)

    reader.keys("c")
    screen = reader.wait_for(lambda s: "not in The New Arab" in s, "the compare view")
    assert same_line(screen, "Press TV · 2016-08-11", "The New Arab · 2016-08-11")
    assert same_line(screen, "has urged to conduct joint operations", "Turkey's foreign minister says")
    assert same_line(screen, "Since September 2014", "not in The New Arab")  # a one-sided sentence
    reader.wait_text("Row 1 of 20 · changed")  # the status line

    for k in range(2, 8):  # next difference until the cursor is on a moved row
        reader.keys("d")
        screen = reader.wait_text(f"difference {k} of 7")
        if "· moved ·" in screen:  # the cursor row's kind, in the status line
            break
    assert "⇅ moved from ¶" in screen  # kind mark, then the badge: where it sits in its own article

    reader.keys("i")
    screen = reader.wait_text("Naming")
    assert any("Islamic State" in line and "Daesh" in line and "IS ×" in line for line in screen.splitlines())
    reader.keys("i")
    reader.wait_for(lambda s: "Naming" not in s, "the details panel to close")

    reader.keys("Escape")
    screen = reader.wait_for(lambda s: "bundled corpus" in s.splitlines()[0], "the reading screen again")
    assert press_tv.title in screen and "Row " not in screen
    reader.keys("q")
    assert reader.exit_status() == 0
