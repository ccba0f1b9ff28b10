"""Split-compare: align two accounts of a story and report how they differ.

Domain code: never imports textual. Public API::

    compare(left, right, left_ann, right_ann) -> Comparison     pure; Annotations of each .text
    Comparison.rows            Row(left, right: tuple[Unit], kind, score, ops: tuple[DiffOp])
                               kind in same / changed / moved / left-only / right-only;
                               Row.weak (a pair scoring under WEAK_MATCH: flagged, not
                               counted as a match), Row.differences; DiffOp kind "moved":
                               words both sides have in different places within the row
    Comparison.rows_where(w)   row indexes for "difference" / "quote" / "one-sided" jumps
    Comparison.right_place(r)  (paragraph, sentence in it) of a row's right sentence
    Comparison.shared_quotes   SharedQuote(left, right: Quote, coverage, edits: QuoteEdit...)
    Comparison.left_only_quotes, right_only_quotes
    Comparison.summary         Summary(left, right: SideSummary, shared_quotes, moved, weak, ...)
    Comparison.naming          Naming(entity, label, left, right: ((name, count), ...)).differs
    Comparison.wording         Wording(kind hedge/loaded, term, side, spans, forms)
    Comparison.to_json()       the `reader compare --json` document
    reader.compare.render      rich renderables: render(), side_by_side(), row_cells(), ...

Every offset (Unit, DiffOp, Quote, Wording spans) indexes the article's ``text``.
"""

from reader.compare.engine import compare
from reader.compare.model import Comparison, Row, SideSummary, Summary

__all__ = ["Comparison", "Row", "SideSummary", "Summary", "compare"]
