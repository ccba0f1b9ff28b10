"""compare(): align two accounts of a story and gather what differs between them."""

from __future__ import annotations

from reader.annotate.model import Annotations
from reader.articles.model import Article
from reader.compare.assign import assign
from reader.compare.features import MentionIndex, features
from reader.compare.layout import layout
from reader.compare.model import Comparison, Row, SideSummary, Summary
from reader.compare.quotes import match_quotes
from reader.compare.score import Scorer
from reader.compare.story import same_story
from reader.compare.terms import naming_table, one_sided_wording
from reader.compare.units import Unit, units
from reader.compare.worddiff import word_diff
from reader.compare.words import word_count


def _spans(group: tuple[Unit, ...]) -> list[tuple[int, int]]:
    return [(u.start, u.end) for u in group]


def _row(slot, lu, ru, lt, rt, lm, rm) -> Row:
    left = tuple(lu[i] for i in slot.left)
    right = tuple(ru[j] for j in slot.right)
    if not right:
        return Row(left, (), "left-only", 0.0)
    if not left:
        return Row((), right, "right-only", 0.0)
    ops = tuple(word_diff(lt, _spans(left), rt, _spans(right), lm, rm))
    if slot.moved:
        kind = "moved"
    elif any(op.is_difference for op in ops):
        kind = "changed"
    else:
        kind = "same"
    return Row(left, right, kind, min(1.0, slot.score), ops)


def _verbatim_words(rows: list[Row], side: str) -> int:
    count = 0
    for row in rows:
        for op in row.ops:
            if op.kind in ("equal", "moved"):
                text = op.left_text if side == "left" else op.right_text
                count += word_count(text)
    return count


def _side_summary(all_units: list[Unit], rows: list[Row], side: str, text: str, quotes: int, lone_quotes: int):
    paired = [row for row in rows if row.left and row.right]
    matched = {u.index for row in paired if not row.weak for u in getattr(row, side)}
    weak = {u.index for row in paired if row.weak for u in getattr(row, side)}
    unit_words = [word_count(text, u.start, u.end) for u in all_units]
    return SideSummary(
        sentences=len(all_units),
        sentences_matched=len(matched),
        sentences_weak=len(weak),
        words=sum(unit_words),
        words_matched=sum(unit_words[i] for i in matched),
        words_weak=sum(unit_words[i] for i in weak),
        words_verbatim=_verbatim_words(rows, side),
        one_sided=len(all_units) - len(matched) - len(weak),
        quotes=quotes,
        one_sided_quotes=lone_quotes,
    )


def compare(
    left: Article, right: Article, left_ann: Annotations, right_ann: Annotations, *, merge_quotes: bool = True
) -> Comparison:
    """Align ``left`` and ``right`` sentence by sentence and collect their differences.

    Pure: reads only its arguments. ``left_ann``/``right_ann`` are the annotations of
    each article's ``text`` (entities resolve aliases; quotes feed quote matching).
    ``merge_quotes=False`` aligns plain sentences (a quoted passage is not kept whole).
    """
    lt, rt = left.text, right.text
    lu, ru = units(lt, merge_quotes), units(rt, merge_quotes)
    lm, rm = MentionIndex(left_ann.entities), MentionIndex(right_ann.entities)
    scorer = Scorer([features(lt, u, lm, left_ann) for u in lu], [features(rt, u, rm, right_ann) for u in ru])
    slots = layout(assign(scorer, same_story=same_story(lt, rt)), len(lu), len(ru))
    rows = [_row(slot, lu, ru, lt, rt, lm, rm) for slot in slots]

    shared, left_only, right_only = match_quotes(left_ann.quotes, right_ann.quotes)
    kinds = [row.kind for row in rows]
    summary = Summary(
        left=_side_summary(lu, rows, "left", lt, len(left_ann.quotes), len(left_only)),
        right=_side_summary(ru, rows, "right", rt, len(right_ann.quotes), len(right_only)),
        shared_quotes=len(shared),
        moved=kinds.count("moved"),
        same=kinds.count("same"),
        changed=kinds.count("changed"),
        weak=sum(row.weak for row in rows),
    )
    all_ops = [op for row in rows for op in row.ops]
    return Comparison(
        left=left,
        right=right,
        rows=tuple(rows),
        shared_quotes=tuple(shared),
        left_only_quotes=tuple(left_only),
        right_only_quotes=tuple(right_only),
        summary=summary,
        naming=tuple(naming_table(lt, left_ann, rt, right_ann, all_ops)),
        wording=tuple(one_sided_wording(lt, left_ann, rt, right_ann)),
    )
