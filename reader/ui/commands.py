"""Command palette entries: the app's main actions and "open article" for every title."""

from __future__ import annotations

import re

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.articles.model import Entry
from reader.text.sanitize import sanitize
from reader.ui.reading_document import plain_content

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

MAX_ARTICLE_HITS = 40


def article_prompt(entry: Entry, words: list[str]) -> Content:
    """'Open: title (outlet, date)' as plain Content with the query words underlined."""
    title = plain_content(entry.title)
    for word in words:
        match = re.search(re.escape(word), title.plain, re.IGNORECASE)
        if match:
            title = title.stylize("underline bold", *match.span())
    return Content.assemble(
        "Open: ", title, plain_content(f"  ({entry.outlet}, {entry.date})").stylize("dim")
    )


def article_score(entry: Entry, words: list[str]) -> float:
    """1 for a title starting with the query; less the later the words occur; 0 if one is missing."""
    haystack = f"{entry.title} {entry.outlet}".casefold()
    positions = [haystack.find(word) for word in words]
    if any(position < 0 for position in positions):
        return 0.0
    return 1.0 / (1 + sum(positions) / 20)


class ReaderCommands(Provider):
    """Actions (next, previous, search, help, problems, compare, highlight layers), the
    entities of the article shown (mark their mentions) and article titles."""

    @property
    def _reader(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = self._reader
        return [
            ("Next article", "Show the next article in the list", app.action_next_article),
            ("Previous article", "Show the previous article in the list", app.action_previous_article),
            ("Search titles and text", "Filter the article list as you type", app.action_search),
            ("Help: keys", "List every key and what it does", app.action_help),
            ("Show problems", "Corpus files that were skipped or broken, and why", app.action_problems),
            ("Toggle compare", "Split-compare this article with another account", app.action_compare),
            ("Toggle entity highlights", "Show or hide names, places and dates (e)", app.action_toggle_entities),
            ("Toggle quotations", "Show or hide quotes and their speakers (t)", app.action_toggle_quotes),
            ("Entity panel", "The article's entities by type, with counts and names (x)", app.action_entity_panel),
        ]

    def _on_reading_screen(self) -> bool:
        """These entries act on the reading view: not offered over compare mode (which has its own)."""
        return self.screen is self.app.screen_stack[0]

    async def discover(self) -> Hits:
        if not self._on_reading_screen():
            return
        for name, help_text, callback in self._actions():
            yield DiscoveryHit(Content(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        if not self._on_reading_screen():
            return
        matcher = self.matcher(query)
        for name, help_text, callback in self._actions():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)
        words = query.casefold().split()
        if not words:
            return
        app = self._reader
        for summary in app.entity_summaries():
            name = summary.key[1]
            score = matcher.match(f"Mentions of {name}")
            if score > 0:
                yield Hit(
                    score * 0.95,
                    Content.assemble("Mentions of ", plain_content(name), f"  ({summary.key[0]}, {summary.count})"),
                    lambda summary=summary: app.choose_entity(summary),
                    text=sanitize(f"Mentions of {name}"),  # the palette copies it into its input
                    help="Mark every mention in the text and step through them with ] and [",
                )
        scored = [(article_score(entry, words), entry) for entry in app.corpus.entries]
        best = sorted((item for item in scored if item[0] > 0), key=lambda item: -item[0])
        for score, entry in best[:MAX_ARTICLE_HITS]:
            yield Hit(
                score * 0.9,
                article_prompt(entry, words),
                lambda entry=entry: app.open_entry(entry),
                text=sanitize(f"Open: {entry.title}"),
            )
