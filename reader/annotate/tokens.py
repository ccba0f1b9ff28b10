"""Word tokens with offsets and the few facts the entity rules ask of them.

A token knows its folded lookup key, whether it is capitalized, whether it
opens a sentence (where capitals say nothing about names), whether its
paragraph is an ALL-CAPS headline (where capitals say nothing at all), and
whether the next token may continue the same name ("St. Petersburg",
"al-Assad", "Saint Petersburg" but not "Turkey, Russia").
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import NamedTuple

from reader.annotate.textnorm import key as fold_key
from reader.text.segment import Span, paragraphs, sentences

# Dotted acronyms ("U.S.", "U.N.") are one token; otherwise runs of letters and
# digits, joining an apostrophe only inside names ("O'Brien", not "Russia's").
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’](?=[A-Z])[^\W_]+)*")
_DOTTED = re.compile(r"[A-Z]\.[A-Z]\.")
_ABBREVIATIONS = frozenset(
    "st mt ft mr mrs ms dr gen col lt capt sgt sen rep gov prof rev jr sr maj adm cmdr".split()
)
_EXPANSIONS = {"st": "saint", "mt": "mount", "ft": "fort"}
_OPENERS = "“\"‘'«(:—–["
_AFTER_OPENER = re.compile("[" + re.escape(_OPENERS) + "] ?(?=\\w)")
_NAME_GAPS = frozenset((" ", "-", "‐", "‑", "\u00a0", " & ", "&"))  # "Marks & Spencer", "AT&T"


class Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str  # folded, lower case, without the dots of "U.S."
    cap: bool  # starts with a capital
    upper: bool  # all capitals, two letters or more
    initial: bool  # first word of a sentence or of a quotation
    shout: bool  # inside an ALL-CAPS paragraph
    joins: bool  # the next token may belong to the same name


_new_token = partial(tuple.__new__, Token)


def _key(word: str) -> str:
    key = word.lower() if word.isascii() else fold_key(word)
    return key.replace(".", "") if "." in key else key


def tokenize(text: str, sentence_spans: list[Span] | None = None, paragraph_spans: list[Span] | None = None) -> list[Token]:
    """Tokens of ``text``; pass its sentence and paragraph spans if already computed.

    Built column by column (lists, then one tuple per token): articles have
    thousands of tokens and this keeps tokenizing a 2,000-word text near 2 ms.
    """
    matches = list(_TOKEN.finditer(text))
    if not matches:
        return []
    words = [m.group() for m in matches]
    starts, ends = map(list, zip(*[m.span() for m in matches]))
    keys = [w.lower() if w.isascii() else _key(w) for w in words]
    if _DOTTED.search(text):
        for i in [i for i, w in enumerate(words) if "." in w]:
            keys[i] = _key(words[i])
    caps = [w[0].isupper() for w in words]
    uppers = [w.isupper() and w[1:2] != "" for w in words]
    gaps = [text[e:s] for e, s in zip(ends, starts[1:])]
    joins = [gap in _NAME_GAPS for gap in gaps]
    joins.append(False)
    for i in [i for i, gap in enumerate(gaps) if gap == ". " or gap == "."]:
        joins[i] = keys[i] in _ABBREVIATIONS or (len(words[i]) == 1 and caps[i])
    for i in [i for i, key in enumerate(keys) if key in _EXPANSIONS]:
        if joins[i] and caps[i] and i + 1 < len(caps) and caps[i + 1]:
            keys[i] = _EXPANSIONS[keys[i]]  # "St. Petersburg" = "Saint Petersburg"
    initial = _sentence_starts(text, starts, sentences(text) if sentence_spans is None else sentence_spans)
    shout = _shouting(starts, words, uppers, paragraphs(text) if paragraph_spans is None else paragraph_spans)
    return list(map(_new_token, zip(starts, ends, words, keys, caps, uppers, initial, shout, joins)))


def _sentence_starts(text: str, starts: list[int], sentence_spans: list[Span]) -> list[bool]:
    initial = [False] * len(starts)
    k = 0
    for span in sentence_spans:
        k = bisect.bisect_left(starts, span.start, k)
        if k < len(starts):
            initial[k] = True
    # the first word inside a quotation or after a colon: '"We ...', ': Many ...'
    opened = {m.end() for m in _AFTER_OPENER.finditer(text)}
    for k in [k for k, at in enumerate(starts) if at in opened]:
        initial[k] = True
    return initial


def _shouting(starts: list[int], words: list[str], uppers: list[bool], paragraph_spans: list[Span]) -> list[bool]:
    """Tokens of paragraphs written in capitals, such as wire headlines."""
    shout = [False] * len(starts)
    for para in paragraph_spans:
        first = bisect.bisect_left(starts, para.start)
        last = bisect.bisect_left(starts, para.end, first)
        if sum(uppers[first:last]) < 3:
            continue
        long_words = [k for k in range(first, last) if len(words[k]) > 1 and not words[k].isdigit()]
        if len(long_words) >= 3 and sum(uppers[k] for k in long_words) >= 0.7 * len(long_words):
            shout[first:last] = [True] * (last - first)
    return shout
