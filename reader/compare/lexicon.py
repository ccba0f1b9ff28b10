"""Word lists the comparison relies on: news paraphrase groups, hedges, loaded terms.

These are data, kept in one place so they can be reviewed and extended. The
paraphrase groups are the verbs and nouns news accounts swap for each other
("urged"/"called on", "strikes"/"raids", "ties"/"relations"), common enough to
hold across stories, not fitted to one pair of articles.
"""

from __future__ import annotations

PARAPHRASE_GROUPS = (
    "urge call ask request demand appeal press",
    "conduct carry perform undertake",
    "attack strike raid assault bomb bombing airstrike sortie offensive",
    "kill killed dead death die died slain",
    "wound wounded injure injured hurt",
    "meet meeting met talks summit",
    "plane jet aircraft warplane airplane",
    "crisis tension strain rift spat row",
    "relation relations ties relationship",
    "leader president head",
    "army military troops forces soldiers",
    "fight battle combat war conflict fighting",
    "agreement deal accord pact treaty",
    "begin began start started launch launched commence",
    "end ended halt halted stop stopped cease ceased",
    "rise rose increase increased grow grew expand surge",
    "fall fell drop dropped decline declined decrease reduce cut",
    "big large major huge",
    "protester demonstrator protesters demonstrators",
    "protest demonstration rally",
    "company firm",
    "buy bought purchase purchased acquire acquired",
    "try tried attempt attempted",
    "town city",
    "border frontier",
    "help aid assist",
    "build built construct constructed",
    "official officials authorities",
    "country nation",
    "quickly rapidly swiftly",
    "warn warned caution cautioned",
    "criticise criticised criticize criticized condemn condemned denounce denounced",
    "reject rejected dismiss dismissed deny denied",
    "shoot shot downing",
)

# Hedges distance the outlet from a claim; loaded terms carry a judgement.
# Multi-word entries are matched as phrases, single words by their stem.
HEDGES = (
    "allegedly",
    "alleged",
    "reportedly",
    "purportedly",
    "supposedly",
    "so-called",
    "what are said to be",
    "what is said to be",
    "said to be",
    "claiming",
    "claimed",
    "claims",
    "believed to",
    "apparently",
    "it is thought",
    "unconfirmed",
    "unverified",
)

LOADED = (
    "regime",
    "terrorists",
    "terrorist",
    "terror outfit",
    "takfiri",
    "extremists",
    "jihadists",
    "thugs",
    "militias",
    "puppet",
    "occupation",
    "occupied",
    "martyrs",
    "martyred",
    "massacre",
    "crusaders",
    "zionist",
    "insurgents",
    "rebels",
)

# Head nouns of a descriptive name for a group ("Takfiri terrorists",
# "Islamic State militants"): the other side of a naming swap.
GROUP_NOUNS = frozenset(
    """terrorists terrorist militants militant extremists extremist jihadists jihadist group
    groups outfit fighters insurgents rebels forces militia militias organisation organization
    movement regime government administration""".split()
)
