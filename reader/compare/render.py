"""Rich renderables for a Comparison: the side-by-side rows, summary, quotes and terms.

Used by `reader compare A B` (the CLI prints them with rich). Article text is data,
never markup: every cell is a rich Text built from the raw (sanitized) string with
styles applied by offset. Differences read without colour: deleted words are struck
through, inserted words underlined, naming swaps also bold, editorial glosses also
italic; words both sides have in a different order within the row (moved) are
never struck or underlined but italic, and the row carries a ``[⇄ word order]``
badge, so a swap ("the police shot the protesters" / "the protesters shot the
police") shows even without styles. Each row carries a kind mark (= ~ ⇅ ◀ ▶); a
weak pair also a badge.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from reader.compare.model import Comparison, Row, SideSummary
from reader.compare.units import Unit
from reader.compare.worddiff import DiffOp
from reader.text.sanitize import sanitize

KIND_MARKS = {"same": "=", "changed": "~", "moved": "⇅", "left-only": "◀", "right-only": "▶"}
DELETED = "strike red"
INSERTED = "underline green"
NAMING_EXTRA = "bold"
EDITORIAL_EXTRA = "italic"
MOVED = "italic cyan"
WORD_ORDER = "[⇄ word order]"
WEAK = "reverse yellow"


def _op_style(op: DiffOp, side: str) -> str | None:
    """None for words both sides have in place and for changes of mere punctuation."""
    if op.kind == "moved":
        return MOVED
    if not op.is_difference:
        return None
    base = DELETED if side == "left" else INSERTED
    if op.note == "naming":
        return f"{base} {NAMING_EXTRA}"
    if op.note in ("editorial", "bracket", "ellipsis"):
        return f"{base} {EDITORIAL_EXTRA}"
    return base


Highlight = tuple[int, int, str]  # (start, end, style) in an article's text offsets


def cell(units: tuple[Unit, ...], ops: tuple[DiffOp, ...], side: str, highlights: Iterable[Highlight] = ()) -> Text:
    """The units' text joined by spaces, with other layers' ``highlights`` (entities,
    quotes: article offsets) applied first and each difference styled over them."""
    text = Text()
    bases = []  # (unit, offset of its first character in the cell)
    for k, unit in enumerate(units):
        if k:
            text.append(" ")
        bases.append((unit, len(text)))
        text.append(sanitize(unit.text))

    def stylize(style: str, start: int, end: int) -> None:
        for unit, offset in bases:
            lo, hi = max(start, unit.start), min(end, unit.end)
            if lo < hi:
                text.stylize(style, offset + lo - unit.start, offset + hi - unit.start)

    for start, end, style in highlights:
        stylize(style, start, end)
    for op in ops:
        style = _op_style(op, side)
        start, end = (op.left_start, op.left_end) if side == "left" else (op.right_start, op.right_end)
        if style is not None and start < end:
            stylize(style, start, end)
    return text


def weak_label(row: Row) -> str:
    """The badge of a weak pair (``Row.weak``), worded alike here and in the app."""
    return f"weak match (score {row.score:.2f}): check the pairing"


def moved_label(place: tuple[int, int]) -> str:
    """Where a moved sentence sits in its own article (``Comparison.right_place``), worded alike
    here and in the app."""
    return f"moved from ¶{place[0]}, sentence {place[1]}"


def _absent(outlet: str) -> Text:
    return Text(f"(not in {sanitize(outlet)})", style="dim italic")


def row_cells(
    row: Row,
    left_outlet: str,
    right_outlet: str,
    left_highlights: Iterable[Highlight] = (),
    right_highlights: Iterable[Highlight] = (),
    place: tuple[int, int] | None = None,
) -> tuple[Text, Text, Text]:
    """Left cell, kind mark, right cell of one row (highlights: see ``cell``); ``place``, a
    moved row's paragraph and sentence in its own article (``Comparison.right_place``)."""
    left = cell(row.left, row.ops, "left", left_highlights) if row.left else _absent(left_outlet)
    right = cell(row.right, row.ops, "right", right_highlights) if row.right else _absent(right_outlet)
    if any(op.kind == "moved" for op in row.ops):
        right = Text.assemble((WORD_ORDER, MOVED), " ", right)
    if row.weak:
        right = Text.assemble((f"[{weak_label(row)}]", WEAK), " ", right)
    if row.kind == "moved" and place is not None:
        right = Text.assemble((f"[{moved_label(place)}]", "reverse"), " ", right)
    return left, Text(KIND_MARKS[row.kind], justify="center"), right


def side_by_side(
    comparison: Comparison, left_highlights: Iterable[Highlight] = (), right_highlights: Iterable[Highlight] = ()
) -> Table:
    """The aligned rows; ``*_highlights`` (entities, quotes) as in ``cell``."""
    left_highlights, right_highlights = tuple(left_highlights), tuple(right_highlights)
    left_outlet, right_outlet = comparison.left.outlet, comparison.right.outlet
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_lines=True, pad_edge=False)
    table.add_column(Text(sanitize(left_outlet), style="bold"), ratio=1, overflow="fold")
    table.add_column("", width=1, no_wrap=True)
    table.add_column(Text(sanitize(right_outlet), style="bold"), ratio=1, overflow="fold")
    for row in comparison.rows:
        place = comparison.right_place(row) if row.kind == "moved" else None
        table.add_row(*row_cells(row, left_outlet, right_outlet, left_highlights, right_highlights, place))
    return table


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _none_if_empty(table: Table) -> Table:
    """An empty table says "none" under its title instead of printing a bare header."""
    if not table.row_count:
        table.show_header = False
        table.add_row(Text("none", style="dim"))
    return table


def account_figures(part: SideSummary) -> str:
    """How much of one account the other covers, worded as the app's header words it:
    "7/15 matched (47%) + 3 weak · 47% of words · 5 one-sided · 1/7 quotes only here".
    Weak pairs are extra to the matched sentences ("+"), never among them."""
    weak = f" + {part.sentences_weak} weak" if part.sentences_weak else ""
    return (
        f"{part.sentences_matched}/{part.sentences} matched ({part.sentence_share:.0%}){weak} · "
        f"{part.word_share:.0%} of words · {part.one_sided} one-sided · "
        f"{part.one_sided_quotes}/{part.quotes} quotes only here"
    )


def row_figures(comparison: Comparison) -> str:
    """The row counts, as the app's header words them: "1 shared quote in 1 row · 0 moved · …"."""
    s = comparison.summary
    quote_rows = len(comparison.rows_where("quote"))
    return (
        f"{_count(s.shared_quotes, 'shared quote')} in {_count(quote_rows, 'row')} · {s.moved} moved · "
        f"{s.changed} changed · {s.same} same"
    )


WEAK_NOTE = "weak: paired, but the pairing is unsure (badged in the rows), so not counted as matched"


def summary_text(comparison: Comparison) -> Text:
    """The app's header lines (``account_figures``, ``row_figures``), and what "weak" means
    when there are weak pairs."""
    lines = Text()
    s = comparison.summary
    for part, article in ((s.left, comparison.left), (s.right, comparison.right)):
        lines.append(sanitize(article.outlet), style="bold")
        lines.append(f": {account_figures(part)}\n")
    lines.append(row_figures(comparison))
    if s.weak:
        lines.append(f"\n{WEAK_NOTE}", style="dim")
    return lines


def _counts(names: tuple[tuple[str, int], ...]) -> Text:
    return Text(", ".join(f"{sanitize(n)} ×{c}" for n, c in names) or "—")


def naming_table(comparison: Comparison) -> Table:
    """Entities the two accounts name differently."""
    table = Table(title="Naming", box=box.SIMPLE_HEAD, expand=True, title_justify="left")
    table.add_column("Entity", overflow="fold")
    table.add_column(Text(sanitize(comparison.left.outlet)), overflow="fold")
    table.add_column(Text(sanitize(comparison.right.outlet)), overflow="fold")
    for naming in comparison.naming:
        if naming.differs:
            table.add_row(Text(sanitize(naming.entity)), _counts(naming.left), _counts(naming.right))
    return _none_if_empty(table)


def wording_text(comparison: Comparison) -> Text:
    """Hedges and loaded terms only one account uses."""
    text = Text("Wording only one side uses (outside quotes)\n", style="bold")
    if not comparison.wording:
        text.append("none\n", style="dim")
    for w in comparison.wording:
        outlet = comparison.left.outlet if w.side == "left" else comparison.right.outlet
        text.append(f"  {w.kind}: ")
        text.append(", ".join(sanitize(f) for f in w.forms), style="bold")
        text.append(f" ×{len(w.spans)} — only {sanitize(outlet)}\n")
    return text


def quotes_table(comparison: Comparison) -> Table:
    table = Table(title="Shared quotes", box=box.SIMPLE_HEAD, expand=True, title_justify="left", show_lines=True)
    table.add_column(Text(sanitize(comparison.left.outlet)), ratio=2, overflow="fold")
    table.add_column(Text(sanitize(comparison.right.outlet)), ratio=2, overflow="fold")
    table.add_column("Edits", ratio=1, overflow="fold")
    for sq in comparison.shared_quotes:
        edits = Text()
        for e in sq.edits:
            edits.append(f"{e.kind}: ", style="bold")
            edits.append(f"{sanitize(e.left) or '∅'} → {sanitize(e.right) or '∅'}\n")
        table.add_row(Text(sanitize(sq.left.text)), Text(sanitize(sq.right.text)), edits or Text("none", style="dim"))
    return _none_if_empty(table)


def render(
    comparison: Comparison, left_highlights: Iterable[Highlight] = (), right_highlights: Iterable[Highlight] = ()
) -> RenderableType:
    """Everything `reader compare` prints: summary, rows (with other layers' highlights),
    shared quotes, naming, wording."""
    title = Text.assemble(
        (sanitize(comparison.left.title), "bold"), "  ⟷  ", (sanitize(comparison.right.title), "bold")
    )
    return Group(
        title,
        summary_text(comparison),
        side_by_side(comparison, left_highlights, right_highlights),
        quotes_table(comparison),
        naming_table(comparison),
        wording_text(comparison),
    )
