"""Paragraph and sentence spans index the display text exactly."""

from __future__ import annotations

from reader.articles.importer import import_file
from reader.text.segment import Span, join_paragraphs, paragraphs, sentences

from article_helpers import NEW_ARAB, PRESS_TV


def texts(text: str, spans: list[Span]) -> list[str]:
    return [span.slice(text) for span in spans]


def test_paragraph_spans_match_the_body():
    body = ("First paragraph.", "Second one, longer.", "Third.")
    text = join_paragraphs(body)
    assert text == "First paragraph.\n\nSecond one, longer.\n\nThird."
    assert texts(text, paragraphs(text)) == list(body)


def test_paragraphs_ignore_blank_and_space_only_lines():
    text = "  One  \n\n   \nTwo\n"
    assert texts(text, paragraphs(text)) == ["One", "Two"]


def test_sentences_with_abbreviations_initials_and_quotes():
    text = (
        "Mr. Smith met Gen. Jones in the U.S. on Monday. "
        "“We will discuss all the details. We have always called on Russia,” he said. "
        "J. R. Doe agreed! Did they? Yes."
    )
    assert texts(text, sentences(text)) == [
        "Mr. Smith met Gen. Jones in the U.S. on Monday.",
        "“We will discuss all the details.",
        "We have always called on Russia,” he said.",
        "J. R. Doe agreed!",
        "Did they?",
        "Yes.",
    ]


def test_lowercase_after_a_period_does_not_start_a_sentence():
    text = "He left at 5 p.m. yesterday. Then rain."
    assert texts(text, sentences(text)) == ["He left at 5 p.m. yesterday.", "Then rain."]


def test_a_paragraph_break_ends_a_sentence():
    text = join_paragraphs(["No final stop", "Next paragraph."])
    assert texts(text, sentences(text)) == ["No final stop", "Next paragraph."]


def test_seed_sentences_cover_the_text_in_order():
    for seed in (PRESS_TV, NEW_ARAB):
        text = import_file(seed, date="2016-08-11").text
        spans = sentences(text)
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
        assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)
        covered = "".join(text[s.start : s.end] for s in spans)
        assert covered.replace(" ", "") == text.replace("\n", "").replace(" ", "")
    text = import_file(NEW_ARAB, date="2016-08-11").text
    assert "“We will discuss all the details." not in texts(text, sentences(text))
    assert '"We will discuss all the details.' in texts(text, sentences(text))
