"""Names from the gazetteers and the alias registry, matched token by token (longest first)."""

from __future__ import annotations

from reader.annotate.entity_candidates import Candidate
from reader.annotate.lexicon import AMBIGUOUS_CAPS, AMBIGUOUS_WORD, CAPITAL, UPPER, Lexicon, Name
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


def match_gazetteer(tokens: list[Token], lex: Lexicon, claimed: list[bool]) -> list[Candidate]:
    found = []
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
                    found.append(Candidate(i, last, name.label, name.entity, "gazetteer"))
                    resume = last + 1
                    break
    return found
