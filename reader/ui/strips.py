"""Draw one already-wrapped line of Content as a Strip, for the line-API widgets.

Cheaper than ``Visual.to_strips`` (which wraps and aligns again) and enough for
lines the widgets have wrapped or truncated themselves. Span styles may name a
component class (".article--title"), resolved on the widget so themes apply.

Textual's partial component styles (``get_visual_style(..., partial=True)``)
drop an opaque background (it blends towards it by 1 - alpha, i.e. not at all),
so a class such as ``.entity--person { background: #aa9cfc }`` would lose its
colour; ``component_style`` puts it back, and
``OwnComponentStyles`` makes a container resolve its classes that way for the
Content its children draw (a Static, an OptionList's prompts).
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget


def component_style(widget: Widget, name: str) -> Style:
    """Textual's partial style of component class ``name``, with its opaque background
    (which the partial style drops) put back."""
    style = Widget.get_visual_style(widget, name, partial=True)
    styles = widget.get_component_styles(name)
    if styles.has_rule("background") and styles.background.a == 1:
        style += Style(background=styles.background)
    return style


class OwnComponentStyles(Widget):
    """A widget whose component classes keep their backgrounds in its children's Content."""

    def get_visual_style(self, *component_classes: str, partial: bool = False) -> Style:
        if partial and component_classes:
            style = Style()
            for name in component_classes:
                style += component_style(self, name)
            return style
        return super().get_visual_style(*component_classes, partial=partial)


def content_strip(widget: Widget, content: Content, width: int, base: Style) -> Strip:
    """``content`` on ``base``, cropped or padded to ``width`` cells."""

    def resolve(style: str | Style) -> Style:
        if isinstance(style, Style):
            return style
        if style.startswith("."):
            return component_style(widget, style[1:])
        return Style.parse(style)

    segments = [
        Segment(text, style.rich_style)
        for text, style in content.render(base, end="", parse_style=resolve)
        if text
    ]
    return Strip(segments).adjust_cell_length(width, base.rich_style)
