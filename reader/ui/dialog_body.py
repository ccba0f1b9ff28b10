"""The scrolling body of a modal dialog (help, problems): focused on open, moved by keys.

A modal screen does not inherit the app's AUTO_FOCUS target (the article list),
so without this nothing in the dialog has focus and no key scrolls it.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll


class DialogBody(VerticalScroll, can_focus=True):
    """Scrolls with arrows, j/k, page keys, space, g/G and home/end."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "End", show=False),
    ]
