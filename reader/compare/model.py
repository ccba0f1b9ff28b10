"""The result of comparing two accounts: aligned rows, shared quotes, summary, terms.

Offsets (units, diff ops, quotes, wording) index each article's ``text``, the same
coordinates annotation uses, so the UI can style any of them in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.annotate.model import Quote
from reader.articles.model import Article
from reader.compare.quotes import SharedQuote
from reader.compare.terms import Naming, Wording
from reader.compare.units import Unit
from reader.compare.worddiff import DiffOp
from reader.text.segment import paragraphs

ROW_KINDS = ("same", "changed", "moved", "left-only", "right-only")
# A pair scoring below this is shown but flagged: the aligner kept it (as a mutual best
# pair, a gap fill or a split), yet the evidence is thin and the pairing itself may be
# wrong. The threshold for pairs made on their own score is 0.2; at 0.25 the flag also
# covers pairs that barely passed it.
WEAK_MATCH = 0.25


@dataclass(frozen=True, slots=True)
class Row:
    """One reading row: the unit(s) on each side (none for a one-sided row)."""

    left: tuple[Unit, ...]
    right: tuple[Unit, ...]
    kind: str  # one of ROW_KINDS
    score: float  # 0..1; 0 for one-sided rows
    ops: tuple[DiffOp, ...] = ()

    @property
    def left_text(self) -> str:
        return " ".join(u.text for u in self.left)

    @property
    def right_text(self) -> str:
        return " ".join(u.text for u in self.right)

    @property
    def weak(self) -> bool:
        """A pair (both sides present) whose score is below WEAK_MATCH: the app, the CLI
        and the summary all read this one flag."""
        return bool(self.left and self.right) and self.score < WEAK_MATCH

    def holds(self, shared: SharedQuote) -> bool:
        """Whether ``shared`` starts in this row, on either side (the rows `s` steps through)."""

        def starts_in(units: tuple[Unit, ...], quote: Quote) -> bool:
            return any(u.start <= quote.start < u.end for u in units)

        return starts_in(self.left, shared.left) or starts_in(self.right, shared.right)

    @property
    def differences(self) -> tuple[DiffOp, ...]:
        """The word changes that matter (punctuation-only changes left out): what "next
        difference" steps through."""
        return tuple(op for op in self.ops if op.is_difference)

    def to_json(self) -> dict:
        return {
            "left": self.left_text,
            "right": self.right_text,
            "kind": self.kind,
            "score": round(self.score, 3),
            "weak": self.weak,
        }


@dataclass(frozen=True, slots=True)
class SideSummary:
    """How much of one account the other covers.

    Every sentence (unit) is matched, weakly matched or one-sided: a weak pair (see
    ``Row.weak``) is counted apart, never as a match, so the shares do not overstate
    how much the accounts agree."""

    sentences: int
    sentences_matched: int  # in a pair that is not weak
    sentences_weak: int  # in a weak pair
    words: int
    words_matched: int  # words of the sentences matched
    words_weak: int  # words of the sentences in weak pairs
    words_verbatim: int  # words the partner repeats word for word
    one_sided: int  # sentences (units) with no partner
    quotes: int
    one_sided_quotes: int

    @property
    def sentence_share(self) -> float:
        return self.sentences_matched / self.sentences if self.sentences else 0.0

    @property
    def word_share(self) -> float:
        return self.words_matched / self.words if self.words else 0.0

    def to_json(self) -> dict:
        return {
            "sentences": self.sentences,
            "sentences_matched": self.sentences_matched,
            "sentence_share": round(self.sentence_share, 3),
            "words": self.words,
            "words_matched": self.words_matched,
            "word_share": round(self.word_share, 3),
            "sentences_weak": self.sentences_weak,
            "words_weak": self.words_weak,
            "words_verbatim": self.words_verbatim,
            "one_sided": self.one_sided,
            "quotes": self.quotes,
            "one_sided_quotes": self.one_sided_quotes,
        }


@dataclass(frozen=True, slots=True)
class Summary:
    left: SideSummary
    right: SideSummary
    shared_quotes: int
    moved: int
    same: int
    changed: int
    weak: int  # pairs (rows) flagged weak, whatever their kind

    def to_json(self) -> dict:
        return {
            "left": self.left.to_json(),
            "right": self.right.to_json(),
            "shared_quotes": self.shared_quotes,
            "moved": self.moved,
            "same": self.same,
            "changed": self.changed,
            "weak": self.weak,
        }


def _quote_json(quote: Quote) -> dict:
    return {"text": quote.text, "speaker": quote.speaker, "kind": quote.kind}


def _article_json(article: Article) -> dict:
    return {"id": article.id, "title": article.title, "outlet": article.outlet, "date": article.date}


@dataclass(frozen=True, slots=True)
class Comparison:
    left: Article
    right: Article
    rows: tuple[Row, ...]
    shared_quotes: tuple[SharedQuote, ...]
    left_only_quotes: tuple[Quote, ...]
    right_only_quotes: tuple[Quote, ...]
    summary: Summary
    naming: tuple[Naming, ...]
    wording: tuple[Wording, ...]

    def rows_where(self, what: str) -> tuple[int, ...]:
        """Indexes of the rows a "jump to next ..." key steps through: ``"difference"``
        (pairs whose words differ), ``"quote"`` (rows holding a shared quote on either
        side) or ``"one-sided"`` (left-only and right-only rows)."""
        if what == "difference":
            return tuple(i for i, row in enumerate(self.rows) if row.left and row.right and row.differences)
        if what == "one-sided":
            return tuple(i for i, row in enumerate(self.rows) if not (row.left and row.right))
        if what == "quote":
            return tuple(i for i, row in enumerate(self.rows) if any(row.holds(sq) for sq in self.shared_quotes))
        raise ValueError(f"unknown row filter {what!r}")

    def right_place(self, row: Row) -> tuple[int, int] | None:
        """Where a row's (first) right sentence sits in its own article: its paragraph and
        which sentence of that paragraph, both from 1 (the "moved from ¶3, sentence 2" badge)."""
        if not row.right:
            return None
        at = row.right[0].start
        starts = [span.start for span in paragraphs(self.right.text) if span.start <= at] or [0]
        before = sum(1 for other in self.rows for unit in other.right if starts[-1] <= unit.start < at)
        return len(starts), before + 1

    def to_json(self) -> dict:
        """The `reader compare --json` document."""
        return {
            "left": _article_json(self.left),
            "right": _article_json(self.right),
            "rows": [row.to_json() for row in self.rows],
            "shared_quotes": [
                {"left": sq.left.text, "right": sq.right.text, "edits": [e.to_json() for e in sq.edits]}
                for sq in self.shared_quotes
            ],
            "summary": {
                **self.summary.to_json(),
                "quotes_only_left": [_quote_json(q) for q in self.left_only_quotes],
                "quotes_only_right": [_quote_json(q) for q in self.right_only_quotes],
            },
            "terms": [n.to_json() for n in self.naming] + [w.to_json() for w in self.wording],
        }
