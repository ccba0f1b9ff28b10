"""The problems screen: each corpus file that was skipped or failed validation, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Static

from reader.articles.model import Problem
from reader.paths import styles_dir
from reader.ui.dialog_body import DialogBody
from reader.ui.reading_document import plain_content

REASON_INDENT = "    "


def display_path(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def problem_lines(problems: Sequence[Problem], root: Path, width: int) -> list[Content]:
    """One entry per file: its path (relative to the corpus), then its reason wrapped to
    ``width`` under a hanging indent, so a long reason reads whole and stays apart."""
    if not problems:
        return [Content("Every file in the corpus loaded cleanly.")]
    inner = max(width - len(REASON_INDENT), 10)
    lines: list[Content] = []
    for problem in problems:
        lines += plain_content(display_path(problem.path, root), ".problems--path").wrap(max(width, 10))
        lines += [Content.assemble(REASON_INDENT, piece) for piece in plain_content(problem.reason).wrap(inner)]
    return lines


class ProblemList(Widget):
    """The problems, wrapped to the dialog's width with reasons indented under their file."""

    COMPONENT_CLASSES = {"problems--path"}

    def __init__(self, problems: Sequence[Problem], root: Path, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._problems = problems
        self._root = root

    @property
    def plain(self) -> str:
        """The listing as plain text, unwrapped (for tests and copying)."""
        return "\n".join(line.plain for line in problem_lines(self._problems, self._root, 10_000))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(problem_lines(self._problems, self._root, width))

    def render(self) -> Content:
        return Content("\n").join(problem_lines(self._problems, self._root, self.size.width))


class ProblemsScreen(ModalScreen[None]):
    """Lists broken corpus files; escape, ! or q closes it."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    AUTO_FOCUS = ".dialog-body"
    BINDINGS = [Binding("escape,exclamation_mark,q", "dismiss", "Close problems")]

    def __init__(self, problems: Sequence[Problem], root: Path) -> None:
        super().__init__()
        self._problems = list(problems)
        self._root = root

    def compose(self) -> ComposeResult:
        count = len({problem.path for problem in self._problems})
        title = f"{count} file{'s' if count != 1 else ''} skipped or broken"
        with Vertical(id="problems-dialog", classes="dialog"):
            yield Static(plain_content(title), classes="dialog-title")
            with DialogBody(classes="dialog-body"):
                yield ProblemList(self._problems, self._root, id="problems-text")
            hint = f"corpus: {self._root}  ·  ↓/↑ j/k, page keys, g/G scroll  ·  escape, ! or q closes this"
            yield Static(plain_content(hint), classes="dialog-hint")
