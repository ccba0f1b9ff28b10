"""The Textual app: a sidebar of articles grouped by story, and a reading view
with entity and quotation highlights, a legend and an entity panel.

Startup stays lean: the corpus is opened with a cheap header scan, only the
first article is parsed before the first paint, and the full validation of
every file runs afterwards in a `reader check` subprocess (so it never competes
with the interface for the GIL). Screens and panels needed only on demand (help,
problems, entity panel, command palette entries) are imported when first used.

Annotation never blocks: an article is drawn plain at once (or with its
highlights if already annotated), annotated in a thread worker once the reader
stays on it, then redrawn if it is still the one shown; its neighbours in the
list are annotated next, so n/p find them ready.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.worker import get_current_worker

from reader.articles.corpus import Corpus
from reader.articles.errors import CorpusError
from reader.articles.model import Article, Entry, Problem
from reader.articles.query import Query
from reader.annotate.model import Annotations
from reader.paths import bundled_corpus, styles_dir
from reader.text.sanitize import sanitize
from reader.ui.annotation_spans import Decoration, EntityKey, decorate, legend
from reader.ui.annotation_store import AnnotationStore
from reader.ui.article_list import ArticleList
from reader.ui.legend import Legend
from reader.ui.reading_document import Highlight, plain_content
from reader.ui.reading_view import ReadingView
from reader.ui.search_box import SearchBox

if TYPE_CHECKING:
    from reader.ui.entity_panel import EntityPanel, EntitySummary

STYLE_FILES = (  # dialogs.tcss: by the dialogs
    "app.tcss",
    "article_list.tcss",
    "reading_view.tcss",
    "annotations.tcss",
    "entity_panel.tcss",
)
READING_ACTIONS = {  # act on the reading view, so only on the main screen
    "toggle_entities", "toggle_quotes", "entity_panel", "next_mention", "previous_mention", "half_page_text",
}
SEARCH_DELAY = 0.2  # seconds of typing pause before searching body text
ANNOTATE_DELAY = 0.05  # seconds an article stays shown before it is annotated (if not cached)
_story = operator.attrgetter("story")
HELP_FOOTNOTE = "Mouse: click an article to open it; the wheel scrolls the list or the text."


def _commands_provider():  # imported on first use of the palette, not at startup
    from reader.ui.commands import ReaderCommands

    return ReaderCommands


def _compare_commands_provider():  # "Compare with…", also imported on first use
    from reader.ui.compare_commands import CompareCommands

    return CompareCommands


def resume_garbage_collection() -> None:
    """Collect cycles again, startup's objects set aside (``gc.freeze``): they live as long as
    the app, so later collections need not walk them, and pauses while reading stay short."""
    gc.freeze()
    gc.enable()


def search_highlights(text: str, query: str) -> list[Highlight]:
    """Spans of every occurrence of each of the query's terms in ``text``, in reading order."""
    return [(start, end, ".article--search-hit") for start, end in Query.parse(query).spans(text)]


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
        Binding("ctrl+d", "half_page_text(1)", "Half page down", show=False, tooltip="Scroll the text down half a page"),
        Binding("ctrl+u", "half_page_text(-1)", "Half page up", show=False, tooltip="Scroll the text up half a page"),
        Binding("c", "compare", "Compare", tooltip="Split-compare with another account of the story"),
        Binding("e", "toggle_entities", "Layers", key_display="e/t/x", tooltip="Show or hide entity highlights (names, places, dates)"),
        Binding("t", "toggle_quotes", "Quotes", show=False, tooltip="Show or hide quotations and their speakers"),
        Binding("x", "entity_panel", "Panel", show=False, tooltip="Open or close the entity panel (entities by type)"),
        Binding("right_square_bracket", "next_mention", "Next mention", key_display="]", show=False, tooltip="Next mention of the entity chosen in the panel"),
        Binding("left_square_bracket", "previous_mention", "Previous mention", key_display="[", show=False, tooltip="Previous mention of the entity chosen in the panel"),
        Binding("exclamation_mark", "problems", "Problems", key_display="!", show=False, tooltip="Corpus files that were skipped or broken, and why"),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="This list of keys"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True, tooltip="Command palette: open an article by title, run an action"),
        Binding("q", "quit", "Quit", tooltip="Quit reader"),
    ]

    def __init__(self, corpus_root: Path, *, resume_gc: bool = False) -> None:
        super().__init__()
        self._resume_gc = resume_gc
        self.corpus = Corpus.open(Path(corpus_root))
        self.problems: list[Problem] = list(self.corpus.problems)
        self._broken: set[Path] = set()  # listed files that a full check found broken
        self._announced = 0
        self._problems_toast: Notification | None = None
        self._query = ""
        self._search_timer: Timer | None = None
        self.annotations = AnnotationStore(self.corpus.root)
        self._annotations: Annotations | None = None  # of the article shown, once made
        self._waiting = False  # an article is shown and its annotations are on their way
        self._annotate_timer: Timer | None = None
        self._show_entities = True
        self._show_quotes = True
        self._selected: EntityKey | None = None  # the entity chosen in the panel
        self._mentions: tuple[int, ...] = ()  # its mentions' offsets
        self._mention = -1  # the mention last stepped to

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's palette commands, less its "Keys" panel: "Help: keys" lists the keys, by pane."""
        return (command for command in super().get_system_commands(screen) if command.title != "Keys")

    # -- layout -----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="header")
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):  # the search box is mounted above the list on first use
                yield ArticleList(id="articles")
            with Vertical(id="reading-pane"):
                yield ReadingView(id="reading")
                yield Legend(id="legend")
        yield Footer(compact=True)  # the essentials fit in 80 columns; the rest is in help

    @property
    def article_list(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def reading_view(self) -> ReadingView:
        return self.query_one("#reading", ReadingView)

    @property
    def legend(self) -> Legend:
        return self.query_one("#legend", Legend)

    @property
    def entity_panel(self) -> EntityPanel | None:
        """The entity panel, once the user has opened it."""
        panels = self.query("#entity-panel")
        return panels.first() if panels else None  # type: ignore[return-value]

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
        if self._resume_gc:
            self.call_after_refresh(resume_garbage_collection)

    # -- showing articles -------------------------------------------------------

    def _show(self, entry: Entry | None) -> None:
        view = self.reading_view
        if entry is None:
            self._set_annotations(None, waiting=False)
            if self._query:
                view.show_notice("No matches", f"No article matches {self._query!r}")
            else:
                view.show_notice("No articles", f"No article files were found in {self.corpus.root}.")
            return
        try:
            article = self.corpus.load(entry)
        except (CorpusError, OSError) as error:
            reason = str(error) or type(error).__name__
            self._set_annotations(None, waiting=False)
            view.show_message(entry.title, reason)
            self._add_problems([Problem(entry.path, reason)])
            return
        self._show_article(article)

    def _show_article(self, article: Article) -> None:
        """Show ``article`` at once: with its highlights if annotated already, else plain,
        and annotate it (then its neighbours in the list) in a worker."""
        annotations = self.annotations.cached(article)
        self._set_annotations(annotations)
        highlights = search_highlights(article.text, self._query)
        # The decoration is made from the article about to be shown, not the one on screen.
        self.reading_view.show_article(article, highlights, self._decoration(article))
        if highlights:
            self.reading_view.scroll_to_text_offset(highlights[0][0])
        # After a pause: moving quickly through the list annotates only where the reader
        # stops, and the first article's text is painted before the annotator builds its indexes.
        if self._annotate_timer is not None:
            self._annotate_timer.stop()
        neighbours = self.article_list.neighbours()
        self._annotate_timer = self.set_timer(ANNOTATE_DELAY, lambda: self._annotate(article, neighbours))

    # -- annotations --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="annotate", exit_on_error=False)
    def _annotate(self, article: Article, neighbours: list[Entry]) -> None:
        """Annotate ``article``, then prefetch its neighbours so n/p find them ready."""
        worker = get_current_worker()
        try:
            annotations = self.annotations.annotate(article)
            problems = self.annotations.unreported_problems()
        except Exception as error:  # highlights are a layer: reading goes on without them
            message = sanitize(f"Could not annotate this article: {error}")  # errors may quote the text
            self.call_from_thread(self.notify, message, title="Annotations", severity="warning", markup=False)
            return
        if problems:
            self.call_from_thread(self._add_problems, problems)
        if worker.is_cancelled:
            return
        self.call_from_thread(self._annotated, article, annotations)
        for entry in neighbours:
            if worker.is_cancelled:
                return
            try:
                self.annotations.annotate(self.corpus.load(entry))
            except Exception:  # a broken neighbour is reported when it is opened
                continue

    def _annotated(self, article: Article, annotations: Annotations) -> None:
        """A worker's result: drawn only if ``article`` is still the one shown."""
        shown = self.reading_view.article
        if shown is None or shown.id != article.id or shown.text != article.text:
            return
        if self._annotations is annotations:
            return
        self._set_annotations(annotations)
        self._restyle()

    def _set_annotations(self, annotations: Annotations | None, waiting: bool = True) -> None:
        """The annotations of a newly shown article (None: not ready, or with ``waiting``
        False, no article)."""
        self._annotations = annotations
        self._waiting = waiting
        self._selected, self._mentions, self._mention = None, (), -1
        self._update_legend()
        panel = self.entity_panel
        if panel is not None:
            if annotations is not None:
                panel.show_entities(annotations)
            else:
                panel.show_waiting(waiting)

    def _decoration(self, article: Article | None) -> Decoration | None:
        """The annotations' spans and markers for ``article`` (whose text they were made from)."""
        annotations = self._annotations
        if article is None or annotations is None:
            return None
        current = self._mentions[self._mention] if 0 <= self._mention < len(self._mentions) else None
        return decorate(article.text, annotations, self._show_entities, self._show_quotes, self._selected, current)

    def _restyle(self) -> None:
        """Redraw the article shown with the current layers, keeping the place in the text."""
        article = self.reading_view.article
        if article is not None:
            self.reading_view.restyle(search_highlights(article.text, self._query), self._decoration(article))

    def _update_legend(self) -> None:
        if self._annotations is not None:
            content = legend(self._annotations, self._show_entities, self._show_quotes)
        elif self._waiting:
            content = Content("Legend: finding entities and quotes…").stylize(".legend--waiting")
        else:
            content = Content()
        self.legend.update(content)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The annotation and half-page keys act on the reading view, so only on the main screen."""
        if action in READING_ACTIONS and self.screen is not self.screen_stack[0]:
            return False
        return True

    def action_toggle_entities(self) -> None:
        self._show_entities = not self._show_entities
        self._update_legend()
        self._restyle()

    def action_toggle_quotes(self) -> None:
        self._show_quotes = not self._show_quotes
        self._update_legend()
        self._restyle()

    async def action_entity_panel(self) -> None:
        panel = self.entity_panel
        if panel is None:
            from reader.ui.entity_panel import EntityPanel  # on first use: startup stays lean

            panel = EntityPanel(id="entity-panel")
            await self.query_one("#main").mount(panel)
            if self._annotations is None:
                panel.show_waiting(self._waiting)
            else:
                panel.show_entities(self._annotations)
        elif panel.has_class("-open"):
            panel.remove_class("-open")
            self.query_one("#main").remove_class("-panel-open")
            if panel.has_focus_within:
                self.reading_view.focus()
            return
        panel.add_class("-open")
        self.query_one("#main").add_class("-panel-open")  # a narrow screen gives it the sidebar's room
        panel.option_list.focus()

    def on_entity_panel_chosen(self, message: EntityPanel.Chosen) -> None:
        self.choose_entity(message.summary)

    def choose_entity(self, summary: EntitySummary) -> None:
        """Mark every mention of ``summary``'s entity and scroll to the first."""
        self._selected, self._mentions, self._mention = summary.key, summary.starts, -1
        self._step_mention(1)

    def entity_summaries(self) -> list[EntitySummary]:
        """The entities of the article shown, once annotated (for the panel and the palette)."""
        if self._annotations is None:
            return []
        from reader.ui.entity_panel import entity_summaries

        return entity_summaries(self._annotations)

    def action_next_mention(self) -> None:
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def _step_mention(self, delta: int) -> None:
        if not self._mentions:
            if self._annotations is not None and not self._annotations.entities:
                message = "This article has no entities to step through."
            else:
                message = "Choose an entity in the entity panel (x) first."
            self.notify(message, title="Mentions", markup=False)
            return
        self._mention = (self._mention + delta) % len(self._mentions)
        self._restyle()  # the mention stepped to is marked apart from the others
        self.reading_view.scroll_to_text_offset(self._mentions[self._mention])
        panel = self.entity_panel
        if panel is not None and self._selected is not None:
            name = self._selected[1]
            panel.set_status(f"{name}: mention {self._mention + 1} of {len(self._mentions)} · ]/[ next/previous")

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
        readable = self.corpus.entries
        if self._broken:  # hashing 10,000 paths would cost more than the rest of this header
            readable = [entry for entry in readable if entry.path not in self._broken]
        count, stories = len(readable), len(set(map(_story, readable)))
        parts = [
            Content("reader").stylize("bold"),
            f"  ·  {count} article{'s' if count != 1 else ''} in {stories} stor{'ies' if stories != 1 else 'y'}",
        ]
        if self._query:
            listed = self.article_list.article_count
            parts += ["  ·  search ", plain_content(repr(self._query)), f": {listed} match{'es' if listed != 1 else ''}"]
        if self.problems:
            parts.append(f"  ·  {self._skipped_count()} skipped (!)")
            if self._broken:  # listed from their headers, broken further down: still in the list, flagged
                parts.append(f", {len(self._broken)} of them flagged ! in the list")
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

    def action_half_page_text(self, direction: int) -> None:
        self.reading_view.action_half_page(direction)

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
        # Titles and outlets filter at once; body text is searched after a pause in typing, off the UI thread.
        query = Query.parse(self._query)
        self._list([entry for entry in self.corpus.entries if query.matches(self.corpus.heading(entry))])
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

    @work(thread=True, exclusive=True, group="validate", exit_on_error=False)
    def _validate_corpus(self) -> None:
        """Check every file in a `reader check` subprocess: the UI never waits on it, nor
        competes with it for the GIL."""
        from reader.ui.corpus_check import CheckFailed, run_check

        worker = get_current_worker()
        try:
            problems = run_check(self.corpus.root, lambda: worker.is_cancelled)
        except (CheckFailed, OSError) as error:  # the check is a courtesy: reading goes on without it
            message = sanitize(f"The background check of every file stopped: {error}")  # may echo file names
            self.call_from_thread(self.notify, message, title="Corpus check", severity="warning", markup=False)
            return
        if problems is not None:
            self.call_from_thread(self._add_problems, problems)

    def _add_problems(self, problems: list[Problem]) -> None:
        known = {(problem.path, problem.reason) for problem in self.problems}
        self.problems += [p for p in problems if (p.path, p.reason) not in known]
        listed = {entry.path for entry in self.corpus.entries}
        self._broken = {p.path for p in self.problems if p.path in listed}  # no longer counted as articles
        self.article_list.mark_broken(self._broken)
        self._announce_problems()
        self._update_header()

    def _skipped_count(self) -> int:
        """Files with a problem (a file may have more than one)."""
        return len({problem.path for problem in self.problems})

    def _announce_problems(self) -> None:
        """One toast for the corpus's problems: the scan's at start, replaced (not stacked)
        when the background check finds more."""
        count = self._skipped_count()
        if count <= self._announced:
            return
        self._announced = count
        if self._problems_toast is not None and self._problems_toast in self._notifications:
            self._unnotify(self._problems_toast, refresh=False)
        files = "file" if count == 1 else "files"
        self._problems_toast = Notification(
            f"{count} {files} skipped — press ! to see why",
            "Corpus problems",
            "warning",
            self.NOTIFICATION_TIMEOUT,
            markup=False,
        )
        self.post_message(Notify(self._problems_toast))

    def action_problems(self) -> None:
        from reader.ui.problems_screen import ProblemsScreen

        self.push_screen(ProblemsScreen(self.problems, self.corpus.root))

    # -- help -------------------------------------------------------------------

    def action_help(self) -> None:
        from reader.ui.entity_panel import EntityList, EntityPanel
        from reader.ui.help_screen import HelpScreen, help_content, help_rows

        display = self.get_key_display
        panes = [  # (section, the pane's widget if mounted, its bindings)
            ("Article list", self.article_list, type(self.article_list).BINDINGS),
            ("Reading view", self.reading_view, type(self.reading_view).BINDINGS),
            ("Entity panel", self.entity_panel, [*EntityList.BINDINGS, *EntityPanel.BINDINGS]),
            ("Search box", self.search_box, SearchBox.BINDINGS),
        ]
        focused = [
            section for section, pane, _ in panes if pane is not None and (pane.has_focus or pane.has_focus_within)
        ]
        sections = [(title, help_rows(bindings, display)) for title, _, bindings in panes]
        sections.insert(0, ("Everywhere", help_rows(type(self).BINDINGS, display)))
        # The focused pane's keys first: they are what the reader is most likely looking for.
        sections.sort(key=lambda section: section[0] not in focused)
        if focused:
            sections[0] = (f"{sections[0][0]} (where you are)", sections[0][1])
        self.push_screen(HelpScreen(help_content(sections, HELP_FOOTNOTE)))


def run(corpus_root: Path, resume_gc: bool = False) -> None:
    """Run the reader on ``corpus_root`` until the user quits; with ``resume_gc``, the caller
    paused the cyclic garbage collector for startup (see ``reader.launch``) and the app
    resumes it once the first screen is painted."""
    ReaderApp(corpus_root, resume_gc=resume_gc).run()
