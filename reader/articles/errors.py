"""The one error the article layer raises: its message is a one-line reason fit for users."""

from __future__ import annotations


class CorpusError(ValueError):
    """A file that cannot be read, imported or validated as an article; ``str()`` says why in one line."""
