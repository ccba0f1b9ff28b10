"""The cyclic garbage collector paused for startup (reader.launch) comes back after the first paint."""

from __future__ import annotations

import gc

import pytest
from pilot_helpers import SIZE, screen_text

from reader.paths import bundled_corpus
from reader.ui.app import ReaderApp


@pytest.fixture
def paused_gc():
    gc.disable()
    yield
    gc.unfreeze()
    gc.enable()


async def test_the_app_resumes_the_collector_once_its_first_screen_is_painted(paused_gc):
    app = ReaderApp(bundled_corpus(), resume_gc=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Turkey" in screen_text(pilot)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # startup's objects are set aside, not walked again


async def test_an_app_not_told_to_resume_it_leaves_the_collector_alone(paused_gc):
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Turkey" in screen_text(pilot)
        assert not gc.isenabled()
