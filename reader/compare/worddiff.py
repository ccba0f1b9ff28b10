"""Word-level differences inside an aligned pair, with editorial glosses and naming swaps.

difflib pairs the two word sequences in order; a phrase both sides carry in
different places is then taken out of the changes as one "moved" op (see
``reader.compare.moves``), and each remaining change is named for what it is: an
editor's bracketed gloss ("[IS]"), a bracket swap ("(mechanism)" -> "[mechanism]"),
an ellipsis standing for words, a naming swap (one outlet's name for an entity
against the other's: "Daesh" / "Islamic State militants", "Takfiri terrorists" /
"Islamic State"), a change of marks only, or a plain insertion, deletion or
substitution.

A change of marks only is a difference when the marks carry meaning: a sign,
currency, percent or other symbol, or a separator inside a number ("-15"/"15",
"$"/"£", "1,500"/"1.500": "symbol"); a question or exclamation mark against a full
stop or none ("question"); quotation marks one side adds ("quotation": quoting
against paraphrasing). Commas, full stops, dashes and the like are "punctuation",
no difference; quote-mark style and "…"/"..." are folded before the diff.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from typing import NamedTuple

from reader.compare.features import MentionIndex
from reader.compare.lexicon import GROUP_NOUNS
from reader.compare.moves import Move, find_moves
from reader.compare.words import Token, fold, split_at_bracket_swaps, token_matches, token_norm, token_of

KINDS = ("equal", "insert", "delete", "replace", "moved")
NOTES = ("editorial", "bracket", "ellipsis", "naming", "symbol", "question", "quotation", "punctuation")
MARK_NOTES = ("symbol", "question", "quotation")  # changes of marks only that are differences
_ELLIPSES = frozenset({"...", "…"})
_NAME_PHRASE_MAX = 4  # words: longer changes are rewordings, not names
MODIFIER_LABELS = frozenset({"NORP"})
_NAME_FILLERS = frozenset({"the", "a", "an", "so-called", "group", "s"})
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—−", "-"))  # a minus sign or an en dash is a hyphen's typography
_SIGNS = frozenset("-+±")
_SYMBOL_CATEGORIES = frozenset({"Sc", "Sm", "So"})  # currency, maths, other symbols ("$", "+", "°")
_NUMBER_SYMBOLS = frozenset("%‰#")


class DiffOp(NamedTuple):
    """One stretch of the pair: offsets into each article's text (start == end when absent).

    Ops come in the left side's reading order. A "moved" op holds the same words on
    both sides, each at its own place: on the right it may sit anywhere in the row.
    """

    kind: str  # one of KINDS
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    left_text: str
    right_text: str
    note: str | None = None  # one of NOTES
    entity: str | None = None  # the entity a naming swap names

    @property
    def is_difference(self) -> bool:
        """Everything but equal stretches and changes of mere punctuation (see NOTES)."""
        return self.kind != "equal" and self.note != "punctuation"


def _bracket_inner(token: Token) -> str:
    return fold(token.text[1:-1]).strip()


def _name_phrase(toks: list[Token], mentions: MentionIndex) -> tuple[bool, set[str]]:
    """Whether ``toks`` read as a name or a description of a group, and the entities named.

    "Islamic State militants" and "the Daesh group" are names (mentions plus group
    nouns); "Takfiri terrorists" is a description (a group noun and a modifier or two;
    a nationality or creed such as "Takfiri" or "Kurdish" is a modifier, not a name).
    """
    words = [t for t in toks if t.is_word and not t.is_bracketed]
    if not words or len(words) > _NAME_PHRASE_MAX:
        return False, set()
    inside = [m for m in mentions.within(words[0].start, words[-1].end) if m.label not in MODIFIER_LABELS]
    entities = {m.entity for m in inside}
    loose = [
        w
        for w in words
        if not any(m.start <= w.start and w.end <= m.end for m in inside)
        and w.norm not in GROUP_NOUNS
        and w.norm not in _NAME_FILLERS
    ]
    if entities:
        return not loose, entities
    return words[-1].norm in GROUP_NOUNS and len(loose) <= 2, entities


def _mark(token: Token, text: str) -> tuple[str, str] | None:
    """What a punctuation token (in ``text``) says, as (note, mark); None for mere punctuation."""
    mark = token.norm.translate(_DASHES)
    if mark in ('"', "'"):
        return "quotation", '"'  # single or double: the style is typography, the quoting is not
    if mark in ("?", "!"):
        return "question", mark
    before = text[token.start - 1] if token.start else " "
    after = text[token.end] if token.end < len(text) else " "
    if before.isdigit() and after.isdigit():
        return "symbol", mark  # a separator inside a number: "1,500" / "1.500"
    if mark in _SIGNS and after.isdigit() and not before.isalnum():
        return "symbol", mark  # a sign: "-15" / "15"
    if any(c in _NUMBER_SYMBOLS or unicodedata.category(c) in _SYMBOL_CATEGORIES for c in mark):
        return "symbol", mark
    return None


def _marks_note(left: list[Token], left_text: str, right: list[Token], right_text: str) -> str:
    """The note of a change of marks only: the first kind of mark whose count differs
    between the sides, else "punctuation"."""
    left_marks = Counter(m for t in left if (m := _mark(t, left_text)))
    right_marks = Counter(m for t in right if (m := _mark(t, right_text)))
    if left_marks == right_marks:
        return "punctuation"
    differing = {m for m in left_marks | right_marks if left_marks[m] != right_marks[m]}
    return next(note for note in MARK_NOTES if any(m[0] == note for m in differing))


def _classify(
    kind: str,
    left: list[Token],
    right: list[Token],
    left_text: str,
    right_text: str,
    left_mentions: MentionIndex,
    right_mentions: MentionIndex,
) -> tuple[str | None, str | None]:
    if any(side and all(t.text in _ELLIPSES for t in side) for side in (left, right)):
        return "ellipsis", None  # an ellipsis where the other account has words
    if not any(t.is_word for t in (*left, *right)):
        return _marks_note(left, left_text, right, right_text), None
    if len(left) == 1 and len(right) == 1 and left[0].is_bracketed and right[0].is_bracketed:
        if _bracket_inner(left[0]) == _bracket_inner(right[0]):
            return "bracket", None
    if kind == "insert" and all(t.is_bracketed for t in right if t.is_word):
        return "editorial", None
    if kind == "delete" and all(t.is_bracketed for t in left if t.is_word):
        return "editorial", None
    if kind == "replace":
        left_ok, left_entities = _name_phrase(left, left_mentions)
        right_ok, right_entities = _name_phrase(right, right_mentions)
        if left_ok and right_ok:
            shared = left_entities & right_entities
            if shared:
                return "naming", sorted(shared)[0]
            if bool(left_entities) != bool(right_entities):  # a name against a description
                return "naming", sorted(left_entities | right_entities)[0]
    return None, None


def _split_glosses(kind: str, left: list[Token], right: list[Token]) -> list[tuple[str, list[Token], list[Token]]]:
    """Separate bracketed glosses at the edges of a change from the words they gloss."""
    if kind != "replace":
        return [(kind, left, right)]
    pieces: list[tuple[str, list[Token], list[Token]]] = []
    trailing: list[tuple[str, list[Token], list[Token]]] = []
    for side in ("right", "left"):
        toks = right if side == "right" else left
        other = left if side == "right" else right
        if any(t.is_bracketed for t in other):
            continue
        while toks and toks[-1].is_bracketed and len(toks) > 1:
            trailing.insert(0, ("insert", [], [toks[-1]]) if side == "right" else ("delete", [toks[-1]], []))
            toks = toks[:-1]
        while toks and toks[0].is_bracketed and len(toks) > 1:
            pieces.append(("insert", [], [toks[0]]) if side == "right" else ("delete", [toks[0]], []))
            toks = toks[1:]
        if side == "right":
            right = toks
        else:
            left = toks
    return [*pieces, ("replace", left, right), *trailing]


def word_diff(
    left_text: str,
    left_spans: list[tuple[int, int]],
    right_text: str,
    right_spans: list[tuple[int, int]],
    left_mentions: MentionIndex,
    right_mentions: MentionIndex,
) -> list[DiffOp]:
    """The ops turning the left units' words into the right units' words."""
    # Raw matches are enough to diff and to place equal stretches; Token objects are
    # built only for the changed stretches, which need classifying.
    left = [m for start, end in left_spans for m in token_matches(left_text, start, end)]
    right = [m for start, end in right_spans for m in token_matches(right_text, start, end)]
    left_norms, right_norms = list(map(token_norm, left)), list(map(token_norm, right))
    opcodes = SequenceMatcher(None, left_norms, right_norms, autojunk=False).get_opcodes()
    moves = _moves(left_norms, right_norms, opcodes)
    left_moves = [(m.left_start, m.left_end, m) for m in moves]
    right_moves = sorted((m.right_start, m.right_end, m) for m in moves)
    texts, mentions = (left_text, right_text), (left_mentions, right_mentions)
    ops = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            ls, le, rs, re_ = left[i1].start(), left[i2 - 1].end(), right[j1].start(), right[j2 - 1].end()
            ops.append(DiffOp("equal", ls, le, rs, re_, left_text[ls:le], right_text[rs:re_]))
            continue
        left_at = left[i1 - 1].end() if i1 else (left[0].start() if left else 0)
        right_at = right[j1 - 1].end() if j1 else (right[0].start() if right else 0)
        # Moves cut the gap into stretches; each stretch of the left faces the right's
        # next stretch, in order, and what is left over on either side is deleted or inserted.
        right_stretches = iter([p for p in _pieces(right, j1, j2, right_moves) if not isinstance(p, Move)])
        for piece in [*_pieces(left, i1, i2, left_moves), None]:
            if isinstance(piece, Move):
                ops.append(_moved_op(piece, left, right, left_text, right_text))
                left_at = ops[-1].left_end
                continue
            stretches = [(piece, next(right_stretches, []))] if piece else [([], rest) for rest in right_stretches]
            for ltoks, rtoks in stretches:
                for op in _stretch_ops(ltoks, rtoks, left_at, right_at, texts, mentions):
                    ops.append(op)
                    left_at, right_at = op.left_end, op.right_end
    return ops


def _moves(left_norms: list[str], right_norms: list[str], opcodes) -> list[Move]:
    """Phrases both sides have outside the in-order alignment (see ``reader.compare.moves``)."""
    left_gaps = [(i1, i2) for tag, i1, i2, _, _ in opcodes if tag in ("delete", "replace")]
    right_gaps = [(j1, j2) for tag, _, _, j1, j2 in opcodes if tag in ("insert", "replace")]
    if not (left_gaps and right_gaps):
        return []
    return find_moves(left_norms, right_norms, left_gaps, right_gaps)


def _pieces(matches: list[re.Match[str]], start: int, end: int, moves: list[tuple[int, int, Move]]) -> list:
    """The tokens ``[start, end)`` of one side cut at ``moves`` ((start, end, Move) on
    that side, in order): the non-empty stretches of Tokens between them, and each Move
    in its place."""
    pieces: list[list[Token] | Move] = []
    at = start
    for move_start, move_end, move in moves:
        if start <= move_start < end:
            if at < move_start:
                pieces.append([token_of(m) for m in matches[at:move_start]])
            pieces.append(move)
            at = move_end
    if at < end:
        pieces.append([token_of(m) for m in matches[at:end]])
    return pieces


def _moved_op(move: Move, left, right, left_text: str, right_text: str) -> DiffOp:
    ls, le = left[move.left_start].start(), left[move.left_end - 1].end()
    rs, re_ = right[move.right_start].start(), right[move.right_end - 1].end()
    return DiffOp("moved", ls, le, rs, re_, left_text[ls:le], right_text[rs:re_])


def _stretch_ops(ltoks, rtoks, left_at, right_at, texts, mentions) -> list[DiffOp]:
    """The ops of one unaligned stretch: bracket swaps and glosses cut out, each part named."""
    ops = []
    for lcut, rcut in split_at_bracket_swaps(ltoks, rtoks):
        cut_kind = "replace" if lcut and rcut else ("delete" if lcut else "insert")
        for kind, lpart, rpart in _split_glosses(cut_kind, lcut, rcut):
            op = _op(kind, lpart, rpart, left_at, right_at, *texts, *mentions)
            ops.append(op)
            left_at, right_at = op.left_end, op.right_end
    return ops


def _op(kind, ltoks, rtoks, left_at, right_at, left_text, right_text, left_mentions, right_mentions) -> DiffOp:
    # An absent side sits where the other side's words would go.
    ls, le = (ltoks[0].start, ltoks[-1].end) if ltoks else (left_at, left_at)
    rs, re_ = (rtoks[0].start, rtoks[-1].end) if rtoks else (right_at, right_at)
    note, entity = _classify(kind, ltoks, rtoks, left_text, right_text, left_mentions, right_mentions)
    return DiffOp(kind, ls, le, rs, re_, left_text[ls:le], right_text[rs:re_], note, entity)
