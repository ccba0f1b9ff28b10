"""End-to-end: the installed `reader` command in a real terminal (tmux), driven by keys.

Each test runs `reader` in a detached tmux session of fixed size on a private
tmux server, presses keys with `send-keys`, reads the screen with
`capture-pane -p`, and always kills the server afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from reader.articles.corpus import Corpus
from reader.paths import bundled_corpus

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"),
]

READER = Path(sys.executable).parent / "reader"
WIDTH, HEIGHT = 120, 36
TIMEOUT = 20.0
# The tmux server passes its environment to reader; COLUMNS/LINES (set by some test
# runners) would override the pane's real size.
TMUX_ENV = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}


class TmuxReader:
    """One `reader` process in a tmux pane."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        if not READER.exists():
            pytest.fail(f"the reader command is not installed next to {sys.executable}; run: pip install .")
        self.socket = f"reader-e2e-{uuid.uuid4().hex[:10]}"
        self.target = "reader"
        command = " ".join(_quote(part) for part in [str(READER), *args])
        self._tmux(
            "new-session", "-d", "-s", self.target, "-x", str(WIDTH), "-y", str(HEIGHT),
            "-c", str(cwd), "-e", "TERM=xterm-256color", command,
        )
        self._tmux("set-option", "-t", self.target, "remain-on-exit", "on")

    def _tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10, env=TMUX_ENV
        )
        if result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.target)

    def keys(self, *keys: str) -> None:
        """Named keys (j, Escape, ?) one by one."""
        for key in keys:
            self._tmux("send-keys", "-t", self.target, key)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", self.target, "-l", text)

    def wait_for(self, condition: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}; screen:\n{screen}")

    def wait_text(self, text: str) -> str:
        return self.wait_for(lambda screen: text in screen, repr(text))

    def exit_status(self) -> int:
        """Wait for the process to end; its exit status."""
        fmt = "#{pane_dead} #{pane_dead_status}"
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            dead, _, status = self._tmux("display-message", "-p", "-t", self.target, fmt).strip().partition(" ")
            if dead == "1":
                return int(status or 0)
            time.sleep(0.05)
        raise AssertionError(f"reader did not exit; screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


def _quote(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


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


def reading_title(screen: str) -> str:
    """The reading view's first line: the text right of the sidebar on screen row 2."""
    return screen.splitlines()[1][35:].strip()


def test_bundled_corpus_navigation_help_and_quit(run_reader):
    entries = Corpus.open(bundled_corpus()).entries
    first, second = entries[0].title, entries[1].title
    reader = run_reader()  # no --corpus: the bundled corpus, found from another directory
    screen = reader.wait_text(first)
    assert reading_title(screen) == first
    assert "bundled corpus" in screen.splitlines()[0]
    reader.wait_text("q Quit")  # the footer

    reader.keys("j")
    reader.wait_for(lambda s: reading_title(s) == second, "the second article")
    reader.keys("p")
    reader.wait_for(lambda s: reading_title(s) == first, "back to the first article")
    reader.keys("n")
    reader.wait_for(lambda s: reading_title(s) == second, "next article with n")

    reader.keys("?")
    screen = reader.wait_text("Everywhere")
    assert "Keys" in screen and "Article list" in screen and "Quit reader" in screen
    reader.keys("Escape")
    reader.wait_for(lambda s: "Everywhere" not in s, "help to close")

    reader.keys("q")
    assert reader.exit_status() == 0


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    articles = [
        ("e1", "Harbour reopens after storm", "Coast Daily", "2022-03-01", "harbour-storm",
         ["The harbour reopened on Tuesday.", "Fishermen returned to the quay [Getty] at dawn."]),
        ("e2", "Storm damage counted at harbour", "Port Gazette", "2022-03-02", "harbour-storm",
         ["Officials counted the damage.", "A rare albatross was seen near the lighthouse."]),
        ("e3", "Council approves new library", "Town Times", "2022-04-10", "library-vote",
         ["The council voted to build a library.", "Work starts next year."]),
    ]
    for article_id, title, outlet, date, story, body in articles:
        data = {"id": article_id, "title": title, "outlet": outlet, "date": date, "story": story,
                "language": "en", "body": body, "captions": [], "removed": []}
        (folder / f"{article_id}.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    (folder / "broken.yaml").write_text("id: [oops\n", encoding="utf-8")


def test_user_corpus_search_escape_and_problems(run_reader, tmp_path):
    corpus = tmp_path / "mycorpus"
    write_corpus(corpus)
    reader = run_reader("--corpus", str(corpus))
    screen = reader.wait_text("Harbour reopens after storm")
    assert "harbour-storm (2)" in screen and "library-vote (1)" in screen
    assert "[Getty]" in screen  # markup-looking text shows literally
    reader.wait_text("1 file skipped — press ! to see why")

    reader.keys("/")
    reader.wait_text("Go to results")  # the footer shows the search field's keys once it has focus
    reader.type("albatross")  # only in e2's body: found by the background text search
    screen = reader.wait_for(
        lambda s: "search 'albatross': 1 match" in s and "A rare albatross" in s, "the body-text search"
    )
    assert reading_title(screen) == "Storm damage counted at harbour"
    assert "Town Times" not in screen

    reader.keys("Escape")
    screen = reader.wait_for(lambda s: "Town Times" in s and "search '" not in s, "the full list again")
    assert reading_title(screen) == "Storm damage counted at harbour"

    reader.keys("G")
    reader.wait_for(lambda s: reading_title(s) == "Council approves new library", "G to the last article")

    reader.keys("!")
    screen = reader.wait_text("broken.yaml")
    assert "1 file skipped or broken" in screen
    reader.keys("Escape")  # wait before the next key: ESC then q at once reads as alt+q
    reader.wait_for(lambda s: "broken.yaml" not in s, "the problems screen to close")
    reader.keys("q")
    assert reader.exit_status() == 0
