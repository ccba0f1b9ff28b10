"""Named-entity mentions from gazetteers, the alias registry and rules for unseen names.

Order of evidence: dates; then the longest registry/gazetteer name at each
token; then runs of capitalized words, read by their cues: a title before a
name ("Foreign Minister X Y", "Councilwoman X Y"), a head word after it ("...
Ministry", "... Air Base", "... Province", with the words before an "and": "Food
and Drug Administration"), a lower-case cue word around it ("spokesman X", "the
X airbase", "X chief executive Y"), a known first name, a speech verb or
apposition; datelines and unknown acronyms. Then surnames and partial names
join the full name met in the same article; single unknown words are read by
their context ("in X", "X said"); unseen names no cue read are judged by the
shape of their words (common English words or not) and evidence elsewhere in
the article; one-word names used as firms ("X's customers", "sold by X") are
organizations; a label found once applies to every use of the name ("The Daily
Ledger" and "Daily Ledger" are one); all-caps common words are emphasis; acronyms in
brackets join the name they abbreviate; in sports reports cities standing for
teams become organizations. The rules live in name_cues, name_context,
name_linking, org_evidence and sports_teams; this module runs the passes in order.
"""

from __future__ import annotations

from reader.annotate.dates import find_dates
from reader.annotate.entity_candidates import CONNECTORS, HYPHEN_SUFFIXES, Candidate, EntityResult, surface_entity
from reader.annotate.gazetteer_match import match_gazetteer
from reader.annotate.lexicon import Lexicon
from reader.annotate.model import Mention
from reader.annotate.name_context import NameContext
from reader.annotate.name_cues import NameCues
from reader.annotate.name_linking import NameLinking
from reader.annotate.org_evidence import OrgEvidence
from reader.annotate.sports_teams import SportsTeams
from reader.annotate.tokens import Token


# Words that name a body by themselves, so "Ministry of Defence and Army", "Department of
# Justice and Treasury Department" are two bodies, not one name.
_BODIES_BY_THEMSELVES = frozenset(
    "ministry department office agency army navy police parliament congress senate government cabinet "
    "bank council commission committee court bureau party embassy treasury".split()
)


class _Finder(NameCues, NameContext, NameLinking, OrgEvidence, SportsTeams):
    """The passes in order (run); the rules themselves live in the mixins' modules."""

    def __init__(self, text: str, tokens: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self.rules = lex.rules
        n = len(tokens)
        self.claimed = [False] * n
        self.unit: list[Candidate | None] = [None] * n
        self.candidates: list[Candidate] = []
        self.by_last: dict[int, Candidate] = {}  # claimed names by their last token
        self._pending: list[int] = []  # single unknown words, read after surnames are linked
        self._unresolved: list[tuple[int, int]] = []  # unknown names of 2-3 words no rule read
        # indexes of capitalized tokens, and of those in capitals, shared by the passes below
        self.capitalized = [i for i, t in enumerate(tokens) if t.cap]
        self.in_capitals = [i for i in self.capitalized if tokens[i].upper]
        self.mid_sentence_caps = {tokens[i].text for i in self.capitalized if not tokens[i].initial}
        self.lowercase_keys = {t.key for t in tokens if not t.cap}
        self._courtesy: set[str] | None = None  # names after Mr/Ms/Dr, built on first use

    def _claim(self, cand: Candidate) -> None:
        self.candidates.append(cand)
        self.by_last[cand.last] = cand
        for k in range(cand.first, cand.last + 1):
            self.claimed[k] = True

    def run(self) -> EntityResult:
        self._dates()
        for cand in match_gazetteer(self.text, self.tokens, self.lex, self.claimed):
            for k in range(cand.first, cand.last + 1):
                self.unit[k] = cand
        self._runs()
        self._datelines()
        self._acronyms()
        self._by_repeated_surname()
        self._by_word_shape()
        self._link_people()
        self._surnames_over_places()
        for first in self._pending:
            if not self.claimed[first]:
                self._by_context(first, first)
        self._organizations_by_use()
        self._propagate()
        self._link_acronyms()
        self._follow_longer_names()
        self._sports_teams()
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
                self._claim(Candidate(j, k - 1, label, self.text[start:end], "date", span=(start, end)))

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
                    and nxt.key not in HYPHEN_SUFFIXES
                    and not (j + 1 < n - 1 and nxt.joins and self.text[nxt.end : tokens[j + 2].start] == "-")
                ):
                    j += 1
                    continue
                # a linking syllable between hyphens: "Tehreek-e-Insaf", "Lashkar-e-Taiba", "Zia-ul-Haq"
                if (
                    len(nxt.text) <= 3 and self.text[nxt.end : nxt.end + 1] == "-" and j + 2 < n
                    and self._linking_syllable(j + 1) and not self.claimed[j + 2]
                ):
                    j += 2
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
                        or (nxt.key in CONNECTORS and self._is_head(tokens[j].key))
                    )
                ):
                    j += 2
                    continue
                # "Food and Drug Administration", "Department of Health and Human Services"
                if nxt.key == "and" and (body := self._body_across_and(i, j)) is not None:
                    lead, j = body
                    if lead > i:
                        self._read_run(i, lead - 1)  # "The U.S." before "Food and Drug Administration"
                    i = lead
                break
            self._read_run(i, j)
            resume = j + 1

    def _body_across_and(self, i: int, j: int) -> tuple[int, int] | None:
        """(first, last) of one body's name that runs from the run ``i``..``j`` over the "and" after
        it, or None. The one to three words after "and" must be common words that name no known
        thing, no title and no given name; then the name holds the "and" when they end in an
        organization's head word ("Food and Drug Administration", "Occupational Safety and Health
        Administration"), or when the run before "and" has a head and "of"/"for" ("Ministry of
        Foreign Affairs and Trade", "Centers for Disease Control and Prevention"). So two bodies
        stay two: "NATO and the EU" (a lower-case word), "Barclays and HSBC Holdings" (a known
        name), "the Ministry of Justice and Interior Minister X" (a title), "the Ministry of Defence and
        Army chiefs" (a word that is a body by itself), "the Institute for Fiscal Studies and Resolution
        Foundation" (words that end in a head of their own)."""
        tokens, rules, claimed, unit = self.tokens, self.rules, self.claimed, self.unit
        n = len(tokens)
        if tokens[j + 1].cap or not tokens[j + 1].joins or j + 2 >= n:
            return None
        m = j + 2
        while True:
            t = tokens[m]
            if (
                not t.cap or t.upper or claimed[m] or unit[m] is not None or t.key in rules.stopwords
                or t.key in rules.title_heads or t.key not in rules.english_words
            ):
                return None
            if not (t.joins and m + 1 < n and tokens[m + 1].cap):
                break
            m += 1
            if m - j > 4:
                return None  # more than three words: a list of names, not a body's
        near = range(max(i, j - 3), j + 1)  # the words right before "and"
        if tokens[j + 2].key in rules.first_names or any(tokens[k].key in rules.first_names for k in near):
            return None  # "Jane Smith and Safety Administration staff": a person, then the body
        if any(
            tokens[k].key in rules.org_heads and tokens[k + 1].key in CONNECTORS and not tokens[k + 1].cap
            for k in range(i, j)
        ):
            last = tokens[m].key
            if last in _BODIES_BY_THEMSELVES or (m > j + 2 and last in rules.org_heads and not last.endswith("s")):
                return None  # "Ministry of Defence and Army", "Institute for Fiscal Studies and Resolution Foundation"
            return i, m
        before = unit[j]
        if tokens[m].key not in rules.org_heads or (
            before is not None and (before.label == "ORG" or before.first != j or before.last != j)
        ):
            return None
        lead = self._and_before(j + 2)
        if any(tokens[k].key in rules.title_heads for k in near):
            return None  # "Commissioner Lee and Drug Administration staff": a person, then the body
        return (lead, m) if lead < j + 2 else None

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
        if last > first + 1:
            self._surname_after_particle(first, last)
        if first == last:  # the common case: one known name, or one capitalized word
            unit = self.unit[first]
            if unit is not None:
                if unit.first == first and unit.last == last:
                    self._claim(unit)
                return
            if tokens[first].key not in rules.stopwords and tokens[first].cap and not self._by_head(first, last):
                self._pending.append(first)
            return
        # "Procter & Gamble", "Marks & Spencer": names joined by an ampersand are firms
        if self._unknown(first, last) and any("&" in self.text[tokens[k].end : tokens[k + 1].start] for k in range(first, last)):
            self._claim(Candidate(first, last, "ORG", surface_entity(self.text, tokens, first, last), "head"))
            return
        # "told The Verge": a capitalized "The" inside a sentence opens a publication's name
        if tokens[first].text == "The" and not tokens[first].initial and self._unknown(first, last) and all(
            tokens[k].cap and tokens[k].key not in rules.stopwords for k in range(first + 1, last + 1)
        ):
            self._claim(Candidate(first, last, "ORG", surface_entity(self.text, tokens, first, last), "head"))
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
        if (
            self._by_head(first, last) or self._by_title(first, last) or self._by_occupation(first, last)
            or self._given_name_and_place(first, last)
        ):
            return
        if first == last and self.unit[first] is None:
            self._pending.append(first)
            return
        if self._by_context(first, last) or self._by_place_in_name(first, last):
            return
        if self._unknown(first, last) and last - first < 3:
            self._unresolved.append((first, last))
        self._emit_units(first, last)

    def _given_name_and_place(self, first: int, last: int) -> bool:
        """"Ana Lima", "Tom Jordan": a known given name before a one-word place's name is a person."""
        if last != first + 1 or self.unit[first] is not None or self.tokens[first].key not in self.rules.first_names:
            return False
        place = self.unit[last]
        if place is None or place.first != last or place.last != last or place.label not in ("GPE", "LOC"):
            return False
        self._claim(Candidate(first, last, "PERSON", surface_entity(self.text, self.tokens, first, last), "context"))
        return True

    def _surname_after_particle(self, first: int, last: int) -> None:
        """"Mohammed Ali al-Houthi", "Omar el-Masri": a known name after a lower-case particle
        inside a longer name is a family name, not the group or place it names."""
        particles = self.rules.name_particles
        for k in range(first + 2, last + 1):
            unit = self.unit[k]
            prev = self.tokens[k - 1]
            if unit is not None and unit.first == k and not prev.cap and prev.key in particles and self.tokens[k - 2].cap:
                for x in range(unit.first, unit.last + 1):
                    self.unit[x] = None

    def _result(self) -> EntityResult:
        tokens, text = self.tokens, self.text
        mentions = []
        roles: dict[str, set[str]] = {}
        last_titled: Candidate | None = None
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
