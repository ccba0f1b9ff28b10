"""Cheap reading of a corpus file's header fields, for listing thousands of files fast.

The store writes id, title, outlet, date and story first, each on one line, so
the sidebar needs only the first bytes of each file. Anything this scanner is
unsure of (a folded or escaped value, a key written twice, a value YAML would
read as a number or a boolean) returns None, and the caller parses the file
in full instead, which is always right, only slower.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from reader.articles.errors import CorpusError
from reader.articles.files import MAX_BYTES, check_head, decode_utf8
from reader.articles.schema import HEADER_FIELDS, ID_PATTERN
from reader.text.sanitize import clean

HEAD_BYTES = 2048
_OTHER_SCALARS = frozenset({"language", "source_url", "byline"})
_KEY_LINE = re.compile(r"([A-Za-z_]+):(?:[ \t]+(.*?))?[ \t]*")
_ISO_DATE = re.compile(r"'?(\d{4}-\d{2}-\d{2})'?")
_RESOLVER = Resolver()
_STR = "tag:yaml.org,2002:str"
_PLAIN_START = set("&*!|>'\"%@`[]{}#,?-:")


def _scalar(value: str) -> str | None:
    """The text of a one-line YAML scalar, or None if it needs the real parser."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        inner = value[1:-1]
        return None if inner.replace("''", "").count("'") else inner.replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        inner = value[1:-1]
        return None if "\\" in inner or '"' in inner else inner
    if not value or value[0] in _PLAIN_START or " #" in value or ": " in value:
        return None
    if _RESOLVER.resolve(ScalarNode, value, (True, False)) != _STR:
        return None
    return value


def parse_header(text: str) -> dict[str, str] | None:
    """The header fields of a corpus file's beginning, or None when a full parse is needed."""
    found: dict[str, str] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if not line or line[0] == "#" or (number == 0 and line == "---"):
            continue
        match = _KEY_LINE.fullmatch(line)
        if match is None:
            return None  # indented continuation, flow mapping, ...
        key, value = match.groups()
        if key in _OTHER_SCALARS:
            continue
        if key not in HEADER_FIELDS:
            break
        if key in found or value is None:
            return None
        next_line = lines[number + 1] if number + 1 < len(lines) else ""
        if next_line[:1] in (" ", "\t"):
            return None  # a value folded over several lines
        if key == "date":
            date = _ISO_DATE.fullmatch(value)
            if date is None:
                return None
            found[key] = date.group(1)
            continue
        scalar = _scalar(value)
        if scalar is None:
            return None
        found[key] = clean(scalar).strip()
    if len(found) < len(HEADER_FIELDS) or not all(found.values()) or not ID_PATTERN.fullmatch(found["id"]):
        return None
    return found


def read_header(path: Path) -> dict[str, str] | None:
    """Header fields from the first bytes of ``path``; None when unsure.

    Raises CorpusError for files the full parse would refuse anyway: empty,
    oversized, binary, or with invalid UTF-8 in the bytes read.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as err:
        raise CorpusError(f"cannot read: {err.strerror or err}") from None
    try:
        size = os.fstat(fd).st_size
        head = os.read(fd, HEAD_BYTES)
    finally:
        os.close(fd)
    if size > MAX_BYTES or not head.strip():
        return None  # the full read reports it with the right words
    check_head(head)
    if len(head) == HEAD_BYTES:
        head = head[: head.rfind(b"\n") + 1]  # never cut a character in two
    return parse_header(decode_utf8(head))
