"""The compare screen reads the domain's weak flag and moved-within-row ops: a weak pair is
counted apart in the header, a phrase moved within a row is neither struck nor underlined."""

from __future__ import annotations

from reader.annotate.model import Annotations
from reader.articles.model import Article
from reader.compare import compare
from reader.ui.compare_document import DELETED, INSERTED, compare_cells, row_differences
from reader.ui.compare_screen import summary_content

NONE = Annotations((), ())
LEFT = (
    "Cavusoglu made the request in a live interview with NTV on Thursday. "
    "We will discuss all the details of the joint operations with Russia, he said."
)
RIGHT = "We will discuss all the details of the joint operations with Russia, Cavusoglu said in a live interview with NTV."
PHRASE = "in a live interview with NTV"


def _article(ident: str, outlet: str, body: list[str]) -> Article:
    return Article(ident, f"{outlet} story", outlet, "2016-08-11", "s", "en", tuple(body))


def test_a_phrase_moved_within_a_row_is_plain_and_the_row_differs_in_word_order():
    comparison = compare(_article("a", "Left Post", [LEFT]), _article("b", "Right Times", [RIGHT]), NONE, NONE)
    (row,) = comparison.rows
    assert any(op.kind == "moved" and op.left_text == PHRASE for op in row.ops)
    (cells,) = compare_cells(comparison, NONE, NONE)
    for content, style in ((cells.left, DELETED), (cells.right, INSERTED)):
        start = content.plain.index(PHRASE)
        inside = [s for s in content.spans if s.start < start + len(PHRASE) and start < s.end]
        assert not [s for s in inside if str(s.style) in (DELETED, INSERTED)]
        assert any(str(s.style) == style for s in content.spans)  # the real changes stay marked
    assert "word order" in row_differences(row)


def test_the_header_counts_weak_pairs_apart():
    left = [
        "A fire at the Teller Chemicals plant in Millbrook forced the evacuation of about 2,000 residents on "
        "Saturday, officials said.",
        "Mayor Helen Achterberg ordered schools in the eastern district closed on Monday as a precaution.",
    ]
    right = [
        "Most of the 2,000 people evacuated from Millbrook on Saturday after the fire at the Teller Chemicals "
        "plant were allowed home on Sunday.",
        "Mayor Helen Achterberg said she was deeply grateful to firefighters and volunteers.",
    ]
    comparison = compare(_article("a", "Left Post", left), _article("b", "Right Times", right), NONE, NONE)
    assert [row.weak for row in comparison.rows] == [False, True]
    header = summary_content(comparison).plain.splitlines()
    assert header[0].startswith("Left Post: 1/2 sentences matched (50%), 1 weakly · ")
    assert "of words · 0 one-sided · " in header[0]
