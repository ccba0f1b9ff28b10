"""The ``reader`` console script, with a short path for a plain start of the TUI.

``reader`` and ``reader --corpus DIR`` are what people type most, and what
bench/startup.py times, so they skip the argument parser and everything the
subcommands need. While Textual loads and the corpus is listed, the cyclic
garbage collector is paused: startup allocates tens of thousands of objects
that all live on, so each collection would only walk them in vain (20-40 ms
in all at 10,000 articles). The app resumes it after its first paint.
Everything else goes to ``reader.cli``.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def plain_tui_start(argv: list[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` is plainly the TUI (nothing, or only ``--corpus DIR``), and the DIR named."""
    if not argv:
        return True, None
    if len(argv) == 1 and argv[0].startswith("--corpus=") and len(argv[0]) > len("--corpus="):
        return True, argv[0].removeprefix("--corpus=")
    if len(argv) == 2 and argv[0] == "--corpus" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    return False, None


def launch_tui(root: Path) -> int:
    """Run the TUI on the corpus folder ``root`` until the user quits; 1 if there is no such folder."""
    if not root.is_dir():
        from reader.text.sanitize import sanitize

        print(f"reader: {sanitize(f'corpus folder not found: {root}')}", file=sys.stderr)
        return 1
    gc.disable()  # resumed by the app after its first paint
    from reader.ui.app import run  # Textual is imported only here

    run(root, resume_gc=True)
    return 0


def main() -> int:
    argv = sys.argv[1:]
    plain, named = plain_tui_start(argv)
    if plain:
        from reader.paths import bundled_corpus, named_corpus

        return launch_tui(named_corpus(named) or bundled_corpus())
    from reader.cli import main as cli_main

    return cli_main(argv)
