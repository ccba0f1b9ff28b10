"""Numbers as scoring terms: one form however an outlet writes them.

A figure two accounts share is one of the strongest signs they tell the same fact,
but outlets write it differently: "Twenty-three people" / "23 people", "2,400" /
"2400", "the fifth strike" / "the 5th strike", "12 per cent" / "12%" / "12 percent".
Scoring reads a unit's TOKEN matches through ``read_token``, which gives each number
in one canonical form ("23", "2400", "5th", "%") and every other word as it stands.
"""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
    "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " \
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()

# "one" and "two" are left as words: "one of the", "the two sides" are rarely figures.
NUMBER_WORDS = {w: str(n) for n, w in enumerate(_UNITS) if n >= 3}
NUMBER_WORDS |= {w: str(20 + 10 * n) for n, w in enumerate(_TENS)}
NUMBER_WORDS |= {f"{t}-{u}": str(20 + 10 * k + n) for k, t in enumerate(_TENS) for n, u in enumerate(_UNITS[1:10], 1)}
NUMBER_WORDS |= {w: f"{n}{'rd' if n == 3 else 'th'}" for n, w in enumerate(_ORDINALS, 3)}


def is_number(word: str) -> bool:
    """Whether a scoring word is a figure or a percent sign (kept as it is, never stemmed)."""
    return word == PERCENT or word[:1].isdigit()

PERCENT = "%"

# A figure (thousands separators and decimals kept together, "5th" whole), a percent
# sign or "per cent", or a word (hyphenated words whole, so "twenty-three" is one
# token; a word holding digits, "Su-24M", "A320", stays a word).
TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th)?\b|%|\bper\s?cent\b|\w+(?:-\w+)*", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def figure(digits: str) -> str:
    """ "2,400" -> "2400", "2.1" -> "2.1", "1,5" (a decimal comma) stays "1,5"."""
    return digits.replace(",", "") if _THOUSANDS.fullmatch(digits) else digits


@lru_cache(maxsize=65536)
def read_token(token: str) -> tuple[str, ...]:
    """The words one TOKEN match stands for, numbers in one form: "Twenty-three" ->
    ("23",), "2,400" -> ("2400",), "per cent" -> ("%",), "state-owned" -> ("state", "owned")."""
    lowered = token.lower()
    if token[0].isdigit():
        if lowered.endswith(("st", "nd", "rd", "th")):
            return (figure(lowered[:-2]) + lowered[-2:],)
        return (figure(token),)
    if token == PERCENT or "".join(lowered.split()) == "percent":
        return (PERCENT,)
    if lowered in NUMBER_WORDS:
        return (NUMBER_WORDS[lowered],)
    if "-" in token:
        return tuple(NUMBER_WORDS.get(part.lower(), part) for part in token.split("-"))
    return (token,)
