"""How each outlet names things, and the hedged or loaded wording only one side uses.

Only the outlet's own voice counts: words inside quotation marks are the
speaker's, so "terrorist group" or "anti-Daesh" in a quote both outlets carry is
not a choice of either outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.annotate.model import Annotations
from reader.compare.lexicon import HEDGES, LOADED
from reader.compare.spans import Cover
from reader.compare.worddiff import MODIFIER_LABELS, DiffOp
from reader.compare.words import fold, stem

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


@dataclass(frozen=True, slots=True)
class Naming:
    """One entity and the names each account gives it, with counts."""

    entity: str
    label: str
    left: tuple[tuple[str, int], ...]
    right: tuple[tuple[str, int], ...]

    @property
    def differs(self) -> bool:
        """Both accounts name the entity, with different names."""
        if not self.left or not self.right:
            return False
        return {fold(n) for n, _ in self.left} != {fold(n) for n, _ in self.right}

    def to_json(self) -> dict:
        return {
            "kind": "naming",
            "entity": self.entity,
            "label": self.label,
            "left": dict(self.left),
            "right": dict(self.right),
            "differs": self.differs,
        }


@dataclass(frozen=True, slots=True)
class Wording:
    """A hedge or loaded term that one account uses in its own voice and the other never does."""

    kind: str  # "hedge" or "loaded"
    term: str  # the lexicon entry
    side: str  # "left" or "right"
    spans: tuple[tuple[int, int], ...]  # offsets of each use in that side's text
    forms: tuple[str, ...]  # the words as written

    def to_json(self) -> dict:
        return {"kind": self.kind, "term": self.term, "side": self.side, "count": len(self.spans),
                "forms": list(self.forms)}


def naming_table(
    left_text: str, left_ann: Annotations, right_text: str, right_ann: Annotations, swaps: list[DiffOp]
) -> list[Naming]:
    """Entities by how often each outlet names them in its own voice, with the names used.

    Descriptions met in naming swaps ("Takfiri terrorists" where the other account
    says "Islamic State") join the entity's names, counted wherever the outlet uses them.
    """
    names: dict[str, tuple[Counter[str], Counter[str]]] = {}
    labels: dict[str, str] = {}
    sides = (
        (left_text, left_ann, _quoted(left_text, left_ann)),
        (right_text, right_ann, _quoted(right_text, right_ann)),
    )
    for side, (_, ann, quoted) in enumerate(sides):
        for mention in ann.entities:
            if mention.label not in NAMED_LABELS or quoted.covers(mention.start, mention.end):
                continue
            labels.setdefault(mention.entity, mention.label)
            names.setdefault(mention.entity, (Counter(), Counter()))[side][mention.text] += 1
    descriptions = set()
    for op in swaps:
        if op.note != "naming":
            continue
        for side, phrase, start, end in ((0, op.left_text, op.left_start, op.left_end),
                                         (1, op.right_text, op.right_start, op.right_end)):
            ann = sides[side][1]
            names_here = [m for m in ann.entities if m.start < end and m.end > start]
            if phrase and all(m.label in MODIFIER_LABELS for m in names_here):
                descriptions.add((side, op.entity, phrase))
    for side, entity, phrase in descriptions:
        if entity not in names or phrase in names[entity][side]:
            continue
        text, _, quoted = sides[side]
        uses = [m for m in re.finditer(re.escape(phrase), text) if not quoted.covers(m.start(), m.end())]
        if uses:
            names[entity][side][phrase] += len(uses)
    table = [
        Naming(entity, labels[entity], tuple(lc.most_common()), tuple(rc.most_common()))
        for entity, (lc, rc) in names.items()
    ]
    table.sort(key=lambda n: (-sum(c for _, c in (*n.left, *n.right)), n.entity))
    return table


_KIND_OF = {**{fold(e): "hedge" for e in HEDGES}, **{fold(e): "loaded" for e in LOADED}}


def _lexicon_pattern(entries: list[str]) -> re.Pattern[str]:
    """One pass finds every entry: alternatives grouped by first letter (so the engine
    tries few of them at each position), longer entries first ("what are said to be"
    before "said to be")."""
    by_letter: dict[str, list[str]] = {}
    for entry in sorted(entries, key=len, reverse=True):
        by_letter.setdefault(entry[0], []).append(re.escape(entry[1:]))
    branches = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in by_letter.items())
    return re.compile(rf"\b(?<!-)(?:{branches})(?![\w-])", re.IGNORECASE)


_LEXICON = _lexicon_pattern(list(_KIND_OF))


def _family(entry: str) -> str:
    """Forms of one term: "claims"/"claiming"/"claimed" are one family, phrases are their own."""
    return stem(entry) if " " not in entry else fold(entry)


_CLAIM = _family("claims")


def _quoted(text: str, ann: Annotations) -> Cover:
    """Where the text quotes someone: the annotator's quotes and any text between quote marks."""
    return Cover([(q.start, q.end) for q in ann.quotes] + [m.span() for m in _QUOTED.finditer(text)])


# "Claim" hedges when it reports an assertion ("Moscow claimed that...", "claims of torture"),
# not when it is an entitlement or a toll: "insurers expect claims", "damage claims",
# "claimed responsibility", "the fire claimed 12 lives", nor when a group claims an act
# as its own: "IS claimed the attack", "claimed Sunday's twin bombings". "Moscow claimed
# the attack was staged", "claimed the strike killed 20" report an assertion: a verb follows.
_CLAIM_REPORTS = re.compile(r"\s+(?:that|to|of|about)\b", re.IGNORECASE)
_CLAIMED_ACT = re.compile(
    r"\s+(?:(?:the|a|an|this|these|those|its|their|last|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|killings?|kidnappings?|abductions?|assassinations?|shootings?"
    r"|stabbings?|massacres?|raids?|ambush(?:es)?|hijackings?|beheadings?|murders?|assaults?|strikes?|operations?"
    r"|downings?|hostage-takings?|rocket\s+fire)\b"
    r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|might|may|did|never|came|happened|took|hit|left"
    r"|struck|\w+ed)\b)",
    re.IGNORECASE,
)
_CLAIM_NOT_ASSERTION_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+)?(?:responsibility|credit|victory|lives|life|seats?|titles?|records?|prizes?|medals?"
    r"|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b",
    re.IGNORECASE,
)
_CLAIM_NOT_ASSERTION_BEFORE = re.compile(
    r"\b(?:insurance|damages?|compensation|pension|benefits?|asylum|land|territorial|patent|expenses?|tax"
    r"|injury|warranty|disability|unemployment|refund|liability|property|maritime|file[sd]?|filing|pa(?:y|id|ys)"
    r"|process(?:ed|es)?|settle[sd]?|submit(?:ted|s)?|expect(?:ed|s)?|handle[sd]?|lodge[sd]?)\s+$",
    re.IGNORECASE,
)


def _is_hedge_use(text: str, start: int, end: int, family: str) -> bool:
    """Whether a lexicon hedge at ``start:end`` hedges here; only "claim" has other senses."""
    if family != _CLAIM:
        return True
    if _CLAIM_NOT_ASSERTION_BEFORE.search(text[max(0, start - 30):start]):
        return False
    if _CLAIM_REPORTS.match(text, end):
        return True
    return not (_CLAIM_NOT_ASSERTION_AFTER.match(text, end) or _CLAIMED_ACT.match(text, end))


def _own_voice_uses(text: str, ann: Annotations) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    quoted = _quoted(text, ann)
    uses: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for match in _LEXICON.finditer(text):
        if quoted.covers(match.start(), match.end()):
            continue
        found = fold(match.group())
        if _KIND_OF[found] == "hedge" and not _is_hedge_use(text, match.start(), match.end(), _family(found)):
            continue
        key = (_KIND_OF[found], _family(found))
        uses.setdefault(key, []).append((match.start(), match.end(), match.group()))
    return uses


def one_sided_wording(left_text: str, left_ann: Annotations, right_text: str, right_ann: Annotations) -> list[Wording]:
    left = _own_voice_uses(left_text, left_ann)
    right = _own_voice_uses(right_text, right_ann)
    found = []
    for side, mine, theirs in (("left", left, right), ("right", right, left)):
        for (kind, family), uses in mine.items():
            if (kind, family) in theirs:
                continue
            forms = tuple(dict.fromkeys(form for _, _, form in uses))
            found.append(Wording(kind, forms[0].lower(), side, tuple((s, e) for s, e, _ in uses), forms))
    found.sort(key=lambda w: (w.side, w.spans[0]))
    return found
