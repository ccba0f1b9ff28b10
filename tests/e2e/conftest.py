"""The `run_reader` fixture: `reader` sessions in tmux, killed after each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from tmux_helpers import TmuxReader


@pytest.fixture
def run_reader(tmp_path: Path):
    sessions: list[TmuxReader] = []

    def start(*args: str) -> TmuxReader:
        session = TmuxReader(list(args), cwd=tmp_path)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()
