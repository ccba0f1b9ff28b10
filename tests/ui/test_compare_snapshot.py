"""Snapshots of split-compare at a fixed size (pytest-textual-snapshot).

They use a small hand-written pair (compare_pair.py) whose alignment does not
move with the engine's tuning; the comparison is computed in a worker, so each
snapshot waits for it before the screen is captured. Nothing here blinks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from compare_pair import write_pair
from pilot_helpers import wait_for

from reader.ui.app import ReaderApp
from reader.ui.compare_screen import CompareScreen


@pytest.fixture
def pair_corpus(tmp_path: Path, write_article) -> Path:
    write_pair(write_article)
    return tmp_path / "corpus"


async def aligned(pilot) -> None:
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CompareScreen) and pilot.app.screen.prepared is not None)
    await pilot.pause()


def test_compare_screen(snap_compare, pair_corpus):
    assert snap_compare(ReaderApp(pair_corpus), terminal_size=(100, 30), run_before=aligned)


def test_compare_screen_on_the_moved_row_with_details(snap_compare, pair_corpus):
    async def moved_and_details(pilot) -> None:
        await aligned(pilot)
        await pilot.press("d", "d", "i")  # the second difference is the moved row
        await pilot.pause()

    assert snap_compare(ReaderApp(pair_corpus), terminal_size=(100, 30), run_before=moved_and_details)
