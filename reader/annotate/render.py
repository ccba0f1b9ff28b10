"""Rich renderables of an annotated article: what `reader show` prints in a terminal.

Article text is data, never markup: the body is a rich Text built from the raw
(re-sanitized) string, highlights are applied by offset, and markers are Text
pieces placed between divided slices, so "[IS]" stays literal.

Everything reads without colour too. An entity is bold on a background colour
per label (a fixed dark-on-light pair, legible on dark and light terminals) and
is followed by its label tag, ``Cavusoglu‹PERSON›``. Speech (direct and partial
quotes) is italic, its paragraph carries a bar in the left margin and a bracketed
speaker label follows the sentence that attributes it, ``“on the table.” [— Mevlut
Cavusoglu]``: never inside a sentence, so it cannot be read as the article's words.
A scare quote is italic with no bar and no speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from rich._loop import loop_last
from rich._wrap import divide_line
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from reader.annotate.model import Annotations, Mention, Quote
from reader.text.segment import Span, paragraphs, sentences_in
from reader.text.sanitize import sanitize

UNNAMED = "speaker not named"  # no source, or one the text leaves unnamed ("a union leader said")

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
SPEAKER_STYLE = "not italic magenta"  # apart from the italic speech it names
SPEECH_KINDS = ("direct", "partial")
_CLOSING_MARKS = "\"'”’»"

Highlight = tuple[int, int, str]  # (start, end, style) in the article text's offsets


def label_style(label: str) -> str:
    return LABEL_STYLES.get(label, OTHER_LABEL_STYLE)


def tag(label: str) -> Text:
    return Text(f"‹{sanitize(label)}›", style=f"{label_style(label)} {TAG_STYLE}")


def speaker_label_text(speakers: Iterable[str | None]) -> str:
    """The words of a speaker label, `` [— Ann Lee; Bob Ray]``, unsanitized. The brackets and
    the dash set it apart from the article's prose even without colour."""
    return f" [— {'; '.join(who or UNNAMED for who in speakers)}]"


def speaker_marker(speakers: Iterable[str | None]) -> Text:
    return Text(sanitize(speaker_label_text(speakers)), style=SPEAKER_STYLE)


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
    """Just after the quote's closing mark when there is one, else just after its words."""
    return quote.end + 1 if quote.end < len(text) and text[quote.end] in _CLOSING_MARKS else quote.end


SpeakerLabel = tuple[int, tuple[str | None, ...]]
"""(offset in the text where the label goes, the speakers it names in order; None: not named)."""


def speaker_labels(text: str, annotations: Annotations) -> list[SpeakerLabel]:
    """Where each speech quote's speaker is named, in text order (shared by `reader show` and
    the reading view, so both place labels alike).

    A label goes at the end of the sentence that holds the quote's closing mark, which is the
    sentence carrying its attribution (“…,” Osei said. / Osei said: “…”). When the quote ends
    its sentence and the next sentence of the paragraph names the speaker and opens no quote
    (“Go!” Osei shouted.), the label follows that sentence instead. So a label never splits a
    word or a sentence, nor sits between a quote and its attribution. Quotes of one speaker in
    a row within a paragraph share one label, after the last; a quote running over paragraphs
    (one span, or one left open at a paragraph's end and taken up by the next paragraph's) is
    named where it ends; labels meeting at one offset merge, ``[— Ann Lee; Bob Ray]``.
    Placement reads every entity mention, shown or not, so hiding a layer moves nothing."""
    speech = sorted((q for q in annotations.quotes if q.kind in SPEECH_KINDS), key=lambda q: q.start)
    spans = paragraphs(text)
    starts = [span.start for span in spans]
    quote_starts = [q.start for q in speech]
    mentions = sorted(annotations.entities, key=lambda m: m.start)
    mention_starts = [m.start for m in mentions]
    sentences: dict[int, tuple[list[Span], list[int]]] = {}  # per paragraph, found once: spans, starts

    def names(sentence: Span, speaker: str | None) -> bool:
        lo, hi = bisect_left(mention_starts, sentence.start), bisect_left(mention_starts, sentence.end)
        return speaker is not None and any(m.entity == speaker for m in mentions[lo:hi])

    def opens_quote(sentence: Span) -> bool:
        return bisect_left(quote_starts, sentence.start) < bisect_left(quote_starts, sentence.end)

    placed: list[tuple[int, int, str | None]] = []  # (paragraph, offset, speaker)
    for quote in speech:
        close = _close_at(text, quote)
        last = max(close - 1, quote.start)
        k = max(bisect_right(starts, last) - 1, 0)
        if k not in sentences:
            found = sentences_in(text, spans[k])
            sentences[k] = found, [sentence.start for sentence in found]
        own, own_starts = sentences[k]
        i = max(bisect_right(own_starts, last) - 1, 0)
        at = own[i].end
        if i + 1 < len(own) and not any(c.isalnum() for c in text[last + 1 : at]):
            following = own[i + 1]
            if names(following, quote.speaker) and not opens_quote(following):
                at = following.end
        # A quote left open at its paragraph's end runs on (the convention for long quotes):
        # it belongs with the next paragraph's, so its label is given there.
        runs_on = close == quote.end == spans[k].end
        placed.append((k + 1 if runs_on else k, at, quote.speaker))
    placed.sort(key=lambda item: item[1])  # stable: quotes keep their order at one offset

    labels: list[SpeakerLabel] = []
    for n, (k, at, speaker) in enumerate(placed):
        later = placed[n + 1] if n + 1 < len(placed) else None
        if later is not None and later[0] == k and later[2] == speaker:
            continue  # the same speaker's next quote in this paragraph (or run) carries the label
        if labels and labels[-1][0] == at:
            if speaker not in labels[-1][1]:
                labels[-1] = (at, (*labels[-1][1], speaker))
        else:
            labels.append((at, (speaker,)))
    return labels


def _tag_at(text: str, mention: Mention) -> int:
    """Where a mention's label tag goes: after it, or after the bracket that closes it, so an
    editorial gloss such as "[IS]" stays whole."""
    start, end = mention.start, mention.end
    if 0 < start and end < len(text) and text[start - 1] + text[end] in ("[]", "()"):
        return end + 1
    return end


def wrap_offsets(plain: str, width: int, whole: Iterable[tuple[int, int]] = ()) -> list[int]:
    """Where to break ``plain`` into lines of at most ``width`` cells: rich's and Textual's own
    word wrap, except that no break falls inside a ``whole`` range that fits on a line, so a
    speaker label is never cut in two ("[— Anna" / "Kowalski]")."""
    chars = list(plain)
    for start, end in whole:
        if cell_len(plain[start:end]) <= width:
            chars[start:end] = ["_" if char == " " else char for char in chars[start:end]]
    return divide_line("".join(chars), width, fold=True)


def label_range(at: int, label: str) -> tuple[int, int]:
    """The part of a marker inserted at ``at`` kept on one line: all but its leading space,
    where the line may break."""
    return at + len(label) - len(label.lstrip(" ")), at + len(label)


class Paragraph:
    """A paragraph of rich Text that wraps like Text, keeping its inserted markers whole."""

    def __init__(self, text: Text, whole: list[tuple[int, int]]) -> None:
        self.text, self.whole = text, whole

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> Iterator[Text]:
        for last, line in loop_last(self.text.divide(wrap_offsets(self.text.plain, options.max_width, self.whole))):
            if not last:
                line.rstrip()
            line.no_wrap, line.end = True, "\n"
            yield line


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
    bar, and speaker labels where ``speaker_labels`` puts them."""
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
    said = [False for _ in spans]
    if quotes:
        for q in annotations.quotes:
            if q.kind in SPEECH_KINDS:
                for k in overlapping(q.start, q.end):
                    said[k] = True
        for at, speakers in speaker_labels(text, annotations):
            markers[max(bisect_left(starts, at) - 1, 0)].append((at, speaker_marker(speakers)))

    blocks: list[RenderableType] = []
    for span, own_styles, own_markers, own_said in zip(spans, styles, markers, said):
        paragraph = Text(sanitize(text[span.start : span.end]))
        for start, end, style in own_styles:
            paragraph.stylize(style, max(start - span.start, 0), min(end, span.end) - span.start)
        own_markers.sort(key=lambda marker: marker[0])  # stable: a tag before a speaker at one offset
        paragraph, whole = _with_markers(paragraph, [(at - span.start, marker) for at, marker in own_markers])
        block: RenderableType = Paragraph(paragraph, whole) if whole else paragraph
        blocks.append(Gutter(block) if own_said else block)
    return blocks


def _with_markers(paragraph: Text, markers: list[tuple[int, Text]]) -> tuple[Text, list[tuple[int, int]]]:
    """The paragraph with the markers inserted, and where they landed (each kept on one line)."""
    if not markers:
        return paragraph, []
    pieces = paragraph.divide(offset for offset, _ in markers)
    result = Text()
    whole: list[tuple[int, int]] = []
    result.append_text(pieces[0])
    for k, (_, marker) in enumerate(markers):
        whole.append(label_range(len(result), marker.plain))
        result.append_text(marker)
        result.append_text(pieces[k + 1])
    return result, whole


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
        line.append_text(Text(" [— speaker]", style=SPEAKER_STYLE))
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
    """How many quotes each speaker has, then those whose speaker is not named, and scare quotes."""
    speech = Counter(q.speaker for q in quotes if q.kind in SPEECH_KINDS)
    scare = sum(1 for q in quotes if q.kind not in SPEECH_KINDS)
    parts = [f"{sanitize(who)} ×{n}" for who, n in sorted(speech.items(), key=lambda x: (-x[1], x[0] or "")) if who]
    if speech.get(None):
        parts.append(f"{UNNAMED} ×{speech[None]}")
    if scare:
        parts.append(f"scare quotes ×{scare}")
    return Text.assemble(("Quotes: ", "bold"), ", ".join(parts) or "none")

