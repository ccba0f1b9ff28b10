"""The article record shared by the corpus, the importer, annotation and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from reader.text.segment import join_paragraphs


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption kept apart from the body, with its credit ("AP", "Getty") if any."""

    text: str
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A line the importer dropped as boilerplate, with the rule that matched and its 1-based line."""

    text: str
    rule: str
    line: int


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    outlet: str
    date: str  # ISO 8601, e.g. "2016-08-11"
    story: str
    language: str
    body: tuple[str, ...]
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()
    source_url: str | None = None
    byline: str | None = None
    # The imported source text, cleaned but otherwise as the importer read it, so
    # nothing the importer dropped or reshaped is lost; None for hand-written files.
    original: str | None = None
    path: Path | None = field(default=None, compare=False)

    @property
    def text(self) -> str:
        """The body as the reading view shows it; annotation offsets index this string."""
        return join_paragraphs(self.body)


class Entry(NamedTuple):
    """What the sidebar needs of an article, read cheaply before the article is parsed whole.

    A named tuple, not a dataclass: a corpus makes one per file at startup, and a
    tuple is built in half the time.
    """

    path: Path
    id: str
    title: str
    outlet: str
    date: str
    story: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A corpus file that could not be loaded, and why, in one line."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path.name}: {self.reason}"
