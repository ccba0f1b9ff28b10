"""Annotations (entity mentions, quotations) as styled spans and inserted markers for the TUI.

Shared by the reading view and split-compare so both show a label the same way.
Styles are component-class names (".entity--person", ".quote--speech", ...) whose
look lives in styles/annotations.tcss, matching the CLI's `reader show`
(reader/annotate/render.py): a background colour per label with dark bold text
and a ‹LABEL› tag, speech in italics with a bar in the paragraph's margin and a
bracketed speaker label, ``[— Mevlut Cavusoglu]``, after the sentence that
attributes it (placed by render.speaker_labels, so both views agree), scare
quotes italic and lighter with neither.

A widget that draws these spans declares ``COMPONENT_CLASSES`` (this module's
``COMPONENT_CLASSES``) and is listed in the selectors of annotations.tcss.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from textual.content import Content

from reader.annotate.model import Annotations, Mention, Quote
from reader.annotate.render import LABEL_NAMES, LABEL_STYLES, SPEECH_KINDS, speaker_label_text, speaker_labels
from reader.text.segment import paragraphs
from reader.ui.reading_document import Highlight, plain_content

LABEL_CLASSES = {label: f"entity--{label.lower()}" for label in LABEL_STYLES}
OTHER_LABEL_CLASS = "entity--other"
TAG_CLASS = "entity--tag"
SELECTED_CLASS = "entity--selected"
CURRENT_CLASS = "entity--current"
SPEECH_CLASS = "quote--speech"
SCARE_CLASS = "quote--scare"
BAR_CLASS = "quote--bar"
SPEAKER_CLASS = "quote--speaker"
LEGEND_CLASS = "legend--title"
COMPONENT_CLASSES = {
    *LABEL_CLASSES.values(),
    OTHER_LABEL_CLASS,
    TAG_CLASS,
    SELECTED_CLASS,
    CURRENT_CLASS,
    SPEECH_CLASS,
    SCARE_CLASS,
    BAR_CLASS,
    SPEAKER_CLASS,
    LEGEND_CLASS,
}
BAR = "▌ "

EntityKey = tuple[str, str]
"""(label, canonical entity): one entity of an article."""

Marker = tuple[int, Content]
"""Content inserted into the text at an offset (a label tag, a speaker)."""


def label_class(label: str) -> str:
    """The component class of an entity label (no leading dot)."""
    return LABEL_CLASSES.get(label, OTHER_LABEL_CLASS)


def key_of(mention: Mention) -> EntityKey:
    return (mention.label, mention.entity)


def label_order(labels: set[str]) -> list[str]:
    """Labels in the CLI's order (PERSON, ORG, GPE, ...), unknown ones last, alphabetically."""
    return [label for label in LABEL_STYLES if label in labels] + sorted(labels - LABEL_STYLES.keys())


def quote_class(quote: Quote) -> str:
    return SPEECH_CLASS if quote.kind in SPEECH_KINDS else SCARE_CLASS


def annotation_highlights(
    annotations: Annotations,
    entities: bool = True,
    quotes: bool = True,
    selected: EntityKey | None = None,
    current: int | None = None,
) -> list[Highlight]:
    """Spans over the text, in drawing order: quotes, then entities on top, then the
    selected entity's mentions (drawn over their label colour), the one starting at
    ``current`` (the mention stepped to) marked apart."""
    spans: list[Highlight] = []
    if quotes:
        spans += [(q.start, q.end, f".{quote_class(q)}") for q in annotations.quotes]
    if entities:
        spans += [(m.start, m.end, f".{label_class(m.label)}") for m in annotations.entities]
    if selected is not None:
        chosen = [m for m in annotations.entities if key_of(m) == selected]
        spans += [(m.start, m.end, f".{SELECTED_CLASS}") for m in chosen]
        spans += [(m.start, m.end, f".{CURRENT_CLASS}") for m in chosen if m.start == current]
    return spans


def tag(label: str) -> Content:
    """The ‹LABEL› tag that names an entity's type without colour."""
    return plain_content(f"‹{label}›").stylize(f".{label_class(label)}").stylize(f".{TAG_CLASS}")


def bar() -> Content:
    """The margin mark of a paragraph with speech."""
    return Content(BAR).stylize(f".{BAR_CLASS}")


def speaker_marker(speakers: tuple[str | None, ...]) -> Content:
    """The label naming who spoke, `` [— Ann Lee]``: display text, never part of Article.text."""
    return plain_content(speaker_label_text(speakers)).stylize(f".{SPEAKER_CLASS}")


@dataclass(frozen=True, slots=True)
class Decoration:
    """Everything annotations add to a text: spans, inserted markers, margin bars."""

    highlights: list[Highlight]
    markers: list[Marker]  # sorted by offset; a tag before a speaker at one offset
    gutters: dict[int, Content]  # paragraph start offset -> margin mark (the bar of speech)


def _tag_at(text: str, mention: Mention) -> int:
    """After the mention, or after the bracket closing it, so "[IS]" stays whole (as the CLI)."""
    start, end = mention.start, mention.end
    if 0 < start and end < len(text) and text[start - 1] + text[end] in ("[]", "()"):
        return end + 1
    return end


def decorate(
    text: str,
    annotations: Annotations,
    entities: bool = True,
    quotes: bool = True,
    selected: EntityKey | None = None,
    current: int | None = None,
) -> Decoration:
    """Highlights plus markers for ``text``: a tag after each entity's first mention in a
    paragraph (unobtrusive, yet the type reads without colour), and a paragraph with speech
    gets a bar, and speaker labels where render.speaker_labels puts them."""
    spans = paragraphs(text)
    starts = [span.start for span in spans]
    markers: list[Marker] = []
    if entities:
        tagged: set[tuple[int, EntityKey]] = set()
        for mention in sorted(annotations.entities, key=lambda m: m.start):
            paragraph = max(bisect_right(starts, mention.start) - 1, 0)
            if (paragraph, key_of(mention)) not in tagged:
                tagged.add((paragraph, key_of(mention)))
                markers.append((_tag_at(text, mention), tag(mention.label)))
    gutters: dict[int, Content] = {}
    if quotes:
        said: set[int] = set()  # paragraphs holding speech
        for quote in annotations.quotes:
            if quote.kind not in SPEECH_KINDS:
                continue
            first = max(bisect_right(starts, quote.start) - 1, 0)
            last = max(bisect_left(starts, max(quote.end, quote.start + 1)) - 1, first)
            said.update(range(first, last + 1))
        gutters = {spans[k].start: bar() for k in said}
        markers += [(at, speaker_marker(speakers)) for at, speakers in speaker_labels(text, annotations)]
    markers.sort(key=lambda marker: marker[0])  # stable: tags (added first) before speakers
    return Decoration(annotation_highlights(annotations, entities, quotes, selected, current), markers, gutters)


def legend(annotations: Annotations, entities: bool = True, quotes: bool = True) -> Content:
    """One line naming the styles in use: the labels present, then the quote styles; a layer
    the reader has hidden is named as hidden, with its key, not as absent."""
    parts: list[Content | str] = [Content("Legend: ").stylize(f".{LEGEND_CLASS}")]
    if annotations.entities and not entities:
        parts.append("entities hidden (e)  ")
    elif annotations.entities:
        for label in label_order({m.label for m in annotations.entities}):
            parts += [tag(label), f"{LABEL_NAMES.get(label, label.lower())}  "]  # no space: wraps with its tag
    if annotations.quotes and not quotes:
        parts.append("quotes hidden (t)")
    elif annotations.quotes:
        parts += [
            bar(),
            Content("“speech”").stylize(f".{SPEECH_CLASS}"),
            Content(" [— speaker]").stylize(f".{SPEAKER_CLASS}"),
            "  ",
            Content("“term”").stylize(f".{SCARE_CLASS}"),
            " scare quote",
        ]
    if len(parts) == 1:
        parts.append("no entities or quotes found")
    return Content.assemble(*parts)
