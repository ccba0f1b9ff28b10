"""Going back to an article draws it exactly as on the first visit (same markers, bars, speakers)."""

from __future__ import annotations

from annotation_helpers import is_annotated
from pilot_helpers import SIZE, wait_for

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


async def _lines_when_annotated(pilot, app: ReaderApp, article_id: str) -> list[str]:
    await wait_for(pilot, lambda: app.reading_view.article is not None and app.reading_view.article.id == article_id)
    await wait_for(pilot, lambda: is_annotated(app))
    await pilot.pause(0.2)  # let any late redraw land
    return list(app.reading_view.plain_lines)


async def test_returning_to_an_article_draws_it_as_on_the_first_visit():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        first_id = app.reading_view.article.id
        first = await _lines_when_annotated(pilot, app, first_id)
        assert any(line.startswith("▌ ") for line in first)  # speech bars drawn
        await pilot.press("j")
        second_id = app.reading_view.article.id
        assert second_id != first_id
        await _lines_when_annotated(pilot, app, second_id)
        await pilot.press("k")
        again = await _lines_when_annotated(pilot, app, first_id)
        assert again == first


async def test_returning_after_an_empty_search_draws_the_article_as_before():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        first_id = app.reading_view.article.id
        first = await _lines_when_annotated(pilot, app, first_id)
        await pilot.press("slash", "z", "z", "z")
        await pilot.pause(0.5)
        await pilot.press("escape", "j", "k")
        again = await _lines_when_annotated(pilot, app, first_id)
        assert again == first
