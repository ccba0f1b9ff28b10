"""Short forms that are also English words ("IS", "US", "WHO" in capitals) read by their context.

Capitals alone do not make "IS" Islamic State: writers stress words ("it IS true", "LET US
know"). Each occurrence is judged by the words around it: YES where only the name fits
("against IS", "the US", "[IS]", "anti-IS", "IS-held", "IS fighters", "IS claimed"), NO
where only the English word fits ("it IS", "IS not", "IS a", "the answer IS"), and
MAYBE otherwise; a MAYBE counts only when the article names the same entity in an
unambiguous form (or a YES use of the short form) elsewhere.
"""

from __future__ import annotations

from reader.annotate.lexicon import Rules
from reader.annotate.tokens import Token

YES, NO, MAYBE = 1, 0, 2

# How the English word behaves: "is" is a verb after its subject; "us" an object pronoun.
_COPULAS = frozenset(("is",))
# Object pronouns: "us" after a verb or a preposition is the English word.
_OBJECT_PRONOUNS = frozenset(("us", "me", "him", "them"))
# Words that are subjects of a following verb: "it IS", "there IS", "he IS".
_SUBJECTS = frozenset(
    "it there here what who where he she i you we they one everything nothing something "
    "everyone someone nobody".split()
)
# Subjects that may also introduce a clause ("said that IS was"): decided by what follows.
_WEAK_SUBJECTS = frozenset(("this", "that", "which"))
# Words that follow the English word, never the name: "IS not", "IS a", "gave US the", "IS it".
_ENGLISH_AFTER = frozenset(
    "not no a an the this that these those my your his her its our their it he she they we you i "
    "me him them us all both every each some any".split()
)
# Words after which only a name fits (prepositions, determiners, conjunctions): "against IS".
_FUNCTION_BEFORE = frozenset(
    "the against by of from with to for between on in into under toward towards including like "
    "versus vs and or nor but than among amid as fighting fight defeat defeating".split()
)
# Nouns a group or a state is the modifier of: "IS fighters", "US forces".
_GROUP_NOUNS = frozenset(
    "fighters fighter militants militant jihadists jihadist group groups members member supporters "
    "loyalists recruits leader leaders leadership commander commanders chief chiefs cell cells "
    "attack attacks attackers bombing bombings bomber bombers gunmen gunman propaganda affiliate "
    "affiliates branch branches stronghold strongholds territory positions position targets target "
    "forces force troops soldiers personnel officials official military army navy government administration "
    "embassy president envoy ambassador sanctions strikes airstrikes operations operatives network "
    "networks ideology caliphate claim claims media statement spokesman spokesperson video"
    .split()
)
# Verbs a group or a state does as a sentence's subject: "IS claimed", "US has".
_FINITE_VERBS = frozenset(
    "has had have is are was were will would could can may might must should does did remains remained "
    "controls controlled holds held took seized killed launched released carried lost denied "
    "captured attacked executed published posted issued still also".split()
)
# First words of compounds that take the name: "anti-IS", "pro-US", "post-IS".
_PREFIXES = frozenset(("anti", "pro", "post", "counter", "non", "ex"))
# Last words of compounds that take the name: "IS-held", "US-led".
_SUFFIXES = frozenset(
    "held controlled linked led inspired affiliated allied claimed occupied run backed made funded "
    "trained brokered based aligned era".split()
)
_HYPHENS = ("-", "‐", "‑")


def short_form_reading(text: str, tokens: list[Token], i: int, rules: Rules) -> int:
    """YES, NO or MAYBE: whether the capitalized short form at token ``i`` is the name."""
    t = tokens[i]
    if "." in t.text:
        return YES  # "U.S.": dotted, never the English word
    copula = t.key in _COPULAS
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    gap_before = text[prev.end : t.start] if prev is not None else ""
    gap_after = text[t.end : nxt.start] if nxt is not None else ""
    if gap_before in _HYPHENS and prev.key in _PREFIXES:
        return YES
    if gap_after in _HYPHENS and nxt.key in _SUFFIXES:
        return YES
    if text[t.start - 1 : t.start] in "([" and text[t.end : t.end + 1] in ")]" and t.start > 0:
        return YES
    word_before = prev.key if prev is not None and gap_before == " " and not t.initial else ""
    word_after = nxt.key if nxt is not None and gap_after == " " else ""
    if word_before in _SUBJECTS:
        return NO
    if word_after in _ENGLISH_AFTER:
        return NO
    if word_after and (word_after in _GROUP_NOUNS or _person_or_body(word_after, rules)):
        return YES
    if word_after and nxt.cap and not nxt.upper:
        return YES  # "US President", "WHO Director-General": a name before a title or name
    # a lower-case word, or a sentence's first word that is an English word ("Join US", "Tell US")
    content_before = bool(word_before) and word_before not in _FUNCTION_BEFORE and (
        not prev.cap or (prev.initial and word_before in rules.english_words)
    )
    verb_before = content_before and (word_before in rules.reporting_verbs or word_before.endswith("ed"))
    if word_after in _FINITE_VERBS or word_after in rules.reporting_verbs:
        if not content_before or verb_before:
            return YES  # "IS claimed the attack", "said IS has": a subject with its verb
    if word_before in _WEAK_SUBJECTS:
        before_that = tokens[i - 2] if i >= 2 and text[tokens[i - 2].end : prev.start] == " " else None
        complementizer = word_before == "that" and before_that is not None and not before_that.cap and (
            before_that.key in rules.reporting_verbs or before_that.key.endswith(("ed", "s"))
        )
        return MAYBE if complementizer else NO  # "showed that IS ..." / "that IS true"
    if copula:
        if word_before in _FUNCTION_BEFORE or verb_before:
            return YES  # "against IS", "the IS group", "joined IS"
        if content_before:
            return NO  # "the answer IS no"
        return MAYBE
    if t.key not in _OBJECT_PRONOUNS:
        return YES  # "WHO said", "according to WHO": no English reading fits there
    # an object pronoun: "let US", "told US", "help US": the object of a verb
    if word_before == "the":
        return YES
    if content_before and (not word_after or not nxt.cap):
        return NO
    if word_before in _FUNCTION_BEFORE and not word_after:
        return MAYBE  # "a win for US." / "sanctions on US."
    return YES if not word_before or prev.cap or word_before in _FUNCTION_BEFORE else MAYBE


def _person_or_body(word: str, rules: Rules) -> bool:
    """Nouns for people or bodies, singular or plural: "US diplomats", "IS commander"."""
    stem = word[:-1] if word.endswith("s") else word
    for w in (word, stem):
        if w in rules.speaker_nouns or w in rules.person_cues or w in rules.org_cues or w in rules.org_heads:
            return True
    return False
