"""Split-compare mode (Pilot): opening, aligned rows, jump keys, details, going back, untrusted text."""

from __future__ import annotations

import threading
from collections.abc import Callable

from compare_pair import write_pair
from pilot_helpers import SIZE, TITLES, screen_text, wait_for
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Static

from reader.articles.corpus import Corpus
from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.compare_cache import ComparisonCache
from reader.ui.compare_rows import ComparedRows
from reader.ui.compare_screen import CompareScreen
from reader.ui.help_screen import HelpScreen
from reader.ui.reading_view import ReadingView
from reader.ui.strips import component_style

WIDE = (140, 45)
BUNDLED = Corpus.open(bundled_corpus()).entries
PRESS_TV, NEW_ARAB = BUNDLED  # sorted by date, outlet: Press TV first


async def open_compare(pilot: Pilot) -> CompareScreen:
    await pilot.press("c")
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.prepared is not None)
    await pilot.pause()
    return app.screen  # type: ignore[return-value]


def lines_of(pilot: Pilot) -> list[str]:
    return screen_text(pilot).splitlines()


def line_with(lines: list[str], text: str) -> int:
    found = [i for i, line in enumerate(lines) if text in line]
    assert found, f"{text!r} not on screen:\n" + "\n".join(lines)
    return found[0]


async def test_c_opens_both_accounts_side_by_side_with_rows_level(tmp_path):
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        assert app.reading_view.article.id == PRESS_TV.id
        screen = await open_compare(pilot)
        assert screen.left.id == PRESS_TV.id and screen.right.id == NEW_ARAB.id
        lines = lines_of(pilot)
        titles = line_with(lines, PRESS_TV.title)
        assert NEW_ARAB.title in lines[titles]  # both titles on one line, one over each column
        assert lines[titles].index(NEW_ARAB.title) > lines[titles].index(PRESS_TV.title)
        comparison = screen.prepared.comparison
        # A shared quote's row: both outlets' versions start on the same screen line.
        await pilot.press("s")
        quote_row = comparison.rows[screen.rows.cursor]
        lines = lines_of(pilot)
        both = line_with(lines, quote_row.left_text[:20])
        assert quote_row.right_text[:20] in lines[both]
        # A one-sided sentence faces a labelled empty cell on its own first line.
        left_only = next(row for row in comparison.rows if row.kind == "left-only")
        screen.rows.move_cursor(comparison.rows.index(left_only))
        await pilot.pause()
        lines = lines_of(pilot)
        one_sided = line_with(lines, left_only.left_text[:20])
        assert "not in The New Arab" in lines[one_sided]
        assert lines[one_sided].index("not in The New Arab") > lines[one_sided].index(left_only.left_text[:20])


async def test_both_cells_of_a_row_are_padded_to_one_height():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        layout = screen.rows.document_layout
        comparison = screen.prepared.comparison
        assert len(layout.row_tops) == len(comparison.rows)
        for row, (top, height) in enumerate(zip(layout.row_tops, layout.row_heights)):
            lines = layout.lines[top : top + height]
            assert all(line.row == row for line in lines)
            assert layout.lines[top + height].row is None  # a blank line between rows
            # The taller side fills the row; the shorter side is padded with blank lines.
            left = [line.left.plain for line in lines]
            right = [line.right.plain for line in lines]
            # A badge above the right cell faces blank lines, so both sentences start level.
            badge = next(k for k, text in enumerate(left) if text)
            has_badge = comparison.rows[row].kind == "moved" or comparison.rows[row].weak
            assert (badge > 0) == has_badge, row
            if has_badge:
                assert "moved from" in right[0] or "weak match" in right[0]
            assert right[badge] and not right[badge].startswith(("moved from", "weak match"))
            assert (left[-1] != "") or (right[-1] != "")
        # Where one cell wraps to fewer lines than the other, it is padded with blank lines.
        uneven = 0
        for top, height in zip(layout.row_tops, layout.row_heights):
            last = layout.lines[top + height - 1]
            uneven += (last.left.plain == "") != (last.right.plain == "")
        assert uneven >= 3


async def test_jump_keys_move_the_cursor_to_rows_of_their_kind():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        rows, comparison = screen.rows, screen.prepared.comparison
        differences = comparison.rows_where("difference")
        quotes = comparison.rows_where("quote")
        one_sided = comparison.rows_where("one-sided")
        assert rows.cursor == 0
        for what, key, expected in (("difference", "d", differences), ("quote", "s", quotes), ("one-sided", "u", one_sided)):
            visited = []
            for _ in range(len(expected)):
                await pilot.press(key)
                visited.append(rows.cursor)
                assert rows.cursor in rows.visible_rows()  # scrolled into view
            assert sorted(set(visited)) == sorted(expected), what
        # Backwards: U from the first one-sided row wraps to the last one.
        rows.move_cursor(one_sided[0])
        await pilot.press("U")
        assert rows.cursor == one_sided[-1]
        await pilot.press("U")
        assert rows.cursor == one_sided[-2]
        assert comparison.rows[rows.cursor].kind in ("left-only", "right-only")
        await pilot.press("D")
        assert rows.cursor in differences and rows.cursor < one_sided[-2]
        await pilot.pause()
        status = screen.query_one("#compare-status", Static).content.plain
        assert status.startswith(f"Row {rows.cursor + 1} of {len(comparison.rows)}")
        assert "difference" in status


async def test_moved_row_carries_a_badge_with_its_own_position():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        comparison = screen.prepared.comparison
        moved = [i for i, row in enumerate(comparison.rows) if row.kind == "moved"]
        assert moved
        screen.rows.move_cursor(moved[0])
        await pilot.pause()
        unit = comparison.rows[moved[0]].right[0]
        paragraph = 1 + screen.prepared.comparison.right.text.count("\n\n", 0, unit.start)
        lines = lines_of(pilot)
        badge = line_with(lines, "moved from ¶")
        assert f"moved from ¶{paragraph}, sentence " in lines[badge]  # which sentence: test_compare_labels
        assert "⇅" in lines[badge]  # the row's kind mark sits in the gutter


async def test_details_panel_shows_the_naming_table():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        assert not screen.query_one("#compare-details").display
        await pilot.press("i")
        await pilot.pause()
        assert screen.query_one("#compare-details").display
        text = screen_text(pilot)
        lines = text.splitlines()
        table = lines[line_with(lines, "Naming") :]
        entity = table[line_with(table, "Entity")]
        assert "Press TV" in entity and "The New Arab" in entity  # one column per outlet
        islamic_state = table[line_with(table, "Islamic State ")]
        assert "Daesh ×" in islamic_state and "IS ×" in islamic_state
        assert "allegedly" in text  # one-sided hedging
        details = screen.query_one("#compare-details")
        assert details.has_focus and details.max_scroll_y > 0  # the half-page keys scroll the details
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert details.scroll_y == min(details.max_scroll_y, details.scrollable_content_region.height // 2) > 0
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert details.scroll_y == 0
        await pilot.press("escape")  # closes the panel first, not compare mode
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert not screen.query_one("#compare-details").display
        assert screen.rows.has_focus


async def test_escape_and_c_go_back_to_reading_the_same_article():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")  # The New Arab in the list
        assert app.reading_view.article.id == NEW_ARAB.id
        screen = await open_compare(pilot)
        assert screen.left.id == NEW_ARAB.id and screen.right.id == PRESS_TV.id
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        assert app.reading_view.article.id == NEW_ARAB.id
        await open_compare(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        assert NEW_ARAB.title in screen_text(pilot)


async def test_a_story_with_one_account_shows_a_notice(corpus, write_article):
    write_article("z1", "A lone report", "Outlet Z", "2023-01-01", "lonely-story", ["Only one outlet wrote this."])
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("G")
        assert app.reading_view.article.id == "z1"
        await pilot.press("c")
        await wait_for(pilot, lambda: "No other account of this story" in screen_text(pilot))
        assert "Compare with…" in screen_text(pilot)
        assert not isinstance(app.screen, CompareScreen)


async def test_o_cycles_through_the_storys_other_accounts(corpus):
    app = ReaderApp(corpus)  # alpha-story: a1, a2, a3
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_compare(pilot)
        assert (screen.left.id, screen.right.id) == ("a1", "a2")
        assert TITLES["a2"] in screen_text(pilot)
        for expected in ("a3", "a2"):
            await pilot.press("o")
            await wait_for(pilot, lambda expected=expected: screen.prepared is not None and screen.right.id == expected)
            await pilot.pause()
            assert screen.prepared.comparison.right.id == expected
            assert TITLES[expected] in screen_text(pilot)


async def test_compare_with_from_the_command_palette_picks_any_article(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Compare with")
        await wait_for(pilot, lambda: "Compare with…" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Compare with: " in screen_text(pilot))  # the story's accounts listed
        await pilot.press(*"Beta only")
        await wait_for(pilot, lambda: f"Compare with: {TITLES['b1']}" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen) and app.screen.prepared is not None)
        screen = app.screen
        assert (screen.left.id, screen.right.id) == ("a1", "b1")
        # From compare mode the same route swaps the right-hand account.
        await pilot.press("ctrl+p")
        await pilot.press(*"Compare with")
        await wait_for(pilot, lambda: "Compare with…" in screen_text(pilot))
        await pilot.press("enter")
        await pilot.press(*"Alpha third")
        await wait_for(pilot, lambda: f"Compare with: {TITLES['a3']}" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app) and screen.right.id == "a3")
        assert app.screen is screen


def hold_alignments(monkeypatch, gate: Callable[[str], threading.Event]) -> list[tuple[str, str]]:
    """Make each alignment wait until ``gate(right_id)`` is set; returns the (left, right) ids aligned."""
    calls: list[tuple[str, str]] = []
    original = ComparisonCache.prepare

    def held_prepare(self, left, right):
        calls.append((left.id, right.id))
        gate(right.id).wait(10)
        return original(self, left, right)

    monkeypatch.setattr(ComparisonCache, "prepare", held_prepare)
    return calls


async def test_aligning_runs_in_a_worker_and_is_cached(corpus, monkeypatch):
    release = threading.Event()
    calls = hold_alignments(monkeypatch, lambda _: release)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await wait_for(pilot, lambda: "aligning Outlet A with Outlet B…" in screen_text(pilot))
        # The interface still answers while the worker waits: the help opens and closes.
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        release.set()
        screen = app.screen
        await wait_for(pilot, lambda: screen.prepared is not None)
        first = screen.prepared
        await pilot.press("escape")
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.prepared is first  # shown from the cache, no second alignment
        assert calls == [("a1", "a2")]


async def test_help_lists_the_compare_keys():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        await open_compare(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = app.screen.query_one("#help-text", Static).content.plain
        for binding in [*CompareScreen.BINDINGS, *ComparedRows.BINDINGS]:
            assert binding.tooltip in help_text
        assert "Quit reader" in help_text
        assert "Show the next article" not in help_text  # n/p step differences here
        await pilot.press("escape")
        assert isinstance(app.screen, CompareScreen)


async def test_markup_looking_text_shows_literally_in_compare_mode(corpus, write_article):
    tricky = [
        "Officials said [IS] fighters [/] left the town [Getty].",
        "A link [@click=app.quit]x[/] and [bold]not bold[/bold] stay as typed.",
        "Escape \x1b[31mred\x1b[0m and a bidi \u202eoverride stay visible.",
    ]
    write_article("m1", "Markup [b]one[/b]", "Outlet [red]M[/red]", "2024-01-01", "markup-story", tricky)
    write_article("m2", "Markup two", "Outlet N", "2024-01-02", "markup-story", [tricky[0], "Something else entirely."])
    app = ReaderApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G", "k")
        assert app.reading_view.article.id == "m1"
        screen = await open_compare(pilot)
        assert screen.right.id == "m2"
        text = screen_text(pilot)
        for literal in ("[IS]", "[/]", "[Getty]", "[@click=app.quit]x[/]", "[bold]not bold[/bold]", "Markup [b]one[/b]"):
            assert literal in text, literal
        assert "not in Outlet [red]M[/red]" in text  # an outlet name is data too
        assert "\x1b" not in text and "\u202e" not in text
        await pilot.click(ComparedRows, offset=(10, 1))  # clicking text runs no action
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, CompareScreen)
        await pilot.press("escape")
        assert isinstance(app.screen.query_one(ReadingView), ReadingView)


async def test_an_account_that_fails_to_load_is_reported_in_place(corpus, write_article):
    write_article("f1", "Fine report", "Outlet F", "2025-01-01", "failing-story", ["A sentence that loads."])
    path = write_article("f2", "Broken report", "Outlet G", "2025-01-02", "failing-story", ["x"])
    path.write_text(path.read_text(encoding="utf-8").replace("body:\n- x", "body: 5"), encoding="utf-8")
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "k")
        assert app.reading_view.article.id == "f1"
        await pilot.press("c")
        await wait_for(pilot, lambda: "Broken report: could not be loaded:" in screen_text(pilot))
        await pilot.press("escape")
        assert app.reading_view.article.id == "f1"


async def test_long_accounts_draw_lines_not_widgets(corpus, write_article):
    sentences = [f"Report line {i} says the harbour crane number {i} moved {i * 7} containers on day {i % 30}." for i in range(400)]
    left = [" ".join(sentences[i : i + 4]) for i in range(0, 400, 4)]
    right = [" ".join(s.replace("says", "reports") for s in sentences[i : i + 4]) for i in range(0, 400, 8)]
    right.append("A closing remark only this outlet makes about the weather at the port.")
    write_article("l1", "Long one", "Outlet L", "2026-01-01", "long-story", left)
    write_article("l2", "Long two", "Outlet R", "2026-01-02", "long-story", right)
    app = ReaderApp(corpus)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G", "k")
        screen = await open_compare(pilot)
        rows = screen.rows
        assert rows.row_count == len(screen.prepared.comparison.rows) > 300
        assert len(list(screen.walk_children())) < 30  # one widget for every row
        await pilot.press("G")
        await pilot.pause()
        assert "A closing remark only this outlet makes" in screen_text(pilot)
        await pilot.press("u")  # from the bottom, the next one-sided row wraps to the first
        assert screen.prepared.comparison.rows[rows.cursor].kind in ("left-only", "right-only")
        assert rows.cursor in rows.visible_rows()


async def test_compare_survives_narrow_terminals_and_resizing():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(50, 24)) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("d", "d")
        await pilot.pause()
        assert "Row 3 of" in screen_text(pilot)
        await pilot.resize_terminal(140, 40)
        await pilot.pause()
        assert screen.rows.document_layout.lines[0].left.cell_length > 40  # laid out again, wider
        assert screen.rows.cursor == 2 and 2 in screen.rows.visible_rows()
        labels = [line for line in lines_of(pilot) if "not in The New Arab" in line]
        assert labels and all(line.split("◀")[0].strip() for line in labels)  # the sentence beside its label



def segments_of(rows: ComparedRows, row: int) -> list:
    """Every (text, rich style) drawn for ``row``'s lines."""
    layout = rows.document_layout
    top = layout.row_tops[row]
    rows.scroll_to(y=top, animate=False, force=True, immediate=True)  # as far as it can scroll
    first = top - int(rows.scroll_y)
    assert 0 <= first and first + layout.row_heights[row] <= rows.scrollable_content_region.height
    found = []
    for y in range(first, first + layout.row_heights[row]):
        found += [(seg.text, seg.style) for seg in rows.render_line(y) if seg.text.strip()]
    return found


def style_of(segments: list, text: str):
    matches = [style for seg_text, style in segments if text in seg_text]
    assert matches, f"{text!r} not drawn"
    return matches[0]


async def test_differences_read_without_colour_and_highlights_show(tmp_path, write_article):
    write_pair(write_article)
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        rows, comparison = screen.rows, screen.prepared.comparison
        kinds = [row.kind for row in comparison.rows]
        assert {"same", "changed", "moved", "left-only", "right-only"} <= set(kinds)
        swap = kinds.index("changed", kinds.index("moved"))  # Daesh / IS
        cells = segments_of(rows, swap)
        assert style_of(cells, "Daesh").strike and style_of(cells, "Daesh").bold  # naming swap: struck on the left
        assert style_of(cells, "IS").underline and style_of(cells, "IS").bold  # underlined on the right
        credit = style_of(cells, "Getty")
        assert credit.strike and credit.italic  # an editorial mark dropped
        quote = segments_of(rows, kinds.index("changed"))
        editorial = style_of(quote, "[harbour wall]")
        assert editorial.underline and editorial.italic and not editorial.strike  # an editor's insertion
        # The reading view's entity and quote layers: a name in its label's colours, speech in italics.
        person = component_style(rows, "entity--person").background.rich_color
        assert style_of(quote, "Anna Berg").bgcolor == person
        assert style_of(quote, "We will rebuild").italic and not style_of(quote, "said").italic
        assert style_of(cells, "IS").bgcolor == component_style(rows, "entity--org").background.rich_color
        moved = segments_of(rows, kinds.index("moved"))
        assert style_of(moved, "Wednesday").underline and not style_of(moved, "Fishermen").underline
        same = [style for text, style in segments_of(rows, kinds.index("same")) if text != "="]  # "=": the row mark
        assert same and not any(style.strike or style.underline for style in same)


async def test_scroll_keys_move_both_columns_together():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_compare(pilot)
        rows = screen.rows
        assert rows.scroll_y == 0
        await pilot.press("j", "j", "down")
        assert rows.scroll_y == 3
        await pilot.press("k")
        assert rows.scroll_y == 2
        await pilot.press("space")
        assert rows.scroll_y > 10
        await pilot.press("pageup")
        assert rows.scroll_y == 2
        half = rows.scrollable_content_region.height // 2
        await pilot.press("ctrl+d")
        assert rows.scroll_y == 2 + half
        await pilot.press("ctrl+u")
        assert rows.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert rows.scroll_y == rows.max_scroll_y > 0
        assert "Moscow, however, dismissed" in screen_text(pilot)  # the last row, left column
        await pilot.press("g")
        assert rows.scroll_y == 0


async def test_the_cursor_and_status_line_follow_the_rows_scrolled_to():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_compare(pilot)
        rows = screen.rows
        total = rows.row_count
        await pilot.press("G")
        await pilot.pause()
        assert rows.cursor in rows.visible_rows() and rows.cursor > 0
        assert f"Row {rows.cursor + 1} of {total}" in screen_text(pilot)
        await pilot.press("g")
        await pilot.pause()
        assert rows.cursor in rows.visible_rows()
        assert f"Row {rows.cursor + 1} of {total}" in screen_text(pilot)
        await pilot.press("d")  # a jump still goes on from the row under the cursor
        await pilot.pause()
        assert rows.cursor in rows.visible_rows()


async def test_slash_goes_back_to_reading_and_opens_search():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        await open_compare(pilot)
        await pilot.press("slash")
        await wait_for(pilot, lambda: app.search_box is not None and app.search_box.has_focus)
        assert not isinstance(app.screen, CompareScreen)


async def test_a_late_result_for_an_account_left_behind_is_not_shown(corpus, monkeypatch):
    gates = {"a2": threading.Event(), "a3": threading.Event()}
    hold_alignments(monkeypatch, gates.__getitem__)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await wait_for(pilot, lambda: "aligning Outlet A with Outlet B…" in screen_text(pilot))
        screen = app.screen
        await pilot.press("o")  # on to the third account before the second is aligned
        await wait_for(pilot, lambda: "aligning Outlet A with Outlet C…" in screen_text(pilot))
        gates["a3"].set()
        await wait_for(pilot, lambda: screen.prepared is not None)
        gates["a2"].set()  # the first alignment finishes last
        await pilot.pause(0.3)
        assert screen.right.id == "a3" and screen.prepared.comparison.right.id == "a3"
        assert TITLES["a3"] in screen_text(pilot) and TITLES["a2"] not in screen_text(pilot)


async def test_compare_actions_in_the_command_palette():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_compare(pilot)
        await pilot.press("ctrl+p", *"next one-sided")
        await wait_for(pilot, lambda: "Next one-sided sentence" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app) and screen.rows.cursor != 0)
        assert screen.rows.cursor == next(r for r in screen.prepared.comparison.rows_where("one-sided") if r > 0)
        await pilot.press("ctrl+p", *"back to reading")
        await wait_for(pilot, lambda: "Back to reading" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, (CompareScreen, CommandPalette)))


async def test_a_wrapped_jump_says_so_briefly():
    from reader.ui.compare_screen import BRIEF

    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await open_compare(pilot)
        await pilot.press("S")  # from the first row, the previous shared quote wraps to the last
        await wait_for(pilot, lambda: "Wrapped to the last shared-quote row" in screen_text(pilot))
        (notice,) = [n for n in app._notifications if "Wrapped" in n.message]
        assert notice.timeout == BRIEF < app.NOTIFICATION_TIMEOUT  # it sits over the right column
