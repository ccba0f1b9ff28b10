"""Cheap reading of a corpus file's header fields, for listing thousands of files fast.

The store writes id, title, outlet, date and story first, one line each, so the
sidebar needs only the first bytes of each file and one regular expression. The
scan reads what YAML reads on such lines: plain, single- and double-quoted
values, UTF-8, CRLF line ends, a BOM, '#' comments and a leading '---'. The
values then go through the same cleaning as the full parse. Whatever it is
unsure of (another field order, a value folded over lines, an unknown escape, a
plain value YAML would read as a number or boolean, a character YAML refuses)
returns None, and the caller parses that file in full instead: always right,
only slower. tests/unit/test_header.py checks it against the YAML parser.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from pathlib import Path

from yaml.resolver import Resolver

from reader.articles.errors import CorpusError
from reader.articles.files import binary_error
from reader.articles.schema import ID_PATTERN
from reader.text.sanitize import clean

HEAD_BYTES = 1024
# Bytes of a line that YAML accepts: printable ASCII, tab, and any UTF-8 (checked after decoding).
_LINE_CHAR = rb"[^\x00-\x08\x0a-\x1f\x7f]"
_NON_BLANK = rb"(?=[^\x00-\x20\x7f])"
# A plain (unquoted) value on one line: it cannot start with an indicator ('-', '?' and ':' may
# when a non-blank follows), ':' only where a non-blank follows, no tab, and " #" starts a comment.
# Trailing spaces are matched (and dropped later) so that a comment can follow them.
_PLAIN_RUN = rb"[^\x00-\x1f\x7f:#]*+"
_PLAIN = (
    rb"(?:[-?:]" + _NON_BLANK + rb"|(?![-?:,\[\]{}#&*!|>'\"%@`])" + _NON_BLANK + rb")"
    + _PLAIN_RUN + rb"(?:(?::" + _NON_BLANK + rb"|(?<! )\#)" + _PLAIN_RUN + rb")*+"
)
_SINGLE_RUN = rb"[^'\x00-\x08\x0a-\x1f\x7f]*+"
_SINGLE = rb"'" + _SINGLE_RUN + rb"(?:''" + _SINGLE_RUN + rb")*+'"
_DOUBLE_RUN = rb'[^"\\\x00-\x08\x0a-\x1f\x7f]*+'
_DOUBLE = (
    rb'"' + _DOUBLE_RUN
    + rb'(?:\\(?:[0abtnvfre "/\\N_LP\t]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})' + _DOUBLE_RUN + rb')*+"'
)
_VALUE = rb"(" + _SINGLE + rb"|" + _DOUBLE + rb"|" + _PLAIN + rb")"
_END = rb" *+(?:(?<= )#" + _LINE_CHAR + rb"*+)?\r?\n"  # trailing spaces, a comment, the line end
_BLANK_LINES = rb"(?: *+(?:#" + _LINE_CHAR + rb"*+)?\r?\n)*+"
_DATE = rb"date: ++(['\"]?)(\d{4}-\d{2}-\d{2})\4"


def _header_pattern(article_id: bytes, value: bytes, start: bytes, end: bytes) -> re.Pattern[bytes]:
    return re.compile(
        start + rb"id: ++" + article_id + end + rb"title: ++" + value + end + rb"outlet: ++" + value + end
        + _DATE + end + rb"story: ++" + value + end + rb"(?=[^ \t\r\n])"  # a key, not a folded value's next line
    )


# The layout the store writes, matched first as nearly every file has it: plain values that are
# text as they stand (not starting like a number, "<<", "=" or "~", not a YAML 1.1 boolean or
# null), no control character, no trailing space, no comment. ASCII values need no further work.
_SIMPLE_RUN = rb"[\x20-\x22\x24-\x39\x3b-\x7e\x80-\xff]*+"  # no ':', no '#', no control
_TEXT_AS_IS = (
    rb"(?![-?:,\[\]{}#&*!|>'\"%@`\s0-9+.<=~])"
    rb"(?!(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)\n)"
)
_SIMPLE = _header_pattern(
    rb"(" + _TEXT_AS_IS + rb"[A-Za-z0-9][A-Za-z0-9._-]{0,119}+)",  # schema.ID_PATTERN
    rb"(" + _TEXT_AS_IS + _SIMPLE_RUN + rb"(?:(?::(?=[\x21-\x7e\x80-\xff])|(?<! )\#)" + _SIMPLE_RUN + rb")*+(?<! ))",
    rb"(?:---\n)?",
    rb"\n",
)
# Typed plain values are short words (yes, off, null, ~) or start like a number (or "<<", "=").
_NUMBERISH = frozenset("0123456789+-.<=~")
_ESCAPED = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}


# The patterns below are compiled on first use: a corpus written by the store rarely needs them,
# and compiling them all would add milliseconds to every start.
@functools.cache
def _any_header() -> re.Pattern[bytes]:
    start = rb"(?:\xef\xbb\xbf)?" + _BLANK_LINES + rb"(?:---" + _END + _BLANK_LINES + rb")?"
    return _header_pattern(_VALUE, _VALUE, start, _END)


@functools.cache
def _not_on_one_line() -> re.Pattern[str]:
    """Characters YAML refuses (C1 controls, U+FFFE/U+FFFF) or reads as line breaks (NEL, LS, PS)."""
    return re.compile("[\x80-\x9f\u2028\u2029\ufffe\uffff]")


@functools.cache
def _typed() -> re.Pattern[str]:
    """Plain values YAML 1.1 reads as something other than text: booleans, null, numbers, dates..."""
    return re.compile(
        "|".join(
            sorted({f"(?:{regexp.pattern})" for resolvers in Resolver.yaml_implicit_resolvers.values()
                    for tag, regexp in resolvers if tag != "tag:yaml.org,2002:str"})
        ),
        re.VERBOSE,
    )


@functools.cache
def _escape() -> re.Pattern[str]:
    return re.compile(r"\\(?:(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})|(.))", re.DOTALL)


def _unescape(match: re.Match[str]) -> str:
    code, char = match.groups()
    if char is not None:
        return _ESCAPED[char]
    number = int(code[1:], 16)
    if 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
        raise ValueError("not a character")
    return chr(number)


def _text(raw: bytes) -> str | None:
    """A matched value as the full parse gives it (unquoted, cleaned, stripped); None if not text."""
    first = raw[0]
    if first == 0x27:  # '
        text = raw[1:-1].replace(b"''", b"'").decode()
    elif first == 0x22:  # "
        try:
            text = _escape().sub(_unescape, raw[1:-1].decode())
        except ValueError:
            return None  # an escape YAML refuses
    else:
        text = raw.rstrip(b" ").decode()
        if (len(text) <= 5 or text[0] in _NUMBERISH) and _typed().match(text):
            return None
        if raw.isascii():
            return text  # printable (the pattern saw to it) and stripped: nothing to clean
    return clean(text).strip() or None


def _unquoted(match: re.Match[bytes], head: bytes) -> tuple[str, ...] | None:
    """The fields of a header in any layout the patterns accept, or None."""
    if not head[: match.end()].isascii():
        try:
            decoded = head[: match.end()].decode()
        except UnicodeDecodeError:
            return None  # the full parse reports where
        if _not_on_one_line().search(decoded):
            return None
    raw_id, raw_title, raw_outlet, _, date, raw_story = match.groups()
    fields = (_text(raw_id), _text(raw_title), _text(raw_outlet), date.decode(), _text(raw_story))
    if None in fields or not ID_PATTERN.fullmatch(fields[0]):
        return None
    return fields


def parse_header(head: bytes) -> tuple[str, ...] | None:
    """(id, title, outlet, date, story) from the start of a corpus file; None when a full parse is needed."""
    match = _SIMPLE.match(head)
    if match is not None and (head.isascii() or head[: match.end()].isascii()):
        fields = tuple([field.decode() for field in match.group(1, 2, 3, 5, 6)])
    else:
        match = match or _any_header().match(head)
        fields = None if match is None else _unquoted(match, head)
        if fields is None:
            return None
    try:
        dt.date.fromisoformat(fields[3])
    except ValueError:
        return None  # 2016-02-30: the full parse says why
    return fields


def read_headers(root: Path, names: list[str]) -> list[tuple[str, ...] | CorpusError | None]:
    """For each file name in ``root``: its header fields, None when a full parse is needed, or
    the CorpusError refusing it (unreadable, binary). Empty, oversized and other bad files are
    left to the full read, which reports them.

    One tight loop, as this is what startup pays per file; names are opened relative to
    the folder where the platform allows, which spares the kernel a path walk per file.
    """
    relative = os.open in os.supports_dir_fd
    dir_fd = os.open(root, os.O_RDONLY) if relative else None
    results: list[tuple[str, ...] | CorpusError | None] = []
    append, open_file, read, close, parse = results.append, os.open, os.read, os.close, parse_header
    try:
        for name in names:
            try:
                fd = open_file(name if relative else os.path.join(root, name), os.O_RDONLY, dir_fd=dir_fd)
                try:
                    head = read(fd, HEAD_BYTES)
                finally:
                    close(fd)
            except OSError as err:  # also a folder named like an article file
                append(CorpusError(f"cannot read: {err.strerror or err}"))
                continue
            append(binary_error(head) if b"\0" in head else parse(head))
    finally:
        if dir_fd is not None:
            close(dir_fd)
    return results
