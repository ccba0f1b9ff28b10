"""Helpers for the annotation Pilot tests: the bundled articles, drawn segments, waiting."""

from __future__ import annotations

from textual.color import Color

from reader.annotate import annotate_article, load_registry
from reader.annotate.model import Annotations
from reader.articles.corpus import Corpus
from reader.articles.model import Article
from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp

PERSON_BACKGROUND = Color.parse("#aa9cfc")  # displaCy's PERSON, as in reader/annotate/render.py
BLACK = Color.parse("#000000")


def bundled_articles() -> list[Article]:
    """The bundled articles in list order (Press TV first)."""
    corpus = Corpus.open(bundled_corpus())
    return [corpus.load(entry) for entry in corpus.entries]


def expected_annotations(article: Article) -> Annotations:
    return annotate_article(article, load_registry(bundled_corpus()))


def segments(app: ReaderApp, needle: str) -> list:
    """Every drawn rich Segment of the reading view (all lines, in view or not) whose text
    contains ``needle``."""
    view = app.reading_view
    return [
        segment
        for row in range(len(view.plain_lines))
        for segment in view.line_strip(row)
        if needle in segment.text
    ]


def background(segment) -> Color | None:
    bgcolor = segment.style.bgcolor
    return None if bgcolor is None else Color.from_rich_color(bgcolor)


def foreground(segment) -> Color | None:
    color = segment.style.color
    return None if color is None else Color.from_rich_color(color)


def legend_text(app: ReaderApp) -> str:
    return app.legend.content.plain  # type: ignore[union-attr]


def is_annotated(app: ReaderApp) -> bool:
    """The article shown is drawn with its annotations (its legend names the labels)."""
    return "‹" in legend_text(app)


def text_of(app: ReaderApp) -> str:
    return "\n".join(app.reading_view.plain_lines)
