"""Snapshots of the main screen (with annotations drawn), the entity panel and help, on the
bundled corpus (pytest-textual-snapshot).

Nothing on these screens blinks: the search field, the only widget with a text
cursor, is mounted on first use of `/`. Annotations arrive from a thread worker,
so each snapshot waits for them first.
"""

from __future__ import annotations

import time

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


async def annotated(pilot) -> None:
    deadline = time.monotonic() + 10
    while "‹" not in pilot.app.legend.content.plain:
        assert time.monotonic() < deadline, "annotations never arrived"
        await pilot.pause(0.05)


def test_main_screen_on_the_bundled_corpus(snap_compare):
    app = ReaderApp(bundled_corpus())
    assert snap_compare(app, terminal_size=(120, 36), run_before=annotated)
    assert app.search_box is None


def test_main_screen_on_the_light_theme(snap_compare):
    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await annotated(pilot)

    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), run_before=light)


def test_entity_panel(snap_compare):
    async def open_panel(pilot) -> None:
        await annotated(pilot)
        await pilot.press("x")

    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), run_before=open_panel)


def test_help_screen(snap_compare):
    async def help_over_annotations(pilot) -> None:
        await annotated(pilot)
        await pilot.press("question_mark")

    assert snap_compare(ReaderApp(bundled_corpus()), terminal_size=(120, 36), run_before=help_over_annotations)
