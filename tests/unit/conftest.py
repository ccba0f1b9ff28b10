"""Unit tests never take their corpus from the developer's environment."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def no_corpus_from_environment(monkeypatch):
    monkeypatch.delenv("READER_CORPUS", raising=False)
