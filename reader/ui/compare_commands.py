"""Command palette: "Compare with…" picks any article to put beside the one being read.

Choosing the command opens a second palette listing the corpus's articles (the
story's other accounts first); choosing one opens compare mode with it on the
right, or swaps it in when compare mode is already open. Prompts are Content
built from plain text: titles never pass through markup.
"""

from __future__ import annotations

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from reader.articles.model import Article, Entry
from reader.text.sanitize import sanitize
from reader.ui.commands import article_score
from reader.ui.compare_screen import article_on, compare_pair
from reader.ui.reading_document import plain_content

COMMAND = "Compare with…"
HELP = "Pick any article to read beside this one, aligned sentence by sentence"
MAX_LISTED = 60


def target_prompt(entry: Entry) -> Content:
    return Content.assemble(
        "Compare with: ",
        plain_content(entry.title),
        plain_content(f"  ({entry.outlet}, {entry.date})").stylize("dim"),
    )


class CompareCommands(Provider):
    """The "Compare with…" command, offered wherever an article is being read."""

    async def discover(self) -> Hits:
        if article_on(self.screen) is not None:
            yield DiscoveryHit(Content(COMMAND), self._pick, text=COMMAND, help=HELP)

    async def search(self, query: str) -> Hits:
        if article_on(self.screen) is None:
            return
        matcher = self.matcher(query)
        score = matcher.match(COMMAND)
        if score > 0:
            yield Hit(score, matcher.highlight(COMMAND), self._pick, text=COMMAND, help=HELP)

    def _pick(self) -> None:
        left = article_on(self.screen)
        if left is None:
            return
        provider = type("CompareTargetsFor", (CompareTargets,), {"left": left})
        self.app.push_screen(CommandPalette(providers=[provider], placeholder="Compare with… (type a title or outlet)"))


class CompareTargets(Provider):
    """Articles to compare ``left`` with: its story's other accounts, then the rest."""

    left: Article

    def _candidates(self) -> list[Entry]:
        entries = [e for e in self.app.corpus.entries if e.id != self.left.id]  # type: ignore[attr-defined]
        return sorted(entries, key=lambda e: e.story != self.left.story)  # stable: corpus order otherwise

    def _open(self, entry: Entry) -> None:
        compare_pair(self.app, self.left, entry)

    async def discover(self) -> Hits:
        for entry in self._candidates()[:MAX_LISTED]:
            yield DiscoveryHit(target_prompt(entry), lambda entry=entry: self._open(entry), text=sanitize(entry.title))

    async def search(self, query: str) -> Hits:
        words = query.casefold().split()
        if not words:
            return
        scored = [(article_score(entry, words), entry) for entry in self._candidates()]
        best = sorted((item for item in scored if item[0] > 0), key=lambda item: -item[0])
        for score, entry in best[:MAX_LISTED]:
            yield Hit(score, target_prompt(entry), lambda entry=entry: self._open(entry), text=sanitize(entry.title))


class CompareScreenCommands(Provider):
    """Compare mode's own actions, offered while it is open."""

    def _actions(self) -> list[tuple[str, str, str]]:
        return [
            ("Next difference", "Next row whose wording differs", "jump('difference')"),
            ("Next shared-quote row", "Next row holding a quote both accounts carry", "jump('quote')"),
            ("Next one-sided sentence", "Next sentence only one account has", "jump('one-sided')"),
            ("Other account of the story", "Put the story's next other account on the right", "other_account"),
            ("Toggle compare details", "Naming, wording and quotes of both accounts", "toggle_details"),
            ("Differences only (toggle)", "Hide the rows both accounts word alike, or show them again", "toggle_differences_only"),
            ("Back to reading", "Leave compare mode, back to the article on the left", "close"),
        ]

    def _run(self, action: str) -> None:
        self.app.call_later(self.screen.run_action, action)

    async def discover(self) -> Hits:
        for name, help_text, action in self._actions():
            yield DiscoveryHit(Content(name), lambda action=action: self._run(action), text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in self._actions():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), lambda action=action: self._run(action), text=name, help=help_text)
