"""The problems screen: each corpus file that was skipped or failed validation, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.paths import styles_dir

from reader.articles.model import Problem
from reader.ui.reading_document import plain_content


def display_path(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def problems_content(problems: Sequence[Problem], root: Path) -> Content:
    """One entry per file: its path (relative to the corpus) and the one-line reason."""
    if not problems:
        return Content("Every file in the corpus loaded cleanly.")
    parts = []
    for problem in problems:
        parts.append(plain_content(display_path(problem.path, root), ".problems--path"))
        parts.append(Content.assemble("  ", plain_content(problem.reason)))
    return Content("\n").join(parts)


class ProblemsScreen(ModalScreen[None]):
    """Lists broken corpus files; escape, ! or q closes it."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    BINDINGS = [Binding("escape,exclamation_mark,q", "dismiss", "Close problems")]
    COMPONENT_CLASSES = {"problems--path"}

    def __init__(self, problems: Sequence[Problem], root: Path) -> None:
        super().__init__()
        self._problems = list(problems)
        self._root = root

    def compose(self) -> ComposeResult:
        count = len(self._problems)
        title = f"{count} file{'s' if count != 1 else ''} skipped or broken"
        with Vertical(id="problems-dialog", classes="dialog"):
            yield Static(plain_content(title), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Static(problems_content(self._problems, self._root), id="problems-text")
            yield Static(plain_content(f"corpus: {self._root}  ·  escape, ! or q closes this"), classes="dialog-hint")
