"""Split-compare mode: the article being read beside another account of its story.

`c` in the reading view opens this screen with the first other account of the
same story (by date, then outlet); `o` cycles through the story's other
accounts and the command palette's "Compare with…" picks any article. Annotation
and alignment run in a thread worker (the screen says "aligning…" meanwhile)
and are cached per pair, so the interface never waits on them. `f` shows only
the rows that differ (rows worded alike are counted by a note line in their
place), and stays on for the next account. `c` or escape goes back to reading
the same article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from reader.annotate.model import Quote
from reader.articles.corpus import Corpus
from reader.articles.errors import CorpusError
from reader.articles.model import Article, Entry
from reader.compare.model import Comparison
from reader.compare.render import account_figures, naming_table, quotes_table, row_figures, wording_text
from reader.paths import styles_dir
from reader.text.sanitize import sanitize
from reader.ui.annotation_store import AnnotationStore
from reader.ui.compare_cache import Prepared, comparison_cache
from reader.ui.compare_document import (
    GUTTER,
    Layout,
    RowCells,
    alike_rows,
    column_widths,
    compare_cells,
    differences_by_row,
    lay_out,
)
from reader.ui.compare_rows import ComparedRows
from reader.ui.half_page import HalfPageScroll
from reader.ui.reading_document import plain_content
from reader.ui.reading_view import ReadingView

if TYPE_CHECKING:
    from textual.app import App

BRIEF = 2.0  # seconds a passing notice stays: toasts sit over the right column's text

# What each jump key steps through, named as the status line counts it: rows, not quotes.
JUMPS = {"difference": "difference", "quote": "shared-quote row", "one-sided": "one-sided sentence"}


def other_accounts(corpus: Corpus, article: Article) -> list[Entry]:
    """The other articles of ``article``'s story, by date then outlet."""
    story = corpus.by_story().get(article.story, [])
    return sorted((e for e in story if e.id != article.id), key=lambda e: (e.date, e.outlet, e.title))


def article_on(screen: Screen) -> Article | None:
    """The article being read on ``screen`` (the left one in compare mode)."""
    if isinstance(screen, CompareScreen):
        return screen.left
    views = screen.query(ReadingView)
    return views.first().article if views else None


def toggle_compare(app: App) -> None:
    """The `c` key: open compare mode for the article being read, beside the first other
    account of its story; in compare mode, go back to reading."""
    screen = app.screen
    if isinstance(screen, CompareScreen):
        screen.dismiss()
        return
    left = article_on(screen)
    if left is None:
        app.notify("No article is open to compare.", title="Compare", severity="warning", markup=False)
        return
    others = other_accounts(app.corpus, left)  # type: ignore[attr-defined]
    if not others:
        app.notify(
            f"No other account of this story ({sanitize(left.story)}) in the corpus. "
            "To compare with any article: ctrl+p, then “Compare with…”.",
            title="Compare",
            severity="warning",
            markup=False,
            timeout=8,
        )
        return
    compare_pair(app, left, others[0])


def compare_pair(app: App, left: Article, right: Entry) -> None:
    """Show ``right`` beside ``left``: in the open compare screen if it has ``left``."""
    screen = app.screen
    if isinstance(screen, CompareScreen) and screen.left.id == left.id:
        screen.compare_with(right)
    elif right.id == left.id:
        app.notify("That is the article being read: pick another one.", title="Compare", markup=False)
    else:
        app.push_screen(CompareScreen(app.corpus, app.annotations, left, right))  # type: ignore[attr-defined]


class ColumnTitles(Widget):
    """Outlet, date and title of each account, above its column."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._sides: tuple[Article | Entry, Article | Entry] | None = None

    def set_sides(self, left: Article | Entry, right: Article | Entry) -> None:
        self._sides = (left, right)
        self.refresh()

    def render(self) -> Content:
        if self._sides is None:
            return Content()
        left_width, right_width = column_widths(self.content_region.width)
        gutter = " " * GUTTER
        metas, titles = [], []
        for side, width in zip(self._sides, (left_width, right_width)):
            meta = Content.assemble(
                plain_content(side.outlet, ".compare-titles--outlet"),
                " · ",
                plain_content(side.date, ".compare-titles--date"),
            )
            metas.append(meta.truncate(width, ellipsis=True, pad=True))
            titles.append(plain_content(side.title, ".compare-titles--title").truncate(width, ellipsis=True, pad=True))
        return Content("\n").join(
            [Content.assemble(metas[0], gutter, metas[1]), Content.assemble(titles[0], gutter, titles[1])]
        )


class DetailsPanel(HalfPageScroll, VerticalScroll, can_focus=True):
    """The naming table, one-sided wording and quotes; scrolls on its own."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Line down", show=False, tooltip="Scroll the details down"),
        Binding("k,up", "scroll_up", "Line up", show=False, tooltip="Scroll the details up"),
        Binding("space", "page_down", "Page down", show=False, tooltip="Scroll the details down a page"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, tooltip="Scroll the details down half a page"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, tooltip="Scroll the details up half a page"),
        Binding("escape", "screen.toggle_details", "Close details", tooltip="Close the details panel"),
    ]


def _quote_lines(title: str, quotes: tuple[Quote, ...]) -> Text:
    text = Text(title + "\n", style="bold")
    if not quotes:
        text.append("  none\n", style="dim")
    for quote in quotes:
        text.append("  “")
        text.append(sanitize(quote.text))
        text.append("”")
        text.append(f" — {sanitize(quote.speaker or 'no speaker')} ({quote.kind})\n", style="dim")
    return text


def details_renderable(comparison: Comparison) -> Group:
    """Everything the details panel shows, built from the comparison (text stays data)."""
    left, right = comparison.left.outlet, comparison.right.outlet
    return Group(
        naming_table(comparison),
        wording_text(comparison),
        quotes_table(comparison),
        _quote_lines(f"Quotes only in {sanitize(left)}", comparison.left_only_quotes),
        _quote_lines(f"Quotes only in {sanitize(right)}", comparison.right_only_quotes),
    )


def cells_of(prepared: Prepared) -> list[RowCells]:
    return compare_cells(prepared.comparison, prepared.left_annotations, prepared.right_annotations)


def summary_content(comparison: Comparison) -> Content:
    """The header: how much of each account the other covers, then the row counts
    (shared quotes counted as quotes, and as the rows `s` steps through), worded as
    `reader compare` words them; one line each at 100 columns for the bundled pair."""
    summary = comparison.summary
    lines = [
        Content.assemble(plain_content(article.outlet, ".compare-summary--outlet"), f": {account_figures(side)}")
        for side, article in ((summary.left, comparison.left), (summary.right, comparison.right))
    ]
    lines.append(
        Content.assemble(
            Content(row_figures(comparison)).stylize(".compare-summary--counts"),
            Content("   i: naming, wording and quotes of both").stylize(".compare-summary--hint"),
        )
    )
    return Content("\n").join(lines)


def _screen_commands():  # compare_commands imports this module: looked up on first use
    from reader.ui.compare_commands import CompareScreenCommands

    return CompareScreenCommands


class CompareScreen(Screen[None]):
    """Two accounts side by side, one row per aligned pair, one scroll for both."""

    COMMANDS = {_screen_commands}
    CSS_PATH = styles_dir() / "compare.tcss"
    AUTO_FOCUS = "#compare-rows"
    COMPONENT_CLASSES = {
        "compare-titles--outlet",
        "compare-titles--date",
        "compare-titles--title",
        "compare-status--kind",
        "compare-status--mode",
        "compare-summary--outlet",
        "compare-summary--counts",
        "compare-summary--hint",
    }

    BINDINGS = [
        Binding("d,n", "jump('difference')", "Diff", key_display="d/D", tooltip="Next row whose wording differs (also n, here)"),
        Binding("D,p", "jump('difference', False)", "Previous difference", show=False, tooltip="Previous row whose wording differs (also p, here)"),
        Binding("s", "jump('quote')", "Quote", key_display="s/S", tooltip="Next row holding a quote both accounts carry"),
        Binding("S", "jump('quote', False)", "Previous quote", show=False, tooltip="Previous row holding a shared quote"),
        Binding("u", "jump('one-sided')", "One-sided", key_display="u/U", tooltip="Next sentence only one account has"),
        Binding("U", "jump('one-sided', False)", "Previous one-sided", show=False, tooltip="Previous sentence only one account has"),
        Binding("o", "other_account", "Other", tooltip="Put the story's next other account on the right"),
        Binding("i", "toggle_details", "Details", tooltip="Show or hide naming, wording and quotes of both accounts"),
        Binding("f", "toggle_differences_only", "Differences only", show=False, tooltip="Differences only: hide rows worded alike, or show them again"),
        Binding("c,escape", "close", "Back", key_display="c/esc", tooltip="Back to reading this article"),
        Binding("slash", "search", "Search", show=False, key_display="/", tooltip="Back to reading, then search"),
        Binding("question_mark", "help", "Help", key_display="?", tooltip="This list of keys"),
    ]

    def __init__(self, corpus: Corpus, annotations: AnnotationStore, left: Article, right: Entry) -> None:
        super().__init__()
        self.corpus = corpus
        self.left = left
        self.right: Entry = right
        self.prepared: Prepared | None = None
        self.differences_only = False
        self._differences: tuple[tuple[str, ...], ...] = ()  # per row: why it is not worded alike
        self._alike: frozenset[int] = frozenset()
        self._jumps: dict[str, tuple[int, ...]] = {}
        self._cache = comparison_cache(corpus, annotations)

    def compose(self) -> ComposeResult:
        yield Static(id="compare-summary")
        yield ColumnTitles(id="compare-titles")
        yield ComparedRows(id="compare-rows")
        with DetailsPanel(id="compare-details"):
            yield Static(id="compare-details-text")
        yield Static(id="compare-status")
        yield Footer()

    @property
    def rows(self) -> ComparedRows:
        return self.query_one("#compare-rows", ComparedRows)

    def on_mount(self) -> None:
        self.compare_with(self.right)

    # -- choosing and aligning ----------------------------------------------------

    def compare_with(self, right: Entry) -> None:
        """Put ``right`` beside the left article, aligning it in a worker unless cached."""
        if right.id == self.left.id:
            self.notify("That is the article on the left: pick another one.", title="Compare", markup=False)
            return
        self.right = right
        self.prepared = None
        self.query_one(ColumnTitles).set_sides(self.left, right)
        cached = self._cache.get(self.left.id, right.id)
        if cached is not None:
            self._show(right, cached, cells_of(cached), None)
            return
        waiting = Content.assemble(
            "aligning ", plain_content(self.left.outlet), " with ", plain_content(right.outlet), "…"
        )
        self.rows.show_message(waiting)
        self.query_one("#compare-summary", Static).update(waiting)
        self.query_one("#compare-details-text", Static).update("")
        self.query_one("#compare-status", Static).update("")
        # After the next refresh, so the worker can wrap the rows at the width they will have.
        self.call_after_refresh(self._start_aligning, right)

    def _start_aligning(self, right: Entry) -> None:
        if right.id == self.right.id and self.prepared is None:
            self._align(right, self.rows.content_width)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _align(self, right_entry: Entry, width: int) -> None:
        worker = get_current_worker()
        try:
            right = self.corpus.load(right_entry)
        except (CorpusError, OSError) as error:
            reason = str(error) or type(error).__name__
            self.app.call_from_thread(self._failed, right_entry, f"could not be loaded: {reason}")
            return
        try:
            prepared = self._cache.prepare(self.left, right)
        except Exception as error:  # a bug on some unforeseen text must not leave "aligning…" forever
            self.app.call_from_thread(self._failed, right_entry, f"alignment failed: {type(error).__name__}: {error}")
            raise
        cells = cells_of(prepared)  # styled cells are built and wrapped here too, off the UI thread
        hidden = alike_rows(differences_by_row(prepared.comparison)) if self.differences_only else frozenset()
        layout = lay_out(cells, width, hidden) if width > 0 else None
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, right_entry, prepared, cells, layout)

    def _failed(self, right: Entry, reason: str) -> None:
        if right.id != self.right.id:
            return
        message = Content.assemble(plain_content(right.title), ": ", plain_content(reason))
        self.rows.show_message(message.stylize(".compare--message"))
        self.query_one("#compare-summary", Static).update(message)

    def _show(self, right: Entry, prepared: Prepared, cells: list[RowCells], layout: Layout | None) -> None:
        if right.id != self.right.id:  # the user already moved on to another account
            return
        self.prepared = prepared
        comparison = prepared.comparison
        self._jumps = {what: comparison.rows_where(what) for what in JUMPS}
        self._differences = differences_by_row(comparison)
        self._alike = alike_rows(self._differences)
        self.query_one(ColumnTitles).set_sides(comparison.left, comparison.right)
        self.query_one("#compare-summary", Static).update(summary_content(comparison))
        self.query_one("#compare-details-text", Static).update(details_renderable(comparison))
        self.rows.set_rows(cells, layout, self._hidden())

    def _hidden(self) -> frozenset[int]:
        return self._alike if self.differences_only else frozenset()

    # -- the cursor and the status line -----------------------------------------

    def on_compared_rows_cursor_moved(self, message: ComparedRows.CursorMoved) -> None:
        self.query_one("#compare-status", Static).update(self._status(message.row))

    def _status(self, row: int | None) -> Content:
        """Where the cursor is and what kind of row it is on; in the differences-only view,
        also why the row differs, how many rows are shown and how the jump counts split."""
        if self.prepared is None:
            return Content()
        comparison = self.prepared.comparison
        total = len(comparison.rows)
        hidden = self._hidden()
        if row is None:
            if self.differences_only and total and len(hidden) == total:
                return Content(f"Differences only: nothing differs, all {total} rows are worded alike · f: show them")
            return Content()
        kind = comparison.rows[row].kind
        parts: list[Content | str] = [
            Content("Differences only · ").stylize(".compare-status--mode") if self.differences_only else "",
            f"Row {row + 1} of {total}{f' ({total - len(hidden)} shown)' if self.differences_only else ''} · ",
            Content(kind).stylize(".compare-status--kind"),
        ]
        for what, label in JUMPS.items():
            found = self._jumps[what]
            if row in found:
                shown = self._shown(found)
                parts.append(f" · {label} {shown.index(row) + 1} of {len(shown)}")
                if len(shown) < len(found):
                    parts.append(f" shown ({len(found) - len(shown)} hidden)")
        if self.differences_only:
            parts.append(f" · differs: {', '.join(self._differences[row])}")
        return Content.assemble(*parts)

    def _shown(self, rows: tuple[int, ...]) -> tuple[int, ...]:
        hidden = self._hidden()
        return tuple(r for r in rows if r not in hidden) if hidden else rows

    def action_jump(self, what: str, forward: bool = True) -> None:
        if self.prepared is None:
            return
        rows = self._shown(self._jumps[what])
        target, wrapped = self.rows.next_of(rows, forward)
        label = JUMPS[what]
        if target is None:
            hidden = len(self._jumps[what]) - len(rows)
            if hidden:
                alike = f"{hidden} is" if hidden == 1 else f"all {hidden} are"
                self.notify(f"No {label} shown: {alike} worded alike (f shows all rows).", title="Compare", markup=False)
            else:
                self.notify(f"No {label} in this comparison.", title="Compare", markup=False)
            return
        if wrapped:
            self.notify(f"Wrapped to the {'first' if forward else 'last'} {label}.", title="Compare", markup=False, timeout=BRIEF)
        self.rows.move_cursor(target)

    # -- other actions ------------------------------------------------------------

    def action_other_account(self) -> None:
        others = other_accounts(self.corpus, self.left)
        if not others or (len(others) == 1 and others[0].id == self.right.id):
            self.notify(
                "No other account of this story. To compare with any article: ctrl+p, then “Compare with…”.",
                title="Compare",
                markup=False,
            )
            return
        ids = [entry.id for entry in others]
        position = ids.index(self.right.id) + 1 if self.right.id in ids else 0
        self.compare_with(others[position % len(others)])

    def action_toggle_differences_only(self) -> None:
        """Hide the rows worded alike, or show them again; the row in view stays in place."""
        self.differences_only = not self.differences_only
        if self.prepared is None:  # still aligning: the rows arrive in the chosen view
            return
        hidden = self._hidden()
        self.rows.set_hidden(hidden)
        self.query_one("#compare-status", Static).update(self._status(self.rows.cursor))
        if self.differences_only and not hidden:  # nothing to hide: say so, the rows look the same
            self.notify("Every row differs: none is worded alike, nothing hidden.", title="Differences only", markup=False, timeout=BRIEF)

    def action_toggle_details(self) -> None:
        shown = not self.has_class("-details")
        self.set_class(shown, "-details")
        (self.query_one(DetailsPanel) if shown else self.rows).focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_search(self) -> None:
        app = self.app
        self.dismiss()
        app.call_later(app.run_action, "search")

    def action_help(self) -> None:
        from reader.ui.help_screen import HelpScreen, help_content, help_rows

        display = self.app.get_key_display
        own = {key for bindings in (self.BINDINGS, ComparedRows.BINDINGS) for b in bindings for key in b.key.split(",")}
        everywhere = [  # app keys that still work here (not rebound, not disabled off the main screen)
            b
            for b in type(self.app).BINDINGS
            if not set(b.key.split(",")) & own and self.app.check_action(b.action, ()) is not False
        ]
        sections = [
            ("Compare", help_rows(self.BINDINGS, display)),
            ("Scrolling both columns", help_rows(ComparedRows.BINDINGS, display)),
            ("Details panel", help_rows(DetailsPanel.BINDINGS, display)),
            ("Everywhere", help_rows(everywhere, display)),
        ]
        note = (
            "Here n and p step through differences (like d and D); they change article only "
            "while reading. Rows: = same, ~ changed, ⇅ moved (badge: where it sits in its own article), "
            "◀ only left, ▶ only right. Struck-through words are the left's, underlined the right's; "
            "bold: a different name for the same entity; italic: an editor's insertion. "
            "Italic alone (coloured, never struck or underlined): words both accounts have, in another "
            "order within the row, as when who did what to whom is swapped. "
            "Names and quotes are highlighted as in the reading view. "
            "f shows only the rows that differ; a row is worded alike (hidden) when both accounts have it "
            "in the same place, paired with confidence, with the same words, names, spelling, signs and "
            "symbols in figures (-15, $, %, 1,500), ? and !, and quotation marks (quote-mark style, commas "
            "and full stops aside) and no edited shared quote; "
            "a dim line counts the rows hidden in its place."
        )
        self.app.push_screen(HelpScreen(help_content(sections, note)))
