"""The entity panel: the article's entities by type, with mention counts and the names used.

Choosing one (enter or click) posts ``EntityPanel.Chosen``; the app then marks
that entity's mentions in the reading view and steps through them. The list is
an OptionList (virtualized; fine for the few hundred entities of a long article).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.annotate.model import Annotations
from reader.annotate.render import LABEL_NAMES
from reader.ui.annotation_spans import COMPONENT_CLASSES as ANNOTATION_CLASSES
from reader.ui.annotation_spans import EntityKey, key_of, label_order, tag
from reader.ui.reading_document import plain_content
from reader.ui.strips import OwnComponentStyles


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity of an article: how often it is mentioned, under which names, and where."""

    key: EntityKey
    names: tuple[tuple[str, int], ...]  # surface forms used, most frequent first
    starts: tuple[int, ...]  # offsets of its mentions in the text, in reading order

    @property
    def count(self) -> int:
        return len(self.starts)


def entity_summaries(annotations: Annotations) -> list[EntitySummary]:
    """Entities grouped by label (in the CLI's label order), most mentioned first."""
    starts: dict[EntityKey, list[int]] = defaultdict(list)
    names: dict[EntityKey, Counter[str]] = defaultdict(Counter)
    for mention in annotations.entities:
        starts[key_of(mention)].append(mention.start)
        names[key_of(mention)][mention.text] += 1
    order = {label: k for k, label in enumerate(label_order({label for label, _ in starts}))}
    keys = sorted(starts, key=lambda key: (order[key[0]], -len(starts[key]), key[1].casefold()))
    return [
        EntitySummary(key, tuple(names[key].most_common()), tuple(sorted(starts[key])))
        for key in keys
    ]


def summary_prompt(summary: EntitySummary) -> Content:
    """``Islamic State — 6: Daesh ×4, IS ×1, Islamic State ×1``"""
    names = ", ".join(f"{name} ×{count}" for name, count in summary.names)
    return Content.assemble(
        plain_content(summary.key[1]).stylize(".entity-panel--name"),
        f" — {summary.count}: ",
        plain_content(names).stylize(".entity-panel--names"),
    )


HINT = "enter: mark its mentions · ]/[ step through them"


class EntityList(OptionList):
    """The panel's list, moved with the keys the rest of the app uses (j/k, g/G), not only arrows."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Move", key_display="j/k", tooltip="Next entity"),
        Binding("k,up", "cursor_up", "Up", show=False, tooltip="Previous entity"),
        Binding("g,home", "first", "First", show=False, tooltip="First entity"),
        Binding("G,end", "last", "Last", show=False, tooltip="Last entity"),
        Binding("enter", "select", "Mark", tooltip="Mark this entity's mentions in the text; ]/[ step through them"),
    ]

    def action_first(self) -> None:
        """The first entity, with the heading above it in view."""
        super().action_first()
        self.scroll_home(animate=False)


class EntityPanel(OwnComponentStyles, Vertical):
    """A side panel listing the entities of the article being read."""

    BINDINGS = [
        Binding("escape", "app.entity_panel", "Close panel", show=False, tooltip="Close the entity panel"),
    ]
    COMPONENT_CLASSES = {*ANNOTATION_CLASSES, "entity-panel--name", "entity-panel--names"}

    class Chosen(Message):
        """The user chose an entity in the panel."""

        def __init__(self, summary: EntitySummary) -> None:
            super().__init__()
            self.summary = summary

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._summaries: list[EntitySummary] = []

    def compose(self) -> ComposeResult:
        yield Static(Content("Entities"), id="entity-panel-title")
        yield EntityList(id="entity-list")
        yield Static(Content(HINT), id="entity-panel-status")

    @property
    def option_list(self) -> EntityList:
        return self.query_one("#entity-list", EntityList)

    @property
    def summaries(self) -> list[EntitySummary]:
        return list(self._summaries)

    def show_waiting(self, waiting: bool = True) -> None:
        """Empty the list: the article's entities are on their way (or there is no article)."""
        self._summaries = []
        self.set_status(HINT)
        self.option_list.clear_options()
        self._title("Entities: finding them…" if waiting else "No article shown")

    def show_entities(self, annotations: Annotations) -> None:
        """List the entities of ``annotations`` under a heading per label."""
        self._summaries = entity_summaries(annotations)
        self.set_status(HINT)  # a mention count of the previous article's entity means nothing here
        options: list[Option] = []
        label = None
        for index, summary in enumerate(self._summaries):
            if summary.key[0] != label:
                label = summary.key[0]
                heading = Content.assemble(tag(label), " ", LABEL_NAMES.get(label, label.lower()))
                options.append(Option(heading, disabled=True))
            options.append(Option(summary_prompt(summary), id=str(index)))
        option_list = self.option_list
        option_list.clear_options()
        option_list.add_options(options)
        first = next((k for k, option in enumerate(options) if not option.disabled), None)
        option_list.highlighted = first
        mentions = sum(summary.count for summary in self._summaries)
        count = len(self._summaries)
        self._title(f"{count} entit{'ies' if count != 1 else 'y'}, {mentions} mentions" if count else "No entities found")

    def set_status(self, text: str) -> None:
        self.query_one("#entity-panel-status", Static).update(plain_content(text))

    def _title(self, text: str) -> None:
        self.query_one("#entity-panel-title", Static).update(Content(text))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self._summaries[int(event.option.id)]))
