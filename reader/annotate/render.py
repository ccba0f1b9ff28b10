"""Rich renderables of an annotated article: what `reader show` prints in a terminal.

Article text is data, never markup: the body is a rich Text built from the raw
(re-sanitized) string, highlights are applied by offset, and markers are Text
pieces placed between divided slices, so "[IS]" stays literal.

Everything reads without colour too. An entity is bold on a background colour
per label (a fixed dark-on-light pair, legible on dark and light terminals) and
is followed by its label tag, ``Cavusoglu‹PERSON›``. Speech (direct and partial
quotes) is italic, its paragraph carries a bar in the left margin and the
speaker follows the closing mark, ``“on the table.” — Mevlut Cavusoglu``. A scare
quote is italic with no bar and no speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from reader.annotate.model import Annotations, Mention, Quote
from reader.text.segment import paragraphs
from reader.text.sanitize import sanitize

# displaCy's palette (the look users know), always with dark text on it.
LABEL_STYLES = {
    "PERSON": "bold #000000 on #aa9cfc",
    "ORG": "bold #000000 on #7aecec",
    "GPE": "bold #000000 on #feca74",
    "LOC": "bold #000000 on #ff9561",
    "FAC": "bold #000000 on #9cc9cc",
    "NORP": "bold #000000 on #c887fb",
    "DATE": "bold #000000 on #bfe1d9",
    "TIME": "bold #000000 on #bfe1d9",
    "EVENT": "bold #000000 on #ffeb80",
}
LABEL_NAMES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country/city",
    "LOC": "place",
    "FAC": "facility",
    "NORP": "nationality/group",
    "DATE": "date",
    "TIME": "time",
    "EVENT": "event",
}
OTHER_LABEL_STYLE = "bold #000000 on #dddddd"
TAG_STYLE = "not bold #333333"  # layered over the mention's own background
QUOTE_STYLE = "italic"
BAR = "▌ "
BAR_STYLE = "bold magenta"
SPEAKER_STYLE = "italic magenta"
SPEECH_KINDS = ("direct", "partial")
_CLOSING_MARKS = "\"'”’»"

Highlight = tuple[int, int, str]  # (start, end, style) in the article text's offsets


def label_style(label: str) -> str:
    return LABEL_STYLES.get(label, OTHER_LABEL_STYLE)


def tag(label: str) -> Text:
    return Text(f"‹{sanitize(label)}›", style=f"{label_style(label)} {TAG_STYLE}")


def speaker_marker(quote: Quote) -> Text:
    who = sanitize(quote.speaker) if quote.speaker else "unattributed"
    return Text(f" — {who}", style=SPEAKER_STYLE)


def highlights(annotations: Annotations, entities: bool = True, quotes: bool = True) -> list[Highlight]:
    """Quote then entity styles by offset (entities drawn over quotes), for cells that
    cannot take inserted markers, such as the compare view's."""
    spans: list[Highlight] = []
    if quotes:
        spans += [(q.start, q.end, QUOTE_STYLE) for q in annotations.quotes]
    if entities:
        spans += [(m.start, m.end, label_style(m.label)) for m in annotations.entities]
    return spans


def _close_at(text: str, quote: Quote) -> int:
    """Where the speaker marker goes: after the closing quote mark when there is one."""
    return quote.end + 1 if quote.end < len(text) and text[quote.end] in _CLOSING_MARKS else quote.end


def _tag_at(text: str, mention: Mention) -> int:
    """Where a mention's label tag goes: after it, or after the bracket that closes it, so an
    editorial gloss such as "[IS]" stays whole."""
    start, end = mention.start, mention.end
    if 0 < start and end < len(text) and text[start - 1] + text[end] in ("[]", "()"):
        return end + 1
    return end


class Gutter:
    """A renderable drawn with a mark (a coloured bar) at the start of each of its lines."""

    def __init__(self, renderable: RenderableType, mark: str = BAR, style: str = BAR_STYLE) -> None:
        self.renderable, self.mark, self.style = renderable, mark, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Segment]:
        width = max(options.max_width - len(self.mark), 1)
        mark = Segment(self.mark, console.get_style(self.style))
        for line in console.render_lines(self.renderable, options.update_width(width), pad=False):
            yield mark
            yield from line
            yield Segment.line()


def body(text: str, annotations: Annotations, entities: bool = True, quotes: bool = True) -> list[RenderableType]:
    """One renderable per paragraph of ``text``, highlighted. A paragraph with speech gets a
    bar and its speaker at its end, or after each quote when it quotes several speakers."""
    spans = paragraphs(text)
    starts = [span.start for span in spans]

    def overlapping(start: int, end: int) -> range:
        """Indexes of the paragraphs that [start, end) touches (found by bisection: long
        articles have thousands of paragraphs and mentions)."""
        return range(max(bisect_right(starts, start) - 1, 0), bisect_left(starts, max(end, start + 1)))

    styles: list[list[Highlight]] = [[] for _ in spans]
    for start, end, style in highlights(annotations, entities, quotes):
        for k in overlapping(start, end):
            styles[k].append((start, end, style))
    markers: list[list[tuple[int, Text]]] = [[] for _ in spans]
    if entities:
        for m in annotations.entities:
            at = _tag_at(text, m)
            markers[max(bisect_left(starts, at) - 1, 0)].append((at, tag(m.label)))
    said: list[list[Quote]] = [[] for _ in spans]
    for q in annotations.quotes if quotes else ():
        if q.kind in SPEECH_KINDS:
            for k in overlapping(q.start, q.end):
                said[k].append(q)

    blocks: list[RenderableType] = []
    for span, own_styles, own_markers, own_said in zip(spans, styles, markers, said):
        ending = [q for q in own_said if q.end <= span.end]  # a quote running on is named where it ends
        if len({q.speaker for q in own_said}) == 1:
            own_markers += [(span.end, speaker_marker(q)) for q in ending[-1:]]
        else:
            own_markers += [(_close_at(text, q), speaker_marker(q)) for q in ending]
        paragraph = Text(sanitize(text[span.start : span.end]))
        for start, end, style in own_styles:
            paragraph.stylize(style, max(start - span.start, 0), min(end, span.end) - span.start)
        own_markers.sort(key=lambda marker: marker[0])  # stable: a tag before a speaker at one offset
        paragraph = _with_markers(paragraph, [(at - span.start, marker) for at, marker in own_markers])
        blocks.append(Gutter(paragraph) if own_said else paragraph)
    return blocks


def _with_markers(paragraph: Text, markers: list[tuple[int, Text]]) -> Text:
    if not markers:
        return paragraph
    pieces = paragraph.divide(offset for offset, _ in markers)
    result = Text()
    result.append_text(pieces[0])
    for k, (_, marker) in enumerate(markers):
        result.append_text(marker)
        result.append_text(pieces[k + 1])
    return result


def legend(annotations: Annotations, entities: bool = True, quotes: bool = True) -> Text:
    """One line naming the styles in use: the labels this article has, then the quote styles."""
    line = Text.assemble(("Legend: ", "bold"))
    if entities:
        present = {m.label for m in annotations.entities}
        for label in [*LABEL_STYLES, *sorted(present - LABEL_STYLES.keys())]:
            if label in present:
                line.append_text(tag(label))
                line.append(f" {LABEL_NAMES.get(label, label.lower())}  ")
    if quotes:
        line.append(BAR, style=BAR_STYLE)
        line.append("“speech”", style=QUOTE_STYLE)
        line.append_text(Text(" — speaker", style=SPEAKER_STYLE))
        line.append("  ")
        line.append("“term”", style=QUOTE_STYLE)
        line.append(" alone: scare quote")
    if not (entities or quotes):
        line.append("highlights off", style="dim")
    return line


def entity_index(mentions: Iterable[Mention]) -> Text:
    """The article's entities by label, most mentioned first, with the other names used."""
    counts: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in mentions:
        counts[(m.label, m.entity)] += 1
        names[(m.label, m.entity)][m.text] += 1
    index = Text()
    for label in [*LABEL_STYLES, *sorted({label for label, _ in counts} - LABEL_STYLES.keys())]:
        found = sorted(((n, e) for (lab, e), n in counts.items() if lab == label), key=lambda x: (-x[0], x[1]))
        if not found:
            continue
        index.append_text(tag(label))
        for k, (n, entity) in enumerate(found):
            index.append(", " if k else " ")
            index.append(sanitize(entity), style="bold")
            index.append(f" ×{n}")
            aliases = [a for a, _ in names[(label, entity)].most_common() if a != entity]
            if aliases:
                index.append(f" (as {', '.join(sanitize(a) for a in aliases)})", style="dim")
        index.append("\n")
    index.rstrip()
    return index


def quote_index(quotes: Iterable[Quote]) -> Text:
    """How many quotes each speaker has, then the unattributed and scare quotes."""
    speech = Counter(q.speaker for q in quotes if q.kind in SPEECH_KINDS)
    scare = sum(1 for q in quotes if q.kind not in SPEECH_KINDS)
    parts = [f"{sanitize(who)} ×{n}" for who, n in sorted(speech.items(), key=lambda x: (-x[1], x[0] or "")) if who]
    if speech.get(None):
        parts.append(f"unattributed ×{speech[None]}")
    if scare:
        parts.append(f"scare quotes ×{scare}")
    return Text.assemble(("Quotes: ", "bold"), ", ".join(parts) or "none")

