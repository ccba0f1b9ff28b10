"""Neutralize control characters in untrusted article text.

Rich and Textual pass ESC, CSI/OSC sequences, C1 controls and bidi overrides
straight to the terminal, so article text is cleaned at load and again at
render. Every replaced character maps to exactly one visible placeholder, so
character offsets computed on sanitized text stay valid after re-sanitizing.
"""

from __future__ import annotations

import re

# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/
# isolates, and other invisible format characters that can reorder or hide text.
# ZWJ/ZWNJ (U+200C/U+200D) are kept: scripts such as Persian and emoji need them.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029\ufff9-\ufffb]"
)
_REPLACEMENT = "\ufffd"


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ␀ ␛ ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return _REPLACEMENT


def sanitize(text: str) -> str:
    """Return ``text`` with unsafe characters replaced one-for-one by visible placeholders."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_placeholder, text)


def escape_unsafe(json_text: str) -> str:
    """JSON text with unsafe characters written as \\uXXXX escapes: the data it decodes to is
    unchanged, but a terminal showing it never receives them (json.dumps leaves C1 and bidi raw)."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, before sanitizing (a lone CR would become ␍)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean(text: str) -> str:
    """Normalize newlines, drop a leading BOM and sanitize: what loaders apply to every string."""
    return sanitize(normalize_newlines(text).removeprefix("\ufeff"))


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None
