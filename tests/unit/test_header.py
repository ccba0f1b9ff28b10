"""The header scan against the YAML parser: it may decline a file (None: parse it in full), but
whatever it reads must be exactly what the full parse reads, on generated and odd headers."""

from __future__ import annotations

import dataclasses
import json
import random

import pytest

from article_helpers import SAMPLE
from reader.articles import corpus as corpus_module
from reader.articles import header
from reader.articles.corpus import Corpus
from reader.articles.errors import CorpusError
from reader.articles.header import parse_header
from reader.articles.schema import parse_article
from reader.articles.store import dump_article

REST = "language: en\nbody:\n- Text.\n"


def full_parse(text: str) -> tuple[str, ...] | None:
    """What a full parse reads as (id, title, outlet, date, story), or None if it refuses the file."""
    try:
        article = parse_article(text)
    except CorpusError:
        return None
    return (article.id, article.title, article.outlet, article.date, article.story)


def both_paths(head: bytes) -> list[tuple[str, ...] | None]:
    """The result through the store-layout pattern (when it matches) and through the general one."""
    results = []
    for pattern in (header._SIMPLE, header._any_header()):
        match = pattern.match(head)
        if match is not None:
            results.append(header._unquoted(match, head))
    return results


def check(text: str, must_scan: bool = False) -> tuple[str, ...] | None:
    """Scan ``text``'s head; it must agree with the full parse (and be read at all if ``must_scan``)."""
    head = text.encode("utf-8")[: header.HEAD_BYTES]
    expected = full_parse(text)
    scanned = parse_header(head)
    assert scanned is None or scanned == expected, (text[:300], scanned, expected)
    if scanned is not None:  # the plain ASCII shortcut and the general reading agree
        assert all(result in (None, scanned) for result in both_paths(head)), text[:300]
    if must_scan:
        assert scanned is not None and scanned == expected, (text[:300], expected)
    return scanned


def header_text(**fields: str) -> str:
    """Header lines written as given (no quoting added), then the rest of a valid article."""
    values = {"id": "an-id", "title": "T", "outlet": "Outlet", "date": "'2016-08-11'", "story": "a-story", **fields}
    return "".join(f"{key}: {value}\n" for key, value in values.items()) + REST


# Titles written by the store (the dumper picks plain, single- or double-quoted style).
STORE_TITLES = [
    "Turkey offers Russia joint operations against IS in Syria",
    "Turkey: Russia asks for joint operations",  # ": " makes it single-quoted
    "It's O'Brien's day",
    "“We will not accept it,” the minister said",
    "'Quoted' at the start",
    '"Double" at the start',
    "Çavuşoğlu meets Lavrov in Saint Petersburg",
    "Смоленск и Москва",
    "السوريون في تركيا",
    "日本のニュース",
    "Emoji 🎉 title",
    "C# and F# #1 ranked",
    "Issue #5: what now",
    "a # b",
    "Colon:inside and time 10:30",
    "[IS] and [Getty] and [/] stay literal",
    "[@click=app.quit]x[/]",
    "yes",
    "No",
    "null",
    "~",
    "1984",
    "2016-08-11",
    "1.5 million flee",
    "10,000 flee Aleppo",
    "-dash at the start",
    "? question",
    "<< merge",
    "= sign",
    "Red \x1b[31m alert \u202e reversed",
    "Bell \x07 and tab\tinside",
    "Non\u00a0breaking\u00a0space",
    "Line\u2028separator",
    "Next\x85line",
    "A title with trailing\u3000",
    "\ufeffBOM first",
    "Back\\slash and \"quotes\"",
    "Zero-width\u200djoiner",
]


@pytest.mark.parametrize("title", STORE_TITLES)
def test_store_written_headers_are_read_without_a_full_parse(title):
    article = dataclasses.replace(SAMPLE, title=title, outlet="Türkçe Outlet", story="story-ü")
    text = dump_article(article)
    typed = title in ("yes", "No", "null", "~", "1984", "2016-08-11")
    folded = "\u2028" in title or "\x85" in title  # YAML line breaks: the dumper folds the value
    check(text, must_scan=not typed and not folded)
    assert check(text.replace("\n", "\r\n"), must_scan=False) == check(text)  # CRLF reads the same
    assert check("\ufeff" + text) == check(text)  # so does a leading BOM


@pytest.mark.parametrize(
    "value",
    ["plain", "plain  # a comment", "'single # not a comment'", '"double"', "'it''s'", "'  padded  '",
     '"tab\\tand \\"escapes\\" \\u00e9 \\x41 \\U0001F600 \\N \\_ \\/"', '"\\e[31m red"', '"\\L"', '"\\0"',
     "'#' # comment", "a:b", "a: b", "a :b", "a#b", "a #b", "'unclosed", '"unclosed', "'x'#c", "'x' #c", "x  ",
     '"\\ud800"', '"\\q"', "\"multi\\\n  line\"", "yes # c", "Yes", "NO", "on", "OFF", "true", "FALSE", "null # c",
     "0x1F", "0o17", "1_000", "1:30", ".inf", "-.5", "+1", "12e3", "1.2e+3", "2016-08-11 10:00", "2016-8-1",
     "'   '", "\u00a0", "'\u00a0x\u00a0'", "-", "?", ":", "- x", "--x", "?x", ":x", "&anchor x", "*alias", "!tag x",
     "!!str x", "| x", "> x", "%x", "@x", "`x", "{a: 1}", "[a]", ",x", "x,y", "x]", "é # c", "tab\tinside",
     "'tab\tinside'", "\"\t\"", "'\u2029'", "'\ufffe'", "'\x85'", "'\x9b'", "x \x85 y"],
)
def test_odd_values(value):
    for key in ("title", "outlet", "story"):
        check(header_text(**{key: value}))
    check(header_text(id=value))


@pytest.mark.parametrize(
    "date, expected",
    [("'2016-08-11'", "2016-08-11"), ("2016-08-11", "2016-08-11"), ('"2016-08-11"', "2016-08-11"),
     ("2016-08-11 # c", "2016-08-11"), ("'2016-02-30'", None), ("2016-02-30", None), ("2016-13-01", None),
     ("'2016-08-11", None), ("2016-08-11T10:00:00", None)],
)
def test_dates(date, expected):
    scanned = check(header_text(date=date))
    assert (scanned[3] if scanned else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "---\n" + header_text(),
        "--- # start\n" + header_text(),
        "# a comment line\n\n---\n# another\n" + header_text(),
        "\ufeff" + header_text(title="Ünïcode"),
        header_text().replace("\n", "\r\n"),
        header_text(story="s  # trailing comment"),
        header_text(outlet="'O'  # comment after quotes"),
    ],
)
def test_layouts_the_scan_reads(text):
    check(text, must_scan=True)


@pytest.mark.parametrize(
    "text",
    [
        header_text().replace("outlet: Outlet\n", "") + "outlet: Outlet\n",  # another field order
        header_text(title="folded\n  over two lines"),
        header_text(story="s\n  continued"),
        header_text(story="s\n\n  continued after a blank line"),
        header_text().replace("title: T", "title:\tT"),
        header_text().replace("title: T", "title:T"),
        header_text().replace("title: T", "title: >\n  T"),
        header_text().replace("\n", "\r", 1),
        header_text().replace("id: an-id", "%YAML 1.1\n---\nid: an-id"),
        header_text(title="T" * 2000),  # longer than the head the scan reads
    ],
)
def test_layouts_left_to_the_full_parse_are_still_read_right(text):
    check(text)


def test_invalid_utf8_and_control_bytes_are_left_to_the_full_parse():
    base = header_text(title="Caf\u00e9 title").encode()
    assert parse_header(base) == ("an-id", "Café title", "Outlet", "2016-08-11", "a-story")
    assert parse_header(base.replace("é".encode(), b"\xe9")) is None  # Latin-1, not UTF-8
    assert parse_header(base.replace(b"Caf", b"Caf\xed\xa0\x80")) is None  # an encoded surrogate
    assert parse_header(base.replace(b"Caf", b"Caf\x1b")) is None  # a raw ESC: YAML refuses it
    assert parse_header(base.replace(b"Outlet", b"Outlet # \xff")) is None  # bad UTF-8 in a comment
    cut = "title: " + "é" * 600  # the head ends inside a two-byte character
    assert parse_header(header_text(title=cut[7:]).encode()[: header.HEAD_BYTES]) is None


ALPHABET = [
    "a", "Z", "7", " ", "  ", ":", ": ", "#", " #", "'", "''", '"', "\\", "\\n", "\\u00e9", "\t", "-", "?",
    "é", "“", "”", "\u202e", "\x1b", "\x85", "\u2028", "\ufeff", "\u00a0", "\u3000", "yes", "No", "null", "~",
    "1", "0x1", ".5", "2016-08-11", "<<", "=", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@",
    "`", "\r", "\U0001F600", "السلام",
]


def random_value(rng: random.Random) -> str:
    raw = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
    style = rng.randrange(4)
    if style == 0:
        return raw  # as it stands, maybe not even YAML
    if style == 1:
        return "'" + raw.replace("'", "''") + "'"
    if style == 2:
        return json.dumps(raw, ensure_ascii=rng.random() < 0.5)  # JSON strings are YAML double-quoted ones
    return raw + "  # " + rng.choice(ALPHABET)


def test_random_headers_agree_with_the_full_parse():
    rng = random.Random(20161108)
    scanned = parsed = 0
    for _ in range(3000):
        fields = {key: random_value(rng) for key in ("title", "outlet", "story")}
        if rng.random() < 0.3:
            fields["id"] = random_value(rng)
        text = header_text(**fields)
        if rng.random() < 0.2:
            text = text.replace("\n", "\r\n")
        if rng.random() < 0.1:
            text = "\ufeff" + text
        scanned += check(text) is not None
        parsed += full_parse(text) is not None
    # Most of those YAML accepts are read by the scan itself (the rest hold tabs, line breaks...).
    assert scanned > 0.6 * parsed > 300


def test_random_store_written_articles_are_all_read_by_the_scan():
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:'\"!?#-()[]“”‘’–—éüçğışÇŞ"
    for n in range(500):
        title = "".join(rng.choice(letters) for _ in range(rng.randint(5, 80))).strip() or "x"
        article = dataclasses.replace(SAMPLE, id=f"a{n}", title=title, outlet=rng.choice(["Reuters", "Le Monde: Paris", "Dünya"]))
        text = dump_article(article)
        expected = full_parse(text)
        if expected is not None and title[0].isalpha():
            check(text, must_scan=True)
        else:
            check(text)


def test_corpus_open_uses_the_scan_for_quoted_unicode_crlf_and_bom_files(corpus_dir, monkeypatch):
    texts = {
        "quoted": dump_article(dataclasses.replace(SAMPLE, id="quoted", title="Turkey: “joint” operations")),
        "crlf": dump_article(dataclasses.replace(SAMPLE, id="crlf", title="Ünïcode")).replace("\n", "\r\n"),
        "bom": "\ufeff" + dump_article(dataclasses.replace(SAMPLE, id="bom", title="It's here")),
        "escaped": dump_article(dataclasses.replace(SAMPLE, id="escaped", title="Red \x1b[31m alert")),
    }
    for name, text in texts.items():
        (corpus_dir / f"{name}.yaml").write_text(text, encoding="utf-8", newline="")

    def no_full_parse(path):
        raise AssertionError(f"parsed {path} in full")

    monkeypatch.setattr(corpus_module, "read_article", no_full_parse)
    titles = {entry.id: entry.title for entry in Corpus.open(corpus_dir).entries}
    assert titles == {"quoted": "Turkey: “joint” operations", "crlf": "Ünïcode", "bom": "It's here", "escaped": "Red ␛[31m alert"}
