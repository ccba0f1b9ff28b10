"""Organizations known by how the article uses their names, not by their words: a one-word
name read as a person from a weak cue ("says Veltrix released") is a firm when the article
also speaks of "Veltrix's biggest customers", "shares of Veltrix" or "Veltrix, which ..."
(and never of "Mr Veltrix" or "Veltrix, who"); names listed after "sold by" are firms;
a word with a capital inside it ("SoftBank", "DoorDash") is a brand, unless the capital
follows a family-name prefix ("McDonald", "DeSantis")."""

from __future__ import annotations

import re

from reader.annotate.entity_candidates import Candidate, surface_entity

# What a body has and a person does not: "X's customers", "X's chief executive", "X's shares".
_POSSESSIONS = (
    "customers clients shares stock shareholders investors products services chips devices revenue "
    "revenues sales profit profits earnings headquarters subsidiary subsidiaries factory factories plants "
    "stores board ceo executives employees staff workforce website app platform brand software valuation "
    "founder founders chief executive officer"
).split()
_LISTED = ("Inc", "Ltd", "Corp", "LLC", "PLC", "plc", "GmbH", "AG", "SA")
# Matched right after the name: "'s biggest customers", " shares", ", which", " is privately held", " Inc".
_FIRM_AFTER = re.compile(
    rf"['’]s (?:[a-z]+ ){{0,2}}(?:{'|'.join(_POSSESSIONS)})\b| shares\b|,? which\b"
    rf"| (?:is|was) (?:privately|publicly) (?:held|owned|listed|traded)\b|,? (?:{'|'.join(_LISTED)})\b"
)
_FIRM_BEFORE = ("shares of ", "Shares of ", "shares in ", "Shares in ")
_PERSON_AFTER = re.compile(r", who\b| (?:himself|herself)\b")
_PERSON_BEFORE = ("Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Miss ", "Dr ", "Dr. ")
# Verbs of products and works after which "by" names their maker: "devices sold by X, Y and Z".
_MADE_BY = frozenset("sold made built manufactured produced developed designed supplied operated owned".split())
# Family-name prefixes that put a capital inside a person's name.
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Van", "Von", "O'", "Fitz", "St")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def org_use(text: str, word: str) -> bool:
    """Whether the article uses ``word`` the way it uses firms' names, and never as a person's.

    Looks only around the word's occurrences (a regex over the whole text per name is slow)."""
    firm = False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole:
            before = text[max(0, at - 10) : at]
            if before.endswith(_PERSON_BEFORE) or _PERSON_AFTER.match(text, end):
                return False
            firm = firm or before.endswith(_FIRM_BEFORE) or _FIRM_AFTER.match(text, end) is not None
        at = text.find(word, end)
    return firm


class OrgEvidence:
    """Mixed into the entity finder (reader.annotate.entities._Finder): reads its tokens, rules
    and claims, and relabels or claims what it recognizes."""

    def _organizations_by_use(self) -> None:
        """One-word persons read from a weak cue become organizations when the article uses them as
        firms; then unclaimed one-word names used as firms, listed after "sold by", or brand-shaped."""
        tokens, rules, text = self.tokens, self.rules, self.text
        checked: dict[str, bool] = {}
        for cand in self.candidates:
            if cand.label != "PERSON" or cand.first != cand.last or cand.rule != "context" or cand.roles:
                continue
            word = tokens[cand.first].text
            if tokens[cand.first].key in rules.first_names:
                continue
            if word not in checked:
                checked[word] = org_use(text, word)
            if checked[word]:
                cand.label = "ORG"
        for i in self._pending:
            if self.claimed[i] or tokens[i].key in rules.first_names:
                continue
            word = tokens[i].text
            if word not in checked:
                checked[word] = not self._plain_word(i) and org_use(text, word)  # not "Bus" of "First Bus, which"
            if not (checked[word] or self._brand_shaped(word) or self._listed_after_made_by(i)):
                continue
            if self._name_in_context(i):
                self._claim(Candidate(i, i, "ORG", surface_entity(text, tokens, i, i), "context"))

    def _listed_after_made_by(self, i: int) -> bool:
        """"devices sold by Lenovo, Xiaomi and Asus": each one-word name of the list is a maker."""
        tokens, text = self.tokens, self.text
        k = i
        while k > 0:
            gap = text[tokens[k - 1].end : tokens[k].start]
            before = tokens[k - 1]
            if gap == " " and before.key == "by" and not before.cap:
                return k >= 2 and tokens[k - 2].key in _MADE_BY and text[tokens[k - 2].end : before.start] == " "
            if gap == ", " and before.cap and (k < 2 or not tokens[k - 2].cap or not tokens[k - 2].joins):
                k -= 1  # "X, " in the list
            elif gap == " " and before.key in ("and", "or") and k >= 2 and tokens[k - 2].cap:
                k -= 2  # "... X and"
                if text[tokens[k].end : tokens[k + 1].start] != " ":
                    return False
            else:
                return False
        return False

    def _brand_shaped(self, word: str) -> bool:
        """"SoftBank", "DoorDash": a capital inside the word, not after a family-name prefix."""
        if not word[:1].isupper() or word.isupper() or not _INNER_CAPITAL.search(word):
            return False
        return not word.startswith(_NAME_PREFIXES)
