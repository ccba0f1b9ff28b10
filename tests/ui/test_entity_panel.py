"""The entity panel: entities by type with counts and names; choosing one steps through it."""

from __future__ import annotations

from annotation_helpers import background, bundled_articles, expected_annotations, is_annotated, segments
from pilot_helpers import SIZE, screen_text, wait_for
from textual.color import Color

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp
from reader.ui.entity_panel import entity_summaries


def in_view(app: ReaderApp, offset: int) -> bool:
    view = app.reading_view
    row = view.text_row(offset)
    return row is not None and view.scroll_offset.y <= row < view.scroll_offset.y + view.size.height


async def test_panel_lists_entities_with_counts_and_steps_through_mentions():
    press_tv = bundled_articles()[0]
    mentions = [m for m in expected_annotations(press_tv).entities if m.entity == "Islamic State"]
    assert len(mentions) >= 3
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("x")
        panel = app.entity_panel
        assert panel is not None and panel.display
        assert panel.option_list.has_focus
        text = screen_text(pilot)
        assert f"Islamic State — {len(mentions)}: Daesh ×{len(mentions)}" in text
        assert "‹PERSON› person" in text and "Mevlut Cavusoglu — 3: Cavusoglu ×2" in text
        assert app.reading_view.display  # reading stays visible beside the panel

        # Choose "Islamic State" with the keyboard: down to it, enter.
        option_list = panel.option_list
        target = next(
            k for k, option in enumerate(option_list.options) if option.id and "Islamic State" in option.prompt.plain
        )
        while option_list.highlighted != target:
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        starts = sorted(m.start for m in mentions)
        assert in_view(app, starts[0])
        view = app.reading_view
        selected = Color.from_rich_color(view.get_component_rich_style("entity--selected").bgcolor)
        current = Color.from_rich_color(view.get_component_rich_style("entity--current").bgcolor)
        assert selected != current

        def daesh_backgrounds() -> list:
            return [background(s) for s in segments(app, "Daesh") if s.text.strip() == "Daesh"]

        assert daesh_backgrounds() == [current] + [selected] * (len(mentions) - 1)
        assert f"Islamic State: mention 1 of {len(mentions)}" in screen_text(pilot)

        for number in range(2, len(mentions) + 1):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert in_view(app, starts[number - 1])
            assert f"mention {number} of {len(mentions)}" in screen_text(pilot)
            assert daesh_backgrounds()[number - 1] == current and daesh_backgrounds().count(current) == 1
        await pilot.press("right_square_bracket")  # wraps round to the first
        assert in_view(app, starts[0])
        await pilot.press("left_square_bracket")
        assert in_view(app, starts[-1])

        # Closing the panel gives the space back; the choice stays marked.
        await pilot.press("escape")
        assert not panel.display and app.reading_view.has_focus
        assert set(daesh_backgrounds()) == {selected, current}


async def test_mention_keys_without_a_choice_explain_themselves():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: "Choose an entity in the entity panel" in screen_text(pilot))


async def test_panel_follows_the_article_shown():
    second = bundled_articles()[1]
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("x", "n")
        await wait_for(pilot, lambda: app.reading_view.article.id == second.id and is_annotated(app))
        expected = entity_summaries(expected_annotations(second))
        await wait_for(pilot, lambda: app.entity_panel.summaries == expected)


def test_summaries_group_by_label_most_mentioned_first():
    annotations = expected_annotations(bundled_articles()[0])
    summaries = entity_summaries(annotations)
    assert sum(s.count for s in summaries) == len(annotations.entities)
    labels = [s.key[0] for s in summaries]
    assert labels[0] == "PERSON" and labels == sorted(labels, key=labels.index)  # grouped
    persons = [s for s in summaries if s.key[0] == "PERSON"]
    assert [s.count for s in persons] == sorted((s.count for s in persons), reverse=True)
    cavusoglu = next(s for s in summaries if s.key == ("PERSON", "Mevlut Cavusoglu"))
    assert dict(cavusoglu.names) == {"Cavusoglu": 2, "Mevlut Cavusoglu": 1}


async def test_panel_handles_hundreds_of_entities(write_article, tmp_path):
    names = [f"Zorblax{chr(65 + k // 26)}{chr(97 + k % 26)} Quenthorp" for k in range(520)]
    body = [" ".join(f"President {name} spoke." for name in names[i : i + 20]) for i in range(0, 520, 20)]
    write_article("big", "Many names", "Outlet", "2024-01-01", "big-story", body)
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app), timeout=20)
        await pilot.press("x")
        panel = app.entity_panel
        assert len(panel.summaries) >= 500
        await pilot.press("end", "enter")
        await pilot.pause()
        last = panel.summaries[-1]
        assert in_view(app, last.starts[0])


async def test_palette_marks_an_entity_and_toggles_layers():
    from textual.command import CommandPalette

    press_tv = bundled_articles()[0]
    first = min(m.start for m in expected_annotations(press_tv).entities if m.entity == "Vladimir Putin")
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("ctrl+p", *"mentions of putin")
        await wait_for(pilot, lambda: "Mentions of Vladimir Putin" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: not CommandPalette.is_open(app))
        assert in_view(app, first)
        current = Color.from_rich_color(app.reading_view.get_component_rich_style("entity--current").bgcolor)
        assert background(segments(app, "Vladimir Putin")[0]) == current  # (captions are not annotated)

        await pilot.press("ctrl+p", *"toggle entity highlights")
        await wait_for(pilot, lambda: "Show or hide names" in screen_text(pilot))
        await pilot.press("enter")
        await wait_for(pilot, lambda: "‹PERSON›" not in "\n".join(app.reading_view.plain_lines))


async def test_j_k_g_G_move_in_the_panel_and_help_lists_its_keys():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("x")
        option_list = app.entity_panel.option_list
        first = option_list.highlighted
        await pilot.press("j")
        assert option_list.highlighted > first
        await pilot.press("k")
        assert option_list.highlighted == first
        await pilot.press("G")
        assert option_list.highlighted == option_list.option_count - 1
        await pilot.press("g")
        assert option_list.highlighted == first
        await pilot.press("question_mark")
        text = screen_text(pilot)
        assert "Entity panel (where you are)" in text
        assert "Next entity" in text and "Mark this entity's mentions" in text


async def test_the_panel_forgets_the_chosen_entity_when_the_article_changes():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("x", "enter")
        await wait_for(pilot, lambda: "mention 1 of" in screen_text(pilot))
        await pilot.press("n")
        await wait_for(pilot, lambda: is_annotated(app) and app.reading_view.article.id == bundled_articles()[1].id)
        assert "mention 1 of" not in screen_text(pilot)
        assert "enter: mark its mentions" in screen_text(pilot)
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: "Choose an entity in the entity panel" in screen_text(pilot))


async def test_on_a_narrow_screen_the_open_panel_takes_the_sidebars_room():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        sidebar = app.query_one("#sidebar")
        assert sidebar.display
        await pilot.press("x")
        await pilot.pause()
        assert not sidebar.display
        assert app.reading_view.size.width >= 40  # was 20 columns beside sidebar and panel
        await pilot.press("j", "escape")
        await pilot.pause()
        assert sidebar.display and not app.entity_panel.display
    async with ReaderApp(bundled_corpus()).run_test(size=(140, 36)) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert pilot.app.query_one("#sidebar").display  # a wide screen has room for all three



async def test_g_shows_the_first_heading_and_mention_keys_say_when_there_is_nothing(write_article, tmp_path):
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(100, 16)) as pilot:
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.press("x", "G", "g")
        await pilot.pause()
        assert app.entity_panel.option_list.scroll_y == 0
        assert "‹PERSON› person" in screen_text(pilot)  # the first group's heading, not only its first entity
    path = write_article("plain", "nothing named", "the outlet", "2020-01-01", "rain", ["it rained all day and then it stopped."])
    app = ReaderApp(path.parent)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for(pilot, lambda: app._annotations is not None)
        await pilot.press("x", "right_square_bracket")
        await wait_for(pilot, lambda: "This article has no entities to step through." in screen_text(pilot))
