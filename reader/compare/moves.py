"""Phrases that move inside an aligned pair.

The word diff aligns the two word sequences in order, so a phrase both accounts
carry in different places ("made the request in a live interview with the private
NTV television on Thursday" / "Cavusoglu said in a live interview with the private
NTV television, adding ...") falls outside the alignment: it would read as deleted
on one side and inserted on the other, as if each side alone had it. A run of
tokens left unaligned on both sides, the same on both (as the diff folds them),
is a move when it holds at least MIN_WORDS words, one of them a content word; then
each content word still unaligned on both sides is a move of its own.

Why two: on the development pairs (bundled, written, first blind set) and the
reviewers' Millbrook accounts, the two-word moves are shared facts ("on Sunday",
"fighter jet", "copper mine", "William Ruto", "the flames") that three words would
leave struck through on one side and underlined on the other (20 of the 27 moves);
the content-word rule keeps out "in the", "said that". Phrases are found first, so
a word inside a shared phrase moves with it.

Why single words too: when the phrases around a word swap ("The city police shot the
young protesters" / "The young protesters shot the city police") the diff keeps one
phrase in order and leaves the verb unaligned on both sides; shown as deleted on one
side and inserted on the other, it would claim each side alone says "shot". A word
both accounts have is never struck or underlined: it is moved, and the moved style
shows the reorder (who did what to whom) where a plain word would hide it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from reader.compare.words import is_content

MIN_WORDS = 2


class Move(NamedTuple):
    """Token ranges ``[left_start, left_end)`` and ``[right_start, right_end)`` holding the same run."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int


@lru_cache(maxsize=4096)
def _is_word(token: str) -> bool:
    """Whether a (folded) token holds a word, else it is punctuation."""
    return any(c.isalnum() for c in token)


def _free(size: int, ranges: Sequence[tuple[int, int]]) -> list[bool]:
    free = [False] * size
    for start, end in ranges:
        free[start:end] = [True] * (end - start)
    return free


def find_moves(
    left: Sequence[str],
    right: Sequence[str],
    left_unaligned: Sequence[tuple[int, int]],
    right_unaligned: Sequence[tuple[int, int]],
) -> list[Move]:
    """The moves between ``left`` and ``right`` (folded tokens), looked for only in
    their unaligned token ranges: phrases, the longest first, then none that overlaps
    one taken on either side, then single content words. A move starts and ends on a word.
    """
    shared = set().union(*(left[i1:i2] for i1, i2 in left_unaligned))
    shared &= set().union(*(right[j1:j2] for j1, j2 in right_unaligned))
    if not any(map(is_content, shared)):
        return []  # the common case, settled cheaply: no content word is unaligned on both sides
    moves = _phrase_moves(left, right, left_unaligned, right_unaligned, shared)
    return sorted(moves + _word_moves(left, right, left_unaligned, right_unaligned, shared, moves))


def _phrase_moves(left, right, left_unaligned, right_unaligned, shared: set[str]) -> list[Move]:
    """The moves of MIN_WORDS words or more: the longest first, then none that overlaps one taken."""
    left_free, right_free = _free(len(left), left_unaligned), _free(len(right), right_unaligned)
    seeds: dict[tuple[str, ...], list[int]] = {}
    for start, end in right_unaligned:
        for j in range(start, end - MIN_WORDS + 1):
            if right[j] in shared:  # a token only one side has starts no seed
                seeds.setdefault(tuple(right[j : j + MIN_WORDS]), []).append(j)
    if not seeds:
        return []
    found: list[tuple[int, Move]] = []
    for start, end in left_unaligned:
        for i in range(start, end - MIN_WORDS + 1):
            if left[i] not in shared:
                continue
            for j in seeds.get(tuple(left[i : i + MIN_WORDS]), ()):
                if i and j and left_free[i - 1] and right_free[j - 1] and left[i - 1] == right[j - 1]:
                    continue  # not where the run starts: found from its start
                n = MIN_WORDS
                while (
                    i + n < len(left) and j + n < len(right) and left_free[i + n] and right_free[j + n]
                    and left[i + n] == right[j + n]
                ):
                    n += 1
                lo, hi = 0, n  # trimmed to start and end on a word
                while lo < hi and not _is_word(left[i + lo]):
                    lo += 1
                while hi > lo and not _is_word(left[i + hi - 1]):
                    hi -= 1
                words = [w for w in left[i + lo : i + hi] if _is_word(w)]
                if len(words) >= MIN_WORDS and any(is_content(w) for w in words):
                    found.append((len(words), Move(i + lo, i + hi, j + lo, j + hi)))
    found.sort(key=lambda item: (-item[0], item[1]))
    moves: list[Move] = []
    for _, move in found:
        if not any(
            move.left_start < m.left_end and m.left_start < move.left_end
            or move.right_start < m.right_end and m.right_start < move.right_end
            for m in moves
        ):
            moves.append(move)
    return moves


def _word_moves(left, right, left_unaligned, right_unaligned, shared: set[str], taken: list[Move]) -> list[Move]:
    """Each content word unaligned on both sides and outside the ``taken`` moves, paired
    with the same word on the other side in reading order (each occurrence once)."""
    left_taken = {i for m in taken for i in range(m.left_start, m.left_end)}
    right_taken = {j for m in taken for j in range(m.right_start, m.right_end)}
    waiting: dict[str, list[int]] = {}
    for start, end in right_unaligned:
        for j in range(start, end):
            token = right[j]
            if token in shared and j not in right_taken and _is_word(token) and is_content(token):
                waiting.setdefault(token, []).append(j)
    moves = []
    for start, end in left_unaligned:
        for i in range(start, end):
            if i not in left_taken and waiting.get(left[i]):
                j = waiting[left[i]].pop(0)
                moves.append(Move(i, i + 1, j, j + 1))
    return moves
