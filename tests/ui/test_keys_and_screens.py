"""Help generated from bindings, quitting, the command palette, the mouse."""

from __future__ import annotations

import pytest

from annotation_helpers import is_annotated
from pilot_helpers import ORDER, SIZE, TITLES, screen_text, wait_for
from textual import events
from textual.binding import BindingsMap
from textual.command import CommandPalette
from textual.widgets import Static

from reader.ui.app import ReaderApp
from reader.ui.article_list import ArticleList
from reader.ui.commands import ReaderCommands
from reader.ui.help_screen import HelpScreen
from reader.ui.reading_view import ReadingView
from reader.ui.search_box import SearchBox


def documented(cls) -> list[str]:
    """What the help must say for each described binding of ``cls``."""
    return [b.tooltip or b.description for _key, b in BindingsMap(cls.BINDINGS) if b.description]


async def test_question_mark_opens_help_generated_from_the_bindings(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = app.screen.query_one("#help-text", Static).content.plain
        for cls in (ReaderApp, ArticleList, ReadingView, SearchBox):
            for text in documented(cls):
                assert text in help_text, (cls.__name__, text)
        for section in ("Everywhere", "Article list", "Reading view", "Search box"):
            assert section in help_text
        lines = help_text.splitlines()
        assert any(line.split()[:2] == ["j,", "↓"] and "Next article in the list" in line for line in lines)
        assert any(line.split()[:1] == ["q"] and "Quit reader" in line for line in lines)
        assert "Keys" in screen_text(pilot)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark", "question_mark")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_follows_a_changed_binding(corpus, monkeypatch):
    from textual.binding import Binding

    monkeypatch.setattr(ReaderApp, "BINDINGS", [*ReaderApp.BINDINGS, Binding("x", "bell", "Ring", tooltip="Ring the bell")])
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert "Ring the bell" in app.screen.query_one("#help-text", Static).content.plain


async def test_q_quits(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0
        assert not app.is_running


async def test_command_palette_runs_actions_and_opens_articles_by_title(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert CommandPalette.is_open(app)
        await pilot.press(*"next article")
        await wait_for(pilot, lambda: "Show the next article" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app))
        assert app.reading_view.article.id == ORDER[1]

        await pilot.press("ctrl+p", *"beta later")
        await wait_for(pilot, lambda: f"Open: {TITLES['b2']}" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app))
        assert app.reading_view.article.id == "b2"
        assert app.article_list.highlighted.id == "b2"


async def test_command_palette_lists_the_main_actions(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        names = ("Next article", "Previous article", "Search titles and text", "Help: keys", "Show problems", "Toggle compare")
        await wait_for(pilot, lambda: all(name in screen_text(pilot) for name in names))
        await pilot.press(*"keys")
        await wait_for(pilot, lambda: "Help: keys" in screen_text(pilot))
        assert "Show help for the focused widget" not in screen_text(pilot)  # not Textual's second key list


async def test_clicking_a_sidebar_row_selects_it_and_headings_are_inert(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        # Lines: 0 alpha heading, 1-2 a1, 3-4 a2, 5-6 a3, 7 beta heading, 8-9 b1, 10-11 b2
        # (an article is its title, then outlet · date).
        await pilot.click("#articles", offset=(4, 8))
        assert app.reading_view.article.id == "b1"
        assert TITLES["b1"] in screen_text(pilot)
        await pilot.click("#articles", offset=(4, 11))  # the second line of b2
        assert app.reading_view.article.id == "b2"
        await pilot.click("#articles", offset=(4, 7))
        assert app.reading_view.article.id == "b2"
        await pilot.click("#articles", offset=(30, 3))  # far right on a2's title line
        assert app.reading_view.article.id == "a2"
        await pilot.click("#articles", offset=(4, 20))  # below the last article
        assert app.reading_view.article.id == "a2"


async def test_mouse_wheel_scrolls_the_text(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot._post_mouse_events([events.MouseScrollDown] * 3, "#reading", offset=(10, 10))
        await pilot.pause()
        assert app.reading_view.scroll_y > 0
        assert app.reading_view.article.id == ORDER[0]


@pytest.mark.parametrize("focus", ["list", "text"])
async def test_the_footer_shows_the_essential_keys_in_80_columns(corpus, focus):
    app = ReaderApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        if focus == "text":
            await pilot.press("enter")
        await pilot.pause()
        footer = screen_text(pilot).splitlines()[-1]
        pane = ("j/k Move", "enter Read") if focus == "list" else ("j/k Scroll",)
        for item in (*pane, "n/p Next", "/ Search", "c Compare", "e/t/x Layers", "? Help", "q Quit"):
            assert item in footer, (item, footer)
        assert len(footer) <= 80


async def test_command_palette_shows_titles_and_outlets_literally(write_article, tmp_path):
    write_article("m1", "Report [b]bold[/b] [@click=app.quit]x[/] end", "Outlet [red]R[/red]", "2024-01-01", "s", ["One."])
    write_article("m2", "Other [IS] account", "Outlet [/]", "2024-01-02", "s", ["Two."])
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("ctrl+p", *"report")
        await wait_for(pilot, lambda: "Open: Report [b]bold[/b] [@click=app.quit]x[/] end" in screen_text(pilot))
        assert "(Outlet [red]R[/red], 2024-01-01)" in screen_text(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app))
        await pilot.press("ctrl+p", *"compare with", "enter")  # the second palette lists the targets
        await wait_for(pilot, lambda: "Compare with: Other [IS] account  (Outlet [/], 2024-01-02)" in screen_text(pilot))
        assert app.is_running


async def test_palette_entries_never_carry_control_characters_from_a_user_registry(write_article, tmp_path):
    write_article("m1", "Officials speak", "Outlet", "2024-01-01", "s", ["Officials at EvilCorp said so."])
    # YAML escapes get control characters past the parser: the canonical name holds an ESC.
    (tmp_path / "corpus" / "entities.yaml").write_text(
        'entities:\n  - name: "Evil\\e[31mCorp"\n    label: ORG\n    aliases: [EvilCorp]\n', encoding="utf-8"
    )
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        hits = [hit async for hit in ReaderCommands(app.screen).search("mentions of evil")]
        [hit] = [hit for hit in hits if hit.text.startswith("Mentions of")]
        assert hit.text == "Mentions of Evil␛[31mCorp"  # copied into the palette's input when chosen
        assert "Evil␛[31mCorp" in hit.prompt.plain
