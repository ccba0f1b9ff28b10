"""Build the reading view's styled document from an Article, and wrap it to a width.

Article strings are data: each one is sanitized again and put into a Content as
plain text, never parsed as markup. Styling is added as spans. Highlights are
``(start, end, style)`` spans over ``Article.text`` offsets (the body as the
reading view shows it), so any layer (search hits, entities, quotations) adds
spans without rebuilding the text. Annotations may also insert markers (a
‹LABEL› tag, a "[— speaker]" label) and put a bar in a paragraph's margin; a block
keeps where its markers sit, so a marker is never cut by a line break and wrapped
lines still know where they start in ``Article.text`` (the view scrolls to an
offset, `]`/`[` step through mentions, search jumps to a hit).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.content import Content, Span
from textual.style import Style

from reader.annotate.render import label_range, wrap_offsets
from reader.articles.model import Article
from reader.text.sanitize import sanitize
from reader.text.segment import paragraphs

if TYPE_CHECKING:
    from reader.ui.annotation_spans import Decoration

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
    inserts: tuple[tuple[int, int], ...] = ()  # (position in content, length) of inserted markers
    gutter: Content | None = None  # drawn at the start of every wrapped line (a quote bar)

    def text_offset(self, position: int) -> int | None:
        """The Article.text offset shown at ``position`` of the content (markers skipped)."""
        if self.text_start is None:
            return None
        shift = 0
        for at, length in self.inserts:
            if at >= position:
                break
            shift += min(length, position - at)
        return self.text_start + position - shift


@dataclass(frozen=True, slots=True)
class Line:
    """One wrapped screen line and where it starts in Article.text (None outside the body)."""

    content: Content
    text_start: int | None = None


def byline_text(byline: str) -> str:
    """"by Maria Lopez" for a bare name; a byline that already says "By ..." is kept as written."""
    stripped = byline.strip()
    return stripped if stripped[:3].casefold() == "by " else f"by {stripped}"


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
        blocks.append(Block(plain_content(byline_text(article.byline), ".article--byline")))
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


def article_blocks(
    article: Article, highlights: Iterable[Highlight] = (), decoration: Decoration | None = None
) -> list[Block]:
    """The whole reading document: header, body paragraphs with highlights (and the
    annotations' spans, markers and bars when ``decoration`` is given), captions."""
    blocks = header_blocks(article)
    text = article.text
    if decoration is not None:
        highlights = [*decoration.highlights, *highlights]  # search hits on top
    body = body_content(text, highlights)
    markers = decoration.markers if decoration is not None else []
    marker_starts = [at for at, _ in markers]
    for span in paragraphs(text):
        lo, hi = bisect_left(marker_starts, span.start), bisect_right(marker_starts, span.end)
        content, inserts = body[span.start : span.end], ()
        if hi > lo:
            content, inserts = insert_markers(body, span.start, span.end, markers[lo:hi])
        gutter = decoration.gutters.get(span.start) if decoration is not None else None
        blocks.append(Block(content, span.start, space_before=1, inserts=inserts, gutter=gutter))
    blocks.extend(caption_blocks(article))
    return blocks


def insert_markers(
    body: Content, start: int, end: int, markers: Sequence[tuple[int, Content]]
) -> tuple[Content, tuple[tuple[int, int], ...]]:
    """``body[start:end]`` with each marker inserted at its offset; where they went."""
    pieces: list[Content] = []
    inserts: list[tuple[int, int]] = []
    position, length = start, 0
    for at, marker in markers:
        piece = body[position:at]
        pieces += [piece, marker]
        length += len(piece.plain)
        inserts.append((length, len(marker.plain)))
        length += len(marker.plain)
        position = at
    pieces.append(body[position:end])
    return Content.assemble(*pieces), tuple(inserts)


def message_blocks(title: str, reason: str) -> list[Block]:
    """A document explaining why an article cannot be shown."""
    return [
        Block(plain_content(title, ".article--title")),
        Block(Content("This article could not be loaded:").stylize(".article--error"), space_before=1),
        Block(plain_content(reason), space_before=1),
    ]


def notice_blocks(title: str, notice: str) -> list[Block]:
    """A document saying why there is nothing to read (an empty search, an empty corpus)."""
    return [Block(plain_content(title, ".article--title")), Block(plain_content(notice), space_before=1)]


def wrap_block(block: Block, width: int) -> list[Line]:
    """Wrap one block; each line keeps its offset into Article.text when the block has one.
    A body block breaks where Content.wrap would, never inside an inserted marker that fits
    on a line, and each line's start in the content maps back through the markers."""
    gutter = block.gutter
    inner = max(width - (gutter.cell_length if gutter is not None else 0), MIN_WIDTH)
    if block.text_start is None:
        pieces, starts = block.content.wrap(inner), None
    else:
        whole = [label_range(at, block.content.plain[at : at + length]) for at, length in block.inserts]
        offsets = wrap_offsets(block.content.plain, inner, whole)
        pieces = [piece.rstrip() for piece in block.content.divide(offsets)]
        starts = [0, *offsets]
    if gutter is not None:
        pieces = [Content.assemble(gutter, piece) for piece in pieces]
    if starts is None:
        return [Line(piece) for piece in pieces]
    return [Line(piece, block.text_offset(start)) for piece, start in zip(pieces, starts)]


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
