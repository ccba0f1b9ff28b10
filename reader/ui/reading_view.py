"""The reading view: one article, wrapped to the width (at most ``MEASURE``), drawn line by line.

A line-API ScrollView rather than a Static so it knows which screen line shows
which character of Article.text: highlight layers and "jump to this mention"
need that mapping. Lines are wrapped once per width and rendered strips are
cached.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.articles.model import Article
from reader.ui.annotation_spans import COMPONENT_CLASSES as ANNOTATION_CLASSES
from reader.ui.annotation_spans import Decoration
from reader.ui.half_page import HalfPageScroll
from reader.ui.strips import content_strip
from reader.ui.reading_document import (
    Block,
    Highlight,
    Line,
    LineIndex,
    article_blocks,
    message_blocks,
    notice_blocks,
    wrap_blocks,
)


MEASURE = 100  # columns of text at most, however wide the pane: longer lines are hard to follow


class ReadingView(HalfPageScroll, ScrollView, can_focus=True):
    """Shows the selected article; scrolls with keys, wheel and scrollbar."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll", key_display="j/k", tooltip="Scroll the text down a line"),
        Binding("k,up", "scroll_up", "Line up", show=False, tooltip="Scroll the text up a line"),
        Binding("g,home", "scroll_home", "Top", show=False, tooltip="Top of the text"),
        Binding("G,end", "scroll_end", "End", show=False, tooltip="End of the text"),
        Binding("shift+tab,escape", "app.focus_list", "List", key_display="⇧tab", show=False, tooltip="Back to the list"),
    ]

    COMPONENT_CLASSES = {
        "article--title",
        "article--meta",
        "article--outlet",
        "article--date",
        "article--byline",
        "article--source",
        "article--section",
        "article--caption",
        "article--credit",
        "article--error",
        "article--search-hit",
        *ANNOTATION_CLASSES,
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self._blocks: list[Block] = []
        self._lines: list[Line] = []
        self._line_index = LineIndex([])
        self._wrapped_width = -1
        self._strips: LRUCache[tuple[int, int], Strip] = LRUCache(1024)

    @property
    def plain_lines(self) -> list[str]:
        """The wrapped document as plain text, one string per line (for tests and copy)."""
        return [line.content.plain for line in self._lines]

    def show_article(
        self, article: Article, highlights: Iterable[Highlight] = (), decoration: Decoration | None = None
    ) -> None:
        """Show ``article`` from the top with ``highlights`` (spans over Article.text) and
        the annotations' ``decoration``."""
        self.article = article
        self._set_blocks(article_blocks(article, highlights, decoration))

    def restyle(self, highlights: Iterable[Highlight] = (), decoration: Decoration | None = None) -> None:
        """Redraw the article shown with other highlights, keeping the text at the top in view."""
        if self.article is None:
            return
        top = self.top_text_offset()
        y = self.scroll_offset.y
        self._blocks = article_blocks(self.article, highlights, decoration)
        self._wrapped_width = -1
        self._rewrap()
        row = self._line_index.row_of(top) if top is not None else None
        self.scroll_to(y=y if row is None else row, animate=False, force=True)

    def top_text_offset(self) -> int | None:
        """The Article.text offset of the first body line in view (None above the body)."""
        row = self.scroll_offset.y
        if row < len(self._lines):
            return self._lines[row].text_start
        return None

    def show_message(self, title: str, reason: str) -> None:
        """Show why an article cannot be displayed, in place of its text."""
        self.article = None
        self._set_blocks(message_blocks(title, reason))

    def show_notice(self, title: str, notice: str) -> None:
        """Show a plain notice (nothing to read here, and that is not an error)."""
        self.article = None
        self._set_blocks(notice_blocks(title, notice))

    def text_row(self, offset: int) -> int | None:
        """The wrapped line showing Article.text[offset] (None when no article body is shown)."""
        return self._line_index.row_of(offset)

    def scroll_to_text_offset(self, offset: int) -> None:
        """Scroll so the line showing Article.text[offset] is near the top."""
        row = self._line_index.row_of(offset)
        if row is not None:
            # force: the scrollbar of a just-replaced document may not be laid out yet.
            self.scroll_to(y=max(row - 2, 0), animate=False, force=True)

    def _set_blocks(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._wrapped_width = -1
        self.scroll_to(0, 0, animate=False)
        self._rewrap()

    def _content_width(self) -> int:
        return self.scrollable_content_region.width

    def _rewrap(self) -> None:
        width = self._content_width()
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines = wrap_blocks(self._blocks, min(width, MEASURE))
        self._line_index = LineIndex(self._lines)
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def on_resize(self) -> None:
        self._rewrap()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        if self._wrapped_width < 0:
            self._rewrap()  # wrapping here, not only on resize, puts the text in the very first frame
        return self.line_strip(self.scroll_offset.y + y)

    def line_strip(self, row: int) -> Strip:
        """Line ``row`` of the wrapped document as drawn (styles resolved), in view or not."""
        width = max(self._wrapped_width, 0)
        base_style = self.visual_style
        if row >= len(self._lines):
            return Strip.blank(width, base_style.rich_style)
        key = (row, width)
        strip = self._strips.get(key)
        if strip is None:
            strip = content_strip(self, self._lines[row].content, width, base_style)
            self._strips[key] = strip
        return strip
