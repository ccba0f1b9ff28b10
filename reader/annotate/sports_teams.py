"""Sports reports: a city's name standing for a team is an organization ("beat Newcastle",
"Liverpool's manager"), while "in Paris" and "a trip to Paris" stay places; a club's short
form ("Villa", "Newcastle") joins the full name ("Aston Villa", "Newcastle United") met in
the same article."""

from __future__ import annotations

from reader.annotate.entity_candidates import Candidate
from reader.annotate.lexicon import countries

# Words before a name that make it the place itself, not the team named after it.
_PLACE_WORDS = frozenset(("in", "at", "near", "outside", "inside", "across", "around", "towards", "into", "via", "from"))
# "lost to Newcastle": "to" after these is about a team.
_TO_A_TEAM = frozenset(("lost", "lose", "loses", "losing", "fell", "slipped", "went", "beaten", "defeat"))
_MIN_SPORTS_WORDS = 4
# Words next to a team's name in a result: "beat Leeds", "Leeds drew", "lost to Stockport".
_RESULT_BEFORE = frozenset("beat beating against face faces facing host hosts hosting visit visits over v vs".split())
_RESULT_AFTER = frozenset(
    "beat beats drew draw lost won win host hosts stay stays lead leads climb climbed sit sits moved face faces "
    "visit visits play plays played".split()
)


class SportsTeams:
    """Mixed into the entity finder (reader.annotate.entities._Finder): reads its tokens, rules,
    units and claims, and claims what it recognizes."""

    def _sports_teams(self) -> None:
        terms = self.lowercase_keys & self.rules.sports_terms
        if len(terms) < 2 or len(terms) + len(self.lowercase_keys & self.rules.sports_words) < _MIN_SPORTS_WORDS:
            return
        tokens, club_words = self.tokens, self.rules.club_words
        country = countries()
        for cand in self.candidates:
            if cand.label != "GPE" or cand.entity in country or cand.rule == "dateline":
                continue
            named_club = cand.last > cand.first and tokens[cand.last].key in club_words
            if named_club or not self._place_use(cand.first):
                cand.label = "ORG"
        self._teams_by_result()
        self._club_short_forms()

    def _teams_by_result(self) -> None:
        """Unknown one-word names a result sentence uses as teams, and their other uses."""
        tokens, rules = self.tokens, self.rules
        teams: set[str] = set()
        singles = [i for i in self.capitalized if not self.claimed[i] and not tokens[i].upper
                   and tokens[i].key not in rules.stopwords and tokens[i].key not in rules.first_names
                   and not (tokens[i].joins and i + 1 < len(tokens) and tokens[i + 1].cap)
                   and not (i > 0 and tokens[i - 1].joins and tokens[i - 1].cap)]
        for i in singles:
            before = tokens[i - 1].key if i > 0 else ""
            after = tokens[i + 1].key if i + 1 < len(tokens) and tokens[i].joins else ""
            lost_to = before == "to" and i >= 2 and tokens[i - 2].key in _TO_A_TEAM
            if (before in _RESULT_BEFORE or lost_to or after in _RESULT_AFTER) and self._name_in_context(i):
                teams.add(tokens[i].text)
        for i in singles:
            if tokens[i].text in teams and not self._place_use(i):
                self._claim(Candidate(i, i, "ORG", tokens[i].text, "team"))

    def _place_use(self, i: int) -> bool:
        if i == 0:
            return False
        before = self.tokens[i - 1].key
        if before in _PLACE_WORDS:
            return True
        return before == "to" and (i < 2 or self.tokens[i - 2].key not in _TO_A_TEAM)

    def _club_short_forms(self) -> None:
        """"Villa" after "Aston Villa", "Newcastle" after "Newcastle United"."""
        tokens = self.tokens
        short: dict[str, set[str]] = {}
        for cand in self.candidates:
            if cand.label == "ORG" and cand.last > cand.first:
                for k in (cand.first, cand.last):  # "City" is a short form only where one club has it
                    short.setdefault(tokens[k].text, set()).add(cand.entity)
        clubs = {text: next(iter(names)) for text, names in short.items() if len(names) == 1}
        if not clubs:
            return
        for cand in self.candidates:
            if cand.first == cand.last and cand.label in ("ORG", "GPE", "PERSON") and tokens[cand.first].text in clubs:
                if cand.label == "ORG" or cand.rule not in ("gazetteer", "title"):
                    cand.label, cand.entity = "ORG", clubs[tokens[cand.first].text]
        for i in self.capitalized:
            t = tokens[i]
            if self.claimed[i] or t.text not in clubs:
                continue
            if (i > 0 and tokens[i - 1].joins and tokens[i - 1].cap) or (t.joins and i + 1 < len(tokens) and tokens[i + 1].cap):
                continue  # part of a longer name ("Villa Park")
            self._claim(Candidate(i, i, "ORG", clubs[t.text], "club"))
