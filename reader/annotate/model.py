"""Annotation results: entity mentions and quotations with character offsets into an article's text."""

from __future__ import annotations

from dataclasses import dataclass

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT")
QUOTE_KINDS = ("direct", "partial", "scare")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str  # one of LABELS
    entity: str  # canonical name, e.g. "Islamic State" for "Daesh"


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offsets of the quoted words, without the quote marks
    end: int
    text: str
    speaker: str | None  # canonical name, or None
    kind: str  # one of QUOTE_KINDS


@dataclass(frozen=True, slots=True)
class Annotations:
    entities: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
