"""A search query as people type it into a news reader.

Every term must appear, in any order and anywhere in the article (title,
outlet or body): "Putin Erdogan" finds the articles naming both, "press tv"
finds Press TV's. A "quoted phrase" must appear as written. Case, accents,
the style of apostrophes and quotation marks, and runs of spaces are ignored,
as outlets differ in all of them: "Russia's" finds "Russia’s", "Cavusoglu"
finds "Çavuşoğlu".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TERM = re.compile(r'"([^"]*)"?|(\S+)')  # a quoted phrase (closed or still being typed), or a word
_ASCII_WORD = re.compile(r"[0-9a-z]+")
_MARKS = {"’": "'", "‘": "'", "ʼ": "'", "′": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'}
# A regex, not str.translate: translating a non-ASCII text looks up every character in Python
# (0.3 ms for a 6 KB article), the regex only visits the marks.
_MARK = re.compile("[" + "".join(_MARKS) + "]")
# Non-ASCII characters that fold to nothing a query's ASCII words could hold (see ``may_hold``).
_NOT_LETTERS = re.compile("[\x00-\x7f" + "".join(_MARKS) + "…—–·•\u00a0\u2009\u200b©®°€£]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _fold_letters(text: str) -> str:
    """One kind of apostrophe and quotation mark, no accents, casefolded; spacing kept."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", _one_style(text))).casefold()


def _one_style(text: str) -> str:
    """Curly, straight and angled quotation marks and apostrophes written one way."""
    return _MARK.sub(lambda mark: _MARKS[mark.group()], text)


def fold(text: str) -> str:
    """``text`` as queries compare it: ``_fold_letters``, runs of white space made one space."""
    return " ".join(_fold_letters(text).split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded as ``fold`` does (ends aside), and for each folded character the
    offset in ``text`` it comes from: what maps a hit back onto the text shown."""
    folded: list[str] = []
    origin: list[int] = []
    for offset, char in enumerate(text):
        if char.isspace():
            if folded and folded[-1] != " ":
                folded.append(" ")
                origin.append(offset)
            continue
        for part in _fold_letters(char):
            folded.append(part)
            origin.append(offset)
    return "".join(folded), origin


def may_hold(raw: bytes, words: list[bytes]) -> bool:
    """Whether a file's raw (UTF-8) bytes, folded as ``fold`` folds, may hold every lowercase
    ASCII word: a cheap test before a full parse. Lower-cased bytes settle it, unless a word is
    missing and the file has letters beyond ASCII that an accent may hide it in ("Çavuşoğlu"):
    only then is the text folded (a hundred times the cost)."""
    lowered = raw.lower()
    if all(word in lowered for word in words):
        return True
    if raw.isascii():
        return False
    text = raw.decode("utf-8", "replace")
    if _NOT_LETTERS.fullmatch(text):  # curly quotes and dashes, no accented letter
        return False
    folded = fold(text).encode()
    return all(word in folded for word in words)


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[str, ...]  # folded; each must occur

    @classmethod
    def parse(cls, text: str) -> Query:
        terms = []
        for phrase, word in _TERM.findall(_one_style(text)):
            term = fold(phrase if phrase else word)
            if term and term not in terms:
                terms.append(term)
        return cls(tuple(terms))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, folded: str) -> bool:
        """Whether the text (folded by ``fold``) holds every term."""
        return all(term in folded for term in self.terms)

    def ascii_words(self) -> list[bytes]:
        """The lowercase ASCII words of the terms, for a test on a file's raw (folded) text."""
        return [word.encode() for term in self.terms for word in _ASCII_WORD.findall(term)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each term occurs in ``text`` (compared as ``fold`` compares), in order."""
        folded, origin = fold_with_offsets(text)
        found = []
        for term in self.terms:
            at = folded.find(term)
            while at != -1:
                found.append((origin[at], origin[at + len(term) - 1] + 1))
                at = folded.find(term, at + 1)
        return sorted(found)
