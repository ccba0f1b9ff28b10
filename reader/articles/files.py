"""Guards applied to any file before it is read whole: empty, oversized, binary, not UTF-8."""

from __future__ import annotations

import os
from pathlib import Path

from reader.articles.errors import CorpusError

MAX_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 8192


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def binary_error(head: bytes) -> CorpusError | None:
    """The error for a file whose first bytes show it is binary (a NUL byte), else None."""
    nul = head.find(b"\0", 0, SNIFF_BYTES)
    return None if nul < 0 else CorpusError(f"binary file (NUL byte at offset {nul})")


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise CorpusError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, or CorpusError with a one-line reason; never reads more than ``max_bytes``."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise CorpusError(f"too large ({_megabytes(size)}; the limit is {_megabytes(max_bytes)})")
            head = handle.read(SNIFF_BYTES)
            if error := binary_error(head):
                raise error
            data = head + handle.read(max_bytes + 1 - len(head))
    except OSError as err:
        raise CorpusError(f"cannot read: {err.strerror or err}") from None
    if len(data) > max_bytes:  # the file grew after fstat
        raise CorpusError(f"too large (over {_megabytes(max_bytes)})")
    text = decode_utf8(data)
    if not text.strip():
        raise CorpusError("empty file")
    return text
