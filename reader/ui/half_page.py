"""ctrl+d / ctrl+u: half a page at a time, the keys readers of long texts know from vim and less."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.widget import Widget


class HalfPageScroll:
    """A scrolling widget's ``half_page(1)`` / ``half_page(-1)`` action (a mixin, not a widget,
    so the widget's own default CSS stays as it is)."""

    def action_half_page(self: Widget, direction: int) -> None:
        step = max(1, self.scrollable_content_region.height // 2)
        # force: the first key may arrive before layout has shown the scrollbar.
        self.scroll_relative(y=direction * step, animate=False, force=True)
