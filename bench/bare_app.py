"""A bare Textual app laid out like reader, showing static text: the startup baseline.

    python bench/bare_app.py

Header line, a 34-column sidebar of rows, a scrollable text pane and a footer,
with no corpus, no YAML and no custom widgets. bench/startup.py times how long
this takes to paint its first screen and compares reader against it.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Static

READY = "Bare app first screen"

CSS = """
#header { height: 1; padding: 0 1; background: $panel; }
#main { height: 1fr; }
#sidebar { width: 34; height: 100%; border-right: vkey $foreground 20%; }
#text { width: 1fr; padding: 0 2; }
"""

PARAGRAPH = (
    "This paragraph stands in for an article body: a few sentences of plain prose that wrap "
    "to the width of the pane, so the bare app lays out and paints about as much text as the "
    "reader does on its first screen."
)


class BareApp(App[None]):
    CSS = CSS
    BINDINGS = [Binding("q", "quit", "Quit"), Binding("n", "bell", "Next"), Binding("p", "bell", "Prev")]

    def compose(self) -> ComposeResult:
        yield Static("bare  ·  2 articles in 1 story", id="header", markup=False)
        with Horizontal(id="main"):
            yield Static("story\nOutlet A · 2016-08-11 · Title\nOutlet B · 2016-08-11 · Title", id="sidebar", markup=False)
            with VerticalScroll(id="text"):
                yield Static("\n\n".join([READY, "Outlet · 2016-08-11", *[PARAGRAPH] * 14]), markup=False)
        yield Footer()


if __name__ == "__main__":
    BareApp().run()
