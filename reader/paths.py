"""Where the bundled corpus and styles live, installed or in a source checkout.

A wheel carries them as ``reader/_bundled/{corpus,styles}``; a source checkout
(or an editable install) keeps them at the repository root.
"""

from __future__ import annotations

import os
from pathlib import Path

CORPUS_ENV = "READER_CORPUS"
_HERE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    for candidate in (_HERE / "_bundled" / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled {name}/ folder not found next to {_HERE}")


def bundled_corpus() -> Path:
    return _bundled("corpus")


def styles_dir() -> Path:
    return _bundled("styles")


def named_corpus(option: str | None) -> Path | None:
    """The corpus the user named (--corpus, then $READER_CORPUS), or None for the bundled one."""
    named = option or os.environ.get(CORPUS_ENV)
    return Path(named).expanduser() if named else None
