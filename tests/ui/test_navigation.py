"""Keyboard navigation: the list cursor, n/p from anywhere, focus moves, scrolling, g/G."""

from __future__ import annotations

import pytest

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.article_list import ArticleList
from reader.ui.reading_view import ReadingView

from pilot_helpers import ORDER, SIZE, TITLES, screen_text


def shown(app: ReaderApp) -> str:
    article = app.reading_view.article
    assert article is not None
    return article.id


def reading_lines(app: ReaderApp) -> list[str]:
    return app.reading_view.plain_lines


async def test_first_article_is_selected_and_shown_at_start(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        assert shown(app) == ORDER[0]
        assert app.article_list.highlighted.id == ORDER[0]
        assert isinstance(app.focused, ArticleList)
        text = screen_text(pilot)
        assert TITLES[ORDER[0]] in text
        assert "Outlet A · 2020-01-01" in text
        assert "By Outlet A staff" in text
        assert "alpha-story (3)" in text and "beta-story (2)" in text


async def test_j_k_and_arrows_move_in_the_list_and_skip_story_headings(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        seen = []
        for _ in range(4):
            await pilot.press("j")
            seen.append(shown(app))
        assert seen == ORDER[1:]  # a3 -> b1 crosses the beta-story heading
        await pilot.press("j")  # at the end: stays
        assert shown(app) == ORDER[-1]
        await pilot.press("k", "up")
        assert shown(app) == ORDER[2]
        await pilot.press("down")
        assert shown(app) == ORDER[3]
        assert TITLES[ORDER[3]] in screen_text(pilot)


async def test_n_and_p_work_from_the_list_and_from_the_text(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert shown(app) == ORDER[1]
        await pilot.press("enter")
        assert isinstance(app.focused, ReadingView)
        await pilot.press("n", "n")
        assert shown(app) == ORDER[3]
        await pilot.press("p")
        assert shown(app) == ORDER[2]
        assert isinstance(app.focused, ReadingView)
        assert app.article_list.highlighted.id == ORDER[2]


async def test_g_and_G_jump_to_first_and_last_article_in_the_list(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G")
        assert shown(app) == ORDER[-1]
        await pilot.press("g")
        assert shown(app) == ORDER[0]
        await pilot.press("end")
        assert shown(app) == ORDER[-1]


async def test_enter_and_tab_move_focus_to_the_text_and_shift_tab_back(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        assert isinstance(app.focused, ReadingView)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, ReadingView)
        await pilot.press("escape")
        assert isinstance(app.focused, ArticleList)
        assert shown(app) == ORDER[0]  # moving focus never changes the article


async def test_space_and_page_keys_scroll_the_text_and_g_G_in_the_text(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        view = app.reading_view
        assert view.scroll_y == 0
        assert view.max_scroll_y > 20  # the article is longer than the screen
        await pilot.press("space")  # from the list: scrolls the text, list stays put
        first_page = view.scroll_y
        assert first_page > 10
        assert shown(app) == ORDER[0]
        await pilot.press("pagedown")
        after_down = view.scroll_y
        assert after_down > first_page
        await pilot.press("pageup")
        assert view.scroll_y == after_down - first_page
        await pilot.press("tab", "G")
        assert view.scroll_y == view.max_scroll_y
        last_line = view.plain_lines[-1]
        assert last_line in screen_text(pilot)
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        assert shown(app) == ORDER[0]  # j/k scroll the text when it has focus


async def test_ctrl_d_and_ctrl_u_scroll_the_text_half_a_page_from_anywhere(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        view = app.reading_view
        half = view.scrollable_content_region.height // 2
        await pilot.press("ctrl+d")  # from the list
        assert view.scroll_y == half
        assert shown(app) == ORDER[0]
        await pilot.press("tab", "ctrl+d", "ctrl+d")
        assert view.scroll_y == 3 * half
        await pilot.press("ctrl+u")
        assert view.scroll_y == 2 * half
        await pilot.press("ctrl+u", "ctrl+u")
        assert view.scroll_y == 0


async def test_new_article_starts_at_the_top(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "space")
        assert app.reading_view.scroll_y > 0
        await pilot.press("n")
        assert app.reading_view.scroll_y == 0


async def test_body_is_wrapped_to_the_width_with_blank_lines_between_paragraphs(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        view = app.reading_view
        width = view.scrollable_content_region.width
        lines = reading_lines(app)
        assert all(len(line) <= width for line in lines)
        article = view.article
        first = article.body[0]
        start = next(i for i, line in enumerate(lines) if line.startswith(first[: first.index(":") + 1]))
        # The first paragraph wraps over several lines, then one blank line, then the next paragraph.
        joined = []
        row = start
        while lines[row]:
            joined.append(lines[row])
            row += 1
        assert " ".join(joined) == first
        assert lines[row] == "" and article.body[1].startswith(lines[row + 1])
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        narrower = view.scrollable_content_region.width
        assert narrower < width
        assert all(len(line) <= narrower for line in reading_lines(app))


@pytest.mark.parametrize(("size", "sidebar"), [((140, 36), (45, 47)), ((80, 24), (28, 28)), ((240, 40), (60, 60))])
async def test_sidebar_is_a_share_of_the_screen_with_each_title_on_its_own_line(size, sidebar):
    from annotation_helpers import bundled_articles

    press_tv = bundled_articles()[0]
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        width = app.query_one("#sidebar").region.width  # with its right border
        assert sidebar[0] <= width <= sidebar[1]
        lines = [line[: width - 1] for line in screen_text(pilot).splitlines()[1:]]
        title_line = lines[1].rstrip()  # under the story heading
        assert title_line.endswith("…") or title_line == press_tv.title
        assert press_tv.title.startswith(title_line.rstrip("…")) and len(title_line) > 20
        assert lines[2].strip() == f"{press_tv.outlet} · {press_tv.date}"
        title = [s for s in app.article_list.render_line(1) if s.text.strip()]
        assert title and all(s.style.bold for s in title)
