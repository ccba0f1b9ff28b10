"""A search query as people type it into a news reader.

Every term must appear, in any order and anywhere in the article (title,
outlet or body): "Putin Erdogan" finds the articles naming both, "press tv"
finds Press TV's. A "quoted phrase" must appear as written. Case and runs of
spaces are ignored, as they are in the text searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TERM = re.compile(r'"([^"]*)"?|(\S+)')  # a quoted phrase (closed or still being typed), or a word
_ASCII_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """``text`` as queries compare it: casefolded, runs of white space made one space."""
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[str, ...]  # folded; each must occur

    @classmethod
    def parse(cls, text: str) -> Query:
        terms = []
        for phrase, word in _TERM.findall(text):
            term = fold(phrase if phrase else word)
            if term and term not in terms:
                terms.append(term)
        return cls(tuple(terms))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, folded: str) -> bool:
        """Whether the (folded) text holds every term."""
        return all(term in folded for term in self.terms)

    def ascii_words(self) -> list[bytes]:
        """The lowercase ASCII words of the terms: a file lacking one of them cannot match."""
        return [word.encode() for term in self.terms for word in _ASCII_WORD.findall(term)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each term occurs in ``text`` (case and runs of spaces ignored), in order."""
        found = []
        for term in self.terms:
            pattern = re.compile(r"\s+".join(map(re.escape, term.split())), re.IGNORECASE)
            found += [match.span() for match in pattern.finditer(text)]
        return sorted(found)
