"""The sidebar: articles grouped by story, drawn line by line.

No widget per row: a ScrollView renders only the visible lines through
``render_line`` and caches the strips, so 10,000 articles mount instantly and
moving the cursor redraws four lines. Story headings are one-line rows the
cursor skips; an article takes two lines, its title in bold and below it
"outlet · date", dimmed, so titles stay readable in a narrow sidebar.
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.articles.model import Entry
from reader.ui.reading_document import plain_content
from reader.ui.strips import content_strip


Row = Entry | str
"""A sidebar row: an article, or a story key heading the articles below it."""

ARTICLE_LINES = 2  # title, then outlet · date
_story = operator.attrgetter("story")


def row_height(row: Row) -> int:
    return 1 if isinstance(row, str) else ARTICLE_LINES


class RowLayout(NamedTuple):
    rows: list[Row]  # a heading row (the story key) before each story's articles
    row_lines: list[int]  # the list line each row starts on
    article_rows: list[int]  # the indexes of article rows, in order
    line_count: int


def lay_out(entries: Sequence[Entry]) -> RowLayout:
    """The rows of ``entries`` (sorted by story) in one pass: what 10,000 articles cost the sidebar at startup."""
    rows: list[Row] = []
    row_lines: list[int] = []
    article_rows: list[int] = []
    story: str | None = None
    line = 0
    for entry in entries:
        if entry.story != story:
            story = entry.story
            row_lines.append(line)
            rows.append(story)
            line += 1
        article_rows.append(len(rows))
        row_lines.append(line)
        rows.append(entry)
        line += ARTICLE_LINES
    return RowLayout(rows, row_lines, article_rows, line)


class ArticleList(ScrollView, can_focus=True):
    """Articles grouped by story; the cursor row is the article shown in the reading view."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Move", key_display="j/k", tooltip="Next article in the list"),
        Binding("k,up", "cursor_up", "Up", show=False, tooltip="Previous article in the list"),
        Binding("g,home", "first", "Top", show=False, tooltip="First article in the list"),
        Binding("G,end", "last", "Bottom", show=False, tooltip="Last article in the list"),
        Binding("enter,tab", "app.focus_text", "Read", key_display="enter", tooltip="Move to the text"),
    ]

    COMPONENT_CLASSES = {
        "article-list--story",
        "article-list--cursor",
        "article-list--title",
        "article-list--meta",
        "article-list--outlet",
        "article-list--date",
        "article-list--broken",
    }

    class Highlighted(Message):
        """The cursor moved to another article."""

        def __init__(self, article_list: ArticleList, entry: Entry) -> None:
            super().__init__()
            self.article_list = article_list
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[Row] = []
        self._row_lines: list[int] = []  # first screen line of each row
        self._line_count = 0
        self._article_rows: list[int] = []  # row numbers of article rows, in order
        self._story_sizes: Counter[str] = Counter()
        self._cursor: int | None = None  # index into _article_rows
        self._broken: set[Path] = set()
        self._strips: LRUCache[tuple[int, int, int, bool], Strip] = LRUCache(1024)

    # -- contents ---------------------------------------------------------

    @property
    def entries(self) -> list[Entry]:
        """The entries listed, in display order."""
        return [self._rows[row] for row in self._article_rows]  # type: ignore[misc]

    @property
    def article_count(self) -> int:
        return len(self._article_rows)

    @property
    def highlighted(self) -> Entry | None:
        if self._cursor is None:
            return None
        row = self._rows[self._article_rows[self._cursor]]
        assert isinstance(row, Entry)
        return row

    @property
    def row_count(self) -> int:
        return len(self._rows)

    @property
    def line_count(self) -> int:
        """Screen lines of the whole list (a heading takes one, an article two)."""
        return self._line_count

    def row_at_line(self, line: int) -> tuple[int, int] | None:
        """The row drawn on list line ``line`` and which of its lines it is (None past the end)."""
        if not 0 <= line < self._line_count:
            return None
        row = bisect_right(self._row_lines, line) - 1
        return row, line - self._row_lines[row]

    def set_entries(self, entries: Sequence[Entry], keep: str | None = None) -> Entry | None:
        """List ``entries``; put the cursor on article ``keep`` if listed, else on the first.

        Returns the highlighted entry. Posts no message: the caller decides what to show.
        """
        self._rows, self._row_lines, self._article_rows, self._line_count = lay_out(entries)
        self._story_sizes = Counter(map(_story, entries))
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._line_count)
        self._cursor = None
        if self._article_rows:
            rows = self._rows
            kept = (index for index, row in enumerate(self._article_rows) if rows[row].id == keep)  # type: ignore[union-attr]
            self._cursor = next(kept, 0) if keep is not None else 0
        self.scroll_to(y=0, animate=False, force=True)
        self._scroll_to_cursor()
        self.refresh()
        return self.highlighted

    def mark_broken(self, paths: set[Path]) -> None:
        """Flag rows whose files failed validation."""
        self._broken = set(paths)
        self._strips.clear()
        self.refresh()

    # -- cursor -------------------------------------------------------------

    def move_to(self, index: int) -> None:
        """Put the cursor on the ``index``-th article (clamped) and announce it."""
        if not self._article_rows:
            return
        index = max(0, min(index, len(self._article_rows) - 1))
        if index == self._cursor:
            return
        old_row = self._cursor_row()
        self._cursor = index
        if old_row is not None:
            self._refresh_row(old_row)
        self._refresh_row(self._article_rows[index])
        self._scroll_to_cursor()
        entry = self.highlighted
        assert entry is not None
        self.post_message(self.Highlighted(self, entry))

    def neighbours(self) -> list[Entry]:
        """The articles listed after and before the highlighted one (what n and p open next)."""
        if self._cursor is None:
            return []
        found = []
        for index in (self._cursor + 1, self._cursor - 1):
            if 0 <= index < len(self._article_rows):
                row = self._rows[self._article_rows[index]]
                assert isinstance(row, Entry)
                found.append(row)
        return found

    def move_by(self, delta: int) -> None:
        if self._cursor is None:
            self.move_to(0)
        else:
            self.move_to(self._cursor + delta)

    def _refresh_row(self, row: int) -> None:
        for part in range(row_height(self._rows[row])):
            self.refresh_line(self._row_lines[row] + part)

    def _cursor_row(self) -> int | None:
        return None if self._cursor is None else self._article_rows[self._cursor]

    def _scroll_to_cursor(self) -> None:
        row = self._cursor_row()
        if row is None:
            return
        # Show the story heading above the first article of a story.
        top = self._row_lines[row - 1 if row > 0 and isinstance(self._rows[row - 1], str) else row]
        bottom = self._row_lines[row] + ARTICLE_LINES - 1
        height = self.scrollable_content_region.height or 1
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False, force=True)
        elif bottom >= self.scroll_y + height:
            self.scroll_to(y=bottom - height + 1, animate=False, force=True)

    def action_cursor_down(self) -> None:
        self.move_by(1)

    def action_cursor_up(self) -> None:
        self.move_by(-1)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self._article_rows) - 1)

    # -- mouse ----------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        """Clicking either line of an article opens it; a heading does nothing."""
        offset = event.get_content_offset(self)
        found = None if offset is None else self.row_at_line(self.scroll_offset.y + offset.y)
        if found is not None and isinstance(self._rows[found[0]], Entry):
            self.move_to(self._article_rows.index(found[0]))

    # -- rendering --------------------------------------------------------------

    def on_focus(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._line_count)
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _row_content(self, row: Row, part: int, width: int) -> Content:
        """Line ``part`` of ``row``: a story heading, or an article's title (0) or its outlet · date (1)."""
        if isinstance(row, str):
            count = f" ({self._story_sizes[row]})"
            label = plain_content(row).truncate(max(width - len(count), 1), ellipsis=True)
            return Content.assemble(label, count).stylize(".article-list--story")
        entry = row
        if part == 0:
            parts = []
            if entry.path in self._broken:
                parts.append(Content("! ").stylize(".article-list--broken"))
            parts.append(plain_content(entry.title, ".article-list--title"))
            return Content.assemble(*parts).truncate(width, ellipsis=True)
        meta = Content.assemble(
            "  ", plain_content(entry.outlet, ".article-list--outlet"), " · ", plain_content(entry.date, ".article-list--date")
        )
        return meta.stylize_before(".article-list--meta").truncate(width, ellipsis=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        found = self.row_at_line(self.scroll_offset.y + y)
        base_style = self.visual_style
        if found is None or width <= 0:
            return Strip.blank(max(width, 0), base_style.rich_style)
        row, part = found
        is_cursor = row == self._cursor_row()
        key = (row, part, width, is_cursor)
        strip = self._strips.get(key)
        if strip is None:
            content = self._row_content(self._rows[row], part, width)
            if is_cursor:
                style = base_style + self.get_visual_style("article-list--cursor", partial=True)
            else:
                style = base_style
            strip = content_strip(self, content, width, style)
            self._strips[key] = strip
        return strip
