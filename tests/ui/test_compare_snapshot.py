"""Snapshot of split-compare on the bundled corpus at a fixed size (pytest-textual-snapshot).

The comparison is computed in a worker: each snapshot waits for it before the
screen is captured. Nothing on this screen blinks.
"""

from __future__ import annotations

from pilot_helpers import wait_for

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.compare_screen import CompareScreen


async def aligned(pilot) -> None:
    await pilot.press("c")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, CompareScreen) and pilot.app.screen.prepared is not None)
    await pilot.pause()


def test_compare_screen(snap_compare):
    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), run_before=aligned)


def test_compare_screen_on_a_moved_row_with_details(snap_compare):
    async def moved_and_details(pilot) -> None:
        await aligned(pilot)
        await pilot.press(*"ddddd", "i")  # the fifth difference after the first is the first moved row
        await pilot.pause()

    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), run_before=moved_and_details)
