"""The full check of every corpus file, run as a `reader check --json` subprocess.

Validating 10,000 files in a thread held the GIL for seconds and made the
interface stutter; in its own process it competes for nothing. The caller runs
``run_check`` from a thread worker and passes a way to ask whether to give up
(the process is killed then, so quitting never waits for it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import reader
from reader.articles.model import Problem

POLL = 0.1  # seconds between checks for cancellation


class CheckFailed(Exception):
    """The check could not run or gave no answer; str is the reason."""


def check_command(root: Path) -> list[str]:
    return [sys.executable, "-m", "reader", "check", "--corpus", str(root), "--json"]


def _environment() -> dict[str, str]:
    """This process's environment, with the folder holding this `reader` package first on
    the path so the child runs the same code (a checkout as well as an installed package)."""
    env = dict(os.environ)
    here = Path(reader.__file__).resolve().parent.parent
    if here != Path(sysconfig.get_paths()["purelib"]).resolve():  # installed: found anyway
        env["PYTHONPATH"] = os.pathsep.join([str(here), *filter(None, [env.get("PYTHONPATH")])])
    return env


def run_check(root: Path, cancelled: Callable[[], bool] = lambda: False) -> list[Problem] | None:
    """The problems of every file under ``root``; None if ``cancelled()`` turned true first."""
    try:
        process = subprocess.Popen(
            check_command(root),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
            text=True,
            encoding="utf-8",
        )
    except OSError as error:
        raise CheckFailed(f"could not start the check: {error}") from error
    while True:
        try:
            out, err = process.communicate(timeout=POLL)
            break
        except subprocess.TimeoutExpired:
            if cancelled():
                process.kill()
                process.communicate()
                return None
    reason = (err.strip().splitlines() or [f"exit status {process.returncode}"])[-1]
    if process.returncode not in (0, 1):  # 1: the check ran and found problems
        raise CheckFailed(reason)
    try:
        return [Problem(Path(item["file"]), str(item["reason"])) for item in json.loads(out)]
    except (ValueError, TypeError, KeyError) as error:
        raise CheckFailed(reason if err.strip() else f"unreadable answer from the check: {error}") from error
