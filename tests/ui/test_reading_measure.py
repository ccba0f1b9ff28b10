"""On a wide terminal the text wraps at a readable measure, not at the pane's edge."""

from __future__ import annotations

from pilot_helpers import screen_text

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.reading_view import MEASURE


async def test_lines_stop_at_the_measure_on_a_wide_terminal_and_fill_a_narrow_one():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(220, 40)) as pilot:
        await pilot.pause()
        view = app.reading_view
        assert view.size.width > MEASURE + 20
        assert max(map(len, view.plain_lines)) == MEASURE  # long paragraphs fill the measure, no more
        assert "has urged to conduct joint operations against" in screen_text(pilot)
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.reading_view
        assert max(map(len, view.plain_lines)) == view.scrollable_content_region.width < MEASURE
