"""Entity and quotation highlights in the reading view: styles drawn, toggles, legend, themes."""

from __future__ import annotations

from annotation_helpers import (
    BLACK,
    PERSON_BACKGROUND,
    background,
    bundled_articles,
    expected_annotations,
    foreground,
    is_annotated,
    legend_text,
    segments,
    text_of,
)
from pilot_helpers import SIZE, screen_text, wait_for
from textual.color import Color

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


async def test_entities_and_quotes_are_drawn_on_the_bundled_article():
    press_tv = bundled_articles()[0]
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        assert app.reading_view.article.id == press_tv.id

        cavusoglu = [s for s in segments(app, "Cavusoglu") if "—" not in s.text]
        assert cavusoglu, "no segment draws Cavusoglu"
        for segment in cavusoglu:  # PERSON: bold dark text on displaCy's PERSON colour
            assert background(segment) == PERSON_BACKGROUND
            assert foreground(segment) == BLACK
            assert segment.style.bold
        assert all(not background(s) == PERSON_BACKGROUND for s in segments(app, "Foreign Minister"))

        text = text_of(app)
        assert "Mevlut Cavusoglu‹PERSON›" in text  # the label reads without colour
        assert "Moscow‹GPE›" in text and "NTV‹ORG›" in text
        speech = [line for line in app.reading_view.plain_lines if line.startswith("▌ ")]
        assert any("We will discuss all the details" in line for line in speech)
        assert "“on the table.” [— Mevlut Cavusoglu]" in text  # the speaker after the quote
        (table,) = segments(app, "on the table")
        assert table.style.italic
        (bar,) = {s.text for s in segments(app, "▌")}
        assert bar == "▌ "

        # The legend lists the labels this article has, each in its own style, and the quote styles.
        present = {m.label for m in expected_annotations(press_tv).entities}
        legend = legend_text(app)
        for label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT"):
            assert (f"‹{label}›" in legend) == (label in present), label
        assert "“speech” [— speaker]" in legend
        assert "Legend:" in screen_text(pilot)


async def test_e_and_t_toggle_entities_and_quotes():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("e")
        text = text_of(app)
        assert "‹" not in text and "Mevlut Cavusoglu made the request" in text
        assert all(background(s) != PERSON_BACKGROUND for s in segments(app, "Cavusoglu"))
        assert "‹PERSON›" not in legend_text(app)
        assert "entities hidden (e)" in legend_text(app) and "found" not in legend_text(app)
        assert "— Mevlut Cavusoglu" in text  # quotes still shown

        await pilot.press("t")
        text = text_of(app)
        assert "▌" not in text and "— Mevlut Cavusoglu" not in text
        assert not any(s.style.italic for s in segments(app, "on the table"))
        assert legend_text(app) == "Legend: entities hidden (e)  quotes hidden (t)"

        await pilot.press("e", "t")
        assert "Mevlut Cavusoglu‹PERSON›" in text_of(app) and "— Mevlut Cavusoglu" in text_of(app)


async def test_toggling_keeps_the_place_in_the_text():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        view = app.reading_view
        view.scroll_to(y=20, animate=False, force=True)
        await pilot.pause()
        top = view.top_text_offset()
        assert top is not None
        await pilot.press("e")
        assert view.scroll_offset.y == view.text_row(top)
        assert view.top_text_offset() <= top  # the line holding that text is now the top line


async def test_highlights_read_on_the_light_theme():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "textual-light"
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.pause()
        page = Color.from_rich_color(app.reading_view.visual_style.rich_style.bgcolor)
        assert page.brightness > 0.7  # a light page
        for segment in [s for s in segments(app, "Cavusoglu") if "—" not in s.text]:
            assert background(segment) == PERSON_BACKGROUND and foreground(segment) == BLACK
        (speaker,) = {foreground(s) for s in segments(app, "— Mevlut Cavusoglu")}
        assert speaker is not None and abs(speaker.brightness - page.brightness) > 0.3
        (scare_or_plain,) = {foreground(s) for s in segments(app, "last year")}  # a DATE: black on its colour
        assert scare_or_plain == BLACK


async def test_help_lists_the_annotation_keys():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        text = screen_text(pilot)
        for description in ("Show or hide entity highlights", "Show or hide quotations", "Open or close the entity panel (entities by type)"):
            assert description in text
        assert "Next mention of the entity" in text


async def test_markup_like_text_stays_literal_with_highlights(write_article, tmp_path):
    body = [
        "Foreign Minister Jane Doe visited Paris on Monday.",
        "Fighters of Daesh [IS] withdrew, and [@click=app.quit]x[/] stayed put.",
        "“We will return [to Paris],” Doe said.",
    ]
    write_article("u1", "A user's article [IS]", "My Outlet [b]", "2024-02-02", "user-story", body)
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        text = text_of(app)
        assert "Daesh‹ORG› [IS]" in text
        assert "[@click=app.quit]x[/]" in text
        assert "▌ “We will return [to Paris‹GPE›],” Doe‹PERSON› said. [— Jane Doe]" in text
        assert "Paris‹GPE›" in text


async def test_registry_problems_are_listed_with_the_corpus_problems(write_article, tmp_path):
    write_article("u1", "Something happened", "My Outlet", "2024-02-02", "user-story", ["Jane Doe spoke in Paris."])
    (tmp_path / "corpus" / "entities.yaml").write_text("entities: [oops\n", encoding="utf-8")
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: any(p.path.name == "entities.yaml" for p in app.problems))
        await wait_for(pilot, lambda: is_annotated(app))  # the rest of the registry still works


async def test_annotation_keys_belong_to_the_reading_screen():
    from reader.ui.compare_screen import CompareScreen

    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, CompareScreen))
        footer = screen_text(pilot).splitlines()[-1]
        assert "Layers" not in footer and "e/t/x" not in footer
        await pilot.press("x", "e")
        assert app.entity_panel is None
        await pilot.press("c")
        await wait_for(pilot, lambda: not isinstance(app.screen, CompareScreen))
        assert "Mevlut Cavusoglu‹PERSON›" in text_of(app)  # `e` pressed in compare mode did nothing here


async def test_the_whole_legend_fits_at_80_columns():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.pause()
        assert "‹DATE›" in legend_text(app) and legend_text(app).endswith("scare quote")
        region = app.legend.region
        shown = [line[region.x : region.right] for line in screen_text(pilot).splitlines()[region.y : region.bottom]]
        joined = " ".join(" ".join(shown).split())
        assert "‹DATE›date" in joined and joined.endswith("“term” scare quote")  # the last entry too: none cut off
