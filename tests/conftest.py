"""Shared fixtures: a temporary corpus folder and a writer of files into it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    return root


@pytest.fixture
def write_file(corpus_dir: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file into the temporary corpus: text as UTF-8, bytes as they are."""

    def write(name: str, content: str | bytes) -> Path:
        path = corpus_dir / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
