"""Named-entity mentions from gazetteers, the alias registry and rules for unseen names.

Order of evidence: dates; then the longest registry/gazetteer name at each
token; then runs of capitalized words, read by their cues: a title before a
name ("Foreign Minister X Y"), a head word after it ("... Ministry", "... Air
Base", "... Province"), a known first name, a speech verb or apposition, a
lower-case cue word ("spokesman X", "the X airbase"). Finally surnames and
partial names join the full name met in the same article, and acronyms in
brackets join the name they abbreviate.
"""

from __future__ import annotations

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
    n = len(name.keys)
    if i + n > len(tokens):
        return False
    for j in range(n):
        t = tokens[i + j]
        if claimed[i + j] or t.key != name.keys[j]:
            return False
        if j < n - 1 and not t.joins:
            return False
        shape = name.shape[j]
        if shape == UPPER and not t.upper:
            return False
        if shape == CAPITAL and not t.cap:
            return False
    if name.ambiguity:
        first = tokens[i]
        if first.shout:
            return False
        if name.ambiguity == AMBIGUOUS_WORD and first.initial:
            return False
        if name.ambiguity == AMBIGUOUS_CAPS:
            # "WHAT IS THIS" shouted inside ordinary text: a capitalized neighbour that is
            # not a known name means the capitals are emphasis, not an acronym.
            for k in (i - 1, i + 1):
                if 0 <= k < len(tokens) and tokens[k].upper and abs(tokens[k].start - first.start) < 12:
                    return False
    return True


def _gazetteer(tokens: list[Token], lex: Lexicon, claimed: list[bool]) -> list[_Candidate]:
    found = []
    i = 0
    index = lex.index
    while i < len(tokens):
        names = index.get(tokens[i].key) if not claimed[i] else None
        if names:
            for name in names:
                if _fits(name, tokens, i, claimed):
                    last = i + len(name.keys) - 1
                    found.append(_Candidate(i, last, name.label, name.entity, "gazetteer"))
                    i = last + 1
                    break
            else:
                i += 1
        else:
            i += 1
    return found


def _person_entity(tokens: list[Token], first: int, last: int) -> str:
    return " ".join(fold(t.text) for t in tokens[first : last + 1])


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

    # -- building blocks -------------------------------------------------
    def _claim(self, cand: _Candidate) -> None:
        self.candidates.append(cand)
        for k in range(cand.first, cand.last + 1):
            self.claimed[k] = True

    def _free_cap(self, i: int) -> bool:
        t = self.tokens[i]
        return not self.claimed[i] and t.cap and not t.shout and t.key not in self.rules.stopwords

    def run(self) -> EntityResult:
        self._dates()
        for cand in _gazetteer(self.tokens, self.lex, self.claimed):
            for k in range(cand.first, cand.last + 1):
                self.unit[k] = cand
        self._runs()
        self._acronyms()
        self._link_people()
        return self._result()

    def _dates(self) -> None:
        spans = find_dates(self.text)
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
        i = 0
        while i < n:
            t = tokens[i]
            if self.claimed[i] or t.shout or not (t.cap or self.unit[i] is not None):
                i += 1
                continue
            j = i
            while j + 1 < n and tokens[j].joins and not self.claimed[j + 1]:
                nxt = tokens[j + 1]
                if nxt.cap or self.unit[j + 1] is self.unit[j] and self.unit[j] is not None:
                    j += 1
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
            i = j + 1

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
        # Leading/trailing function words are not part of names ("The", "In", "However").
        while first <= last and self.unit[first] is None and (
            tokens[first].key in rules.stopwords or not tokens[first].cap
        ):
            first += 1
        while last >= first and self.unit[last] is None and (
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
            self._emit_units(first, last)
            return
        if self._by_head(first, last) or self._by_title(first, last) or self._by_person_cues(first, last):
            return
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
        surface = self.text[tokens[first].start : tokens[last].end]
        self._claim(_Candidate(first, last, label, fold(" ".join(surface.split())), "head"))
        return True

    def _by_lower_cue(self, first: int, last: int) -> bool:
        """"the Hmeimim airbase", "Idlib province", "the Euphrates river": the cue labels the name."""
        if not self._unknown(first, last) or last + 1 >= len(self.tokens) or not self.tokens[last].joins:
            return False
        cue = self.tokens[last + 1]
        if cue.cap:
            return False
        rules = self.rules
        label = (
            "FAC" if cue.key in rules.fac_cues or (cue.key == "air" and self._next_key(last + 1) == "base")
            else "LOC" if cue.key in rules.loc_cues
            else "GPE" if cue.key in rules.gpe_cues
            else None
        )
        if label is None:
            return False
        if any(self.tokens[k].upper for k in range(first, last + 1)):
            return False
        surface = self.text[self.tokens[first].start : self.tokens[last].end]
        self._claim(_Candidate(first, last, label, fold(surface), "cue"))
        return True

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
            self._claim(_Candidate(name_first, last, "PERSON", _person_entity(tokens, name_first, last), "title",
                                   self._roles(title)))
            return True
        return False

    def _name_like(self, first: int, last: int) -> bool:
        tokens = self.tokens
        if last - first > 4:
            return False
        return all(
            (tokens[k].cap and not tokens[k].upper) or tokens[k].key in self.rules.name_particles
            for k in range(first, last + 1)
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

    def _by_person_cues(self, first: int, last: int) -> bool:
        """Unseen names with no title: a first name, a speech verb, apposition or a cue word."""
        tokens, rules, text = self.tokens, self.rules, self.text
        if not self._unknown(first, last) or not self._name_like(first, last):
            return False
        if any(tokens[k].key in rules.org_heads or tokens[k].key in rules.title_heads for k in range(first, last + 1)):
            return False
        length = last - first + 1
        before = tokens[first - 1] if first > 0 else None
        cue_before = (
            before is not None and not before.cap and before.key in rules.person_cues
            and text[before.end : tokens[first].start] == " "
        )
        after = text[tokens[last].end : tokens[last].end + 40]
        after_word = after.lstrip(" ").split(" ", 1)[0].strip(",.;:") if after.startswith(" ") else ""
        speech_after = after_word in _SPEECH_AFTER_NAME
        speech_before = before is not None and before.key in ("said", "says", "added", "according") or (
            first >= 2 and tokens[first - 1].key == "to" and tokens[first - 2].key == "according"
        )
        apposition = (
            length >= 2 and after.startswith(", ")
            and (after[2:].startswith(_APPOSITION_OPENERS) or after[2:3].isdigit())
        )
        first_name = length >= 2 and tokens[first].key in rules.first_names
        if first_name or cue_before or (length >= 2 and (speech_after or speech_before or apposition)) or (
            length == 1 and not tokens[first].initial and (speech_after or speech_before)
        ) or (length == 1 and speech_after and tokens[first].initial and tokens[first].key not in rules.common_words):
            roles = frozenset({before.key}) if cue_before else frozenset()
            self._claim(_Candidate(first, last, "PERSON", _person_entity(tokens, first, last), "person", roles))
            return True
        return False

    def _acronyms(self) -> None:
        """Unknown all-caps words in ordinary text are organizations ("NTV", "SOHR")."""
        skip = self.rules.non_entity_acronyms
        for i, t in enumerate(self.tokens):
            if (
                not self.claimed[i] and t.upper and not t.shout and 2 <= len(t.text) <= 6
                and t.text.isalpha() and t.key not in skip
            ):
                self._claim(_Candidate(i, i, "ORG", t.text, "acronym"))

    # -- canonical names ---------------------------------------------------
    def _link_people(self) -> None:
        """Surnames and partial names join the full name met in the article; bracketed acronyms join their name."""
        tokens = self.tokens
        people = sorted((c for c in self.candidates if c.label == "PERSON" and c.last > c.first), key=lambda c: c.first)
        by_suffix: dict[tuple[str, ...], list[_Candidate]] = {}
        for cand in people:
            keys = tuple(tokens[k].key for k in range(cand.first, cand.last + 1))
            for cut in range(1, len(keys)):
                if keys[cut] not in self.rules.name_particles:
                    by_suffix.setdefault(keys[cut:], []).append(cand)
        if by_suffix:
            # Persons found by rule with a shorter name ("President Erdogan").
            for cand in self.candidates:
                if cand.label == "PERSON" and cand.rule != "gazetteer":
                    keys = tuple(tokens[k].key for k in range(cand.first, cand.last + 1))
                    full = self._nearest(by_suffix.get(keys), cand.first)
                    if full is not None and full is not cand:
                        cand.entity = full.entity
            # Bare surnames: unclaimed capitalized words.
            i = 0
            while i < len(tokens):
                if self.claimed[i] or not tokens[i].cap or tokens[i].upper:
                    i += 1
                    continue
                j = i
                while j + 1 < len(tokens) and tokens[j].joins and not self.claimed[j + 1] and tokens[j + 1].cap:
                    j += 1
                for start in range(i, j + 1):
                    keys = tuple(tokens[k].key for k in range(start, j + 1))
                    full = self._nearest(by_suffix.get(keys), start)
                    if full is not None:
                        self._claim(_Candidate(start, j, "PERSON", full.entity, "surname", full.roles))
                        break
                i = j + 1
        self._link_acronyms()

    @staticmethod
    def _nearest(cands: list[_Candidate] | None, at: int) -> _Candidate | None:
        if not cands:
            return None
        before = [c for c in cands if c.first <= at]
        return before[-1] if before else cands[0]

    def _link_acronyms(self) -> None:
        by_first = {c.first: c for c in self.candidates}
        text, tokens = self.text, self.tokens
        aliases: dict[str, _Candidate] = {}
        for cand in sorted(self.candidates, key=lambda c: c.first):
            if cand.rule == "acronym" or (cand.first == cand.last and tokens[cand.first].upper):
                source = aliases.get(tokens[cand.first].text)
                if source is None and cand.first >= 1:
                    opener = text[tokens[cand.first].start - 1 : tokens[cand.first].start]
                    prev = next((c for k, c in by_first.items() if c.last == cand.first - 1), None)
                    if opener in "([" and prev is not None and prev.label != "DATE":
                        initials = "".join(tokens[k].text[0] for k in range(prev.first, prev.last + 1) if tokens[k].cap)
                        if initials == tokens[cand.first].text:
                            source = prev
                            aliases[tokens[cand.first].text] = prev
                if source is not None and cand.rule == "acronym":
                    cand.label, cand.entity = source.label, source.entity

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
