"""The split-compare rows: two columns under one vertical scroll, drawn line by line.

A line-API ScrollView, not a widget per row: the rows are wrapped once per width
(see compare_document.lay_out) and only visible lines are drawn, with strips
cached, so long articles stay fast and both columns always scroll together.
A cursor row (the target of "next difference" and friends) is highlighted.
Rows can be hidden (the differences-only view): a note line stands for each run
of them, and the cursor never rests on one.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.annotation_spans import COMPONENT_CLASSES as ANNOTATION_CLASSES
from reader.ui.compare_document import (
    GUTTER,
    Layout,
    Line,
    RowCells,
    column_widths,
    lay_out,
)
from reader.ui.half_page import HalfPageScroll
from reader.ui.strips import content_strip


class ComparedRows(HalfPageScroll, ScrollView, can_focus=True):
    """Aligned rows of two accounts; scrolls with keys, wheel and scrollbar."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Line down", show=False, tooltip="Scroll both columns down a line"),
        Binding("k,up", "scroll_up", "Line up", show=False, tooltip="Scroll both columns up a line"),
        Binding("space,pagedown", "page_down", "Page down", show=False, tooltip="Scroll down a page"),
        Binding("pageup", "page_up", "Page up", show=False, tooltip="Scroll up a page"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, tooltip="Scroll down half a page"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, tooltip="Scroll up half a page"),
        Binding("g,home", "scroll_home", "Top", show=False, tooltip="Top of the comparison"),
        Binding("G,end", "scroll_end", "End", show=False, tooltip="End of the comparison"),
    ]

    COMPONENT_CLASSES = {
        "compare--cursor",
        "compare--cursor-mark",
        "compare--mark",
        "compare--weak",
        "compare--empty",
        "compare--absent",
        "compare--badge",
        "compare--deleted",
        "compare--inserted",
        "compare--naming",
        "compare--editorial",
        "compare--moved",
        "compare--message",
        "compare--hidden",
        *ANNOTATION_CLASSES,  # entities and quotes, styled in annotations.tcss as in the reading view
    }

    class CursorMoved(Message):
        """The cursor went to another row (or to none)."""

        def __init__(self, rows: ComparedRows, row: int | None) -> None:
            super().__init__()
            self.rows = rows
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._cells: list[RowCells] = []
        self._message: Content | None = None
        self._layout = Layout([], [], [])
        self._laid_out_width = -1
        self._cursor: int | None = None
        self._hidden: frozenset[int] = frozenset()
        self._strips: LRUCache[tuple[int, int, bool], Strip] = LRUCache(2048)

    # -- contents ---------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._cells)

    @property
    def cursor(self) -> int | None:
        return self._cursor

    @property
    def hidden(self) -> frozenset[int]:
        return self._hidden

    @property
    def document_layout(self) -> Layout:
        """The current line layout (for tests: which screen lines show which row)."""
        return self._layout

    def show_message(self, message: Content) -> None:
        """Show ``message`` in place of rows (while aligning, or when it failed)."""
        self._message = message
        self._cells = []
        self._cursor = None
        self._relayout(force=True)

    @property
    def content_width(self) -> int:
        """The width rows are laid out at (both columns and the gutter)."""
        return self.scrollable_content_region.width

    def set_rows(
        self, cells: Sequence[RowCells], layout: Layout | None = None, hidden: frozenset[int] = frozenset()
    ) -> None:
        """Show ``cells`` but the ``hidden`` ones from the top, with the cursor on the first
        row shown. ``layout`` (made off the UI thread) is used if it was made for the
        current width and the same hidden rows."""
        self._message = None
        self._cells = list(cells)
        self._hidden = hidden
        self._cursor = self._shown_from(0)
        self.scroll_to(0, 0, animate=False)
        self._relayout(force=True, ready=layout)
        self.post_message(self.CursorMoved(self, self._cursor))

    def _relayout(self, force: bool = False, ready: Layout | None = None) -> None:
        width = self.content_width
        if width <= 0 or (width == self._laid_out_width and not force):
            return
        self._laid_out_width = width
        if ready is not None and ready.width == width and ready.hidden == self._hidden:
            self._layout = ready
        else:
            self._layout = lay_out(self._cells, width, self._hidden)
        self._strips.clear()
        height = 1 if self._message is not None else len(self._layout.lines)
        self.virtual_size = Size(width, height)
        self.refresh()

    def set_hidden(self, hidden: frozenset[int]) -> None:
        """Hide the ``hidden`` rows (none: show all). The row in view stays where it was
        on screen: the cursor row if it is in view, else the first row in view (a hidden
        one is replaced by its note); a hidden cursor moves to the next row shown."""
        if hidden == self._hidden:
            return
        visible = self.visible_rows()
        anchor = self._cursor if self._cursor is not None and self._cursor in visible else None
        if anchor is None and visible:
            anchor = visible.start
        offset = self._layout.row_tops[anchor] - int(self.scroll_y) if anchor is not None else 0
        self._hidden = hidden
        if self._cursor is not None:
            self._cursor = self._shown_from(self._cursor)
        self._relayout(force=True)
        if anchor is not None:
            y = max(self._layout.row_tops[anchor] - offset, 0)
            if self._cursor is not None:  # and the cursor row in view
                region = self.row_region(self._cursor)
                if region.y < y or region.bottom > y + self.scrollable_content_region.height:
                    y = max(region.y - 2, 0)
            self.scroll_to(y=y, animate=False, force=True)
        self.post_message(self.CursorMoved(self, self._cursor))

    def _shown_from(self, row: int) -> int | None:
        """``row`` if it is shown, else the next row shown after it, else the last before it."""
        count = len(self._cells)
        after = next((r for r in range(row, count) if r not in self._hidden), None)
        if after is not None:
            return after
        return next((r for r in range(min(row, count) - 1, -1, -1) if r not in self._hidden), None)

    # -- cursor -----------------------------------------------------------------

    def row_region(self, row: int) -> Region:
        """The row's lines in virtual coordinates."""
        self._relayout()
        top = self._layout.row_tops[row]
        return Region(0, top, max(self._laid_out_width, 1), self._layout.row_heights[row])

    def visible_rows(self) -> range:
        """Rows with at least one line on screen."""
        lines = self._layout.lines
        first = int(self.scroll_y)
        last = min(first + self.scrollable_content_region.height, len(lines)) - 1
        rows = [lines[y].row for y in range(first, last + 1) if lines[y].row is not None]
        return range(rows[0], rows[-1] + 1) if rows else range(0)

    def move_cursor(self, row: int) -> None:
        """Put the cursor on ``row`` (or the next row shown, if it is hidden) and scroll it
        into view (near the top if it must move)."""
        if not self._cells:
            return
        shown = self._shown_from(max(0, min(row, len(self._cells) - 1)))
        if shown is None:
            return
        row = self._cursor = shown
        self.refresh()
        region = self.row_region(row)
        top, bottom = int(self.scroll_y), int(self.scroll_y) + self.scrollable_content_region.height
        if region.y < top or region.bottom > bottom:
            # Leave two lines of the row before above it, for context.
            self.scroll_to(y=max(region.y - 2, 0), animate=False, force=True)
        self.post_message(self.CursorMoved(self, row))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolling the cursor's row off screen brings the cursor along, to the first row in
        view going down or the last going up, so the status line describes what is on screen."""
        super().watch_scroll_y(old_value, new_value)
        if self._cursor is None or round(old_value) == round(new_value):
            return
        on_screen = [row for row in self.visible_rows() if row not in self._hidden]
        visible = [row for row in on_screen if self._fully_visible(row)] or on_screen  # a tall row may fill it
        if visible and self._cursor not in on_screen:
            self._cursor = visible[0] if new_value > old_value else visible[-1]
            self.refresh()
            self.post_message(self.CursorMoved(self, self._cursor))

    def _fully_visible(self, row: int) -> bool:
        region = self.row_region(row)
        return int(self.scroll_y) <= region.y and region.bottom <= int(self.scroll_y) + self.scrollable_content_region.height

    def next_of(self, rows: Sequence[int], forward: bool = True) -> tuple[int | None, bool]:
        """The next (or previous) of ``rows`` after the cursor, and whether the search wrapped
        around. A cursor scrolled out of sight counts from the rows on screen instead."""
        if not rows:
            return None, False
        visible = self.visible_rows()
        anchor = self._cursor
        if anchor is None or (visible and anchor not in visible):
            anchor = (visible.start - 1) if forward else visible.stop
        if forward:
            after = [r for r in rows if r > anchor]
            return (after[0], False) if after else (rows[0], True)
        before = [r for r in rows if r < anchor]
        return (before[-1], False) if before else (rows[-1], True)

    # -- mouse ----------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        row = event.style.meta.get("row")
        if isinstance(row, int) and 0 <= row < len(self._cells):
            self.move_cursor(row)

    # -- rendering --------------------------------------------------------------

    def on_resize(self) -> None:
        self._relayout()
        if self._cursor is not None and self._cells:
            region = self.row_region(self._cursor)
            self.scroll_to(y=max(region.y - 2, 0), animate=False, force=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        self._relayout()  # laying out here, not only on resize, puts the rows in the first frame
        width = self.scrollable_content_region.width
        base = self.visual_style
        number = self.scroll_offset.y + y
        if self._message is not None:
            if number == 0:
                style = base + self.get_visual_style("compare--message", partial=True)
                return content_strip(self, self._message, width, style)
            return Strip.blank(width, base.rich_style)
        lines = self._layout.lines
        if number >= len(lines) or width <= 0:
            return Strip.blank(width, base.rich_style)
        line = lines[number]
        if line.note is not None:
            return content_strip(self, line.note.center(width), width, base)
        is_cursor = line.row is not None and line.row == self._cursor
        key = (number, width, is_cursor)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._draw(line, width, is_cursor)
            self._strips[key] = strip
        return strip

    def _draw(self, line: Line, width: int, is_cursor: bool) -> Strip:
        base = self.visual_style
        if is_cursor:
            base = base + self.get_visual_style("compare--cursor", partial=True)
        empty = base + self.get_visual_style("compare--empty", partial=True)
        left_width, right_width = column_widths(width)
        mark = line.mark
        if is_cursor and mark.plain.strip():  # the cursor shows without colour too
            mark = mark.stylize(".compare--cursor-mark")
        parts = [
            content_strip(self, line.left, left_width, empty if line.left_empty else base),
            content_strip(self, mark, GUTTER, base),
            content_strip(self, line.right, right_width, empty if line.right_empty else base),
        ]
        strip = Strip.join(parts).adjust_cell_length(width, self.visual_style.rich_style)
        return strip.apply_meta({"row": line.row}) if line.row is not None else strip
