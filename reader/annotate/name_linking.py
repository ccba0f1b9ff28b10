"""One entity per name in an article: surnames join the full name, a label found once applies
to every use, short forms in brackets join the name they abbreviate."""

from __future__ import annotations

import bisect
import re

from reader.annotate.entity_candidates import Candidate
from reader.annotate.lexicon import countries


# Words before a firm's first word that make it the place it is named after.
_PLACE_WORDS = frozenset(("in", "at", "near", "from", "across", "outside", "around"))
# A short form in brackets: "(RSF)", "(PiS)", "[IS]".
_BRACKETED = re.compile(r"[(\[]([A-Z][A-Za-z]{0,5})[)\]]")


class NameLinking:
    """Mixed into the entity finder (reader.annotate.entities._Finder): reads its tokens, rules,
    units and claims, and claims what it recognizes."""

    def _link_people(self) -> None:
        """Surnames and partial names join the full name met in the article."""
        tokens, particles = self.tokens, self.rules.name_particles
        people = sorted((c for c in self.candidates if c.label == "PERSON" and c.last > c.first), key=lambda c: c.first)
        by_part: dict[tuple[str, ...], list[Candidate]] = {}
        for cand in people:
            keys = [tokens[k].key for k in range(cand.first, cand.last + 1)]
            for cut in range(1, len(keys)):
                if keys[cut] not in particles or cut < len(keys) - 1:  # "al-Murtada" too, not "al"
                    by_part.setdefault(tuple(keys[cut:]), []).append(cand)
            # the first two words of a long name used alone ("Abu Bakr" of "Abu Bakr bin Salem al-Aulaqi")
            if len(keys) >= 4 and keys[1] not in particles:
                by_part.setdefault(tuple(keys[:2]), []).append(cand)
            # a middle name used alone ("Lula" of "Luiz Inacio Lula da Silva")
            for key in keys[1:-1] if len(keys) >= 3 else ():
                if key not in particles and cand not in by_part.get((key,), []):
                    by_part.setdefault((key,), []).append(cand)
            # a family name written first ("Lee" of "Lee Jae-myung"), or a given name used alone
            # once the full name is known, as features do ("says Efua" after "Efua Asare")
            if keys[0] in self.rules.first_names:
                by_part.setdefault((keys[0],), []).append(cand)
        firm_leads: set[str] = set()
        # "the Commission" after "the European Commission": the head word of a longer name;
        # "Sorakawa" after "Sorakawa Motor": the first word of a firm's name, if no common word.
        for cand in self.candidates:
            if cand.label == "ORG" and cand.last > cand.first and tokens[cand.last].cap:
                by_part.setdefault((tokens[cand.last].key,), []).append(cand)
                lead = cand.first
                if (
                    cand.last == lead + 1 and self.unit[lead] is None and tokens[lead].cap and not tokens[lead].upper
                    and not self._plain_word(lead)
                ):
                    firm_leads.add(tokens[lead].key)
                    by_part.setdefault((tokens[lead].key,), []).append(cand)
        if not by_part:
            return
        # Persons found by rule under a shorter name ("President Erdogan"); a word for what the person
        # does read as part of the name ("Lobbyist Lopez" after "Maria Lopez") is a title, left out.
        for cand in self.candidates:
            if cand.label == "PERSON" and cand.rule != "gazetteer":
                keys = tuple(tokens[k].key for k in range(cand.first, cand.last + 1))
                full = self._nearest(by_part.get(keys), cand.first)
                if full is None and len(keys) > 1 and self._occupation_word(cand.first, by_shape=False):
                    named = [c for c in by_part.get(keys[1:], ()) if c is not cand and c.last < cand.first]
                    full = named[-1] if named else None
                    if full is not None:
                        cand.first += 1
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
                if (
                    full is not None and full.label == "ORG" and (start == 0 or tokens[start - 1].key != "the")
                    and keys != (tokens[full.first].key,)  # a firm's first word needs no "the"
                ):
                    full = None
                if full is not None and keys[0] in firm_leads and start > 0 and tokens[start - 1].key in _PLACE_WORDS:
                    full = None  # "in Devon" is the place, not "Devon Logistics"
                if full is not None:
                    first = start
                    if first > 0 and not self.claimed[first - 1] and tokens[first - 1].key in particles and tokens[first - 1].joins:
                        first -= 1
                    self._claim(Candidate(first, j, full.label, full.entity, "surname", full.roles))
                    break
            resume = j + 1

    def _surnames_over_places(self) -> None:
        """"Lima said" after "Ana Lima": a city's name that is the family name of a person named in
        the article is that person where a reporting verb follows it."""
        tokens = self.tokens
        surnames = {tokens[c.last].text: c for c in self.candidates
                    if c.label == "PERSON" and c.last > c.first and c.rule != "surname"}
        if not surnames:
            return
        for cand in self.candidates:
            if cand.first != cand.last or cand.label not in ("GPE", "LOC") or cand.rule != "gazetteer":
                continue
            person = surnames.get(tokens[cand.first].text)
            if person is None or person.last == cand.last:
                continue
            after = tokens[cand.last + 1] if cand.last + 1 < len(tokens) else None
            if cand.entity in countries() or after is None or after.cap or after.key not in self.rules.reporting_verbs:
                continue  # only "Lima said"; "Jordan and Egypt", "flights to Lima" stay places
            cand.label, cand.entity, cand.rule = "PERSON", person.entity, "surname"

    def _propagate(self) -> None:
        """One name, one meaning per article: a label found by context applies to every other use."""
        tokens = self.tokens
        known: dict[tuple[str, ...], Candidate] = {}
        with_the = False
        for cand in self.candidates:
            if cand.rule in ("context", "cue", "head", "acronym", "shape", "title") and cand.last - cand.first < 4:
                words = tuple(tokens[k].text for k in range(cand.first, cand.last + 1))
                known.setdefault(words, cand)
                if cand.label == "ORG" and words[0] == "The" and (len(words) > 2 or not self._plain_word(cand.last)):
                    # "Daily Ledger" is "The Daily Ledger"; a bare common word is not "The Independent"
                    known.setdefault(words[1:], cand)
                    with_the = True
        if not known:
            return
        if with_the:
            self._join_leading_the(known)
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
                    self._claim(Candidate(i, end, cand.label, cand.entity, "propagated", cand.roles))
                    resume = end + 1
                    break

    def _join_leading_the(self, known: dict[tuple[str, ...], Candidate]) -> None:
        """A publication written "The Daily Ledger" mid-sentence and "Daily Ledger" elsewhere (or
        "The Daily Ledger" opening a sentence, where "The" is left out) is one organization."""
        tokens = self.tokens
        for cand in self.candidates:
            if cand.rule in ("gazetteer", "date") or tokens[cand.first].text == "The":
                continue
            full = known.get(tuple(tokens[k].text for k in range(cand.first, cand.last + 1)))
            if full is not None and full is not cand and tokens[full.first].text == "The" and full.label == "ORG":
                cand.label, cand.entity = full.label, full.entity

    @staticmethod
    def _nearest(cands: list[Candidate] | None, at: int) -> Candidate | None:
        if not cands:
            return None
        before = [c for c in cands if c.first <= at]
        return before[-1] if before else cands[0]

    def _follow_longer_names(self) -> None:
        """"Congo" after "Democratic Republic of Congo": a one-word name means the longer name
        ending with it that the article met before (else the gazetteer's own reading)."""
        tokens, text = self.tokens, self.text
        longer: dict[tuple[str, str], list[Candidate]] = {}
        for cand in self.candidates:
            if cand.last > cand.first and cand.label in ("GPE", "ORG", "LOC"):
                longer.setdefault((tokens[cand.last].text, cand.label), []).append(cand)
        if not longer:
            return
        for cand in self.candidates:
            if cand.first != cand.last or cand.rule != "gazetteer":
                continue
            options = longer.get((text[tokens[cand.first].start : tokens[cand.first].end], cand.label))
            full = self._nearest(options, cand.first)
            if full is not None and full.first < cand.first:
                cand.entity = full.entity

    def _link_acronyms(self) -> None:
        """"Rapid Support Forces (RSF)", "Law and Justice (PiS)": a short form in brackets after a name
        is that name wherever it appears in the article, even where a gazetteer reads it otherwise."""
        tokens, text = self.tokens, self.text
        aliases: dict[str, Candidate] = {}
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
                    self._claim(Candidate(i, i, prev.label, prev.entity, "acronym"))
        if aliases:
            for cand in self.candidates:
                source = aliases.get(tokens[cand.first].text) if cand.first == cand.last else None
                if source is not None and source is not cand:
                    cand.label, cand.entity = source.label, source.entity
            for i in [i for i, t in enumerate(tokens) if t.text in aliases and not self.claimed[i]]:
                source = aliases[tokens[i].text]
                self._claim(Candidate(i, i, source.label, source.entity, "acronym"))
