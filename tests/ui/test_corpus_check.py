"""The background check runs `reader check --json` in a subprocess, never in the UI process."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from pilot_helpers import SIZE, wait_for

from reader.articles.corpus import Corpus
from reader.ui import corpus_check
from reader.ui.app import ReaderApp

BROKEN = Path(__file__).parent.parent / "fixtures" / "broken_corpus"


def test_run_check_reports_what_validate_all_finds():
    expected = Corpus.open(BROKEN).validate_all()
    found = corpus_check.run_check(BROKEN)
    assert found == expected and len(found) >= 5


def test_a_clean_corpus_has_no_problems(corpus):
    assert corpus_check.run_check(corpus) == []


def test_cancelling_kills_the_check(monkeypatch, tmp_path):
    monkeypatch.setattr(corpus_check, "check_command", lambda root: [sys.executable, "-c", "import time; time.sleep(30)"])
    started = time.monotonic()
    assert corpus_check.run_check(tmp_path, cancelled=lambda: True) is None
    assert time.monotonic() - started < 5


def test_a_garbled_answer_is_a_failure(monkeypatch, tmp_path):
    monkeypatch.setattr(corpus_check, "check_command", lambda root: [sys.executable, "-c", "print('not json')"])
    with pytest.raises(corpus_check.CheckFailed, match="unreadable answer"):
        corpus_check.run_check(tmp_path)


async def test_the_app_checks_in_another_process(monkeypatch, corpus):
    """validate_all never runs in the app's process, yet a file that only a full check
    finds broken (its header is fine; it is not the article shown) is reported and marked."""
    late = corpus / "late-failure.yaml"
    late.write_text(
        "id: late\ntitle: Listed but broken\noutlet: Outlet Z\ndate: '2020-01-03'\nstory: alpha-story\n"
        "language: en\nbody: 42\n",
        encoding="utf-8",
    )

    def not_here(self):
        raise AssertionError("validate_all ran in the UI process")

    monkeypatch.setattr(Corpus, "validate_all", not_here)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.problems
        await wait_for(pilot, lambda: [p.path.name for p in app.problems] == ["late-failure.yaml"])
        assert app.is_running
