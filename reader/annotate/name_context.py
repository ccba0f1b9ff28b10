"""Unseen names read by their context in the sentence and the article: "in X", "X said",
apposition, lists of known names, datelines, unknown acronyms, surnames that recur alone."""

from __future__ import annotations

import re

from reader.annotate.entity_candidates import Candidate, surface_entity
from reader.annotate.org_evidence import org_use
from reader.annotate.textnorm import fold
from reader.annotate.tokens import Token


_APPOSITION_OPENERS = ("the ", "a ", "an ", "who ", "whose ", "aged ", "his ", "her ")
# First words of regions named after a compass point: "North Yorkshire", "South Kivu".
_COMPASS = frozenset("north south east west northern southern eastern western central upper lower greater".split())
# "residents of X": words for the people or parts of a town before "of".
_PEOPLE_OF_A_PLACE = frozenset(
    "residents inhabitants citizens people mayor outskirts suburbs streets centre center heart districts "
    "neighbourhoods neighborhoods villagers".split()
)
# Works that bodies publish: "a poll by X", "figures compiled by X".
_WORKS_BY = frozenset("poll polls survey surveys study studies report reports analysis data figures compiled published "
                      "conducted commissioned estimates ranking index".split())
# Words that end the noun phrase of an apposition: "a supplier | of sensors", "the man | who".
_APPOSITION_STOPS = frozenset(
    "of at for in on from with who which that whose based and now also currently formerly once still later "
    "then previously since she he they it we i you".split()  # "the company she founded"
)
# Endings of nouns for people by their work: "oncologist", "lecturer", "editor", "historian".
_OCCUPATION_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "ow")
# Verbs whose subject is plural: "Chelsea, who host Brighton" speaks of a team, not a person.
_PLURAL_VERBS = frozenset("are were have do host play face sit lie remain need look hope want meet travel".split())
# Titles whose "of" names a place: "the governor of X", "the chief minister of X".
_RULERS = frozenset("minister governor mayor president premier king queen emir sultan ruler".split())
# ", 45," after a name: an age, so a person.
_AGE_APPOSITION = re.compile(r", \d{1,3},")
# Roles whose "of" names a body: "the chief executive of X", "a founder of X".
_STAFF = frozenset("executive ceo director chairman chairwoman founder cofounder owner shareholder shareholders "
                   "employee employees staff member members board head".split())
_COURTESY_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr", "mx"))
# Plural endings of words for kinds of people, which word lists often leave out.
_PLURAL_ENDINGS = ("ers", "ists", "ians", "ors", "ics", "ees", "ites")
# Places after which "near the X" names a site: "near the Bearpit".
_NEAR = frozenset(("near", "outside", "inside", "beside", "behind", "opposite"))
_PLACE_PREPOSITIONS = frozenset(("in", "near", "outside", "inside", "across", "around", "towards"))
_INSTITUTION_PREPOSITIONS = frozenset(("at", "of", "from"))
# Words before an unknown acronym that make it a body: "the NTSB", "according to SOHR", "told NTV".
_ACRONYM_BEFORE = frozenset("the to told at by from joined with".split())
# Verbs after an acronym that make it a sentence's subject: "NTSB has", "SOHR will".
_AUXILIARIES = frozenset("has have had is was were are will would could can may might must should does did".split())
# Words after "X-" that say a body acts: "KWU-backed", "ECOMOG-led".
_LED_BY = frozenset("led backed run owned funded sponsored controlled linked affiliated organised organized".split())
_SPEECH_AFTER_NAME = frozenset(
    "said says told added wrote tweeted stated explained noted argued insisted claimed "
    "asked replied stressed emphasized emphasised urged announced acknowledged admitted warned "
    "confirmed denied reported".split()
)


class NameContext:
    """Mixed into the entity finder (reader.annotate.entities._Finder): reads its tokens, rules,
    units and claims, and claims what it recognizes."""

    def _name_in_context(self, i: int) -> bool:
        """A sentence's first word is a name only if the article also capitalizes it elsewhere,
        or if it is no common English word ("Ofgem said", not "Officials said")."""
        token = self.tokens[i]
        return not token.initial or token.text in self.mid_sentence_caps or not self._plain_word(i)

    def _plain_word(self, i: int) -> bool:
        """Whether token ``i`` is a common English word: listed, a plural of one, a plural
        of a kind of people ("dockworkers", "jihadists"), or written in lower case in the article."""
        key = self.tokens[i].key
        words = self.rules.english_words
        if key in words or key in self.lowercase_keys or key in self.rules.stopwords:
            return True
        if key.endswith("s") and (key[:-1] in words or key[:-2] in words or key.endswith(_PLURAL_ENDINGS)):
            return True
        return False

    def _by_word_shape(self) -> None:
        """Unseen names of two or three words that no cue read: evidence in the article first
        ("Mr Pugh" elsewhere, "He ..." opening the next sentence: a person), then the words
        themselves: none a common English word ("Gareth Pugh") is a person, all of them
        ("Ocean Crest Lines") an organization; a mix stays unread."""
        if not self._unresolved:
            return
        tokens, rules, text = self.tokens, self.rules, self.text
        known = {text[tokens[c.first].start : tokens[c.last].end] for c in self.candidates if c.last > c.first}
        for first, last in self._unresolved:
            if any(self.claimed[k] for k in range(first, last + 1)) or not self._name_like(first, last):
                continue
            if text[tokens[first].start : tokens[last].end] in known or self._inside_longer_name(first, last):
                continue  # read elsewhere in the article, or a piece of "Centres for Disease Control"
            words = [k for k in range(first, last + 1) if tokens[k].key not in rules.name_particles]
            if any(tokens[k].key in rules.title_heads or tokens[k].key in rules.title_modifiers for k in words):
                continue
            if tokens[first].initial and self._plain_word(first):
                continue  # "Behind Kowalczyk": an ordinary word opening the sentence
            plain = [self._plain_word(k) for k in words]
            if tokens[first].key in _COMPASS and not plain[-1] and len(words) == 2:
                label = "GPE"  # "North Yorkshire", "South Kivu", "West Java"
            elif self._person_evidence(first, last):
                label = "PERSON"
            elif org_use(text, text[tokens[first].start : tokens[last].end]):
                label = "ORG"  # "shares of Hollin Brask", "Tarsk Orbin, which makes pumps"
            elif not any(plain):
                # "a lawyer in San Jose", "the governor of Bahia Blanca", "met at D-Chowk": places
                label = self._place_before(first) or "PERSON"
            elif all(plain):
                label = "ORG"
            else:
                continue
            self._claim(Candidate(first, last, label, surface_entity(self.text, tokens, first, last), "shape"))

    def _place_before(self, first: int) -> str | None:
        """GPE after "in"/"near"/"outside" or after "<ruler> of" ("the chief minister of X"); ORG after
        "<staff> of" ("chief executive of X"); FAC after "at" (an occupation before "at", which makes
        an employer, is read earlier)."""
        tokens = self.tokens
        if first == 0:
            return None
        before = tokens[first - 1]
        if before.cap or self.text[before.end : tokens[first].start] != " ":
            return None
        if before.key in _PLACE_PREPOSITIONS:
            return "GPE"
        if before.key == "at":
            return "FAC"
        if before.key == "of" and first >= 2 and not tokens[first - 2].cap:
            if tokens[first - 2].key in _RULERS:
                return "GPE"
            if tokens[first - 2].key in _STAFF:
                return "ORG"  # "chief executive of Zentral Energie"
        return None

    def _person_surnames(self) -> set[str]:
        """Last words of the people found so far ("Roberts" of "Chief Justice Roberts")."""
        return {self.tokens[c.last].text for c in self.candidates if c.label == "PERSON"}

    def _courtesy_names(self) -> set[str]:
        """Words written after "Mr", "Ms", "Dr" in the article (computed once)."""
        if self._courtesy is None:
            tokens = self.tokens
            self._courtesy = {
                tokens[k].text for k in self.capitalized
                if k > 0 and tokens[k - 1].cap and tokens[k - 1].key in _COURTESY_TITLES
            }
        return self._courtesy

    def _inside_longer_name(self, first: int, last: int) -> bool:
        """Whether a connector joins the run to a capitalized word before or after it."""
        tokens = self.tokens
        links = ("for", "of", "and", "on", "de")
        before = first >= 2 and tokens[first - 1].key in links and tokens[first - 2].cap and tokens[first - 2].joins
        after = last + 2 < len(tokens) and tokens[last + 1].key in links and tokens[last + 2].cap and tokens[last].joins
        return before or after

    def _person_evidence(self, first: int, last: int) -> bool:
        """"Mr/Ms/Dr <surname>" elsewhere in the article, or "He"/"She" opening the next sentence."""
        tokens = self.tokens
        if tokens[last].text in self._courtesy_names():
            return True
        k = last + 1
        while k < len(tokens) and not tokens[k].initial and k - last < 40:
            k += 1
        return k < len(tokens) and tokens[k].initial and tokens[k].key in ("he", "she") and tokens[k].cap

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
        if word_before == "at" and (
            word_before2 in rules.person_cues or word_before2[:-1] in rules.person_cues or self._occupation_before(first)
        ):
            label = "ORG"  # "an analyst at X", "an oncologist at X": people work at institutions
        elif word_before == "by" and first == last and word_before2 in _WORKS_BY and tokens[first].key not in rules.first_names:
            label = "ORG"  # "a poll by X", "a study by X": one word alone is a body, not a person
        elif word_before in rules.org_cues_before and tokens[first].key not in rules.first_names:
            label = "ORG"  # "vaccine makers Bavarian Nordic", "the lender Deutsche Pfandbrief"
        elif gap_before == ", " and self._org_noun_apposed(first, last):
            label = "ORG"  # "A police union, Alliance, said"
        elif text.startswith("-based", tokens[last].end) and self._name_in_context(first):
            label = "GPE"  # "the Austin-based maker": things are based in places
        elif word_before in ("a", "an", "the") and self._representative_after(last) and tokens[first].key not in rules.first_names:
            label = "ORG"  # "a Maersk spokesperson": people speak for a body
        elif word_before in ("for", "of") and word_before2 in rules.representative_nouns and tokens[first].key not in rules.first_names:
            label = "ORG"  # "a spokeswoman for Eurostar"
        elif word_before == "and" and last == first and self._place_before_and(first):
            label = "GPE"  # "in Cornwall and Devon"
        elif word_before == "of" and (word_before2 in rules.gpe_cues or word_before2 in _PEOPLE_OF_A_PLACE):
            label = "GPE"  # "the city of X", "residents of X"
        elif word_before == "of" and word_before2 in rules.loc_cues:
            label = "LOC"
        elif last == first and self._name_in_context(first):
            label = self._listed_with(first)
        if label is None and self._name_in_context(first):
            label = self._place_by_context(first, last, word_before, word_before2)
        if label is None:
            label = self._person_by_context(first, last, before, gap_before, lower_before, word_before)
        if label is None:
            return False
        roles = frozenset({before.key}) if label == "PERSON" and lower_before and before.key in rules.person_cues else frozenset()
        self._claim(Candidate(first, last, label, surface_entity(text, tokens, first, last), "context", roles))
        return True

    def _org_noun_apposed(self, first: int, last: int) -> bool:
        """"a police union, X," / "the country's biggest lender, X,": an article and a noun for a
        body just before the comma, and a comma after the name."""
        tokens = self.tokens
        if first < 2 or last + 1 >= len(tokens) or self.text[tokens[last].end : tokens[last].end + 1] != ",":
            return False
        noun = tokens[first - 1]
        if noun.cap or noun.key not in self.rules.org_cues_before:
            return False
        return any(t.key in ("a", "an", "the", "its", "their") for t in tokens[max(0, first - 5) : first - 1])

    def _representative_after(self, last: int) -> bool:
        """Whether a noun for someone speaking for a body follows: "X spokesperson", "X officials"."""
        k = last + 1
        if k >= len(self.tokens) or self.text[self.tokens[last].end : self.tokens[k].start] != " ":
            return False
        return not self.tokens[k].cap and self.tokens[k].key in self.rules.representative_nouns

    def _place_by_context(self, first: int, last: int, word_before: str, word_before2: str) -> str | None:
        """"to X in Benin", "X, Togo", "from X to Y", "near the X": where only places stand."""
        tokens = self.tokens
        if word_before == "the" and word_before2 in _NEAR and first == last:
            return "FAC"
        if word_before not in ("to", "from", "via"):
            return None
        if self._place_follows(last):
            return "GPE"
        after = last + 1
        if word_before == "from" and after + 1 < len(tokens) and tokens[after].key == "to" and tokens[after + 1].cap:
            return "GPE" if tokens[last].joins and tokens[after].joins else None
        if word_before == "to" and first >= 3:
            prev = self.by_last.get(first - 2)
            if prev is not None and prev.label == "GPE" and prev.first > 0 and tokens[prev.first - 1].key == "from":
                return "GPE"
        return None

    def _place_follows(self, last: int) -> bool:
        """Whether "in <place>" or ", <country>" follows token ``last`` ("to Lome in Togo")."""
        tokens, text = self.tokens, self.text
        k = last + 1
        if k >= len(tokens):
            return False
        gap = text[tokens[last].end : tokens[k].start]
        if gap == ", ":
            unit = self.unit[k]
            return unit is not None and unit.label == "GPE" and unit.first == k
        if gap != " " or tokens[k].key != "in" or tokens[k].cap:
            return False
        k += 1
        while k < len(tokens) and k - last <= 4 and not tokens[k].cap and tokens[k - 1].joins:
            k += 1  # "in neighbouring Benin", "in the north of Mali"
        unit = self.unit[k] if k < len(tokens) else None
        return unit is not None and unit.label in ("GPE", "LOC") and unit.first == k

    def _occupation_before(self, first: int) -> bool:
        """"an oncologist at X", "a fellow at X": an article and a noun for a person's work before "at"."""
        tokens = self.tokens
        if first < 3 or tokens[first - 2].cap or tokens[first - 3].key not in ("a", "an", "the"):
            return False
        return tokens[first - 2].key.endswith(_OCCUPATION_ENDINGS)

    def _place_before_and(self, i: int) -> bool:
        """Whether "in X and" precedes token ``i``, X a place."""
        prev = self.by_last.get(i - 2)
        if prev is None or prev.label != "GPE" or prev.first == 0:
            return False
        return self.tokens[prev.first - 1].key in _PLACE_PREPOSITIONS or self.tokens[prev.first - 1].key == "of"

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
        speech_after = after_word in _SPEECH_AFTER_NAME or (
            after_word in rules.reporting_verbs and after_word.endswith(("ed", "s"))  # "X called the vote"
        )
        speech_before = word_before in ("said", "says", "added") or (
            word_before == "to" and first >= 2 and tokens[first - 2].key == "according"
        )
        apposition = after.startswith(", ") and (after[2:].startswith(_APPOSITION_OPENERS) or after[2:3].isdigit())
        # "analysts at X said", "the Confederation of X said": an institution, not a person
        institution = lower_before and before.key in _INSTITUTION_PREPOSITIONS and gap_before == " "
        if (length >= 2 and tokens[first].key in rules.first_names) or cue_before:
            return "PERSON"
        if apposition and word_before not in _PLACE_PREPOSITIONS:
            kind = self._apposition_kind(after[2:])
            if kind is not None:
                return kind  # "X, a supplier of ...": the noun says what X is
        if length >= 2 and not institution and (speech_after or speech_before or apposition):
            lead = tokens[first].key
            # "National Grid said": a person's name does not start with a common word
            if lead in rules.common_words or lead in rules.title_modifiers:
                return "ORG"
            return "ORG" if all(self._plain_word(k) for k in range(first, last + 1)) else "PERSON"
        if length == 1 and self._name_in_context(first) and not institution:
            if _AGE_APPOSITION.match(after):
                return "PERSON"  # "Mwangi, 45, said"
            if word_before == "to" and tokens[first].key not in rules.first_names:
                return "ORG"  # "according to Eurostat": a person met first by surname alone is rare
            if speech_before:
                return "PERSON"
            if word_before in _PLACE_PREPOSITIONS:
                return "GPE"
            if speech_after:
                given = tokens[first].key in rules.first_names and after_word != "reported"  # "Dawn reported": a paper
                known = given or tokens[first].text in self._person_surnames()
                return "PERSON" if known else "ORG"  # "Roberts said" after "Chief Justice Roberts"
        return None

    def _apposition_kind(self, words: str) -> str | None:
        """"a supplier of assembly lines" -> ORG, "the company president" -> PERSON: the head noun
        of an apposition is its last word before a preposition, a clause or a comma."""
        rules = self.rules
        if words.startswith("who ") and words[4:].split(" ", 1)[0].strip(",.;:") not in _PLURAL_VERBS:
            return "PERSON"  # "X, who founded the lab"; not "Chelsea, who host Brighton" (a team)
        phrase = []
        for word in words.split(" ", 6)[1:6]:
            bare = word.strip(",.;:").lower()
            if bare in rules.reporting_verbs:
                return None  # "..., the company said": a new clause, not an apposition
            if bare in _APPOSITION_STOPS:
                break
            phrase.append(bare)
            if word.endswith((",", ".", ";", ":")):
                break
        if not phrase:
            return None
        head = phrase[-1]
        if head in rules.person_cues or head in rules.speaker_nouns or head in rules.title_heads:
            return "PERSON"
        if head in rules.org_cues_before or head in rules.org_cues:
            return "ORG"
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
                self._claim(Candidate(i, j, "GPE", entity, "dateline"))

    def _acronyms(self) -> None:
        """Unknown all-caps words in ordinary text are organizations ("NTV", "SOHR") when something
        says so: capitals alone may be emphasis or a technical term ("a NUL-free end", "LET")."""
        skip = self.rules.non_entity_acronyms
        tokens = self.tokens
        found = [
            i for i in self.in_capitals
            if not self.claimed[i] and not tokens[i].shout and 2 <= len(tokens[i].text) <= 6
            and tokens[i].text.isalpha() and tokens[i].key not in skip
        ]
        if not found:
            return
        found = [i for i in found if not self._emphasis(i)]
        uses: dict[str, int] = {}
        for i in found:
            uses[tokens[i].text] = uses.get(tokens[i].text, 0) + 1
        initials = self._initials_of_names()
        for i in found:
            t = tokens[i]
            if uses[t.text] >= 2 or t.text in initials or self._acronym_in_context(i):
                self._claim(Candidate(i, i, "ORG", t.text, "acronym"))

    def _emphasis(self, i: int) -> bool:
        """Whether the all-caps word at ``i`` is stress, not an acronym: a function word ("it WAS
        NOT informed", "AND") or one of a run of capitalized common English words ("a VERY BAD idea")."""
        tokens, rules = self.tokens, self.rules
        if tokens[i].key in rules.stopwords:
            return True
        if tokens[i].key not in rules.english_words:
            return False
        for k in (i - 1, i + 1):
            if 0 <= k < len(tokens) and tokens[k].upper and self.text[tokens[min(i, k)].end : tokens[max(i, k)].start] == " ":
                other = tokens[k].key
                if other in rules.english_words or other in rules.stopwords:
                    return True
        return False

    def _initials_of_names(self) -> set[str]:
        """Initials of the longer names found so far ("National Union of Lawyers" -> "NUL")."""
        tokens = self.tokens
        return {
            "".join(tokens[k].text[0] for k in range(c.first, c.last + 1) if tokens[k].cap)
            for c in self.candidates if c.last > c.first and c.label not in ("DATE", "TIME")
        }

    def _acronym_in_context(self, i: int) -> bool:
        """"(SOHR)", "the NTSB", "NTV's", "NTV television", "SOHR said", "according to SOHR"."""
        tokens, text, rules = self.tokens, self.text, self.rules
        t = tokens[i]
        if t.start > 0 and text[t.start - 1] in "([" and text[t.end : t.end + 1] in ")]":
            return True
        if text[t.end : t.end + 2] in ("'s", "’s"):
            return True
        prev = tokens[i - 1] if i > 0 and text[tokens[i - 1].end : t.start] == " " else None
        if prev is not None and not prev.cap and prev.key in _ACRONYM_BEFORE:
            return True
        if i > 0 and text[tokens[i - 1].end : t.start] == ", " and not tokens[i - 1].cap and self._body_noun(tokens[i - 1].key):
            return True  # "its emergency response authority, HERA"
        after = text[t.end : t.end + 40]
        if after.startswith(", ") and self._apposition_kind(after[2:]) == "ORG":
            return True  # "HERA, the EU's health agency"
        if i + 1 < len(tokens) and text[t.end : tokens[i + 1].start] == "-" and tokens[i + 1].key in _LED_BY:
            return True  # "KWU-backed", "ECOMOG-led"
        nxt = tokens[i + 1] if i + 1 < len(tokens) and text[t.end : tokens[i + 1].start] == " " else None
        if nxt is None or nxt.cap:
            return False
        if nxt.key in rules.reporting_verbs or nxt.key in _AUXILIARIES or (len(nxt.key) > 4 and nxt.key.endswith("ed")):
            return True  # "SOHR said", "NTSB has", "KPMG audited": a subject with its verb
        # "NTV television", "SOHR monitor", "AFAD teams", "EPA spokesman": a noun for a body or its people
        stem = nxt.key[:-1] if nxt.key.endswith("s") else nxt.key
        return any(self._body_noun(w) or w in rules.speaker_nouns or w in rules.person_cues for w in (nxt.key, stem))

    def _body_noun(self, word: str) -> bool:
        rules = self.rules
        return word in rules.org_cues or word in rules.org_cues_before or word in rules.org_heads

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
            if (
                alone.get(surname) and surname not in rules.stopwords and surname not in rules.common_words
                and (tokens[first].key in rules.first_names or not self._plain_word(last))  # not "Aston Villa ... Villa"
            ):
                self._claim(Candidate(first, last, "PERSON", surface_entity(self.text, tokens, first, last), "repeated"))
