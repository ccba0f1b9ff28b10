"""Unseen names read by the words inside and next to them: titles ("Foreign Minister X"),
head words ("... Ministry", "... Air Base"), lower-case cue words ("the X airbase"), known
names inside longer ones ("Age UK")."""

from __future__ import annotations

from reader.annotate.entity_candidates import CONNECTORS, HYPHEN_SUFFIXES, Candidate, surface_entity

# First words of regions named after a compass point: "West Yorkshire", "Northern Cape".
_COMPASS = frozenset("north south east west northern southern eastern western central".split())
# Title heads after which a capitalized word is a portfolio, not an organization.
_PORTFOLIO_HEADS = frozenset(("minister", "secretary", "spokesman", "spokeswoman", "spokesperson"))
# Endings of common words for what people do, used as titles: "Controller", "Lobbyist", "Historian".
_OCCUPATIONS = ("er", "or", "ist", "ian")

# Which head-noun list names a label, in the order they are tried: a name's last word
# ("Konstantinovsky Palace") prefers a facility, a head before "of" ("Gulf of Aden") a place.
_HEADS_AT_END = (("ORG", "org_heads"), ("FAC", "fac_heads"), ("LOC", "loc_heads"), ("GPE", "gpe_heads"))
_HEADS_BEFORE_OF = (("ORG", "org_heads"), ("LOC", "loc_heads"), ("GPE", "gpe_heads"), ("FAC", "fac_heads"))


def _label_of_head(rules, key: str, order: tuple[tuple[str, str], ...]) -> str | None:
    return next((label for label, heads in order if key in getattr(rules, heads)), None)


class NameCues:
    """Mixed into the entity finder (reader.annotate.entities._Finder): reads its tokens, rules,
    units and claims, and claims what it recognizes."""

    def _is_head(self, key: str) -> bool:
        r = self.rules
        return key in r.org_heads or key in r.fac_heads or key in r.loc_heads or key in r.gpe_heads or key in r.title_heads

    def _by_head(self, first: int, last: int) -> bool:
        """"Russian Defence Ministry" (ORG), "Incirlik Air Base" (FAC), "Idlib Province" (GPE)."""
        tokens, rules = self.tokens, self.rules
        if last == first and self.unit[first] is None:
            return self._by_lower_cue(first, last)
        head = tokens[last].key
        label = None
        if self.unit[last] is None:
            label = _label_of_head(rules, head, _HEADS_AT_END)
        if label is None:
            # "Ministry of Defence", "University of Oxford", "Gulf of Aden", "Mount Ararat"
            for k in range(first, last):
                key = tokens[k].key
                known_head = self.unit[k] is not None and self.unit[k].last == k and self.unit[k].label == "ORG"
                if (self.unit[k] is None or known_head) and tokens[k + 1].key in CONNECTORS and not tokens[k + 1].cap:
                    label = _label_of_head(rules, key, _HEADS_BEFORE_OF)
                    break
            if label is None and self.unit[first] is None and tokens[first].key in ("mount", "lake", "mt"):
                label = "LOC"
            if label is None and self.unit[first] is None and tokens[first].key in rules.org_leads:
                label = "ORG"  # "Universidad Mayor de San Andres", "Banco do Brasil"
        if label is None:
            return self._by_lower_cue(first, last)
        # A title before the organization's name belongs to a person, not to it.
        if any(self.unit[k] is None and tokens[k].key in rules.title_heads and k < last for k in range(first, last)) and label != "ORG":
            return False
        if label == "ORG":
            first = self._and_before(first)
        self._claim(Candidate(first, last, label, surface_entity(self.text, tokens, first, last), "head"))
        return True

    def _and_before(self, first: int) -> int:
        """"Devon and Cornwall Police", "Law and Justice party", "Occupational Safety and Health
        Administration": an organization's name may hold an "and", with up to three capitalized words
        before it; a sentence's first word joins only if the article reads it as a name elsewhere
        ("Angry Safety and Health Administration staff" keeps "Angry" out)."""
        tokens = self.tokens
        if first < 2 or tokens[first - 1].key != "and" or tokens[first - 1].cap or not tokens[first - 1].joins:
            return first
        stop = self.rules.stopwords
        k = first - 2
        if tokens[k].key in self.rules.title_heads:
            return first  # "the Defence Minister and Foreign Ministry officials": a role, then the body
        if self.unit[first] is not None and self.unit[first].label == "ORG":
            return first  # "Barclays and HSBC Holdings": a known body opens the name after "and"
        lead = first
        while (
            k >= 0 and first - 2 - k < 3 and tokens[k].cap and tokens[k].joins and not self.claimed[k]
            and tokens[k].key not in stop and (k == first - 2 or self.unit[k] is None)
        ):
            if tokens[k].initial and k < first - 2 and not self._name_in_context(k):
                break
            lead = k
            k -= 1
        if lead < first - 2 and tokens[lead].key in self.rules.first_names:
            lead = first - 2  # "Jane Smith and Harvard University": a person, then the body
        return lead

    def _by_lower_cue(self, first: int, last: int) -> bool:
        """"the Hmeimim airbase", "Idlib province", "the Euphrates river": the cue labels the name."""
        if not self._unknown(first, last) or last + 1 >= len(self.tokens) or not self.tokens[last].joins:
            return False
        if not self._name_in_context(first):
            return False  # "Small island states": an ordinary word opening the sentence
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
        self._claim(Candidate(first, last, label, surface_entity(self.text, self.tokens, first, last), "cue"))
        return True

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
                if tokens[head_at + 1].key == "elect" and self.text[tokens[head_at].end : tokens[head_at + 1].start] == "-":
                    title_end += 1  # "President-elect X"
            name_first = title_end + 1
            if name_first > last or not self._name_like(name_first, last):
                continue
            # "Labour Minister X": a party's name that is also a portfolio belongs to the title
            prev = self.unit[start - 1] if start > first else None
            if (
                prev is not None and prev.first == prev.last == start - 1 and tokens[start].key in _PORTFOLIO_HEADS
                and tokens[start - 1].key in rules.title_modifiers
            ):
                start -= 1
            self._emit_units(first, start - 1)
            title = " ".join(t.key for t in tokens[start : title_end + 1])
            self._claim(Candidate(name_first, last, "PERSON", surface_entity(self.text, tokens, name_first, last), "title",
                                   self._roles(title)))
            return True
        return False

    def _by_occupation(self, first: int, last: int) -> bool:
        """"Councilwoman Maria Ortiz", "Activist Jane Doe", "Controller Ana Silva": a capitalized word for
        what a person does (a listed one, or a common word ending like one: "-er", "-or", "-ist"), then
        a known given name: the word is a title, the rest the person."""
        tokens, rules = self.tokens, self.rules
        cue = tokens[first]
        if (
            last - first < 2 or last - first > 4 or self.unit[first] is not None or cue.upper
            or cue.key in rules.first_names or tokens[first + 1].key not in rules.first_names
        ):
            return False
        if not self._occupation_word(first) or not self._name_like(first + 1, last):
            return False
        self._claim(Candidate(first + 1, last, "PERSON", surface_entity(self.text, tokens, first + 1, last), "title",
                               self._roles(cue.key)))
        return True

    def _occupation_word(self, i: int, by_shape: bool = True) -> bool:
        """Whether capitalized token ``i`` is a word for what a person does, written as a title: a listed
        one, or (``by_shape``) a common word ending like one, which may also be a name ("Victor", "Walker")."""
        t, rules = self.tokens[i], self.rules
        if not t.cap or t.upper or t.key in rules.first_names:
            return False
        return t.key in rules.person_cues or t.key in rules.title_heads or (
            by_shape and t.key in rules.english_words and t.key.endswith(_OCCUPATIONS))

    def _name_like(self, first: int, last: int) -> bool:
        """Capitalized words and particles: at most five words besides the particles
        ("Abu Bakr bin Salem al-Aulaqi" has four)."""
        tokens = self.tokens
        particles = self.rules.name_particles
        if last - first > 4 and (last - first > 8 or sum(tokens[k].key not in particles for k in range(first, last + 1)) > 5):
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
            k > 0 and not t.cap and len(t.text) <= 5 and t.key not in HYPHEN_SUFFIXES
            and self.tokens[k - 1].cap and self.text[self.tokens[k - 1].end : t.start] == "-"
        )

    def _linking_syllable(self, k: int) -> bool:
        """A short lower-case word between hyphens inside a name: the "e" of "Tehreek-e-Insaf"."""
        tokens, text = self.tokens, self.text
        t = tokens[k]
        return (
            0 < k < len(tokens) - 1 and t.text.isalpha() and t.text.islower() and len(t.text) <= 3
            and text[tokens[k - 1].end : t.start] == "-" and text[t.end : tokens[k + 1].start] == "-"
            and tokens[k + 1].cap and tokens[k - 1].cap
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
        self._claim(Candidate(first, last, "NORP", self._group_entity(first, self.unit[last]), "head"))
        return True

    def _group_entity(self, first: int, tail: Candidate) -> str:
        """"Social Democrats" -> "Social Democrat": the words before the group, then its canonical name."""
        if tail.first == first:
            return tail.entity
        return surface_entity(self.text, self.tokens, first, tail.first - 1) + " " + tail.entity

    def _by_place_in_name(self, first: int, last: int) -> bool:
        """"Age UK", "U.S. Geological Survey", "Liberal Democratic Party": a known name inside a longer
        unknown one is part of an organization's name."""
        tokens = self.tokens
        units = {id(self.unit[k]): self.unit[k] for k in range(first, last + 1) if self.unit[k] is not None}
        if len(units) != 1:
            return False
        place = next(iter(units.values()))
        if last == first + 1 and self.tokens[first].key in _COMPASS and self.tokens[first].cap:
            # "West Yorkshire", "Northern Cape": a compass point before a region's name is a region
            if place.label in ("GPE", "LOC") and place.first == last:
                label = place.label
            elif place.first == place.last == first and not self._plain_word(last):
                label = "GPE"  # "the West" is known; "West Yorkshire" is a region
            else:
                label = None
            if label is not None:
                self._claim(Candidate(first, last, label, surface_entity(self.text, self.tokens, first, last), "head"))
                return True
        tail = place.last == last and place.first > first
        if tail and place.label in ("ORG", "NORP"):
            label = place.label  # "Liberal Democratic Party", "Social Democrats"
        elif place.label == "GPE" and (place.first == first or place.last == last):
            label = "ORG"  # "Age UK", "U.S. Geological Survey", "Alternative for Germany"
        else:
            return False
        rest = [k for k in range(first, last + 1) if self.unit[k] is None]
        rules = self.rules
        if not all(tokens[k].text.isalpha() and (len(tokens[k].text) >= 3 or self._linking_syllable(k)) and not tokens[k].upper
                   and tokens[k].key not in rules.first_names and tokens[k].key not in rules.title_heads
                   and (label == "NORP" or tokens[k].key not in rules.title_modifiers) for k in rest):
            return False
        entity = self._group_entity(first, place) if label == "NORP" else surface_entity(self.text, tokens, first, last)
        self._claim(Candidate(first, last, label, entity, "head"))
        return True
