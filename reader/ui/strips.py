"""Draw one already-wrapped line of Content as a Strip, for the line-API widgets.

Cheaper than ``Visual.to_strips`` (which wraps and aligns again) and enough for
lines the widgets have wrapped or truncated themselves. Span styles may name a
component class (".article--title"), resolved on the widget so themes apply.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget


def content_strip(widget: Widget, content: Content, width: int, base: Style) -> Strip:
    """``content`` on ``base``, cropped or padded to ``width`` cells."""

    def resolve(style: str | Style) -> Style:
        if isinstance(style, Style):
            return style
        if style.startswith("."):
            return widget.get_visual_style(style[1:], partial=True)
        return Style.parse(style)

    segments = [
        Segment(text, style.rich_style)
        for text, style in content.render(base, end="", parse_style=resolve)
        if text
    ]
    return Strip(segments).adjust_cell_length(width, base.rich_style)
