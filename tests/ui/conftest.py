"""Fixtures for Pilot tests: small corpora written as YAML files in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pilot_helpers import ARTICLES, article_yaml, paragraphs


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    root = tmp_path / "corpus"
    root.mkdir(exist_ok=True)

    def write(article_id: str, *args: Any, **kwargs: Any) -> Path:
        path = root / f"{article_id}.yaml"
        path.write_text(article_yaml(article_id, *args, **kwargs), encoding="utf-8")
        return path

    return write


@pytest.fixture
def corpus(tmp_path: Path, write_article: Callable[..., Path]) -> Path:
    """Five articles in two stories; a2's body mentions "zeppelin" (not in any title)."""
    for article_id, title, outlet, date, story in ARTICLES:
        body = paragraphs(title)
        if article_id == "a2":
            body[5] = "Deep in the text a zeppelin appears, and only here."
        write_article(article_id, title, outlet, date, story, body, byline=f"By {outlet} staff")
    return tmp_path / "corpus"
