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
from reader.text.sanitize import sanitize

HEAD_BYTES = 1024
# A one-line plain scalar (no indicator first, no ": " or " #" inside) or a single-quoted one.
_VALUE = rb"""(?:'[^'\n]*(?:''[^'\n]*)*'|(?![-?:,\[\]{}#&*!|>'"%@`\s])[^\n:#]*(?:(?::(?![ \n])|(?<! )\#)[^\n:#]*)*)"""
_ID = rb"'?[A-Za-z0-9][A-Za-z0-9._-]{0,119}'?"  # schema.ID_PATTERN, optionally quoted
_HEADER = re.compile(
    rb"(?:---\n)?id: (" + _ID + rb")\ntitle: (" + _VALUE + rb")\noutlet: (" + _VALUE
    + rb")\ndate: '?(\d{4}-\d{2}-\d{2})'?\nstory: (" + _VALUE + rb")\n(?=\S)"
)
# Plain values YAML 1.1 reads as something other than text: booleans, null, numbers, dates...
_TYPED_PATTERN = "|".join(
    sorted({f"(?:{regexp.pattern})" for resolvers in Resolver.yaml_implicit_resolvers.values()
            for tag, regexp in resolvers if tag != "tag:yaml.org,2002:str"})
)
_TYPED = re.compile(_TYPED_PATTERN, re.VERBOSE)
_TYPED_BYTES = re.compile(_TYPED_PATTERN.encode(), re.VERBOSE)
# Typed plain values are short words (yes, off, null, ~) or start like a number (or "<<", "=").
_NUMBERISH = frozenset(b"0123456789+-.<=")
_QUOTE = ord("'")
# Printable ASCII, tab and newline; any other byte needs careful decoding and sanitizing.
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n"


def _careful_value(text: str) -> str | None:
    """The text of a matched scalar; None if YAML would read it as a non-text value."""
    if text[0] == "'":
        return text[1:-1].replace("''", "'").strip()
    if (len(text) <= 5 or ord(text[0]) in _NUMBERISH) and _TYPED.match(text):
        return None
    return text.rstrip()


def _careful(fields: tuple[bytes, ...]) -> tuple[str, ...] | None:
    try:
        texts = [field.decode("utf-8") for field in fields]
    except UnicodeDecodeError:
        return None  # the full parse reports where
    for i in (0, 1, 2, 4):  # the date is already checked by the pattern
        texts[i] = _careful_value(texts[i])
        if not texts[i]:
            return None
    return tuple(sanitize(text) for text in texts)


def parse_header(head: bytes) -> tuple[str, ...] | None:
    """(id, title, outlet, date, story) from the start of a corpus file; None when a full parse is needed."""
    match = _HEADER.match(head)
    if match is None:
        return None
    fields = match.groups()
    end = match.end()
    if head[:end].translate(None, _PLAIN_ASCII) or head.find(b" \n", 0, end) >= 0:
        return _careful(fields)
    for i in (0, 1, 2, 4):  # the date is already checked by the pattern
        value = fields[i]
        if value[0] == _QUOTE:
            return _careful(fields)
        if (len(value) <= 5 or value[0] in _NUMBERISH) and _TYPED_BYTES.match(value):
            return None
    return tuple([field.decode() for field in fields])


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
