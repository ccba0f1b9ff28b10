"""Small terminals: the text keeps most of the width however narrow the screen."""

from __future__ import annotations

import pytest

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


@pytest.mark.parametrize("width", [40, 34])
async def test_a_very_small_terminal_keeps_most_of_its_width_for_the_text(width):
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(width, 14)) as pilot:
        await pilot.pause()
        assert app.reading_view.size.width >= width // 2  # was 8 columns at 40, 2 at 34
        assert app.query_one("#sidebar").size.width >= 10
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.query_one("#sidebar").outer_size.width == 28  # 80 columns as before
