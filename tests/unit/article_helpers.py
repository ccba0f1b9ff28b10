"""Test data for the article layer: a sample article, its variants, and the seed files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.articles.model import Article, Caption, Removed
from reader.articles.store import dump_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = FIXTURES / "seeds"  # copies of ../shared/seeds, the bundled corpus's sources
PRESS_TV = SEEDS / "000_f1c382f91ce7e34e.txt"
NEW_ARAB = SEEDS / "001_54fbdfcf2a78b4ae.txt"

SAMPLE = Article(
    id="sample-2020-01-02-a-sample",
    title="A sample article",
    outlet="Sample Daily",
    date="2020-01-02",
    story="sample-story",
    language="en",
    body=("First paragraph about the harbour.", "Second paragraph, said the mayor."),
    captions=(Caption("The harbour at dawn", "AP"),),
    removed=(Removed("2 min read", "reading-time", 3),),
)


def make_article(**fields) -> Article:
    """The sample article with some fields changed."""
    return dataclasses.replace(SAMPLE, **fields)


def write_article(folder: Path, name: str | None = None, **fields) -> Path:
    """Write a valid article file (the sample with ``fields`` changed), named after its id by default."""
    article = make_article(**fields)
    path = folder / (name or f"{article.id}.yaml")
    path.write_text(dump_article(article), encoding="utf-8")
    return path
