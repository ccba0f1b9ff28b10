"""The reading document: plain-text Content with highlight spans, wrapping that keeps offsets."""

from __future__ import annotations

from reader.articles.model import Article, Caption
from reader.ui.reading_document import (
    Block,
    LineIndex,
    article_blocks,
    body_content,
    plain_content,
    wrap_block,
    wrap_blocks,
)


def article(**changes) -> Article:
    fields = dict(
        id="x1",
        title="A [b]title[/b]",
        outlet="Outlet",
        date="2020-01-01",
        story="s",
        language="en",
        body=("First paragraph has several words to wrap around.", "Second one [IS] here.", "Third."),
        captions=(Caption("A caption", "AP"), Caption("No credit")),
        byline="By Someone",
    )
    fields.update(changes)
    return Article(**fields)


def test_plain_content_never_parses_markup_and_keeps_length():
    for text in ("[b]x[/b]", "[/]", "[@click=app.quit]x[/]", "a\x1b[31mb", "\u202eabc", "tab\there"):
        content = plain_content(text)
        assert len(content.plain) == len(text)
        assert not content.spans
    assert plain_content("[/]").plain == "[/]"
    assert plain_content("a\x1bb").plain == "a\u241bb"
    assert plain_content("tab\there").plain == "tab here"


def test_highlights_are_spans_at_article_text_offsets():
    text = article().text
    start = text.index("[IS]")
    content = body_content(text, [(start, start + 4, ".article--search-hit")])
    assert content.plain == text
    assert [(s.start, s.end, s.style) for s in content.spans] == [(start, start + 4, ".article--search-hit")]


def test_highlights_out_of_range_or_empty_are_clipped_or_dropped():
    text = "short text"
    content = body_content(text, [(-5, 3, "bold"), (8, 99, "italic"), (4, 4, "bold"), (50, 60, "bold"), (1, 2, "")])
    assert [(s.start, s.end) for s in content.spans] == [(0, 3), (8, 10)]


def test_article_blocks_header_body_and_captions():
    blocks = article_blocks(article())
    plains = [block.content.plain for block in blocks]
    assert plains[:3] == ["A [b]title[/b]", "Outlet · 2020-01-01", "By Someone"]
    text = article().text
    body_blocks = [block for block in blocks if block.text_start is not None]
    assert [b.content.plain for b in body_blocks] == list(article().body)
    for block in body_blocks:
        assert text[block.text_start : block.text_start + len(block.content.plain)] == block.content.plain
    assert plains[-3:] == ["Captions", "A caption — AP", "No credit"]
    assert all(".article--caption" in [s.style for s in b.content.spans] for b in blocks[-2:])


def test_highlight_spans_survive_the_split_into_paragraphs():
    text = article().text
    start = text.index("[IS]")
    blocks = article_blocks(article(), [(start, start + 4, "bold")])
    block = next(b for b in blocks if b.text_start is not None and "[IS]" in b.content.plain)
    local = start - block.text_start
    assert [(s.start, s.end, s.style) for s in block.content.spans] == [(local, local + 4, "bold")]


def test_wrapped_lines_record_their_offset_in_the_text():
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
    lines = wrap_block(Block(plain_content(text), text_start=100), 16)
    assert len(lines) > 3
    for line in lines:
        assert all(len(line.content.plain) <= 16 for line in lines)
        offset = line.text_start - 100
        assert text[offset : offset + len(line.content.plain)] == line.content.plain


def test_line_index_maps_every_body_character_to_the_line_showing_it():
    a = article()
    lines = wrap_blocks(article_blocks(a), 20)
    index = LineIndex(lines)
    text = a.text
    for offset, char in enumerate(text):
        if char.isspace():
            continue
        line = lines[index.row_of(offset)]
        assert line.text_start <= offset < line.text_start + len(line.content.plain)
        assert line.content.plain[offset - line.text_start] == char
    assert LineIndex(wrap_blocks([Block(plain_content("no body"))], 20)).row_of(0) is None


def test_blank_lines_between_blocks():
    lines = wrap_blocks(article_blocks(article()), 200)
    plains = [line.content.plain for line in lines]
    first = plains.index(article().body[0])
    assert plains[first - 1] == "" and plains[first + 1] == "" and plains[first + 2] == article().body[1]


def test_a_bare_byline_reads_by_name_and_a_written_by_is_kept():
    def byline_line(byline: str) -> str:
        return wrap_blocks(article_blocks(article(byline=byline)), 60)[2].content.plain

    assert byline_line("Maria Lopez") == "by Maria Lopez"
    assert byline_line("By Someone") == "By Someone"
    assert byline_line("by [staff]") == "by [staff]"
    assert byline_line("Byron Bay Desk") == "by Byron Bay Desk"
