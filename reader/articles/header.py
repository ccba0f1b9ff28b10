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
from reader.articles.files import binary_error
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
