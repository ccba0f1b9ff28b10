"""Strict YAML loading and field-by-field validation of corpus files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from article_helpers import SAMPLE, make_article
from reader.articles.errors import CorpusError
from reader.articles.files import MAX_BYTES, read_text
from reader.articles.model import Caption, Removed
from reader.articles.schema import article_to_data, parse_article, read_article
from reader.articles.store import dump_article
from reader.articles.strict_yaml import MAX_DEPTH, load_yaml

ROOT = Path(__file__).resolve().parents[2]
VALID = dump_article(SAMPLE)


def replace_line(text: str, start: str, new: str) -> str:
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(start))
    lines[index] = new
    return "\n".join(lines) + "\n"


def reason(text: str) -> str:
    with pytest.raises(CorpusError) as caught:
        parse_article(text)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_valid_file_round_trips():
    assert parse_article(VALID) == SAMPLE


def test_yaml_date_is_normalized_to_text():
    text = replace_line(VALID, "date:", "date: 2020-01-02")  # unquoted: YAML reads a date
    assert parse_article(text).date == "2020-01-02"
    text = replace_line(VALID, "date:", "date: 2020-01-02T10:30:00Z")
    assert parse_article(text).date == "2020-01-02"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("date: 'Jan 2 2020'", "date: expected an ISO 8601 date"),
        ("date: '2020-02-30'", "date: expected an ISO 8601 date"),
        ("date: 20200102", "date: expected text, got the number 20200102"),
        ("title: NO", "title: expected text, got false (YAML reads yes/no/on/off"),
        ("title: 1984", "title: expected text, got the number 1984"),
        ("title: 2020-01-02", "title: expected text, got a date"),
        ("title:", "title: expected text, got nothing"),
        ("title: '   '", "title: is empty"),
        ("title: [a, b]", "title: expected text, got a list"),
        ("outlet: {name: x}", "outlet: expected text, got a mapping"),
        ("language: no", "language: expected text, got false"),
        ("language: english language", "language: expected a language tag"),
        ("id: 'has space'", "id: 'has space' must be letters"),
        ("body: one long string", "body: expected a list, got str"),
        ("body: []", "body: has no paragraphs"),
        ("captions: {text: x}", "captions: expected a list, got a mapping"),
    ],
)
def test_mistyped_fields_are_named(line, expected):
    data = article_to_data(SAMPLE)
    del data[line.split(":")[0]]
    assert expected in reason(yaml.safe_dump(data, sort_keys=False) + line + "\n")


def test_items_inside_lists_are_validated():
    assert "body[1]: is empty" in reason(VALID.replace("- Second paragraph, said the mayor.", "- ''"))
    assert "body[0]: expected text, got true" in reason(VALID.replace("- First paragraph about the harbour.", "- yes"))
    bad_caption = dump_article(make_article(captions=(Caption("x", "AP"),))).replace("credit: AP", "credit: 12")
    assert "captions[0].credit: expected text, got the number 12" in reason(bad_caption)
    bad_line = dump_article(make_article(removed=(Removed("x", "rule", 3),))).replace("line: 3", "line: 0")
    assert "removed[0].line: expected a line number (1 or more), got 0" in reason(bad_line)
    assert "removed[0].line: expected a line number" in reason(bad_line.replace("line: 0", "line: true"))
    assert "captions[0]: missing field text" in reason(
        dump_article(make_article(captions=(Caption("x", "AP"),))).replace("- text: x\n  credit: AP", "- credit: AP")
    )


@pytest.mark.parametrize("field", ["id", "title", "outlet", "date", "story", "language", "body"])
def test_missing_required_field(field):
    lines = [line for line in VALID.splitlines() if not line.startswith(f"{field}:")]
    if field == "body":
        lines = [line for line in lines if not line.startswith("- ") or line.startswith("- text")]
    assert f"missing field {field}" in reason("\n".join(lines) + "\n")


def test_unknown_field_is_reported():
    assert "unknown field 'titel'" in reason(VALID + "titel: typo\n")


def test_optional_fields():
    article = parse_article(VALID + "source_url: https://example.org/a\nbyline: Jane Doe\noriginal: |\n  raw text\n")
    assert (article.source_url, article.byline, article.original) == ("https://example.org/a", "Jane Doe", "raw text\n")
    assert "source_url: expected an http(s) address" in reason(VALID + "source_url: javascript:alert(1)\n")


def test_control_characters_are_cleaned_at_load():
    text = replace_line(VALID, "title:", 'title: "Bad \\e[31mred\\e]52;c;aGk=\\a \\u202e \\x85 end"')
    title = parse_article(text).title
    assert "\x1b" not in title and "\u202e" not in title and "\x85" not in title and "\x07" not in title
    assert title == "Bad ␛[31mred␛]52;c;aGk=␇ \ufffd \ufffd end"


def test_paragraph_line_breaks_become_spaces():
    text = VALID.replace("- First paragraph about the harbour.", '- "First line\\nsecond line"')
    assert parse_article(text).body[0] == "First line second line"


def test_markup_like_text_stays_literal():
    text = VALID.replace("- First paragraph about the harbour.", "- '[IS] [Getty] [/] [@click=app.quit]x[/]'")
    assert parse_article(text).body[0] == "[IS] [Getty] [/] [@click=app.quit]x[/]"


# ---- strict YAML -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: &x 1\nb: *x\n", "anchors (&name) are not allowed"),
        ("a: [*x]\n", "aliases (*name) are not allowed"),
        ("a: !!python/object/apply:os.system ['echo hi']\n", "tag !!python/object/apply:os.system is not allowed"),
        ("a: !!python/name:os.system\n", "tag !!python/name:os.system is not allowed"),
        ("a: !custom x\n", "tag !custom is not allowed"),
        ("a: !!binary aGk=\n", "tag !!binary is not allowed"),
        ("a: 1\na: 2\n", "duplicate key 'a'"),
        ("{a: 1, a: 1}\n", "duplicate key 'a'"),
        ("<<: {a: 1}\n", "merge keys (<<) are not allowed"),
        ("? [a, b]\n: 1\n", "keys must be plain values"),
        ("a: 'unclosed\n", "invalid YAML"),
        ("a: 1\n---\nb: 2\n", "expected a single document"),
        ("a: [" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), f"nesting deeper than {MAX_DEPTH} levels"),
    ],
)
def test_strict_yaml_rejects(text, expected):
    with pytest.raises(CorpusError) as caught:
        load_yaml(text)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_rejections_say_where():
    with pytest.raises(CorpusError, match=r"line 2, column 4"):
        load_yaml("a: 1\nb: &anchor 2\n")


def test_very_deep_nesting_neither_crashes_nor_recurses():
    # libyaml's own composer would crash the process on this; ours stops at the limit.
    with pytest.raises(CorpusError, match="nesting deeper"):
        load_yaml("[" * 200_000 + "]" * 200_000)


def test_anchor_in_article_file_is_refused():
    assert "anchors (&name) are not allowed" in reason(VALID.replace("story: sample-story", "story: &s sample-story"))


def test_alias_bomb_is_refused_quickly():
    bomb = "a: &a ['x','x']\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: [*c,*c]\n"
    with pytest.raises(CorpusError, match="anchors"):
        load_yaml(bomb)


def test_yaml_1_1_booleans_and_bom():
    assert load_yaml("\ufeffa: NO\nb: 'NO'\n") == {"a": False, "b": "NO"}


def test_not_a_mapping():
    assert "expected a mapping of article fields, got a list" in reason("- a\n- b\n")
    assert "expected a mapping of article fields, got nothing" in reason("# only a comment\n")


# ---- file guards -----------------------------------------------------------


def test_file_guards(tmp_path):
    cases = {
        "empty.yaml": (b"", "empty file"),
        "blank.yaml": (b"  \n\n", "empty file"),
        "binary.yaml": (b"id: x\n\x00\x01\x02", "binary file (NUL byte at offset 6)"),
        "latin1.yaml": ("id: x\ntitle: caf\xe9\n".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 16)"),
    }
    for name, (content, expected) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(CorpusError) as caught:
            read_text(path)
        assert str(caught.value) == expected, name


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.yaml"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: the guard must not read it
    with pytest.raises(CorpusError, match=r"too large \(5\.0 MB; the limit is 5\.0 MB\)"):
        read_text(path)
    small = tmp_path / "small.txt"
    small.write_text("hello")
    with pytest.raises(CorpusError, match="too large"):
        read_text(small, max_bytes=4)


def test_read_article_reports_file_problems(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_bytes(VALID.encode().replace(b"harbour", b"harb\xffour"))
    with pytest.raises(CorpusError, match=r"not valid UTF-8 \(byte 0xff at offset \d+\)"):
        read_article(path)
    path.write_text(VALID)
    assert read_article(path).path == path


def test_pure_python_parser_fallback():
    """Without libyaml the loader uses PyYAML's Python parser, with the same rules."""
    code = (
        "import sys; sys.modules['yaml.cyaml'] = None\n"
        "from reader.articles.strict_yaml import load_yaml, _CParser\n"
        "from reader.articles.errors import CorpusError\n"
        "assert _CParser is None\n"
        "assert load_yaml('a: [1, b]\\nd: 2016-08-11\\n')['a'] == [1, 'b']\n"
        "for bad in ('a: &x 1\\nb: *x\\n', 'a: !!python/name:os.system\\n', '[' * 5000 + ']' * 5000, 'a: 1\\na: 2\\n'):\n"
        "    try:\n"
        "        load_yaml(bad)\n"
        "    except CorpusError as err:\n"
        "        print(err)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert "anchors" in lines[0] and "!!python/name:os.system" in lines[1] and "nesting" in lines[2] and "duplicate" in lines[3]
