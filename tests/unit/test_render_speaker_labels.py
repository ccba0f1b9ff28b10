"""Speaker labels (reader.annotate.render): where "[— speaker]" goes, that it never splits a word
or a sentence or sits between a quote and its attribution, and that a line break never cuts it."""

from __future__ import annotations

import pytest
from rich.console import Console

from annotation_builders import mention, quote

from reader.annotate import Annotations, Quote, annotate_article, load_registry
from reader.annotate import render
from reader.articles.corpus import Corpus
from reader.paths import bundled_corpus
from reader.text.segment import paragraphs, sentences_in

# The reviewer's paragraph (review 2, item 4): two quotes, two speakers, the second by pronoun.
TWO = 'Anna Kowalski met Peter Osei.\n\n"The deal is dead," Osei said. Kowalski disagreed. "It is very much alive," she said.'


def labelled(text: str, annotations: Annotations) -> str:
    """``text`` with each label written in at its offset."""
    out, position = [], 0
    for at, speakers in render.speaker_labels(text, annotations):
        out += [text[position:at], render.speaker_label_text(speakers)]
        position = at
    return "".join(out) + text[position:]


def lines(renderable, width: int) -> list[str]:
    console = Console(width=width, force_terminal=True, color_system="truecolor")
    return "".join(s.text for s in console.render(renderable)).splitlines()


TWO_ANNOTATIONS = Annotations(
    (
        mention(TWO, "Anna Kowalski", "PERSON"),
        mention(TWO, "Peter Osei", "PERSON"),
        mention(TWO, "Osei", "PERSON", "Peter Osei", nth=1),
        mention(TWO, "Kowalski", "PERSON", "Anna Kowalski", nth=1),
    ),
    (quote(TWO, "The deal is dead,", "Peter Osei"), quote(TWO, "It is very much alive,", "Anna Kowalski")),
)


def test_two_speakers_each_named_after_the_sentence_that_attributes_the_quote():
    assert labelled(TWO, TWO_ANNOTATIONS).endswith(
        '"The deal is dead," Osei said. [— Peter Osei] Kowalski disagreed. "It is very much alive," she said. [— Anna Kowalski]'
    )
    [_, block] = render.body(TWO, TWO_ANNOTATIONS)
    flat = " ".join(line.removeprefix("▌ ") for line in lines(block, 200))
    assert flat == (
        '"The deal is dead," Osei‹PERSON› said. [— Peter Osei] Kowalski‹PERSON› disagreed. '
        '"It is very much alive," she said. [— Anna Kowalski]'
    )
    assert "Osei Osei" not in flat and "— Anna Kowalski she" not in flat  # the spliced labels of review 2


def test_an_attribution_in_the_next_sentence_is_followed_not_split():
    text = '"Go home!" Osei shouted. The crowd left.'
    ann = Annotations((mention(text, "Osei", "PERSON", "Peter Osei"),), (quote(text, "Go home!", "Peter Osei"),))
    assert labelled(text, ann) == '"Go home!" Osei shouted. [— Peter Osei] The crowd left.'
    # Placed alike with the entity layer hidden: placement reads the mentions, shown or not.
    [hidden] = render.body(text, ann, entities=False)
    assert lines(hidden, 200) == ['▌ "Go home!" Osei shouted. [— Peter Osei] The crowd left.']
    # A next sentence that does not name the speaker is not an attribution: the label follows the quote.
    other = Annotations((mention(text, "Osei", "PERSON", "Peter Osei"),), (quote(text, "Go home!", "Anna Kowalski"),))
    assert labelled(text, other) == '"Go home!" [— Anna Kowalski] Osei shouted. The crowd left.'


def test_attribution_before_the_quote_and_a_quote_over_several_sentences():
    text = 'Osei told reporters: "I never said that. Not once." Then he left.'
    ann = Annotations((), (quote(text, "I never said that. Not once.", "Peter Osei"),))
    assert labelled(text, ann) == 'Osei told reporters: "I never said that. Not once." [— Peter Osei] Then he left.'


def test_one_speakers_quotes_in_a_row_share_one_label_and_labels_at_one_place_merge():
    text = '"We stay," Ann said. "We fight," she added. "We go," Bob replied. "No," Ann said.'
    ann = Annotations((), (
        quote(text, "We stay,", "Ann Lee"), quote(text, "We fight,", "Ann Lee"),
        quote(text, "We go,", "Bob Ray"), quote(text, "No,", "Ann Lee"),
    ))
    assert labelled(text, ann) == (
        '"We stay," Ann said. "We fight," she added. [— Ann Lee] "We go," Bob replied. [— Bob Ray] "No," Ann said. [— Ann Lee]'
    )
    same = 'Ann called it a "farce" and Bob a "sham" in one breath.'
    both = Annotations((), (quote(same, "farce", "Ann Lee", "partial"), quote(same, "sham", None, "partial")))
    assert labelled(same, both) == same + " [— Ann Lee; speaker not named]"
    three = 'Ann called it a "farce", Bob a "sham" and Ann again a "joke".'
    named = Annotations((), tuple(quote(three, w, who, "partial") for w, who in (("farce", "Ann Lee"), ("sham", "Bob Ray"), ("joke", "Ann Lee"))))
    assert labelled(three, named) == three + " [— Ann Lee; Bob Ray]"  # each name once


def test_a_whole_paragraph_quote_is_named_at_its_end_and_scare_quotes_never():
    text = "“Let’s fight together, so that we can clear it out,” he said, warning of a “farce.”\n\nNext."
    ann = Annotations((), (quote(text, "Let’s fight together, so that we can clear it out,", "Mevlut Cavusoglu"),
                           quote(text, "farce.", None, "scare")))
    assert render.speaker_labels(text, ann) == [(text.index("\n\n"), ("Mevlut Cavusoglu",))]


def test_a_quote_over_two_paragraphs_is_named_once_where_it_ends():
    text = "Ann Lee said: “First part. More.\n\nSecond part,” she said. It rained."
    start = text.index("First")
    end = text.index("”")
    ann = Annotations((), (Quote(start, end, text[start:end], "Ann Lee", "direct"),))
    assert labelled(text, ann) == "Ann Lee said: “First part. More.\n\nSecond part,” she said. [— Ann Lee] It rained."
    first, second = render.body(text, ann)
    assert lines(first, 200) == ["▌ Ann Lee said: “First part. More."]  # a bar, no label
    assert lines(second, 200) == ["▌ Second part,” she said. [— Ann Lee] It rained."]


def test_a_quote_left_open_at_a_paragraph_end_runs_on_and_is_named_once_where_the_run_ends():
    text = '"First paragraph of a long quote.\n\n"Second paragraph of it," said Kowalski.\n\n"Third," Osei said.'
    ann = Annotations((), (
        quote(text, "First paragraph of a long quote.", "Anna Kowalski"),
        quote(text, "Second paragraph of it,", "Anna Kowalski"),
        quote(text, "Third,", "Peter Osei"),
    ))
    assert labelled(text, ann) == (
        '"First paragraph of a long quote.\n\n"Second paragraph of it," said Kowalski. [— Anna Kowalski]'
        '\n\n"Third," Osei said. [— Peter Osei]'
    )
    other = Annotations((), (quote(text, "First paragraph of a long quote.", "Ann Lee"), *ann.quotes[1:]))
    assert labelled(text, other).startswith('"First paragraph of a long quote. [— Ann Lee]\n\n')  # not the same run


@pytest.mark.parametrize("width", [24, 31, 40, 57])
def test_a_line_break_never_cuts_a_label(width):
    [_, block] = render.body(TWO, TWO_ANNOTATIONS)
    shown = lines(block, width)
    assert all(len(line) <= width for line in shown)
    for label in ("[— Peter Osei]", "[— Anna Kowalski]"):
        assert sum(label in line for line in shown) == 1, shown
    words = " ".join(line.removeprefix("▌ ") for line in shown).split()
    assert words == " ".join(lines(block, 500)[0].removeprefix("▌ ").split()).split()  # nothing lost or moved


def test_a_label_wider_than_the_line_breaks_at_its_spaces_not_inside_words():
    text = "He said. [— Recep Tayyip Erdogan]"
    offsets = render.wrap_offsets(text, 12, [render.label_range(8, " [— Recep Tayyip Erdogan]")])
    cut = [text[a:b].strip() for a, b in zip([0, *offsets], [*offsets, len(text)])]
    assert cut == ["He said. [—", "Recep Tayyip", "Erdogan]"]  # as any text wraps: no word is cut


def test_on_the_bundled_articles_labels_sit_only_at_sentence_ends_and_never_name_the_next_words():
    corpus = Corpus.open(bundled_corpus())
    registry = load_registry(bundled_corpus())
    for entry in corpus.entries:
        article = corpus.load(entry)
        text, annotations = article.text, annotate_article(article, registry)
        labels = render.speaker_labels(text, annotations)
        assert labels, article.id
        ends = {s.end: p.end for p in paragraphs(text) for s in sentences_in(text, p)}
        for at, speakers in labels:
            assert at in ends, (article.id, text[at - 30 : at + 30])
            following = text[at : ends[at]].split()  # the words after the label, in its paragraph
            assert not following or all(who is None or following[0] not in who.split() for who in speakers)
        speech = sum(1 for q in annotations.quotes if q.kind in render.SPEECH_KINDS)
        assert 0 < len(labels) <= speech
