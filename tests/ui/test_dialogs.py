"""Help and problems dialogs: scrolled by keyboard to their end, reasons wrapped, the focused
pane's keys first."""

from __future__ import annotations

import pytest
from pilot_helpers import SIZE, screen_text

from reader.articles.model import Problem
from reader.ui.app import ReaderApp
from reader.ui.dialog_body import DialogBody
from reader.ui.help_screen import HelpScreen
from reader.ui.problems_screen import ProblemsScreen


@pytest.mark.parametrize("keys", [["end"], ["G"], ["pagedown"] * 6, ["down"] * 60, ["j"] * 60])
async def test_help_scrolls_to_its_end_by_keyboard(corpus, keys):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one(DialogBody)
        await pilot.pause()
        assert body.max_scroll_y > 0  # the help is longer than the dialog at 120x36
        assert app.focused is body
        await pilot.press(*keys)
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0


async def test_problems_dialog_scrolls_and_wraps_long_reasons_under_their_file(corpus):
    reason = "a very long reason " * 12 + "THE-END"
    app = ReaderApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        app._add_problems([Problem(corpus / f"broken-{i:02}.yaml", f"{reason} {i}") for i in range(12)])
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        body = app.screen.query_one(DialogBody)
        await pilot.pause()
        assert app.focused is body and body.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        lines = screen_text(pilot).splitlines()
        assert any("broken-11.yaml" in line for line in lines)
        assert any("THE-END 11" in line for line in lines)  # the last reason is read whole
        inside = [line.split("█")[1] for line in lines if line.count("█") >= 2]
        reason_lines = [line for line in inside if "reason" in line or "THE-END" in line]
        assert len(reason_lines) > 6  # reasons wrap over several lines...
        assert {len(line) - len(line.lstrip()) for line in reason_lines} == {6}  # ...under one indent


async def test_help_lists_the_focused_panes_keys_first(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        text = app.screen.query_one("#help-text").content.plain
        assert text.splitlines()[0] == "Article list (where you are)"
        await pilot.press("escape", "enter")  # focus the text
        await pilot.press("question_mark")
        text = app.screen.query_one("#help-text").content.plain
        assert text.splitlines()[0] == "Reading view (where you are)"
        assert text.index("Reading view") < text.index("Everywhere") < text.index("Article list")
