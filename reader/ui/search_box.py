"""The search field above the sidebar: filters the article list as you type."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class SearchBox(Input):
    """An Input whose escape clears the search and whose enter moves to the results."""

    BINDINGS = [
        Binding("escape", "app.clear_search", "Clear search", tooltip="Clear the search and list every article"),
        Binding("enter", "app.submit_search", "Go to results", tooltip="Move to the first matching article"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search titles and text", id=id)
