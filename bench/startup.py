"""Time from process start to the first painted screen: reader vs a bare Textual app.

    python bench/startup.py [--runs 7] [--count 10000] [--size 120x36] [--big DIR] [--other VENV]...

In one run, measures three programs, each started on its own pseudo-terminal
of the given size and timed until the text of its first screen appears in what
it writes (escape sequences stripped), then killed:

  bundled   `reader` on the bundled corpus (the first article's title)
  10,000    `reader --corpus DIR` on a generated corpus of --count articles
            (bench/gen_corpus.py, written to a temporary folder first)
  bare      bench/bare_app.py: header, sidebar, scrollable text, footer

Runs are interleaved so drift in machine load affects all three alike. Prints
each median and its ratio to the bare app; goals: <= 1.3 bundled, <= 2 at 10,000.
``--other VENV`` (repeatable) also times the `reader` installed in another venv
(an older commit, say) on both corpora in the same interleaved runs, for a fair
before/after on a busy machine; its rows are named after the venv folder.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from bare_app import READY as BARE_READY  # noqa: E402
from gen_corpus import generate  # noqa: E402

from reader.articles.corpus import Corpus  # noqa: E402
from reader.paths import bundled_corpus  # noqa: E402

GOALS = {"bundled": 1.3, "10,000": 2.0}
TIMEOUT = 60.0
_ESCAPES = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    r"|\x1bP[^\x1b]*\x1b\\"  # DCS
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b[@-Z\\-_=>()][0-9A-Za-z]?"  # other escapes
)


@dataclass
class Target:
    name: str
    command: list[str]
    ready: list[str]  # all must appear on screen
    times: list[float] = field(default_factory=list)


def reader_command(bin_dir: Path) -> list[str]:
    script = bin_dir / "reader"
    return [str(script)] if script.exists() else [str(bin_dir / "python"), "-m", "reader"]


def first_title(root: Path) -> str:
    """The start of the first listed article's title: what the reading view shows first."""
    title = Corpus.open(root).entries[0].title
    return title if len(title) <= 40 else title[:40].rsplit(" ", 1)[0]


def time_to_screen(command: list[str], ready: list[str], size: tuple[int, int]) -> float:
    """Seconds from spawning ``command`` on a fresh pty until every ``ready`` text is on screen."""
    columns, rows = size
    # COLUMNS/LINES would override the pty's size; bytecode caching is on, as in a normal install.
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "PYTHONDONTWRITEBYTECODE")}
    env["TERM"] = "xterm-256color"
    start = time.perf_counter()
    pid, fd = os.forkpty()
    if pid == 0:  # child: the pty is our terminal
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        try:
            os.execvpe(command[0], command, env)
        finally:
            os._exit(127)
    screen = ""
    try:
        while True:
            remaining = start + TIMEOUT - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"{' '.join(command)}: first screen not seen in {TIMEOUT}s")
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child exited
                raise RuntimeError(f"{' '.join(command)} exited before painting; output:\n{screen[-2000:]}")
            screen += _ESCAPES.sub("", chunk.decode("utf-8", "replace"))
            if all(text in screen for text in ready):
                return time.perf_counter() - start
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--size", default="120x36")
    parser.add_argument("--big", type=Path, help="reuse this generated corpus instead of writing a new one")
    parser.add_argument("--other", type=Path, metavar="VENV", action="append", default=[],
                        help="also time the reader installed in this venv (repeatable)")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))

    with tempfile.TemporaryDirectory() as scratch:
        big = args.big or Path(scratch) / "corpus"
        if args.big is None:
            made = time.perf_counter()
            generate(big, args.count)
            print(f"generated {args.count} articles in {time.perf_counter() - made:.1f}s", file=sys.stderr)
        args.count = len(Corpus.open(big).entries)
        big_label = f"{args.count:,}"
        bundled_ready = [first_title(bundled_corpus()), "2 articles"]
        big_ready = [first_title(big), f"{args.count} articles"]
        targets = [Target("bare", [sys.executable, str(BENCH / "bare_app.py")], [BARE_READY])]
        for suffix, bin_dir in [("", Path(sys.executable).parent)] + [(f"@{venv.name}", venv / "bin") for venv in args.other]:
            reader = reader_command(bin_dir)
            targets += [
                Target("bundled" + suffix, reader, bundled_ready),
                Target(big_label + suffix, [*reader, "--corpus", str(big)], big_ready),
            ]
        for target in targets:  # one warm-up each: file cache and bytecode
            time_to_screen(target.command, target.ready, size)
        for _ in range(args.runs):
            for target in targets:
                target.times.append(time_to_screen(target.command, target.ready, size))

    bare, bare_min = statistics.median(targets[0].times), min(targets[0].times)
    print(f"Startup to first painted screen ({args.runs} runs each, {size[0]}x{size[1]} pty; {sys.executable})")
    print("ratio = median / bare median (the goal); ratio of minimums shown too, as it moves less with machine load")
    for venv in args.other:
        print(f"@{venv.name}: the reader installed in {venv}")
    print(f"{'target':<22} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'ratio':>7} {'min ratio':>10}  goal")
    for target in targets:
        median = statistics.median(target.times)
        ratio = median / bare
        goal = GOALS.get("10,000" if target.name == big_label else target.name) if "@" not in target.name else None
        verdict = "" if goal is None else f"<= {goal}  {'ok' if ratio <= goal else 'MISSED'}"
        print(
            f"{target.name:<22} {median * 1000:>10.0f} {min(target.times) * 1000:>8.0f} "
            f"{max(target.times) * 1000:>8.0f} {ratio:>7.2f} {min(target.times) / bare_min:>10.2f}  {verdict}"
        )


if __name__ == "__main__":
    main()
