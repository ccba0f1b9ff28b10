"""Cheap reading of a corpus file's header fields, for listing thousands of files fast.

The store writes id, title, outlet, date and story first, one line each, so the
sidebar needs only the first bytes of each file and one regular expression.
Whatever this scanner is unsure of (another field order, a folded, escaped or
double-quoted value, a value YAML would read as a number or boolean, CRLF line
ends) returns None, and the caller parses that file in full instead: always
right, only slower.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from yaml.resolver import Resolver

from reader.articles.errors import CorpusError
from reader.articles.files import check_head
from reader.articles.schema import ID_PATTERN
from reader.text.sanitize import sanitize

HEAD_BYTES = 1024
_INDICATOR = rb"""-?:,\[\]{}#&*!|>'"%@`"""
# No ": " and no " #" inside; possessive, so a failed match gives up at once instead of backtracking.
_PLAIN_BODY = rb"[^\n:#]*+(?:(?::(?![ \n])|(?<! )\#)[^\n:#]*+)*+"
# Any value the corpus format may hold on one line: plain, or single-quoted.
_VALUE = rb"(?:'[^'\n]*+(?:''[^'\n]*+)*+'|(?![" + _INDICATOR + rb"\s])" + _PLAIN_BODY + rb")"
# A plain value that is text as it stands: not starting like a number (or "<<", "=", "~"), not a
# YAML 1.1 boolean or null, no trailing space. Anything else takes the careful path.
_TEXT_AS_IS = (
    rb"(?![" + _INDICATOR + rb"\s0-9+.<=~])"
    rb"(?!(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)\n)"
)
_SIMPLE = _TEXT_AS_IS + _PLAIN_BODY + rb"(?<! )"
_SIMPLE_ID = _TEXT_AS_IS + rb"[A-Za-z0-9][A-Za-z0-9._-]{0,119}"  # schema.ID_PATTERN


def _header_pattern(article_id: bytes, value: bytes) -> re.Pattern[bytes]:
    return re.compile(
        rb"(?:---\n)?id: (" + article_id + rb")\ntitle: (" + value + rb")\noutlet: (" + value
        + rb")\ndate: ('?)(\d{4}-\d{2}-\d{2})\4\nstory: (" + value + rb")\n(?=\S)"
    )


_HEADER_SIMPLE = _header_pattern(_SIMPLE_ID, _SIMPLE)
_HEADER = _header_pattern(_VALUE, _VALUE)
# Plain values YAML 1.1 reads as something other than text: booleans, null, numbers, dates...
_TYPED = re.compile(
    "|".join(
        sorted({f"(?:{regexp.pattern})" for resolvers in Resolver.yaml_implicit_resolvers.values()
                for tag, regexp in resolvers if tag != "tag:yaml.org,2002:str"})
    ),
    re.VERBOSE,
)
# Typed plain values are short words (yes, off, null, ~) or start like a number (or "<<", "=").
_NUMBERISH = frozenset("0123456789+-.<=~")
# Printable ASCII, tab and newline; any other byte needs careful decoding and sanitizing.
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n"


def _careful(fields: tuple[bytes, ...]) -> tuple[str, ...] | None:
    """Decode, unquote and sanitize matched values; None if one is not text to YAML."""
    try:
        texts = [field.decode("utf-8") for field in fields]
    except UnicodeDecodeError:
        return None  # the full parse reports where
    if any("\r" in text for text in texts):
        return None  # CRLF line ends: the YAML parser knows them
    for i in (0, 1, 2, 4):  # the date is already checked by the pattern
        text = texts[i]
        if text[0] == "'":
            text = text[1:-1].replace("''", "'").strip()
        elif (len(text) <= 5 or text[0] in _NUMBERISH) and _TYPED.match(text):
            return None
        texts[i] = text.rstrip()
        if not texts[i]:
            return None
    if not ID_PATTERN.fullmatch(texts[0]):
        return None
    return tuple([sanitize(text) for text in texts])


def parse_header(head: bytes) -> tuple[str, ...] | None:
    """(id, title, outlet, date, story) from the start of a corpus file; None when a full parse is needed."""
    match = _HEADER_SIMPLE.match(head)
    if match is not None and not head[: match.end()].translate(None, _PLAIN_ASCII):
        return tuple([field.decode() for field in match.group(1, 2, 3, 5, 6)])
    match = _HEADER.match(head)
    return None if match is None else _careful(match.group(1, 2, 3, 5, 6))


def read_header(path: Path | str, dir_fd: int | None = None) -> tuple[str, ...] | None:
    """Header fields from the first bytes of ``path``; None when a full parse is needed.

    ``dir_fd``, an open descriptor of the folder, makes opening thousands of
    files cheaper (``path`` is then resolved against it). Raises CorpusError
    for a binary file; empty, oversized and other bad files are left to the
    full read, which reports them.
    """
    try:
        fd = os.open(path, os.O_RDONLY, dir_fd=dir_fd)
    except OSError as err:
        raise CorpusError(f"cannot read: {err.strerror or err}") from None
    try:
        head = os.read(fd, HEAD_BYTES)
    except OSError as err:  # a folder named like an article file
        raise CorpusError(f"cannot read: {err.strerror or err}") from None
    finally:
        os.close(fd)
    check_head(head)
    return parse_header(head)
