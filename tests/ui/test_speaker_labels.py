"""Speaker labels in the reading view: "[— speaker]" after the sentence that attributes a quote,
styled apart, never cut by a line break, and never shifting what the view maps to Article.text
(entity and search highlights, `]`/`[` mention steps, scrolling to an offset)."""

from __future__ import annotations

import re

import pytest
from annotation_helpers import bundled_articles, expected_annotations, foreground, is_annotated, segments, text_of
from pilot_helpers import screen_text, wait_for
from textual.color import Color

from reader.annotate.model import Annotations, Quote
from reader.articles.corpus import Corpus
from reader.ui.annotation_spans import decorate
from reader.ui.app import ReaderApp
from reader.ui.reading_document import LineIndex, article_blocks, wrap_blocks
from reader.paths import bundled_corpus
from reader.ui.strips import component_style

# The reviewer's article (review 2, item 4), one paragraph per line as the importer wrote it.
BODY = [
    "Finance Minister Anna Kowalski met Trade Minister Peter Osei in Lisbon on Monday.",
    '"The deal is dead," Osei said. Kowalski disagreed. "It is very much alive," she said.',
    '"We will appeal," said a spokesman for Maersk.',
    'Osei told reporters: "I never said that."',
]
TWO_QUOTES = BODY[1]
SPEAKER = Color.parse("#b048b5")  # .quote--speaker in styles/annotations.tcss
LABEL = re.compile(r" ?\[— [^\]]*\]")


@pytest.fixture
def clash(write_article, tmp_path):
    write_article("clash", "Ministers clash over port deal", "Test Wire", "2026-02-02", "clash", BODY)
    return tmp_path / "corpus"


async def open_annotated(pilot, app: ReaderApp) -> None:
    await wait_for(pilot, lambda: is_annotated(app))
    await pilot.pause()


async def test_two_quotes_in_a_paragraph_are_each_named_after_their_sentence(clash):
    app = ReaderApp(clash)
    async with app.run_test(size=(110, 24)) as pilot:
        await open_annotated(pilot, app)
        flat = " ".join(line.removeprefix("▌ ") for line in app.reading_view.plain_lines)
        assert (
            '"The deal is dead," Osei‹PERSON› said. [— Peter Osei] Kowalski‹PERSON› disagreed. '
            '"It is very much alive," she said. [— Anna Kowalski]'
        ) in flat
        assert "Osei Osei" not in flat and "— Anna Kowalski she" not in flat  # the splices review 2 saw
        assert 'Osei‹PERSON› told reporters: "I never said that." [— Peter Osei]' in flat
        assert "[— speaker]" in app.legend.content.plain


@pytest.mark.parametrize("width", [110, 80, 64])
async def test_a_label_is_never_cut_by_a_line_break(clash, width):
    app = ReaderApp(clash)
    async with app.run_test(size=(width, 30)) as pilot:
        await open_annotated(pilot, app)
        lines = app.reading_view.plain_lines
        for label in ("[— Peter Osei]", "[— Anna Kowalski]"):
            assert sum(line.count(label) for line in lines) == (2 if "Osei" in label else 1), lines
        assert not any(line.rstrip().endswith("[—") for line in lines)


def test_at_every_width_a_label_that_fits_stays_on_one_line(clash):
    article = Corpus.open(clash).load(Corpus.open(clash).entries[0])
    decoration = decorate(article.text, expected_annotations(article))
    for width in range(20, 90):
        lines = [line.content.plain for line in wrap_blocks(article_blocks(article, decoration=decoration), width)]
        for label in ("[— Peter Osei]", "[— Anna Kowalski]"):  # whole, as often as it is placed
            assert sum(line.count(label) for line in lines) == (2 if "Osei" in label else 1), (width, lines)


async def test_a_label_is_upright_in_the_speaker_colour_and_the_text_after_it_is_not(clash):
    app = ReaderApp(clash)
    async with app.run_test(size=(110, 24)) as pilot:
        await open_annotated(pilot, app)
        labels = segments(app, "[— Peter Osei]")
        assert labels and all(foreground(s) == SPEAKER and not s.style.italic for s in labels)
        (speech,) = [s for s in segments(app, "The deal is dead")]
        assert speech.style.italic and foreground(speech) != SPEAKER  # the quote itself: italic, text colour
        after = [s for s in segments(app, "disagreed") if "[" not in s.text]
        assert after and all(foreground(s) != SPEAKER for s in after)


def test_every_wrapped_line_maps_back_to_the_text_it_shows_past_the_labels(clash):
    corpus = Corpus.open(clash)
    texts = [corpus.load(entry) for entry in corpus.entries] + bundled_articles()
    for article in texts:
        annotations = expected_annotations(article)
        decoration = decorate(article.text, annotations)
        for width in (24, 37, 61, 90):
            lines = [line for line in wrap_blocks(article_blocks(article, decoration=decoration), width) if line.text_start is not None]
            starts = [line.text_start for line in lines] + [len(article.text)]
            for k, line in enumerate(lines):
                shown = LABEL.sub("", line.content.plain.removeprefix("▌ ")).replace("›", "‹").split("‹")[::2]
                expected = article.text[starts[k] : starts[k + 1]].strip()
                assert "".join(shown).strip() == expected, (article.id, width, line.content.plain)
            index = LineIndex(lines)
            for mention in annotations.entities:  # each mention's row shows (the start of) the mention
                assert mention.text.split()[0] in lines[index.row_of(mention.start)].content.plain


async def test_mention_steps_and_search_hits_land_on_their_words_after_a_label(clash):
    app = ReaderApp(clash)
    async with app.run_test(size=(70, 16)) as pilot:
        await open_annotated(pilot, app)
        view = app.reading_view
        kowalski = [m.start for m in expected_annotations(view.article).entities if m.entity == "Anna Kowalski"]
        assert len(kowalski) >= 2  # "Anna Kowalski", then "Kowalski" right after the "[— Peter Osei]" label
        await pilot.press("x")
        option_list = app.entity_panel.option_list
        target = next(k for k, o in enumerate(option_list.options) if o.id and "Anna Kowalski" in o.prompt.plain)
        while option_list.highlighted != target:
            await pilot.press("down")
        await pilot.press("enter", "escape")
        await pilot.pause()
        current = Color.from_rich_color(view.get_component_rich_style("entity--current").bgcolor)
        for number in range(2, len(kowalski) + 1):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            (marked,) = [s for row in range(len(view.plain_lines)) for s in view.line_strip(row)
                         if s.style.bgcolor and Color.from_rich_color(s.style.bgcolor) == current]
            assert marked.text == view.article.text[kowalski[number - 1] : kowalski[number - 1] + len(marked.text)]
            assert marked.text.strip() in ("Kowalski", "Anna Kowalski")
            row = view.text_row(kowalski[number - 1])
            assert view.scroll_y <= row < view.scroll_y + view.scrollable_content_region.height
            assert "Kowalski" in view.plain_lines[row]

        await pilot.press("slash", *"disagreed")
        await wait_for(pilot, lambda: app._query == "disagreed")
        await pilot.press("enter", "enter")
        await wait_for(pilot, lambda: is_annotated(app))
        await pilot.pause(0.3)
        search = component_style(view, "article--search-hit").background.rich_color
        hits = [s for row in range(len(view.plain_lines)) for s in view.line_strip(row) if s.style.bgcolor == search]
        assert [s.text for s in hits] == ["disagreed"]
        assert "disagreed" in screen_text(pilot)


def test_a_quote_over_two_paragraphs_bars_both_and_is_named_once_where_it_ends():
    text = "Ann Lee said: “First part. More.\n\nSecond part,” she said. It rained."
    start, end = text.index("First"), text.index("”")
    decoration = decorate(text, Annotations((), (Quote(start, end, text[start:end], "Ann Lee", "direct"),)))
    assert set(decoration.gutters) == {0, text.index("Second")}
    assert [(text[:at], marker.plain) for at, marker in decoration.markers] == [
        (text[: text.index(" It rained")], " [— Ann Lee]")
    ]


async def test_whole_paragraph_quotes_of_the_bundled_article_keep_their_label_at_the_end():
    app = ReaderApp(bundled_corpus())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_annotated(pilot, app)
        text = text_of(app)
        assert "[— Mevlut Cavusoglu]" in text
        for paragraph in text.split("\n\n"):
            if "[— " in paragraph:
                assert paragraph.rstrip().endswith("]")  # each quote here is the whole paragraph
                assert paragraph.count("[— ") == 1
