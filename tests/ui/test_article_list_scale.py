"""The sidebar stays one widget however many articles there are, and renders only what is visible."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import screen_text
from textual.app import App, ComposeResult

from reader.articles.model import Entry
from reader.paths import styles_dir
from reader.ui.article_list import ArticleList, lay_out


def entries(count: int) -> list[Entry]:
    return [
        Entry(Path(f"/nowhere/{i}.yaml"), f"id{i:05d}", f"Title number {i}", f"Outlet {i % 7}", "2020-01-01", f"story-{i // 4:05d}")
        for i in range(count)
    ]


class ListApp(App[None]):
    CSS_PATH = styles_dir() / "article_list.tcss"

    def __init__(self, items: list[Entry]) -> None:
        super().__init__()
        self.items = items
        self.highlights: list[str] = []

    def compose(self) -> ComposeResult:
        yield ArticleList(id="articles")

    def on_mount(self) -> None:
        self.query_one(ArticleList).set_entries(self.items)
        self.query_one(ArticleList).focus()

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        self.highlights.append(message.entry.id)


def test_layout_puts_a_heading_line_before_each_story_and_two_lines_per_article():
    items = entries(6)
    layout = lay_out(items)
    assert layout.rows == ["story-00000", *items[:4], "story-00001", *items[4:]]
    assert layout.row_lines == [0, 1, 3, 5, 7, 9, 10, 12]
    assert layout.article_rows == [1, 2, 3, 4, 6, 7]
    assert layout.line_count == 14
    assert lay_out([]) == ([], [], [], 0)


async def test_ten_thousand_articles_are_one_widget_and_move_at_once():
    small, large = ListApp(entries(10)), ListApp(entries(10_000))
    async with small.run_test(size=(60, 20)):
        small_nodes = len(list(small.screen.walk_children()))
    async with large.run_test(size=(60, 20)) as pilot:
        assert len(list(large.screen.walk_children())) == small_nodes
        article_list = large.query_one(ArticleList)
        assert article_list.row_count == 10_000 + 2_500
        assert article_list.line_count == article_list.virtual_size.height == 2_500 + 2 * 10_000
        await pilot.press("G")
        assert article_list.highlighted.id == "id09999"
        assert "Title number 9999" in screen_text(pilot)
        assert "Outlet 3 · 2020-01-01" in screen_text(pilot).splitlines()[-1]  # its second line in view
        assert article_list.scroll_y == article_list.max_scroll_y
        await pilot.press(*["k"] * 50)
        assert article_list.highlighted.id == "id09949"
        assert large.highlights[-1] == "id09949" and len(large.highlights) == 51
        assert "Title number 9949" in screen_text(pilot)
        await pilot.press("g")
        assert article_list.highlighted.id == "id00000"
        assert article_list.scroll_y == 0
        assert "story-00000 (4)" in screen_text(pilot)


async def test_filtering_keeps_the_cursor_on_the_same_article():
    app = ListApp(entries(100))
    async with app.run_test(size=(60, 20)) as pilot:
        article_list = app.query_one(ArticleList)
        await pilot.press("j", "j", "j")
        assert article_list.highlighted.id == "id00003"
        kept = article_list.set_entries([e for e in app.items if int(e.id[2:]) % 3 == 0], keep="id00003")
        assert kept.id == "id00003"
        gone = article_list.set_entries([e for e in app.items if e.id != "id00003"], keep="id00003")
        assert gone.id == "id00000"
        assert article_list.set_entries([]) is None
        await pilot.press("j", "G", "g")
        assert article_list.highlighted is None


async def test_relisting_scrolls_to_the_kept_article_at_once():
    app = ListApp(entries(10_000))
    async with app.run_test(size=(60, 20)) as pilot:
        article_list = app.query_one(ArticleList)
        article_list.set_entries(app.items[8990:9010])
        await pilot.pause()
        kept = article_list.set_entries(app.items, keep="id09000")
        assert kept.id == "id09000"
        await pilot.pause()
        assert "Title number 9000" in screen_text(pilot)
