"""Names from the gazetteers and the alias registry, matched token by token (longest first).

Short forms that are also English words ("IS", "US") are judged by their context
(short_forms); one the context leaves open counts only if the article names the same
entity unambiguously elsewhere.
"""

from __future__ import annotations

from reader.annotate.entity_candidates import Candidate
from reader.annotate.lexicon import AMBIGUOUS_CAPS, AMBIGUOUS_WORD, CAPITAL, UPPER, Lexicon, Name
from reader.annotate.short_forms import MAYBE, NO, short_form_reading
from reader.annotate.tokens import Token


def _fits(name: Name, tokens: list[Token], i: int, claimed: list[bool]) -> bool:
    keys, shape, n = name.keys, name.shape, name.size
    if i + n > len(tokens):
        return False
    for j in range(n):
        t = tokens[i + j]
        if t.key != keys[j] or claimed[i + j] or (j < n - 1 and not t.joins):
            return False
        if shape[j] == UPPER:
            if not t.upper:
                return False
        elif shape[j] == CAPITAL and not t.cap:
            return False
    if name.ambiguity:
        first = tokens[i]
        if first.shout:
            return False
        if name.ambiguity == AMBIGUOUS_WORD and first.initial:
            return False
        if name.ambiguity == AMBIGUOUS_CAPS:
            # "WHAT IS THIS" shouted inside ordinary text: a capitalized word right next to
            # it means the capitals are emphasis, not an acronym.
            if i > 0 and tokens[i - 1].upper and tokens[i - 1].joins:
                return False
            if i + 1 < len(tokens) and tokens[i + 1].upper and first.joins:
                return False
    return True


def match_gazetteer(text: str, tokens: list[Token], lex: Lexicon, claimed: list[bool]) -> list[Candidate]:
    found = []
    open_short_forms: list[Candidate] = []  # short forms whose context decides nothing
    named: set[str] = set()  # entities met in a form the context confirms
    index = lex.index
    count = len(tokens)
    resume = 0
    for i in [i for i, t in enumerate(tokens) if t.key in index]:
        if i < resume:
            continue
        names = index[tokens[i].key]
        if not claimed[i]:
            following = tokens[i + 1].key if i + 1 < count and tokens[i].joins else None
            for name in names:
                if name.size > 1 and name.keys[1] != following:
                    continue
                if _fits(name, tokens, i, claimed):
                    last = i + name.size - 1
                    cand = Candidate(i, last, name.label, name.entity, "gazetteer")
                    reading = short_form_reading(text, tokens, i, lex.rules) if name.ambiguity == AMBIGUOUS_CAPS else None
                    if reading == NO:
                        continue
                    if reading == MAYBE:
                        open_short_forms.append(cand)
                    else:
                        found.append(cand)
                        named.add(name.entity)
                    resume = last + 1
                    break
    if open_short_forms:
        found.extend(c for c in open_short_forms if c.entity in named)
        found.sort(key=lambda c: c.first)
    return found
