"""Build the reading view's styled document from an Article, and wrap it to a width.

Article strings are data: each one is sanitized again and put into a Content as
plain text, never parsed as markup. Styling is added as spans. Highlights are
``(start, end, style)`` spans over ``Article.text`` offsets (the body as the
reading view shows it), so any layer (search hits now; entities and quotations
later) adds spans without rebuilding the text. Wrapped lines remember where
they start in ``Article.text`` so the view can scroll to an offset.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content, Span
from textual.style import Style

from reader.articles.model import Article
from reader.text.sanitize import sanitize
from reader.text.segment import paragraphs

Highlight = tuple[int, int, "str | Style"]
"""A span over Article.text: start, end, and a style (a ".component-class" name or a Style)."""

MIN_WIDTH = 8


def plain_content(text: str, style: str | Style = "") -> Content:
    """Untrusted text as Content: sanitized, tabs as spaces (one for one), never markup."""
    content = Content(sanitize(text).replace("\t", " "), strip_control_codes=False)
    return content.stylize(style) if style else content


def body_content(text: str, highlights: Iterable[Highlight] = ()) -> Content:
    """``text`` (an Article.text) with highlight spans layered on; offsets are unchanged."""
    content = plain_content(text)
    length = len(content.plain)
    spans = [
        Span(max(0, start), min(length, end), style)
        for start, end, style in highlights
        if style and end > start and start < length and end > 0
    ]
    if not spans:
        return content
    return Content(content.plain, spans, strip_control_codes=False)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text wrapped as one unit (a title, a paragraph, a caption)."""

    content: Content
    text_start: int | None = None  # offset of content[0] in Article.text (body only)
    space_before: int = 0  # blank lines above


@dataclass(frozen=True, slots=True)
class Line:
    """One wrapped screen line and where it starts in Article.text (None outside the body)."""

    content: Content
    text_start: int | None = None


def header_blocks(article: Article) -> list[Block]:
    """Title, then outlet · date, then byline and source when present."""
    blocks = [Block(plain_content(article.title, ".article--title"))]
    meta = Content.assemble(
        plain_content(article.outlet, ".article--outlet"),
        " · ",
        plain_content(article.date, ".article--date"),
    ).stylize_before(".article--meta")
    blocks.append(Block(meta))
    if article.byline:
        blocks.append(Block(plain_content(article.byline, ".article--byline")))
    if article.source_url:
        blocks.append(Block(plain_content(article.source_url, ".article--source")))
    return blocks


def caption_blocks(article: Article) -> list[Block]:
    """Captions after the body, styled apart, each with its credit."""
    if not article.captions:
        return []
    label = "Caption" if len(article.captions) == 1 else "Captions"
    blocks = [Block(Content(label).stylize(".article--section"), space_before=1)]
    for caption in article.captions:
        content = plain_content(caption.text)
        if caption.credit:
            content = Content.assemble(
                content, " — ", plain_content(caption.credit, ".article--credit")
            )
        blocks.append(Block(content.stylize_before(".article--caption"), space_before=1))
    return blocks


def article_blocks(article: Article, highlights: Iterable[Highlight] = ()) -> list[Block]:
    """The whole reading document: header, body paragraphs with highlights, captions."""
    blocks = header_blocks(article)
    text = article.text
    body = body_content(text, highlights)
    for span in paragraphs(text):
        blocks.append(Block(body[span.start : span.end], span.start, space_before=1))
    blocks.extend(caption_blocks(article))
    return blocks


def message_blocks(title: str, reason: str) -> list[Block]:
    """A document explaining why an article cannot be shown."""
    return [
        Block(plain_content(title, ".article--title")),
        Block(Content("This article could not be loaded:").stylize(".article--error"), space_before=1),
        Block(plain_content(reason), space_before=1),
    ]


def wrap_block(block: Block, width: int) -> list[Line]:
    """Wrap one block; each line keeps its offset into Article.text when the block has one."""
    pieces = block.content.wrap(max(width, MIN_WIDTH))
    if block.text_start is None:
        return [Line(piece) for piece in pieces]
    plain = block.content.plain
    lines = []
    position = 0
    for piece in pieces:
        found = plain.find(piece.plain, position) if piece.plain else -1
        start = position if found < 0 else found
        lines.append(Line(piece, block.text_start + start))
        position = start + len(piece.plain)
    return lines


def wrap_blocks(blocks: Sequence[Block], width: int) -> list[Line]:
    lines: list[Line] = []
    for block in blocks:
        lines.extend(Line(Content()) for _ in range(block.space_before))
        lines.extend(wrap_block(block, width))
    return lines


class LineIndex:
    """Maps offsets in Article.text to wrapped line numbers."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._starts: list[int] = []
        self._rows: list[int] = []
        for row, line in enumerate(lines):
            if line.text_start is not None:
                self._starts.append(line.text_start)
                self._rows.append(row)

    def row_of(self, offset: int) -> int | None:
        """The line showing character ``offset`` of Article.text, or None if there is no body."""
        if not self._starts:
            return None
        position = bisect_right(self._starts, offset) - 1
        return self._rows[max(position, 0)]
