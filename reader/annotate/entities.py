"""Named-entity mentions from gazetteers, the alias registry and rules for unseen names.

Order of evidence: dates; then the longest registry/gazetteer name at each
token; then runs of capitalized words, read by their cues: a title before a
name ("Foreign Minister X Y"), a head word after it ("... Ministry", "... Air
Base", "... Province"), a lower-case cue word around it ("spokesman X", "the
X airbase", "X chief executive Y"), a known first name, a speech verb or
apposition; datelines and unknown acronyms. Then surnames and partial names
join the full name met in the same article; single unknown words are read by
their context ("in X", "X said"); a label found once applies to every use of
the name; acronyms in brackets join the name they abbreviate.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.annotate.dates import find_dates
from reader.annotate.lexicon import (
    AMBIGUOUS_CAPS,
    AMBIGUOUS_WORD,
    CAPITAL,
    UPPER,
    Lexicon,
    Name,
)
from reader.annotate.model import Mention
from reader.annotate.textnorm import fold
from reader.annotate.tokens import Token

_CONNECTORS = frozenset(("of", "for", "on"))
_APPOSITION_OPENERS = ("the ", "a ", "an ", "who ", "aged ", "his ", "her ")
# Words written after a hyphen that make an adjective, not a name ("Russia-backed", "Kyiv-based").
_HYPHEN_SUFFIXES = frozenset(
    "led backed based born style era run held made owned linked like type class bound wide free "
    "ally allied armed aided bred".split()
)
# A short form in brackets: "(RSF)", "(PiS)", "[IS]".
_BRACKETED = re.compile(r"[(\[]([A-Z][A-Za-z]{0,5})[)\]]")
_PLACE_PREPOSITIONS = frozenset(("in", "near", "outside", "inside", "across", "around", "towards"))
_INSTITUTION_PREPOSITIONS = frozenset(("at", "of", "from"))
_SPEECH_AFTER_NAME = frozenset(
    "said says told added wrote tweeted stated explained noted argued insisted claimed "
    "asked replied stressed emphasized emphasised urged announced acknowledged admitted warned "
    "confirmed denied".split()
)


@dataclass
class _Candidate:
    first: int  # token index
    last: int  # token index, inclusive
    label: str
    entity: str
    rule: str
    roles: frozenset[str] = frozenset()
    span: tuple[int, int] | None = None  # character span when it differs from the tokens'


@dataclass
class EntityResult:
    mentions: list[Mention]
    roles: dict[str, set[str]] = field(default_factory=dict)  # person entity -> role words


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


def _gazetteer(tokens: list[Token], lex: Lexicon, claimed: list[bool]) -> list[_Candidate]:
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
                    found.append(_Candidate(i, last, name.label, name.entity, "gazetteer"))
                    resume = last + 1
                    break
    return found


def _surface_entity(text: str, tokens: list[Token], first: int, last: int) -> str:
    """Canonical name of an unseen entity: its words, diacritics folded, spacing normalized."""
    return fold(" ".join(text[tokens[first].start : tokens[last].end].split()))


class _Finder:
    def __init__(self, text: str, tokens: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.rules = lex.rules
        n = len(tokens)
        self.claimed = [False] * n
        self.unit: list[_Candidate | None] = [None] * n
        self.candidates: list[_Candidate] = []
        self.by_last: dict[int, _Candidate] = {}  # claimed names by their last token
        self._pending: list[int] = []  # single unknown words, read after surnames are linked
        self._unresolved: list[tuple[int, int]] = []  # unknown names of 2-3 words no rule read
        # indexes of capitalized tokens, and of those in capitals, shared by the passes below
        self.capitalized = [i for i, t in enumerate(tokens) if t.cap]
        self.in_capitals = [i for i in self.capitalized if tokens[i].upper]
        self.mid_sentence_caps = {tokens[i].text for i in self.capitalized if not tokens[i].initial}

    # -- building blocks -------------------------------------------------
    def _claim(self, cand: _Candidate) -> None:
        self.candidates.append(cand)
        self.by_last[cand.last] = cand
        for k in range(cand.first, cand.last + 1):
            self.claimed[k] = True

    def run(self) -> EntityResult:
        self._dates()
        for cand in _gazetteer(self.tokens, self.lex, self.claimed):
            for k in range(cand.first, cand.last + 1):
                self.unit[k] = cand
        self._runs()
        self._datelines()
        self._acronyms()
        self._by_repeated_surname()
        self._link_people()
        for first in self._pending:
            if not self.claimed[first]:
                self._by_context(first, first)
        self._propagate()
        self._link_acronyms()
        return self._result()

    def _dates(self) -> None:
        spans = find_dates(self.text, self.tokens)
        if not spans:
            return
        tokens = self.tokens
        j = 0
        for start, end, label in spans:
            while j < len(tokens) and tokens[j].end <= start:
                j += 1
            k = j
            while k < len(tokens) and tokens[k].start < end:
                k += 1
            if k > j:
                self._claim(_Candidate(j, k - 1, label, self.text[start:end], "date", span=(start, end)))

    # -- runs of capitalized words ---------------------------------------
    def _runs(self) -> None:
        tokens = self.tokens
        rules = self.rules
        n = len(tokens)
        unit = self.unit
        starts = sorted(set(self.capitalized).union(i for i, u in enumerate(unit) if u is not None))
        resume = 0
        for i in starts:
            if i < resume:
                continue
            t = tokens[i]
            if t.shout and unit[i] is not None and not self.claimed[i]:
                self._claim(unit[i])  # only unambiguous names match in ALL-CAPS text
                resume = unit[i].last + 1
                continue
            if self.claimed[i] or t.shout:
                continue
            j = i
            while j + 1 < n and tokens[j].joins and not self.claimed[j + 1]:
                nxt = tokens[j + 1]
                if nxt.cap or self.unit[j + 1] is self.unit[j] and self.unit[j] is not None:
                    j += 1
                    continue
                # a lower-case syllable after a hyphen in a given name: "Lee Jae-myung"
                if (
                    self.unit[j] is None
                    and self.text[tokens[j].end : nxt.start] == "-"
                    and nxt.text.isalpha()
                    and len(nxt.text) <= 5
                    and nxt.key not in _HYPHEN_SUFFIXES
                    and not (j + 1 < n - 1 and nxt.joins and self.text[nxt.end : tokens[j + 2].start] == "-")
                ):
                    j += 1
                    continue
                # "Alternative for Germany": an unknown word, "for", a known place
                if (
                    nxt.key == "for" and self.unit[j] is None and j + 2 < n and nxt.joins
                    and self.unit[j + 2] is not None and self.unit[j + 2].label == "GPE"
                    and self.unit[j + 2].last == j + 2 and not self.claimed[j + 2]
                ):
                    j += 2
                    continue
                # lower-case particle or connector inside a name: "al-Assad", "Ministry of Defence"
                if (
                    j + 2 < n
                    and nxt.joins
                    and tokens[j + 2].cap
                    and not self.claimed[j + 2]
                    and (
                        nxt.key in rules.name_particles
                        or (nxt.key in _CONNECTORS and self._is_head(tokens[j].key))
                    )
                ):
                    j += 2
                    continue
                break
            self._read_run(i, j)
            resume = j + 1

    def _is_head(self, key: str) -> bool:
        r = self.rules
        return key in r.org_heads or key in r.fac_heads or key in r.loc_heads or key in r.gpe_heads or key in r.title_heads

    def _units_only(self, first: int, last: int) -> bool:
        return all(self.unit[k] is not None for k in range(first, last + 1))

    def _unknown(self, first: int, last: int) -> bool:
        return all(self.unit[k] is None for k in range(first, last + 1))

    def _emit_units(self, first: int, last: int) -> None:
        k = first
        while k <= last:
            cand = self.unit[k]
            if cand is not None and cand.first >= first and cand.last <= last:
                self._claim(cand)
                k = cand.last + 1
            else:
                k += 1

    def _read_run(self, first: int, last: int) -> None:
        tokens, rules = self.tokens, self.rules
        if first == last:  # the common case: one known name, or one capitalized word
            unit = self.unit[first]
            if unit is not None:
                if unit.first == first and unit.last == last:
                    self._claim(unit)
                return
            if tokens[first].key not in rules.stopwords and tokens[first].cap and not self._by_head(first, last):
                self._pending.append(first)
            return
        # Leading/trailing function words are not part of names ("The", "In", "However").
        while first <= last and self.unit[first] is None and (
            tokens[first].key in rules.stopwords or not tokens[first].cap
        ):
            first += 1
        while last >= first and self.unit[last] is None and not self._hyphen_syllable(last) and (
            tokens[last].key in rules.stopwords or not tokens[last].cap
        ):
            last -= 1
        if first > last:
            return
        # A stop word in the middle splits the run ("Turkey And Russia" in title case).
        for k in range(first + 1, last):
            if self.unit[k] is None and tokens[k].key in rules.stopwords and tokens[k].cap:
                self._read_run(first, k - 1)
                self._read_run(k + 1, last)
                return
        if self._units_only(first, last) and self.unit[first].first >= first and self.unit[last].last <= last:
            if self._merge_groups(first, last):
                return
            self._emit_units(first, last)
            return
        if self._by_head(first, last) or self._by_title(first, last):
            return
        if first == last and self.unit[first] is None:
            self._pending.append(first)
            return
        if self._by_context(first, last) or self._by_place_in_name(first, last):
            return
        if self._unknown(first, last) and last - first < 3:
            self._unresolved.append((first, last))
        self._emit_units(first, last)

    def _by_head(self, first: int, last: int) -> bool:
        """"Russian Defence Ministry" (ORG), "Incirlik Air Base" (FAC), "Idlib Province" (GPE)."""
        tokens, rules = self.tokens, self.rules
        if last == first and self.unit[first] is None:
            return self._by_lower_cue(first, last)
        head = tokens[last].key
        label = None
        if self.unit[last] is None:
            if head in rules.org_heads:
                label = "ORG"
            elif head in rules.fac_heads:
                label = "FAC"
            elif head in rules.loc_heads:
                label = "LOC"
            elif head in rules.gpe_heads:
                label = "GPE"
        if label is None:
            # "Ministry of Defence", "University of Oxford", "Gulf of Aden", "Mount Ararat"
            for k in range(first, last):
                key = tokens[k].key
                if self.unit[k] is None and tokens[k + 1].key in _CONNECTORS and not tokens[k + 1].cap:
                    if key in rules.org_heads:
                        label = "ORG"
                    elif key in rules.loc_heads:
                        label = "LOC"
                    elif key in rules.gpe_heads:
                        label = "GPE"
                    elif key in rules.fac_heads:
                        label = "FAC"
                    break
            if label is None and self.unit[first] is None and tokens[first].key in ("mount", "lake", "mt"):
                label = "LOC"
        if label is None:
            return self._by_lower_cue(first, last)
        # A title before the organization's name belongs to a person, not to it.
        if any(self.unit[k] is None and tokens[k].key in rules.title_heads and k < last for k in range(first, last)) and label != "ORG":
            return False
        if label == "ORG":
            first = self._and_before(first)
        self._claim(_Candidate(first, last, label, _surface_entity(self.text, tokens, first, last), "head"))
        return True

    def _and_before(self, first: int) -> int:
        """"Devon and Cornwall Police", "Law and Justice party": an organization's name may hold an "and"."""
        tokens = self.tokens
        if first >= 2 and tokens[first - 1].key == "and" and not tokens[first - 1].cap:
            k = first - 2
            if (
                tokens[k].cap and tokens[k].joins and tokens[first - 1].joins and not self.claimed[k]
                and tokens[k].key not in self.rules.stopwords
            ):
                return k
        return first

    def _by_lower_cue(self, first: int, last: int) -> bool:
        """"the Hmeimim airbase", "Idlib province", "the Euphrates river": the cue labels the name."""
        if not self._unknown(first, last) or last + 1 >= len(self.tokens) or not self.tokens[last].joins:
            return False
        cue = self.tokens[last + 1]
        if cue.cap:
            return False
        rules = self.rules
        second = self.tokens[last + 2] if cue.joins and last + 2 < len(self.tokens) else None
        org_cue = cue.key in rules.org_cues or (second is not None and not second.cap and second.key in rules.org_cues)
        role_cue = self._name_in_context(first) and self._role_follows(last + 1)
        label = (
            "ORG" if org_cue or role_cue
            else "FAC" if cue.key in rules.fac_cues or (cue.key == "air" and self._next_key(last + 1) == "base")
            else "LOC" if cue.key in rules.loc_cues
            else "GPE" if cue.key in rules.gpe_cues
            else None
        )
        if label is None:
            return False
        if any(self.tokens[k].upper for k in range(first, last + 1)) and label != "ORG":
            return False
        if label == "ORG":
            first = self._and_before(first)
        self._claim(_Candidate(first, last, label, _surface_entity(self.text, self.tokens, first, last), "cue"))
        return True

    def _name_in_context(self, i: int) -> bool:
        """A sentence's first word is a name only if the article also capitalizes it elsewhere."""
        token = self.tokens[i]
        return not token.initial or token.text in self.mid_sentence_caps

    def _role_follows(self, i: int) -> bool:
        """"Ofgem chief executive Jonathan ...": a role word and a name after an unknown name."""
        tokens, rules = self.tokens, self.rules
        for k in (i, i + 1):
            if k + 1 >= len(tokens) or tokens[k].cap or not tokens[k].joins:
                return False
            if tokens[k].key in rules.person_cues or tokens[k].key in rules.title_heads:
                nxt = tokens[k + 1]
                if k + 1 < len(tokens) and tokens[k + 1].key in rules.person_cues and not tokens[k + 1].cap:
                    nxt = tokens[k + 2] if k + 2 < len(tokens) else nxt
                return nxt.cap and not self.claimed[k + 1]
            if tokens[k].key not in rules.title_modifiers:
                return False
        return False

    def _next_key(self, i: int) -> str:
        return self.tokens[i + 1].key if i + 1 < len(self.tokens) else ""

    def _by_title(self, first: int, last: int) -> bool:
        """"Turkish Foreign Minister Mevlut Cavusoglu": the words after the title are a person."""
        tokens, rules = self.tokens, self.rules
        for start in range(first, last):
            if self.unit[start] is not None:
                continue
            k = start
            head_at = -1
            while k <= last and self.unit[k] is None and (
                tokens[k].key in rules.title_heads or tokens[k].key in rules.title_modifiers or tokens[k].key == "of"
            ):
                if tokens[k].key in rules.title_heads:
                    head_at = k
                k += 1
            if head_at < 0 or k > last:
                continue
            title_end = k - 1 if tokens[k - 1].key != "of" else k - 2
            if not any(tokens[x].key == "of" for x in range(start, title_end + 1)):
                title_end = head_at
            name_first = title_end + 1
            if name_first > last or not self._name_like(name_first, last):
                continue
            self._emit_units(first, start - 1)
            title = " ".join(t.key for t in tokens[start : title_end + 1])
            self._claim(_Candidate(name_first, last, "PERSON", _surface_entity(self.text, tokens, name_first, last), "title",
                                   self._roles(title)))
            return True
        return False

    def _name_like(self, first: int, last: int) -> bool:
        tokens = self.tokens
        if last - first > 4:
            return False
        return all(
            (tokens[k].cap and not tokens[k].upper) or tokens[k].key in self.rules.name_particles
            or self._hyphen_syllable(k)
            for k in range(first, last + 1)
        )

    def _hyphen_syllable(self, k: int) -> bool:
        """A lower-case part of a hyphenated given name ("myung" in "Jae-myung")."""
        t = self.tokens[k]
        return (
            k > 0 and not t.cap and len(t.text) <= 5 and t.key not in _HYPHEN_SUFFIXES
            and self.tokens[k - 1].cap and self.text[self.tokens[k - 1].end : t.start] == "-"
        )

    def _roles(self, title: str) -> frozenset[str]:
        synonyms = self.rules.role_synonyms
        words = title.replace("-", " ").split()
        roles = {title}
        roles.update(w for w in words if w in self.rules.title_heads)
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                roles.update(synonyms.get(" ".join(words[i:j]), ()))
        return frozenset(roles)

    def _merge_groups(self, first: int, last: int) -> bool:
        """"Christian Democrats", "Bosnian Serbs": group names written next to each other are one group."""
        units = {id(self.unit[k]): self.unit[k] for k in range(first, last + 1)}
        if len(units) < 2 or any(u.label != "NORP" for u in units.values()):
            return False
        self._claim(_Candidate(first, last, "NORP", self._group_entity(first, self.unit[last]), "head"))
        return True

    def _group_entity(self, first: int, tail: _Candidate) -> str:
        """"Social Democrats" -> "Social Democrat": the words before the group, then its canonical name."""
        if tail.first == first:
            return tail.entity
        return _surface_entity(self.text, self.tokens, first, tail.first - 1) + " " + tail.entity

    def _by_repeated_surname(self) -> None:
        """"Rima Haddad ... Haddad said": a two- or three-word name whose last word recurs alone is a person.

        News names a person in full once and by surname afterwards; organizations and
        places come back whole or as an acronym.
        """
        if not self._unresolved:
            return
        tokens, rules = self.tokens, self.rules
        alone: dict[str, int] = {}
        for k in [k for k in self.capitalized if not tokens[k].upper]:
            before_joins = k > 0 and tokens[k - 1].joins and tokens[k - 1].cap
            after_joins = tokens[k].joins and k + 1 < len(tokens) and tokens[k + 1].cap
            if not before_joins and not after_joins and not self.claimed[k]:
                alone[tokens[k].key] = alone.get(tokens[k].key, 0) + 1
        for first, last in self._unresolved:
            if any(self.claimed[k] for k in range(first, last + 1)) or not self._name_like(first, last):
                continue
            surname = tokens[last].key
            if alone.get(surname) and surname not in rules.stopwords and surname not in rules.common_words:
                self._claim(_Candidate(first, last, "PERSON", _surface_entity(self.text, tokens, first, last), "repeated"))

    def _by_place_in_name(self, first: int, last: int) -> bool:
        """"Age UK", "U.S. Geological Survey", "Liberal Democratic Party": a known name inside a longer
        unknown one is part of an organization's name."""
        tokens = self.tokens
        units = {id(self.unit[k]): self.unit[k] for k in range(first, last + 1) if self.unit[k] is not None}
        if len(units) != 1:
            return False
        place = next(iter(units.values()))
        tail = place.last == last and place.first > first
        if tail and place.label in ("ORG", "NORP"):
            label = place.label  # "Liberal Democratic Party", "Social Democrats"
        elif place.label == "GPE" and (place.first == first or place.last == last):
            label = "ORG"  # "Age UK", "U.S. Geological Survey", "Alternative for Germany"
        else:
            return False
        rest = [k for k in range(first, last + 1) if self.unit[k] is None]
        rules = self.rules
        if not all(tokens[k].text.isalpha() and len(tokens[k].text) >= 3 and not tokens[k].upper
                   and tokens[k].key not in rules.first_names and tokens[k].key not in rules.title_heads
                   and (label == "NORP" or tokens[k].key not in rules.title_modifiers) for k in rest):
            return False
        entity = self._group_entity(first, place) if label == "NORP" else _surface_entity(self.text, tokens, first, last)
        self._claim(_Candidate(first, last, label, entity, "head"))
        return True

    def _by_context(self, first: int, last: int) -> bool:
        """Unseen names with no title: the words around them say what they are."""
        tokens, rules, text = self.tokens, self.rules, self.text
        if not self._unknown(first, last):
            return False
        before = tokens[first - 1] if first > 0 else None
        gap_before = text[before.end : tokens[first].start] if before is not None else ""
        lower_before = before is not None and not before.cap
        word_before = before.key if before is not None and gap_before == " " else ""
        word_before2 = tokens[first - 2].key if first >= 2 and tokens[first - 2].joins else ""
        label = None
        # "an analyst at X", "the city of X", "Microsoft, Amazon and X"
        if word_before == "at" and word_before2 in rules.person_cues:
            label = "ORG"
        elif word_before in rules.org_cues_before and tokens[first].key not in rules.first_names:
            label = "ORG"  # "vaccine makers Bavarian Nordic", "the lender Deutsche Pfandbrief"
        elif word_before == "and" and last == first and self._place_before_and(first):
            label = "GPE"  # "in Cornwall and Devon"
        elif word_before == "of" and word_before2 in rules.gpe_cues:
            label = "GPE"
        elif word_before == "of" and word_before2 in rules.loc_cues:
            label = "LOC"
        elif last == first and self._name_in_context(first):
            label = self._listed_with(first)
        if label is None:
            label = self._person_by_context(first, last, before, gap_before, lower_before, word_before)
        if label is None:
            return False
        roles = frozenset({before.key}) if label == "PERSON" and lower_before and before.key in rules.person_cues else frozenset()
        self._claim(_Candidate(first, last, label, _surface_entity(text, tokens, first, last), "context", roles))
        return True

    def _place_before_and(self, i: int) -> bool:
        """Whether "in X and" precedes token ``i``, X a place."""
        prev = self.by_last.get(i - 2)
        if prev is None or prev.label != "GPE" or prev.first == 0:
            return False
        return self.tokens[prev.first - 1].key in _PLACE_PREPOSITIONS

    def _listed_with(self, i: int) -> str | None:
        """The label of the names listed before X in "A, B and X" when they agree."""
        tokens, text = self.tokens, self.text
        labels = []
        k = i
        while k > 0 and len(labels) < 3:
            gap = text[tokens[k - 1].end : tokens[k].start]
            if gap == ", ":
                prev = self.by_last.get(k - 1)
            elif gap == " " and tokens[k - 1].key in ("and", "or") and k >= 2:
                prev = self.by_last.get(k - 2)
            else:
                break
            if prev is None or prev.label not in ("ORG", "GPE"):
                break
            labels.append(prev.label)
            k = prev.first
        return labels[0] if len(labels) >= 2 and len(set(labels)) == 1 else None

    def _person_by_context(self, first: int, last: int, before: Token | None, gap_before: str,
                           lower_before: bool, word_before: str) -> str | None:
        """A first name, a speech verb, apposition, a role word, "in X" (a place), "X said" (a body)."""
        tokens, rules, text = self.tokens, self.rules, self.text
        if not self._name_like(first, last):
            return None
        if any(tokens[k].key in rules.org_heads or tokens[k].key in rules.title_heads for k in range(first, last + 1)):
            return None
        length = last - first + 1
        after = text[tokens[last].end : tokens[last].end + 40]
        enclosed = gap_before == ", " and after.startswith(",")
        # "spokesman X Y", "its chief executive, X Y, said", "the envoy for Sudan, X Y, said"
        cue_before = lower_before and before.key in rules.person_cues and (gap_before == " " or enclosed)
        if not cue_before and enclosed and length >= 2:
            cue_before = any(
                not t.cap and t.key in rules.person_cues for t in tokens[max(0, first - 6) : first - 1]
            )
        after_word = after.lstrip(" ").split(" ", 1)[0].strip(",.;:") if after.startswith(" ") else ""
        speech_after = after_word in _SPEECH_AFTER_NAME
        speech_before = word_before in ("said", "says", "added") or (
            word_before == "to" and first >= 2 and tokens[first - 2].key == "according"
        )
        apposition = after.startswith(", ") and (after[2:].startswith(_APPOSITION_OPENERS) or after[2:3].isdigit())
        # "analysts at X said", "the Confederation of X said": an institution, not a person
        institution = lower_before and before.key in _INSTITUTION_PREPOSITIONS and gap_before == " "
        if (length >= 2 and tokens[first].key in rules.first_names) or cue_before:
            return "PERSON"
        if length >= 2 and not institution and (speech_after or speech_before or apposition):
            lead = tokens[first].key
            # "National Grid said": a person's name does not start with a common word
            return "ORG" if lead in rules.common_words or lead in rules.title_modifiers else "PERSON"
        if length == 1 and self._name_in_context(first) and not institution:
            if speech_before:
                return "PERSON"
            if word_before in _PLACE_PREPOSITIONS:
                return "GPE"
            if speech_after:
                return "PERSON" if tokens[first].key in rules.first_names else "ORG"
        return None

    def _datelines(self) -> None:
        """"AUSTIN, Texas (AP) -", "SAO PAULO -": a paragraph opening with a place in capitals."""
        tokens, text = self.tokens, self.text
        for i in self.in_capitals:
            t = tokens[i]
            if self.claimed[i] or (t.start and text[t.start - 1] != "\n"):
                continue
            j = i
            while j + 1 < len(tokens) and tokens[j].joins and tokens[j + 1].upper and j - i < 3:
                j += 1
            after = text[tokens[j].end : tokens[j].end + 3]
            if after.startswith((",", " (", " —", " –", " - ")) and not any(self.claimed[k] for k in range(i, j + 1)):
                entity = " ".join(w.capitalize() for w in fold(text[t.start : tokens[j].end]).split())
                self._claim(_Candidate(i, j, "GPE", entity, "dateline"))

    def _acronyms(self) -> None:
        """Unknown all-caps words in ordinary text are organizations ("NTV", "SOHR")."""
        skip = self.rules.non_entity_acronyms
        tokens = self.tokens
        for i in self.in_capitals:
            t = tokens[i]
            if (
                not self.claimed[i] and not t.shout and 2 <= len(t.text) <= 6
                and t.text.isalpha() and t.key not in skip
            ):
                self._claim(_Candidate(i, i, "ORG", t.text, "acronym"))

    # -- canonical names ---------------------------------------------------
    def _link_people(self) -> None:
        """Surnames and partial names join the full name met in the article."""
        tokens, particles = self.tokens, self.rules.name_particles
        people = sorted((c for c in self.candidates if c.label == "PERSON" and c.last > c.first), key=lambda c: c.first)
        by_part: dict[tuple[str, ...], list[_Candidate]] = {}
        for cand in people:
            keys = [tokens[k].key for k in range(cand.first, cand.last + 1)]
            for cut in range(1, len(keys)):
                if keys[cut] not in particles:
                    by_part.setdefault(tuple(keys[cut:]), []).append(cand)
            # a middle name used alone ("Lula" of "Luiz Inacio Lula da Silva")
            for key in keys[1:-1] if len(keys) >= 3 else ():
                if key not in particles and cand not in by_part.get((key,), []):
                    by_part.setdefault((key,), []).append(cand)
            # a family name written first ("Lee" of "Lee Jae-myung")
            if keys[0] in self.rules.family_names_first:
                by_part.setdefault((keys[0],), []).append(cand)
        # "the Commission" after "the European Commission": the head word of a longer name.
        for cand in self.candidates:
            if cand.label == "ORG" and cand.last > cand.first and tokens[cand.last].cap:
                by_part.setdefault((tokens[cand.last].key,), []).append(cand)
        if not by_part:
            return
        # Persons found by rule under a shorter name ("President Erdogan").
        for cand in self.candidates:
            if cand.label == "PERSON" and cand.rule != "gazetteer":
                keys = tuple(tokens[k].key for k in range(cand.first, cand.last + 1))
                full = self._nearest(by_part.get(keys), cand.first)
                if full is not None and full is not cand:
                    cand.entity = full.entity
        # Bare surnames: unclaimed capitalized words, with a particle joined before them ("al-Sudani").
        count = len(tokens)
        resume = 0
        for i in [i for i in self.capitalized if not tokens[i].upper]:
            if i < resume or self.claimed[i]:
                continue
            j = i
            while j + 1 < count and tokens[j].joins and not self.claimed[j + 1] and tokens[j + 1].cap:
                j += 1
            for start in range(i, j + 1):
                keys = tuple(tokens[k].key for k in range(start, j + 1))
                full = self._nearest(by_part.get(keys), start)
                if full is not None and full.label == "ORG" and (start == 0 or tokens[start - 1].key != "the"):
                    full = None
                if full is not None:
                    first = start
                    if first > 0 and not self.claimed[first - 1] and tokens[first - 1].key in particles and tokens[first - 1].joins:
                        first -= 1
                    self._claim(_Candidate(first, j, full.label, full.entity, "surname", full.roles))
                    break
            resume = j + 1

    def _propagate(self) -> None:
        """One name, one meaning per article: a label found by context applies to every other use."""
        tokens = self.tokens
        known: dict[tuple[str, ...], _Candidate] = {}
        for cand in self.candidates:
            if cand.rule in ("context", "cue", "head", "acronym") and cand.last - cand.first < 4:
                known.setdefault(tuple(tokens[k].text for k in range(cand.first, cand.last + 1)), cand)
        if not known:
            return
        longest = max(len(k) for k in known)
        firsts = {k[0] for k in known}
        count = len(tokens)
        resume = 0
        for i in self.capitalized:
            if i < resume or self.claimed[i] or tokens[i].text not in firsts:
                continue
            for size in range(longest, 0, -1):
                end = i + size - 1
                if end >= count or any(self.claimed[k] for k in range(i, end + 1)):
                    continue
                if size > 1 and not all(tokens[k].joins for k in range(i, end)):
                    continue
                if end + 1 < count and tokens[end].joins and tokens[end + 1].cap:
                    continue  # part of a longer name
                cand = known.get(tuple(tokens[k].text for k in range(i, end + 1)))
                if cand is not None:
                    self._claim(_Candidate(i, end, cand.label, cand.entity, "propagated", cand.roles))
                    resume = end + 1
                    break

    @staticmethod
    def _nearest(cands: list[_Candidate] | None, at: int) -> _Candidate | None:
        if not cands:
            return None
        before = [c for c in cands if c.first <= at]
        return before[-1] if before else cands[0]

    def _link_acronyms(self) -> None:
        """"Rapid Support Forces (RSF)", "Law and Justice (PiS)": a short form in brackets after a name
        is that name wherever it appears in the article, even where a gazetteer reads it otherwise."""
        tokens, text = self.tokens, self.text
        aliases: dict[str, _Candidate] = {}
        starts = [t.start for t in tokens]
        for match in _BRACKETED.finditer(text):
            i = bisect.bisect_left(starts, match.start(1))
            if i == 0 or i >= len(tokens) or tokens[i].start != match.start(1) or tokens[i].end != match.end(1):
                continue
            t = tokens[i]
            prev = self.by_last.get(i - 1)
            if prev is None and i >= 2 and tokens[i - 1].key in self.rules.org_cues and not tokens[i - 1].cap:
                prev = self.by_last.get(i - 2)  # "the Law and Justice party (PiS)"
            if prev is None or prev.label in ("DATE", "TIME") or t.text in aliases:
                continue
            initials = "".join(tokens[k].text[0] for k in range(prev.first, prev.last + 1) if tokens[k].cap)
            # an organization may abbreviate its name in another language ("PiS", "AfD")
            if initials == t.text or prev.label == "ORG":
                aliases[t.text] = prev
                if not self.claimed[i]:
                    self._claim(_Candidate(i, i, prev.label, prev.entity, "acronym"))
        if aliases:
            for cand in self.candidates:
                source = aliases.get(tokens[cand.first].text) if cand.first == cand.last else None
                if source is not None and source is not cand:
                    cand.label, cand.entity = source.label, source.entity
            for i in [i for i, t in enumerate(tokens) if t.text in aliases and not self.claimed[i]]:
                source = aliases[tokens[i].text]
                self._claim(_Candidate(i, i, source.label, source.entity, "acronym"))

    def _result(self) -> EntityResult:
        tokens, text = self.tokens, self.text
        mentions = []
        roles: dict[str, set[str]] = {}
        last_titled: _Candidate | None = None
        for cand in sorted(self.candidates, key=lambda c: c.first):
            start, end = cand.span or (tokens[cand.first].start, tokens[cand.last].end)
            mentions.append(Mention(start, end, text[start:end], cand.label, cand.entity))
            if cand.label == "PERSON":
                person_roles = roles.setdefault(cand.entity, set())
                person_roles.update(cand.roles)
                if "counterpart" in cand.roles and last_titled is not None:
                    person_roles.update(r for r in last_titled.roles if r != "counterpart")
                if cand.roles:
                    last_titled = cand
        return EntityResult(mentions, roles)



def find_entities(text: str, tokens: list[Token], lex: Lexicon) -> EntityResult:
    return _Finder(text, tokens, lex).run()
