"""Build the split-compare document from a Comparison and lay it out at a width.

Each aligned Row becomes two cells of styled Content (article text is data:
sanitized and never parsed as markup). Styles are spans naming component classes
of the rows widget, so the TCSS decides the look. Layers go on in order: quotes,
then the word differences, then entity mentions (the reading view's spans, from
annotation_spans), so a name keeps its label colour while the struck-through or
underlined style of a difference still shows on it.

Layout wraps both cells of a row at their column width and pads the shorter one
with blank lines, so the two sides of a row start and end on the same screen
lines; a blank line separates rows. The differences-only view hides the rows
worded alike (see ``row_differences``): each run of them is laid out as one
note line that counts them, so nothing disappears silently.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content, Span

from reader.annotate.model import Annotations
from reader.compare.model import Comparison, Row
from reader.compare.quotes import SharedQuote
from reader.compare.render import KIND_MARKS, moved_label, weak_label
from reader.compare.units import Unit
from reader.compare.worddiff import DiffOp
from reader.ui.annotation_spans import annotation_highlights
from reader.ui.reading_document import Highlight, plain_content

GUTTER = 3  # columns between the two cells: " ~ "
MIN_COLUMN = 8

DELETED = ".compare--deleted"
INSERTED = ".compare--inserted"
NAMING = ".compare--naming"
EDITORIAL = ".compare--editorial"
MOVED = ".compare--moved"
ABSENT = ".compare--absent"
BADGE = ".compare--badge"
WEAK = ".compare--weak"
MARK = ".compare--mark"
HIDDEN = ".compare--hidden"
EDITORIAL_NOTES = ("editorial", "bracket", "ellipsis")


class HighlightIndex:
    """An article's highlights sorted by start, so a cell finds its own quickly."""

    def __init__(self, highlights: Iterable[Highlight]) -> None:
        self._items = sorted(highlights, key=lambda h: (h[0], h[1]))
        self._starts = [h[0] for h in self._items]
        self._longest = max((h[1] - h[0] for h in self._items), default=0)

    def within(self, start: int, end: int) -> list[Highlight]:
        """Highlights overlapping ``[start, end)``."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [h for h in self._items[lo:hi] if h[1] > start]


def _op_classes(op: DiffOp, side: str) -> tuple[str, ...]:
    """Deleted words struck through on the left, inserted words underlined on the right;
    naming swaps also bold, editorial glosses (brackets, ellipses) also italic. Words both
    sides have are never struck or underlined: in place they stay plain, moved within the
    row they take the moved style on both sides, so a reorder shows at a glance."""
    if op.kind == "moved":
        return (MOVED,)
    if not op.is_difference:
        return ()
    base = DELETED if side == "left" else INSERTED
    if op.note == "naming":
        return (base, NAMING)
    if op.note in EDITORIAL_NOTES:
        return (base, EDITORIAL)
    return (base,)


def cell_content(
    units: Sequence[Unit], ops: Sequence[DiffOp], side: str, under: HighlightIndex, over: HighlightIndex
) -> Content:
    """The units' text joined by spaces: highlights ``under`` the differences, the
    differences, then highlights ``over`` them."""
    pieces: list[str] = []
    bases: list[tuple[Unit, int]] = []  # each unit and where its first character sits in the cell
    length = 0
    for k, unit in enumerate(units):
        if k:
            pieces.append(" ")
            length += 1
        bases.append((unit, length))
        plain = plain_content(unit.text).plain
        pieces.append(plain)
        length += len(plain)
    spans: list[Span] = []

    def add(start: int, end: int, style: str) -> None:
        for unit, base in bases:
            lo, hi = max(start, unit.start), min(end, unit.end)
            if lo < hi:
                spans.append(Span(base + lo - unit.start, base + hi - unit.start, style))

    def layer(highlights: HighlightIndex) -> None:
        for unit in units:
            for start, end, style in highlights.within(unit.start, unit.end):
                add(start, end, str(style))

    layer(under)
    for op in ops:
        start, end = (op.left_start, op.left_end) if side == "left" else (op.right_start, op.right_end)
        if start < end:
            for style in _op_classes(op, side):
                add(start, end, style)
    layer(over)
    return Content("".join(pieces), spans)


@dataclass(frozen=True, slots=True)
class RowCells:
    """What one aligned row shows: a cell per side (None for the empty side of a
    one-sided row), a label for an empty side, and a badge above the right cell of a
    moved row or a weak match."""

    kind: str
    left: Content | None
    right: Content | None
    mark: Content
    left_label: Content | None = None
    right_label: Content | None = None
    right_badge: Content | None = None


def moved_badge(place: tuple[int, int]) -> Content:
    """Where a moved sentence sits in its own article: its paragraph, and which sentence of it."""
    return Content(moved_label(place)).stylize(BADGE)


def weak_badge(row: Row) -> Content:
    """A pairing the aligner was unsure of, so a reader checks it before trusting it."""
    return Content(weak_label(row)).stylize(WEAK)


def right_badge(row: Row, place: tuple[int, int] | None) -> Content | None:
    """The badges above a row's right cell: where a moved sentence sits, a weak match."""
    badges = []
    if row.kind == "moved" and place is not None:
        badges.append(moved_badge(place))
    if row.weak:
        badges.append(weak_badge(row))
    return Content(" · ").join(badges) if badges else None


def absent_label(outlet: str) -> Content:
    return Content.assemble("not in ", plain_content(outlet)).stylize(ABSENT)


def _layers(annotations: Annotations) -> tuple[HighlightIndex, HighlightIndex]:
    """Quote spans (under the differences) and entity spans (over them)."""
    quotes = annotation_highlights(annotations, entities=False)
    names = annotation_highlights(annotations, quotes=False)
    return HighlightIndex(quotes), HighlightIndex(names)


def compare_cells(comparison: Comparison, left_ann: Annotations, right_ann: Annotations) -> list[RowCells]:
    """Every row of ``comparison`` as styled cells, in reading order."""
    left_quotes, left_names = _layers(left_ann)
    right_quotes, right_names = _layers(right_ann)
    left_absent = absent_label(comparison.left.outlet)
    right_absent = absent_label(comparison.right.outlet)
    cells = []
    for row in comparison.rows:
        cells.append(
            RowCells(
                kind=row.kind,
                left=cell_content(row.left, row.ops, "left", left_quotes, left_names) if row.left else None,
                right=cell_content(row.right, row.ops, "right", right_quotes, right_names) if row.right else None,
                mark=Content.assemble(" ", Content(KIND_MARKS[row.kind]).stylize(MARK), " "),
                left_label=None if row.left else left_absent,
                right_label=None if row.right else right_absent,
                right_badge=right_badge(row, comparison.right_place(row) if row.kind == "moved" else None),
            )
        )
    return cells


# Typography that is not wording: curly or straight quote marks and apostrophes, "…" or "...".
_TYPOGRAPHY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "…": "..."})
_NOTE_REASONS = {
    "naming": "naming",
    "symbol": "signs and symbols",
    "question": "? or !",
    "quotation": "quotation marks",
}


def _typeset(text: str) -> str:
    """``text`` with quote marks, ellipses and runs of spaces written one way."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


def _holds_edited(row: Row, shared_quotes: Sequence[SharedQuote]) -> bool:
    """Whether a shared quote that was edited starts in the row (on either side)."""
    return any(sq.edits and row.holds(sq) for sq in shared_quotes)


def row_differences(row: Row, shared_quotes: Sequence[SharedQuote] = ()) -> tuple[str, ...]:
    """Why ``row`` is not worded alike, in words for the status line; () when it is.

    A row is worded alike when both accounts have it, in the same place (not moved),
    paired with confidence (not ``Row.weak``), and the word diff finds nothing but
    equal stretches and changes of mere punctuation (``DiffOp.is_difference``), where:
    - every change the diff marks counts ("wording"), a naming swap too ("naming":
      "Daesh" / "IS" is what these readers study) and an editor's gloss, bracket swap
      or ellipsis ("editorial"), and words moved within the row ("word order");
    - marks that carry meaning count: a sign, currency or percent symbol or a separator
      inside a number ("signs and symbols": "-15"/"15", "$"/"£", "1,500"/"1.500"), a
      question or exclamation mark against a full stop ("? or !"), and quotation marks
      one side adds ("quotation marks": quoting against paraphrasing);
    - an equal stretch (the diff folds case and accents) must read the same letter for
      letter: "On"/"on" or "Çavuşoğlu"/"Cavusoglu" count ("case or accents");
    - a comma, a dash, a full stop against none, quote-mark style (“ ” or "),
      apostrophes (’ or ') and "…"/"..." never count;
    - a shared quote starting in the row that the other outlet edited counts ("edited
      quote"), as `s` and the details panel report it.
    One-sided rows are never alike.
    """
    if not (row.left and row.right):
        return ("one-sided",)
    reasons: list[str] = []
    if row.kind == "moved":
        reasons.append("moved")
    if row.weak:
        reasons.append("weak match")
    for op in row.ops:
        if op.kind == "moved":
            reason = "word order"
        elif op.is_difference:
            reason = "editorial" if op.note in EDITORIAL_NOTES else _NOTE_REASONS.get(op.note, "wording")
        elif op.kind == "equal" and _typeset(op.left_text) != _typeset(op.right_text):
            reason = "case or accents"
        else:  # alike, or mere punctuation
            reason = None
        if reason is not None and reason not in reasons:
            reasons.append(reason)
    if _holds_edited(row, shared_quotes):
        reasons.append("edited quote")
    return tuple(reasons)


def differences_by_row(comparison: Comparison) -> tuple[tuple[str, ...], ...]:
    """``row_differences`` of every row of ``comparison``."""
    return tuple(row_differences(row, comparison.shared_quotes) for row in comparison.rows)


def alike_rows(differences: Sequence[tuple[str, ...]]) -> frozenset[int]:
    """The rows worded alike, given ``differences_by_row``: what the differences-only view hides."""
    return frozenset(i for i, reasons in enumerate(differences) if not reasons)


def hidden_note(count: int, total: int) -> Content:
    """The line standing for ``count`` rows worded alike that the view hides."""
    if count == total:
        text = f"· nothing differs: {'the row is' if total == 1 else f'all {total} rows are'} worded alike (f shows them) ·"
    else:
        text = f"· {count} row{'' if count == 1 else 's'} worded alike hidden ·"
    return Content(text).stylize(HIDDEN)


def column_widths(width: int) -> tuple[int, int]:
    """Left and right cell widths for a content ``width``: equal halves around the gutter."""
    usable = max(width - GUTTER, 2 * MIN_COLUMN)
    left = usable // 2
    return left, usable - left


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line: the row it belongs to (None between rows) and each part, or
    a ``note`` across both columns standing for hidden rows."""

    row: int | None
    left: Content
    mark: Content
    right: Content
    left_empty: bool = False
    right_empty: bool = False
    note: Content | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    lines: list[Line]
    row_tops: list[int]  # first line of each row (of a hidden row: the note standing for it)
    row_heights: list[int]  # 0 for a hidden row
    width: int = -1  # the content width it was laid out for
    hidden: frozenset[int] = frozenset()  # the rows it leaves out


def _side_lines(cell: Content | None, label: Content | None, width: int) -> list[Content]:
    if cell is not None:
        return cell.wrap(width) or [Content()]
    return (label.wrap(width) if label is not None else []) or [Content()]


def lay_out(cells: Sequence[RowCells], width: int, hidden: frozenset[int] = frozenset()) -> Layout:
    """Wrap every row at ``width`` (the content width) and pad its sides to one height;
    each run of ``hidden`` rows becomes one note line (then a blank line) counting them."""
    left_width, right_width = column_widths(width)
    lines: list[Line] = []
    tops: list[int] = []
    heights: list[int] = []
    blank = Content()
    run = 0  # hidden rows since the last row shown

    def note_run() -> None:
        lines.append(Line(None, blank, blank, blank, note=hidden_note(run, len(cells))))
        lines.append(Line(None, blank, blank, blank))

    for index, cells_ in enumerate(cells):
        if index in hidden:
            tops.append(len(lines))  # where the run's note goes: nothing is added until the run ends
            heights.append(0)
            run += 1
            continue
        if run:
            note_run()
            run = 0
        # The right cell's badge goes above it, facing blank lines: both sentences start level.
        badge = cells_.right_badge.wrap(right_width) if cells_.right_badge is not None else []
        right = badge + _side_lines(cells_.right, cells_.right_label, right_width)
        left = [blank] * len(badge) + _side_lines(cells_.left, cells_.left_label, left_width)
        height = max(len(left), len(right))
        left += [blank] * (height - len(left))
        right += [blank] * (height - len(right))
        tops.append(len(lines))
        heights.append(height)
        for k in range(height):
            lines.append(
                Line(
                    index,
                    left[k],
                    cells_.mark if k == 0 else blank,
                    right[k],
                    left_empty=cells_.left is None,
                    right_empty=cells_.right is None,
                )
            )
        lines.append(Line(None, blank, blank, blank))
    if run:
        note_run()
    return Layout(lines, tops, heights, width, hidden)
