"""Mentions and quotes built by hand over a test text, found by their words (no annotator needed)."""

from __future__ import annotations

from reader.annotate.model import Mention, Quote


def mention(text: str, surface: str, label: str, entity: str | None = None, nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as an entity mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, entity or surface)


def quote(text: str, words: str, speaker: str | None, kind: str = "direct") -> Quote:
    """The first occurrence of ``words`` in ``text`` as a quotation."""
    start = text.index(words)
    return Quote(start, start + len(words), words, speaker, kind)
