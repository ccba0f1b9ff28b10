"""Folding of names for lookup: "Çavuşoğlu" and "Cavusoglu", "’" and "'" compare equal.

Folding only builds lookup keys; offsets always index the original text.
"""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose into a base letter plus marks.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "þ": "th", "ð": "d", "’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-",
    }
)


def fold(text: str) -> str:
    """``text`` without diacritics (same case); ASCII text is returned unchanged."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text: str) -> str:
    """Case- and diacritic-insensitive lookup key of one token."""
    return fold(text).lower()
