"""compare(): shared quotes, summary, naming and wording, JSON, rendering, odd inputs."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from compare_helpers import annotate, article, pair
from rich.console import Console

from reader.annotate.model import Annotations, Quote
from reader.compare import compare
from reader.compare.model import ROW_KINDS, WEAK_MATCH
from reader.compare.quotes import match_quotes, quote_edits
from reader.compare.render import render, row_cells, side_by_side

EMPTY = Annotations((), ())


def q(text: str, speaker: str | None = None, kind: str = "direct") -> Quote:
    return Quote(0, len(text), text, speaker, kind)


# --- shared quotes ---


def test_quote_with_editorial_insertion_is_shared_with_the_edit_listed():
    left = q("We have always called on Russia to carry out anti-Daesh operations together,")
    right = q("We have always called on Russia to carry out anti-Daesh [IS] operations together,")
    shared, only_left, only_right = match_quotes((left,), (right,))
    assert len(shared) == 1 and not only_left and not only_right
    assert [e.to_json() for e in shared[0].edits] == [{"kind": "editorial", "left": "", "right": "[IS]"}]


def test_bracket_swap_ellipsis_and_trimmed_quote():
    left = q("solidarity and cooperation (mechanism) … including sharing of real time intelligence")
    right = q("In order to prevent that, we need to put into practice the solidarity and cooperation "
              "[mechanism] between us including sharing of real time intelligence.")
    edits = [(e.kind, e.left, e.right) for e in quote_edits(left, right)]
    assert edits[0] == ("trimmed", "", "In order to prevent that, we need to put into practice the")
    assert edits[1:] == [("bracket", "(mechanism)", "[mechanism]"), ("ellipsis", "…", "between us")]
    left2 = q("solidarity and cooperation (mechanism) between us")
    right2 = q("solidarity and cooperation [mechanism] between us")
    assert [(e.kind, e.left, e.right) for e in quote_edits(left2, right2)] == [
        ("bracket", "(mechanism)", "[mechanism]")
    ]


def test_dropped_sentence_inside_a_quote():
    left = q("We will discuss all the details. Nothing is off the table. We have always called on Russia.")
    right = q("We will discuss all the details. We have always called on Russia.")
    shared, _, _ = match_quotes((left,), (right,))
    assert [(e.kind, e.left) for e in shared[0].edits] == [("sentence", "Nothing is off the table.")]


def test_one_quote_split_in_two_by_the_other_outlet_matches_both():
    left = q("Many countries are engaged in Syria actively. There could be mistakes. We need cooperation between us.")
    right_a = q("Many countries are engaged in Syria actively. There could be mistakes.")
    right_b = q("We need cooperation between us.")
    shared, only_left, only_right = match_quotes((left,), (right_a, right_b))
    assert len(shared) == 2 and not only_left and not only_right


def test_one_sided_quotes_in_the_json_summary():
    a, b, la, lb = pair(['"We will never give up," Cavusoglu said in Ankara.'], ["Talks resumed in Moscow."])
    summary = compare(a, b, la, lb).to_json()["summary"]
    assert summary["quotes_only_left"] == [{"text": "We will never give up,", "speaker": None, "kind": "direct"}]
    assert summary["quotes_only_right"] == []
    assert summary["left"]["one_sided_quotes"] == 1


def test_unrelated_quotes_are_one_sided():
    shared, only_left, only_right = match_quotes(
        (q("We will never give up."), q("common enemy")),
        (q("common enemy"), q("I believe the mechanism will contribute to this process")),
    )
    assert [(s.left.text, s.right.text) for s in shared] == [("common enemy", "common enemy")]
    assert [x.text for x in only_left] == ["We will never give up."]
    assert [x.text for x in only_right] == ["I believe the mechanism will contribute to this process"]


def test_short_quote_needs_every_word():
    shared, _, _ = match_quotes((q("on the table"),), (q("off the table"),))
    assert shared == []


# --- the whole comparison ---

LEFT = [
    "Turkey urged joint operations against Takfiri terrorists in Syria on Thursday.",
    "“We will discuss all the details. We have always called on Russia to carry out anti-Daesh operations "
    "together,” Cavusoglu said.",
    "Turkish jets would join strikes allegedly against Daesh in Syria.",
    "The weather in Ankara was hot.",
]
RIGHT = [
    "Turkey called for joint operations against Islamic State [IS] in Syria on Thursday.",
    '"We will discuss all the details. We have always called on Russia to carry out anti-Daesh [IS] operations '
    'together," Cavusoglu said.',
    "Oil prices fell sharply in Asian trading.",
]


@pytest.fixture
def result():
    return compare(*pair(LEFT, RIGHT))


def test_rows_kinds_and_scores(result):
    kinds = [row.kind for row in result.rows]
    # The right-only sentence follows the row of its predecessor in its own account.
    assert kinds == ["changed", "changed", "right-only", "left-only", "left-only"]
    assert all(0.0 < row.score <= 1.0 for row in result.rows if row.left and row.right)
    assert all(row.score == 0.0 for row in result.rows if not (row.left and row.right))


def test_summary_counts(result):
    s = result.summary
    assert (s.left.sentences, s.left.sentences_matched, s.left.one_sided) == (4, 2, 2)
    assert (s.right.sentences, s.right.sentences_matched, s.right.one_sided) == (3, 2, 1)
    assert s.left.sentence_share == pytest.approx(0.5)
    left_words = [len(re.findall(r"\w+", p)) for p in LEFT]
    assert s.left.words == sum(left_words)
    assert s.left.words_matched == left_words[0] + left_words[1]
    assert 0 < s.left.words_verbatim <= s.left.words_matched
    assert s.shared_quotes == 1
    assert (s.left.quotes, s.left.one_sided_quotes) == (1, 0)
    assert (s.moved, s.same, s.changed) == (0, 0, 2)


def test_naming_table_and_swaps(result):
    naming = {n.entity: n for n in result.naming}
    isil = naming["Islamic State"]
    # Own voice only: "anti-Daesh" inside the shared quote is the speaker's word.
    assert dict(isil.left) == {"Daesh": 1, "Takfiri terrorists": 1}
    assert dict(isil.right) == {"Islamic State": 1, "IS": 1}  # the outlet's own gloss "[IS]" counts
    assert isil.differs
    assert "Thursday" not in naming  # dates are not names
    swaps = [op for row in result.rows for op in row.ops if op.note == "naming"]
    assert [(op.left_text, op.right_text) for op in swaps] == [("Takfiri terrorists", "Islamic State")]
    editorial = [op.right_text for row in result.rows for op in row.ops if op.note == "editorial"]
    assert editorial == ["[IS]", "[IS]"]


def test_one_sided_wording(result):
    found = {(w.kind, w.term, w.side) for w in result.wording}
    assert ("hedge", "allegedly", "left") in found
    assert ("loaded", "takfiri", "left") in found
    assert ("loaded", "terrorists", "left") in found


def test_wording_used_by_both_or_only_inside_quotes_is_not_reported():
    a, b, la, lb = pair(
        ['The regime said the rebels had allegedly fled. "These terrorists must go," he said.'],
        ["The regime said the rebels fled."],
    )
    found = {(w.term, w.side) for w in compare(a, b, la, lb).wording}
    assert found == {("allegedly", "left")}


def test_to_json_schema_is_exact(result):
    doc = result.to_json()
    json.dumps(doc)  # serializable
    assert list(doc) == ["left", "right", "rows", "shared_quotes", "summary", "terms"]
    assert set(doc["left"]) == {"id", "title", "outlet", "date"}
    for row in doc["rows"]:
        assert list(row) == ["left", "right", "kind", "score", "weak"]
        assert row["kind"] in ROW_KINDS
        assert row["weak"] is (bool(row["left"] and row["right"]) and row["score"] < WEAK_MATCH)
        assert isinstance(row["left"], str) and isinstance(row["right"], str)
        assert (row["left"] == "") == (row["kind"] == "right-only")
        assert (row["right"] == "") == (row["kind"] == "left-only")
    for sq in doc["shared_quotes"]:
        assert list(sq) == ["left", "right", "edits"]
        assert all(set(e) == {"kind", "left", "right"} for e in sq["edits"])
    assert {"left", "right", "shared_quotes", "moved", "same", "changed", "weak"} <= set(doc["summary"])
    assert {"sentences_weak", "words_weak"} <= set(doc["summary"]["left"])
    assert doc["summary"]["quotes_only_left"] == [] and doc["summary"]["quotes_only_right"] == []
    assert all(t["kind"] in ("naming", "hedge", "loaded") for t in doc["terms"])


def test_row_with_two_sentences_joins_them_with_a_space():
    a, b, la, lb = pair(
        ["Erdogan visited Saint Petersburg on Tuesday, his first meeting with Putin since the jet was downed."],
        ["Erdogan visited Saint Petersburg on Tuesday. It was his first meeting with Putin since the jet was downed."],
    )
    rows = compare(a, b, la, lb).to_json()["rows"]
    assert len(rows) == 1
    assert rows[0]["right"] == (
        "Erdogan visited Saint Petersburg on Tuesday. It was his first meeting with Putin since the jet was downed."
    )


# --- adversarial inputs ---


def test_empty_articles():
    empty = article([], "Empty", "e")
    full = article(["Something happened in Ankara."], "Full", "f")
    assert compare(empty, empty, EMPTY, EMPTY).rows == ()
    result = compare(empty, full, EMPTY, annotate(full.text))
    assert [row.kind for row in result.rows] == ["right-only"]
    assert result.summary.left.sentence_share == 0.0
    assert compare(full, empty, annotate(full.text), EMPTY).to_json()["rows"][0]["kind"] == "left-only"


def test_identical_articles_are_all_same():
    paragraphs = ["Turkey asked Russia for joint operations.", "“We will discuss all the details,” he said.",
                  "Talks go on in Moscow."]
    a, b = article(paragraphs, "A", "a"), article(paragraphs, "B", "b")
    result = compare(a, b, annotate(a.text), annotate(b.text))
    assert [row.kind for row in result.rows] == ["same"] * 3
    assert all(row.score == 1.0 for row in result.rows)
    assert result.summary.left.sentence_share == 1.0 and result.summary.right.word_share == 1.0
    assert result.summary.left.words_verbatim == result.summary.left.words
    assert all(not n.differs for n in result.naming) and result.wording == ()


def test_one_sentence_articles():
    a, b, la, lb = pair(["Turkey asked Russia for help."], ["Russia was asked by Turkey for help."])
    result = compare(a, b, la, lb)
    assert [row.kind for row in result.rows] == ["changed"]
    a, b, la, lb = pair(["Turkey asked Russia for help."], ["Markets fell in Tokyo."])
    assert [row.kind for row in compare(a, b, la, lb).rows] == ["left-only", "right-only"]


MARKUP = ["Officials said [IS] and [Getty] and [/] appeared.", "Click [@click=app.quit]x[/] now [bold]please[/bold]."]


def test_markup_looking_text_is_compared_and_rendered_literally():
    a, b = article(MARKUP, "[bold]Outlet[/]", "a"), article(MARKUP[:1] + ["Other text [red]here[/red]."], "B", "b")
    result = compare(a, b, EMPTY, EMPTY)
    console = Console(width=200, record=True, color_system=None)
    console.print(render(result))
    out = console.export_text()
    for literal in ("[IS]", "[Getty]", "[/]", "[@click=app.quit]x[/]", "[bold]please[/bold]", "[red]here[/red]",
                    "[bold]Outlet[/]"):
        assert literal in out


def test_control_characters_are_neutralized_in_rendering():
    a = article(["Breaking\x1b[2J news from Ankara\u202e today."], "A", "a")
    b = article(["Breaking news from Ankara today."], "B", "b")
    console = Console(width=200, record=True, color_system=None)
    console.print(render(compare(a, b, EMPTY, EMPTY)))
    out = console.export_text()
    assert "\x1b" not in out and "\u202e" not in out and "␛" in out


def test_long_articles_with_no_shared_words():
    a = article([f"Alpha{i} beta{i} gamma{i}." for i in range(300)], "A", "a")
    b = article([f"Delta{i} epsilon{i} zeta{i}." for i in range(300)], "B", "b")
    result = compare(a, b, EMPTY, EMPTY)
    assert result.summary.left.sentences_matched == 0 and len(result.rows) == 600


# --- rendering ---


def test_render_styles_differences_without_relying_on_colour():
    a, b, la, lb = pair(["Turkey called for talks with Russia on Thursday."],
                        ["Turkey called for urgent talks with Russia."])
    row = compare(a, b, la, lb).rows[0]
    left, mark, right = row_cells(row, "Left Post", "Right Times")
    assert mark.plain == "~"

    def styled(text, word):
        start = text.plain.index(word)
        return " ".join(str(s.style) for s in text.spans if s.start <= start < s.end)

    assert "underline" in styled(right, "urgent")
    assert "strike" in styled(left, "Thursday")
    assert styled(left, "Turkey") == ""


def test_render_marks_moved_and_labels_empty_cells():
    a, b, la, lb = pair(
        ["Floods hit Valencia on Tuesday.", "Rail services were suspended across the region.",
         "Schools will stay shut until Friday.", "The mayor resigned."],
        ["Schools will stay shut until Friday.", "Valencia was hit by floods on Tuesday.",
         "Trains across the region were suspended."],
    )
    console = Console(width=160, record=True, color_system=None)
    console.print(side_by_side(compare(a, b, la, lb)))
    out = console.export_text()
    assert "[moved from ¶1, sentence 1]" in out and "⇅" in out
    assert "(not in Right Times)" in out and "◀" in out


# --- layering and the bundled pair ---


def test_compare_modules_do_not_import_textual():
    code = (
        "import sys, pkgutil, importlib, reader.compare as c\n"
        "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('reader.compare.' + m.name)\n"
        "print(any(n == 'textual' or n.startswith('textual.') for n in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_bundled_pair_compares_with_shared_quotes_and_naming():
    from reader.articles.corpus import Corpus
    from reader.paths import bundled_corpus

    corpus = Corpus.open(bundled_corpus())
    story = next(entries for entries in corpus.by_story().values() if len(entries) >= 2)
    left, right = corpus.load(story[0]), corpus.load(story[1])
    result = compare(left, right, annotate(left.text), annotate(right.text))
    doc = result.to_json()
    assert doc["summary"]["shared_quotes"] >= 4
    assert any(t["kind"] == "naming" and t["entity"] == "Islamic State" and t["differs"] for t in doc["terms"])
    assert any(e["kind"] == "editorial" for sq in doc["shared_quotes"] for e in sq["edits"])
    matched = [row for row in doc["rows"] if row["left"] and row["right"]]
    assert len(matched) >= 6


def test_bundled_pair_with_the_real_annotator():
    from reader.annotate import annotate as real_annotate
    from reader.articles.corpus import Corpus
    from reader.paths import bundled_corpus

    corpus = Corpus.open(bundled_corpus())
    story = next(entries for entries in corpus.by_story().values() if len(entries) >= 2)
    left, right = corpus.load(story[0]), corpus.load(story[1])
    result = compare(left, right, real_annotate(left.text), real_annotate(right.text))
    assert result.summary.shared_quotes >= 5
    assert any(e.kind == "editorial" and e.right == "[IS]" for sq in result.shared_quotes for e in sq.edits)
    assert {(w.kind, w.term) for w in result.wording} >= {("hedge", "allegedly"), ("hedge", "what are said to be")}
    quotes = {row.left_text[:30] for row in result.rows if row.left and row.right}
    assert any(q.startswith("“Let’s fight") for q in quotes)


def test_ops_and_edits_use_the_documented_vocabularies(result):
    from reader.compare.quotes import EDIT_KINDS
    from reader.compare.worddiff import KINDS, NOTES

    for row in result.rows:
        assert all(op.kind in KINDS and op.note in (*NOTES, None) for op in row.ops)
        assert all(op.kind != "equal" and op.note != "punctuation" for op in row.differences)
    assert all(e.kind in EDIT_KINDS for sq in result.shared_quotes for e in sq.edits)
    changed = [row for row in result.rows if row.kind == "changed"]
    assert changed and all(row.differences for row in changed)


def test_rows_where_gives_the_jump_targets(result):
    kinds = [row.kind for row in result.rows]
    assert result.rows_where("one-sided") == tuple(i for i, k in enumerate(kinds) if k.endswith("-only"))
    assert result.rows_where("difference") == (0, 1)
    assert result.rows_where("quote") == (1,)  # the shared quote sits in the second row
    with pytest.raises(ValueError):
        result.rows_where("nothing")


@pytest.mark.parametrize("width", [30, 80, 200])
def test_render_fits_any_width_and_empty_comparisons(result, width):
    empty = article([], "Empty", "e")
    outputs = []
    for comparison in (result, compare(empty, empty, EMPTY, EMPTY)):
        console = Console(width=width, record=True, color_system=None)
        console.print(render(comparison))
        outputs.append(console.export_text())
        assert max(len(line) for line in outputs[-1].splitlines()) <= width
    assert "Oil" in outputs[0] and "0 shared quotes" in outputs[1]


def test_cells_take_other_layers_highlights_by_article_offset():
    a, b, la, lb = pair(["Markets were calm.", "Turkey called for talks with Russia."],
                        ["Turkey called for urgent talks with Russia."])
    result = compare(a, b, la, lb)
    row = next(r for r in result.rows if r.left and r.right)
    turkey = a.text.index("Turkey")
    left, _, right = row_cells(row, "L", "R", [(turkey, turkey + 6, "bold magenta")])
    start = left.plain.index("Turkey")
    assert any(s.start == start and s.end == start + 6 and str(s.style) == "bold magenta" for s in left.spans)
    assert not any(str(s.style) == "bold magenta" for s in right.spans)
