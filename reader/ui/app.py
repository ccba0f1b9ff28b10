"""The Textual app: a sidebar of articles grouped by story, and a reading view.

Startup stays lean: the corpus is opened with a cheap header scan, only the
first article is parsed before the first paint, and the full validation of
every file runs afterwards in a thread. Screens needed only on demand (help,
problems, command palette entries) are imported when first used.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from reader.articles.corpus import Corpus
from reader.articles.errors import CorpusError
from reader.articles.model import Article, Entry, Problem
from reader.paths import bundled_corpus, styles_dir
from reader.ui.article_list import ArticleList
from reader.ui.reading_document import Highlight, plain_content
from reader.ui.reading_view import ReadingView
from reader.ui.search_box import SearchBox

STYLE_FILES = ("app.tcss", "article_list.tcss", "reading_view.tcss")  # dialogs.tcss: by the dialogs
SEARCH_DELAY = 0.2  # seconds of typing pause before searching body text
HELP_FOOTNOTE = "Mouse: click an article to open it; the wheel scrolls the list or the text."


def _commands_provider():  # imported on first use of the palette, not at startup
    from reader.ui.commands import ReaderCommands

    return ReaderCommands


def _compare_commands_provider():  # "Compare with…", also imported on first use
    from reader.ui.compare_commands import CompareCommands

    return CompareCommands


def search_highlights(text: str, query: str) -> list[Highlight]:
    """Spans of every occurrence of ``query`` in ``text``, ignoring case and runs of spaces."""
    words = query.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return [(m.start(), m.end(), ".article--search-hit") for m in pattern.finditer(text)]


class ReaderApp(App[None]):
    """Read a corpus: pick an article in the sidebar, read it on the right."""

    TITLE = "reader"
    CSS_PATH = [styles_dir() / name for name in STYLE_FILES]
    COMMANDS = App.COMMANDS | {_commands_provider, _compare_commands_provider}
    AUTO_FOCUS = "#articles"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]  # a slimmer sidebar on small terminals

    BINDINGS = [
        Binding("n", "next_article", "Next", key_display="n/p", tooltip="Show the next article (from anywhere)"),
        Binding("p", "previous_article", "Prev", show=False, tooltip="Show the previous article (from anywhere)"),
        Binding("slash", "search", "Search", key_display="/", tooltip="Search titles and text; the list filters as you type"),
        Binding("space,pagedown", "page_text_down", "Scroll", show=False, tooltip="Scroll the text down a page"),
        Binding("pageup", "page_text_up", "Scroll up", show=False, tooltip="Scroll the text up a page"),
        Binding("c", "compare", "Compare", tooltip="Split-compare with another account of the story"),
        Binding("exclamation_mark", "problems", "Problems", key_display="!", show=False, tooltip="Corpus files that were skipped or broken, and why"),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="This list of keys"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True, tooltip="Command palette: open an article by title, run an action"),
        Binding("q", "quit", "Quit", tooltip="Quit reader"),
    ]

    def __init__(self, corpus_root: Path) -> None:
        super().__init__()
        self.corpus = Corpus.open(Path(corpus_root))
        self.problems: list[Problem] = list(self.corpus.problems)
        self._story_count = len({entry.story for entry in self.corpus.entries})
        self._announced = 0
        self._query = ""
        self._search_timer: Timer | None = None

    # -- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="header")
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):  # the search box is mounted above the list on first use
                yield ArticleList(id="articles")
            yield ReadingView(id="reading")
        yield Footer()

    @property
    def article_list(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def reading_view(self) -> ReadingView:
        return self.query_one("#reading", ReadingView)

    @property
    def search_box(self) -> SearchBox | None:
        """The search field, once the user has opened it."""
        boxes = self.query("#search")
        return boxes.first(SearchBox) if boxes else None

    def on_mount(self) -> None:
        first = self.article_list.set_entries(self.corpus.entries)
        self._show(first)
        self._update_header()
        self._announce_problems()
        self.call_after_refresh(self._validate_corpus)

    # -- showing articles -------------------------------------------------------

    def _show(self, entry: Entry | None) -> None:
        view = self.reading_view
        if entry is None:
            if self._query:
                view.show_message("No matches", f"Nothing in this corpus matches {self._query!r}.")
            else:
                view.show_message("No articles", f"No article files were found in {self.corpus.root}.")
            return
        try:
            article = self.corpus.load(entry)
        except (CorpusError, OSError) as error:
            reason = str(error) or type(error).__name__
            view.show_message(entry.title, reason)
            self._add_problems([Problem(entry.path, reason)])
            return
        self._show_article(article)

    def _show_article(self, article: Article) -> None:
        highlights = search_highlights(article.text, self._query)
        self.reading_view.show_article(article, highlights)
        if highlights:
            self.reading_view.scroll_to_text_offset(highlights[0][0])

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        self._show(message.entry)

    def open_entry(self, entry: Entry) -> None:
        """Show ``entry``, clearing a search that hides it."""
        entries = self.article_list.entries
        if entry.id not in {listed.id for listed in entries}:
            self._end_search()
            entries = self.corpus.entries
        self._list(entries, keep=entry.id)
        self.reading_view.focus()

    def _list(self, entries: list[Entry], keep: str | None = None) -> None:
        """Show ``entries`` in the sidebar, keeping the current article when it is listed."""
        article_list = self.article_list
        current = article_list.highlighted
        keep = keep if keep is not None else (current.id if current else None)
        self._show(article_list.set_entries(entries, keep=keep))
        self._update_header()

    def _update_header(self) -> None:
        count, stories = len(self.corpus.entries), self._story_count
        parts = [
            Content("reader").stylize("bold"),
            f"  ·  {count} article{'s' if count != 1 else ''} in {stories} stor{'ies' if stories != 1 else 'y'}",
        ]
        if self._query:
            listed = self.article_list.article_count
            parts += ["  ·  search ", plain_content(repr(self._query)), f": {listed} match{'es' if listed != 1 else ''}"]
        if self.problems:
            parts.append(f"  ·  {len(self.problems)} skipped (!)")
        parts += ["  ·  ", plain_content(self._corpus_label())]
        self.query_one("#header", Static).update(Content.assemble(*parts), layout=False)

    def _corpus_label(self) -> str:
        try:
            if self.corpus.root.resolve() == bundled_corpus().resolve():
                return "bundled corpus"
        except FileNotFoundError:
            pass
        return str(self.corpus.root)

    # -- navigation actions ---------------------------------------------------

    def action_next_article(self) -> None:
        self.article_list.move_by(1)

    def action_previous_article(self) -> None:
        self.article_list.move_by(-1)

    def action_focus_text(self) -> None:
        self.reading_view.focus()

    def action_focus_list(self) -> None:
        self.article_list.focus()

    def action_page_text_down(self) -> None:
        # force: the first key may arrive before layout has shown the scrollbar.
        self.reading_view.scroll_page_down(animate=False, force=True)

    def action_page_text_up(self) -> None:
        self.reading_view.scroll_page_up(animate=False, force=True)

    def action_compare(self) -> None:
        from reader.ui.compare_screen import toggle_compare

        toggle_compare(self)

    # -- search -----------------------------------------------------------------

    async def action_search(self) -> None:
        box = self.search_box
        if box is None:
            box = SearchBox(id="search")
            await self.query_one("#sidebar").mount(box, before=self.article_list)
        box.add_class("-active")
        box.focus()

    def action_clear_search(self) -> None:
        self._end_search()
        self._list(self.corpus.entries)
        self.article_list.focus()

    def action_submit_search(self) -> None:
        self.article_list.focus()

    def _end_search(self) -> None:
        self._query = ""
        self._cancel_search_timer()
        box = self.search_box
        if box is not None:
            with box.prevent(Input.Changed):
                box.value = ""
            box.remove_class("-active")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input is not self.search_box:
            return
        self._query = event.value.strip()
        self._cancel_search_timer()
        if not self._query:
            self._list(self.corpus.entries)
            return
        # Titles filter at once; body text is searched after a pause in typing, off the UI thread.
        needle = " ".join(self._query.split()).casefold()
        self._list([entry for entry in self.corpus.entries if needle in entry.title.casefold()])
        query = self._query
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._search_text(query))

    def _cancel_search_timer(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None

    @work(thread=True, exclusive=True, group="search")
    def _search_text(self, query: str) -> None:
        hits = self.corpus.search(query)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._apply_search, query, hits)

    def _apply_search(self, query: str, hits: list[Entry]) -> None:
        if query == self._query:
            self._list(hits)

    # -- problems ---------------------------------------------------------------

    @work(thread=True, exclusive=True, group="validate")
    def _validate_corpus(self) -> None:
        try:
            problems = self.corpus.validate_all()
        except Exception as error:  # the check is a courtesy: reading goes on without it
            message = f"The background check of every file stopped: {error}"
            self.call_from_thread(self.notify, message, title="Corpus check", severity="warning", markup=False)
            return
        self.call_from_thread(self._add_problems, problems)

    def _add_problems(self, problems: list[Problem]) -> None:
        known = {(problem.path, problem.reason) for problem in self.problems}
        self.problems += [p for p in problems if (p.path, p.reason) not in known]
        listed = {entry.path for entry in self.corpus.entries}
        self.article_list.mark_broken({p.path for p in self.problems if p.path in listed})
        self._announce_problems()
        self._update_header()

    def _announce_problems(self) -> None:
        count = len(self.problems)
        if count > self._announced:
            self._announced = count
            files = "file" if count == 1 else "files"
            self.notify(
                f"{count} {files} skipped — press ! to see why",
                title="Corpus problems",
                severity="warning",
                markup=False,
            )

    def action_problems(self) -> None:
        from reader.ui.problems_screen import ProblemsScreen

        self.push_screen(ProblemsScreen(self.problems, self.corpus.root))

    # -- help -------------------------------------------------------------------

    def action_help(self) -> None:
        from reader.ui.help_screen import HelpScreen, help_content, help_rows

        display = self.get_key_display
        sections = [
            ("Everywhere", help_rows(type(self).BINDINGS, display)),
            ("Article list", help_rows(type(self.article_list).BINDINGS, display)),
            ("Reading view", help_rows(type(self.reading_view).BINDINGS, display)),
            ("Search box", help_rows(SearchBox.BINDINGS, display)),
        ]
        self.push_screen(HelpScreen(help_content(sections, HELP_FOOTNOTE)))


def run(corpus_root: Path) -> None:
    """Run the reader on ``corpus_root`` until the user quits."""
    ReaderApp(corpus_root).run()
