"""Annotation never blocks: text first, highlights when ready; stale results dropped; prefetch."""

from __future__ import annotations

import threading

import pytest
from annotation_helpers import bundled_articles, expected_annotations, is_annotated, legend_text, text_of
from pilot_helpers import SIZE, wait_for

import reader.annotate.pipeline as pipeline
from reader.paths import bundled_corpus
from reader.ui.annotation_spans import decorate
from reader.ui.app import ReaderApp


@pytest.fixture
def slow_annotator(monkeypatch):
    """annotate_article blocks until the test releases it (as a very slow annotator would)."""
    release = threading.Event()
    calls: list[str] = []
    real = pipeline.annotate_article

    def slow(article, registry=None):
        calls.append(article.id)
        if not release.wait(timeout=10):
            raise TimeoutError("the test never released the annotator")
        return real(article, registry)

    monkeypatch.setattr(pipeline, "annotate_article", slow)
    yield release, calls
    release.set()


async def test_switching_articles_never_waits_for_annotation(slow_annotator):
    release, calls = slow_annotator
    first, second = bundled_articles()
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.reading_view.article.id == first.id
        assert "Mevlut Cavusoglu made the request" in text_of(app)  # plain text, at once
        assert "finding entities" in legend_text(app)
        await wait_for(pilot, lambda: calls == [first.id])  # its annotation is under way, stuck

        await pilot.press("n")
        assert app.reading_view.article.id == second.id  # shown without waiting
        assert second.title in text_of(app) and "‹" not in text_of(app)
        await pilot.press("p", "n")
        assert app.reading_view.article.id == second.id

        release.set()  # now both annotations finish; only the second article's is drawn
        await wait_for(pilot, lambda: is_annotated(app))
        expected = decorate(second.text, expected_annotations(second))
        assert text_of(app).count("‹") == sum(1 for _, marker in expected.markers if "‹" in marker.plain)
        assert app.reading_view.article.id == second.id


async def test_neighbours_are_prefetched_so_n_shows_highlights_at_once():
    first, second = bundled_articles()
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await wait_for(pilot, lambda: app.annotations.cached(second) is not None)
        await pilot.press("n")
        assert app.reading_view.article.id == second.id
        assert is_annotated(app) and "‹PERSON›" in text_of(app)  # no worker round trip needed


async def test_an_annotator_failure_leaves_the_text_readable(monkeypatch):
    def broken(article, registry=None):
        raise RuntimeError("annotator exploded")

    monkeypatch.setattr(pipeline, "annotate_article", broken)
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for(pilot, lambda: any("annotator exploded" in n.message for n in app._notifications))
        assert "Mevlut Cavusoglu made the request" in text_of(app)
        await pilot.press("n")
        assert app.reading_view.article.id == bundled_articles()[1].id


async def test_moving_quickly_annotates_only_where_the_reader_stops(corpus, monkeypatch):
    import reader.ui.app as app_module

    monkeypatch.setattr(app_module, "ANNOTATE_DELAY", 0.5)
    calls: list[str] = []
    real = pipeline.annotate_article

    def recording(article, registry=None):
        calls.append(article.id)
        return real(article, registry)

    monkeypatch.setattr(pipeline, "annotate_article", recording)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(4):
            app.article_list.move_by(1)  # a1 -> a2 -> a3 -> b1 -> b2, faster than the delay
        await pilot.pause()
        assert app.reading_view.article.id == "b2" and calls == []
        await wait_for(pilot, lambda: "b2" in calls and "b1" in calls)  # b2, then its neighbour
        assert calls == ["b2", "b1"]
