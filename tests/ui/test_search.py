"""Search: `/` opens a field that filters the list live; body text is searched in a worker."""

from __future__ import annotations

from annotation_helpers import is_annotated
from pilot_helpers import ORDER, SIZE, TITLES, screen_text, wait_for

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp, search_highlights
from reader.ui.article_list import ArticleList
from reader.ui.search_box import SearchBox


def listed(app: ReaderApp) -> list[str]:
    return [entry.id for entry in app.article_list.entries]


async def test_slash_opens_search_and_typing_filters_titles_at_once(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert isinstance(app.focused, SearchBox)
        await pilot.press(*"beta")
        assert listed(app) == ["b1", "b2"]  # titles filter synchronously, before any worker
        assert app.reading_view.article.id == "b1"
        text = screen_text(pilot)
        assert "search 'beta': 2 matches" in text
        assert TITLES["a1"] not in text
        await pilot.press("j")  # typed into the field, not a list movement
        assert app.search_box.value == "betaj"


async def test_escape_clears_the_search_and_restores_the_list(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"later")
        assert listed(app) == ["b2"]
        await pilot.press("escape")
        assert listed(app) == ORDER
        assert app.search_box.value == ""
        assert not app.search_box.display
        assert isinstance(app.focused, ArticleList)
        assert app.article_list.highlighted.id == "b2"  # stays on the article found
        assert "search '" not in screen_text(pilot).splitlines()[0]


async def test_enter_focuses_the_results_and_j_moves_among_them(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"alpha", "enter")
        assert isinstance(app.focused, ArticleList)
        assert listed(app) == ["a1", "a2", "a3"]
        await pilot.press("j", "j", "j")
        assert app.reading_view.article.id == "a3"
        await pilot.press("n")
        assert app.reading_view.article.id == "a3"  # n stays within the results


async def test_body_text_is_searched_in_a_worker_and_hits_are_shown(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"ZEPPELIN")
        assert listed(app) == []  # no title has it; the body search follows
        await wait_for(pilot, lambda: listed(app) == ["a2"])
        assert app.reading_view.article.id == "a2"
        text = screen_text(pilot)
        assert "Deep in the text a zeppelin appears" in text  # scrolled to the first hit
        assert "search 'ZEPPELIN': 1 match" in text


async def test_a_query_with_no_match_says_so(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"qwertyuiop")
        await wait_for(pilot, lambda: "No article matches 'qwertyuiop'" in screen_text(pilot))
        assert "could not be loaded" not in screen_text(pilot)  # a notice, not an error
        assert listed(app) == []
        await pilot.press("escape")
        assert listed(app) == ORDER


async def test_escape_after_an_empty_search_shows_the_article_with_its_highlights():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        before = list(app.reading_view.plain_lines)
        assert any("‹PERSON›" in line for line in before)
        await pilot.press("slash", *"zzzqqq")
        await wait_for(pilot, lambda: "No article matches 'zzzqqq'" in screen_text(pilot))
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.reading_view.article is not None)
        await pilot.pause(0.2)
        assert app.reading_view.plain_lines == before


async def test_search_query_is_never_markup(corpus):
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"[b]x[/]")
        await pilot.pause()
        assert "search '[b]x[/]': 0 matches" in screen_text(pilot)


async def test_a_body_match_is_highlighted_and_scrolled_to_even_inside_an_entity():
    from annotation_helpers import background, segments

    from reader.ui.strips import component_style

    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        gpe = {background(s) for s in segments(app, "Moscow") if "‹" not in s.text}
        await pilot.press("slash", *"petersburg")
        await wait_for(pilot, lambda: app.reading_view.article is not None and app._query == "petersburg")
        await pilot.press("enter", "enter")  # to the results, then into the text
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.pause(0.3)
        view = app.reading_view
        hits = [s for s in segments(app, "Petersburg") if s.text == "Petersburg"]
        assert hits
        search = component_style(view, "article--search-hit").background.rich_color
        for segment in hits:  # the search colour, not the GPE colour under it
            assert segment.style.bgcolor == search and background(segment) not in gpe
            assert segment.style.underline
        offset = view.article.text.casefold().index("petersburg")
        row = view.text_row(offset)
        assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height
        assert "Petersburg" in screen_text(pilot)


async def test_every_word_must_match_in_any_order_and_outlets_count():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        both = [entry.id for entry in app.corpus.entries]
        await pilot.press("slash", *"erdogan putin")
        await wait_for(pilot, lambda: listed(app) == both)  # both accounts name both men, far apart
        assert "2 matches" in screen_text(pilot)
        hits = {app.reading_view.article.text[s:e] for s, e, _ in search_highlights(app.reading_view.article.text, app._query)}
        assert {"Erdogan", "Putin"} <= hits  # each word is highlighted
        await pilot.press(*" zeppelin")
        await wait_for(pilot, lambda: listed(app) == [] and "No article matches" in screen_text(pilot))
        await pilot.press("escape", "slash", *"press tv")
        assert [app.corpus.get(i).outlet for i in listed(app)] == ["Press TV"]  # the outlet filters at once


async def test_an_apostrophe_typed_straight_finds_both_outlets_styles():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        both = [entry.id for entry in app.corpus.entries]
        await pilot.press("slash", *"russia's")  # Press TV writes "Russia’s", The New Arab "Russia's"
        await wait_for(pilot, lambda: listed(app) == both)
