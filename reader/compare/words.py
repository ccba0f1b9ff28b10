"""Word tokens with offsets, and the lemma-lite normalisation alignment scores on.

Scoring must survive rewording ("operations"/"operation", "Çavuşoğlu"/"Cavusoglu",
"’"/"'"), so words are case- and accent-folded and stripped of common English
suffixes. Diff tokens keep their exact offsets so differences can be styled in place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from reader.compare.lexicon import PARAPHRASE_GROUPS

# A short bracketed insertion stays one token ("[IS]", "(mechanism)"), so an editor's
# gloss shows as one inserted word; otherwise words (with inner hyphens/apostrophes),
# ellipses and single punctuation marks.
_DIFF_TOKEN = re.compile(
    r"\[[^\[\]\n]{1,40}\]|\([^()\n]{1,40}\)|\w+(?:[-'’]\w+)*|\.\.\.|…|[^\w\s]"
)
_WORD = re.compile(r"\w+")

_QUOTE_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "…": "..."})

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves
    said says say saying told tells added adding anti non one two also however would could may might
    mr mrs ms per via upon amid among whether since
    made make makes making take took taken takes get got gets give gave given gives go went goes come
    came comes put puts set keep kept""".split()
)


class Token(NamedTuple):
    """One diff token: its exact text, a folded form for comparison, its offsets, and
    whether it holds a word (else punctuation) and is a bracketed gloss like "[IS]"."""

    text: str
    norm: str
    start: int
    end: int
    is_word: bool
    is_bracketed: bool


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, unify quote marks and ellipses, drop accents: "Çavuşoğlu" -> "cavusoglu"."""
    text = text.translate(_QUOTE_FOLD).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


@lru_cache(maxsize=65536)
def _token_info(text: str) -> tuple[str, bool, bool]:
    bracketed = len(text) > 2 and text[0] in "[(" and text[-1] in "])"
    return fold(text), any(c.isalnum() for c in text), bracketed


def token_matches(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The raw matches of the diff tokens of ``text[start:end]`` (cheaper than Tokens)."""
    return list(_DIFF_TOKEN.finditer(text, start, len(text) if end is None else end))


def token_norm(match: re.Match[str]) -> str:
    return _token_info(match.group())[0]


def token_of(match: re.Match[str]) -> Token:
    norm, is_word, bracketed = _token_info(match.group())
    return Token(match.group(), norm, match.start(), match.end(), is_word, bracketed)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Diff tokens of ``text[start:end]`` with offsets into ``text``."""
    return [token_of(m) for m in token_matches(text, start, end)]


def split_at_bracket_swaps(left: list[Token], right: list[Token]) -> list[tuple[list[Token], list[Token]]]:
    """Cut a substitution around each bracket swap, so "(mechanism) …" against
    "[mechanism] between us" reads as a bracket swap, then an ellipsis. Empty pieces
    are dropped."""
    for a, lt in enumerate(left):
        for b, rt in enumerate(right):
            if lt.is_bracketed and rt.is_bracketed and fold(lt.text[1:-1]) == fold(rt.text[1:-1]):
                pieces = [(left[:a], right[:b]), ([lt], [rt]), *split_at_bracket_swaps(left[a + 1 :], right[b + 1 :])]
                return [p for p in pieces if p[0] or p[1]]
    return [(left, right)] if left or right else []


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Plain word runs (letters and digits) with offsets, for scoring and counting."""
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def word_count(text: str, start: int = 0, end: int | None = None) -> int:
    return len(_WORD.findall(text, start, len(text) if end is None else end))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: enough to meet "operations"/"operation", "urged"/"urges"."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ied", "y")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return _cap(w[: -len(suffix)] + repl)
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed", "ly", "ment", "ation", "ition", "ive", "er", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= (3 if suffix in _SHORT_OK else 4):
            if suffix == "e" and w[-2] not in _DROP_E_AFTER:
                break  # "plane" stays apart from "plan"; "urge" meets "urged"
            w = w[: -len(suffix)]
            if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "stopping" -> "stop"
            break
    return _cap(w)


_SHORT_OK = frozenset({"ing", "ed", "e"})
_DROP_E_AFTER = frozenset("cgsuvz")


def _cap(w: str) -> str:
    return w[:8]


def is_content(word: str) -> bool:
    lowered = fold(word)
    return lowered not in STOPWORDS and (len(lowered) > 1 or lowered.isdigit())


def _paraphrase_table() -> dict[str, str]:
    table = {}
    for group in PARAPHRASE_GROUPS:
        members = group.split()
        head = stem(members[0])
        for member in members:
            table.setdefault(stem(member), "~" + head)
    return table


_PARAPHRASE = _paraphrase_table()


@lru_cache(maxsize=65536)
def term(word: str) -> str:
    """The scoring term of a word: its stem, or its paraphrase group ("raids" -> "~attack");
    "" for a stop word, which scoring leaves out."""
    if not is_content(word):
        return ""
    stemmed = stem(word)
    return _PARAPHRASE.get(stemmed, stemmed)
