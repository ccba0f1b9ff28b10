"""The help screen, generated from the bindings the app and its panes declare."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.paths import styles_dir
from reader.ui.dialog_body import DialogBody

HelpRow = tuple[str, str]
HelpSection = tuple[str, list[HelpRow]]


def help_rows(
    bindings: Iterable[BindingType], key_display: Callable[[Binding], str]
) -> list[HelpRow]:
    """One row per action: every key bound to it and what it does (tooltip, else description)."""
    rows: dict[str, tuple[list[str], str]] = {}
    for _key, binding in BindingsMap(bindings):
        if not binding.description or binding.system:
            continue
        keys, _text = rows.setdefault(binding.action, ([], binding.tooltip or binding.description))
        display = key_display(binding.with_key(binding.key, None))
        if display not in keys:
            keys.append(display)
    return [(", ".join(keys), text) for keys, text in rows.values()]


def help_content(sections: Sequence[HelpSection], footnote: str = "") -> Content:
    """The help text: a heading per section, then aligned key / description rows."""
    width = max((len(keys) for _title, rows in sections for keys, _ in rows), default=0)
    parts: list[Content] = []
    for title, rows in sections:
        if not rows:
            continue
        if parts:
            parts.append(Content(""))
        parts.append(Content(title).stylize(".help--section"))
        for keys, description in rows:
            parts.append(
                Content.assemble(
                    Content(f"  {keys:<{width}}").stylize(".help--key"), "  ", Content(description)
                )
            )
    if footnote:
        parts += [Content(""), Content(footnote).stylize(".help--note")]
    return Content("\n").join(parts)


class HelpScreen(ModalScreen[None]):
    """Lists every key with what it does; any of escape, ? or q closes it."""

    CSS_PATH = styles_dir() / "dialogs.tcss"
    AUTO_FOCUS = ".dialog-body"
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close help")]
    COMPONENT_CLASSES = {"help--section", "help--key", "help--note"}

    def __init__(self, content: Content) -> None:
        super().__init__()
        self._content = content

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static(Content("Keys"), classes="dialog-title")
            with DialogBody(classes="dialog-body"):
                yield Static(self._content, id="help-text")
            yield Static(Content("↓/↑ j/k, page keys, g/G scroll  ·  escape, ? or q closes this"), classes="dialog-hint")
