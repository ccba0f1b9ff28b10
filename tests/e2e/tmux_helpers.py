"""Drive the installed `reader` command in a private tmux server (shared by the e2e tests).

Each session runs `reader` in a detached tmux session of fixed size on its own
tmux server, presses keys with `send-keys` and reads the screen with
`capture-pane -p`; the `run_reader` fixture (tests/e2e/conftest.py) always kills
the servers afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

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
