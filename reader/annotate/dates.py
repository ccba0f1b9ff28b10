"""Date and time expressions: "11 August, 2016", "August 9, 2016", "last year", "on Thursday".

The span is the expression itself, without a leading "on"/"since"/"in"
("since late September 2015" gives "late September 2015").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.annotate.tokens import Token, tokenize

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# Abbreviations without a period only next to a day number ("Aug 9").
_MONTH_SHORT = r"(?:" + _MONTH[3:-1] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[- ])"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many|some)"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_RELATIVE_UNIT = r"(?:week|month|year|weekend|decade|century|" + _SEASON[3:-1] + r"|" + _WEEKDAY[3:-1] + r"|" + _MONTH[3:-1] + r")"
# Words after which a bare year or "May" is a date (look-behinds need fixed widths).
_CUES = ("in", "since", "by", "until", "from", "of", "during", "before", "after", "between", "and", "through", "to")
_AFTER_THE_OR_FOR = "(?:" + "|".join(rf"(?<=\b{c} )" for c in ("the", "The", "for", "For")) + ")"
_YEAR_OR_THE_YEAR = rf"(?:{_YEAR}|(?:the|this|next|last)\s+year)"
# The period after a day's month only for abbreviations ("5 Dec."), never a sentence's full stop.
_ABBREVIATION_DOT = "(?:(?:" + "|".join(f"(?<={m})" for m in "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec".split()) + r")\.)?"
_AFTER_CUE = "(?:" + "|".join(rf"(?<=\b{c} )" for cue in _CUES for c in (cue, cue.capitalize())) + ")"

_DATE_PATTERNS = (
    # 11 August, 2016 / 15 July 2016 / 9th of August 2016 / 19-20 March (the period only after "Dec.")
    rf"\b{_DAY}(?:[-–]{_DAY})?\s+(?:of\s+)?{_MONTH_SHORT}\b{_ABBREVIATION_DOT}(?:,?\s+{_YEAR}\b)?",
    # August 9, 2016 / Aug. 9 / August 9th / March 19-20
    rf"\b{_MONTH_SHORT}\s+{_DAY}\b(?:[-–]{_DAY}\b)?(?:,?\s+{_YEAR}\b)?",
    # the summer of 2019
    rf"\b(?:the\s+)?{_SEASON}\s+of\s+{_YEAR}\b",
    # late September 2015 / September 2014 / mid-2015 / early 2016
    rf"\b{_PART}?{_MONTH}\s+(?:of\s+)?{_YEAR}\b",
    rf"\b{_PART}{_YEAR}s?\b",
    rf"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this|next|last)\s+(?:year|month|week|decade|century)\b",
    rf"\b{_PART}{_MONTH}",
    # last year, next week, this month, last Tuesday, earlier this year
    rf"\b(?:(?:earlier|later)\s+)?(?:last|next|this|past|previous|coming)\s+{_RELATIVE_UNIT}\b",
    rf"\b(?:the\s+)?(?:past|last|next|coming)\s+(?:few\s+|several\s+|\d+\s+|two\s+|three\s+)?{_UNIT}\b",
    rf"\b{_NUMBER}\s+{_UNIT}\s+(?:ago|earlier|later)\b",
    # Durations with a count: "two days", "three months", "for a decade" (not "reais a year").
    rf"(?i:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few)"
    rf"\s+(?:more\s+|full\s+|straight\s+)?(?:days|weeks|months|years|decades|centuries)\b)(?![- ]old\b)",
    rf"(?:(?<=\bfor )|(?<=\bin )|(?<=\bwithin )|(?<=\bover )|(?<=\bthan )|(?<=\bafter )|(?<=\babout ))"
    rf"(?:a|an|one)\s+(?:day|week|month|year|decade|century)\b",
    rf"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b",
    # "a second week", "the third day", "a 10th straight year"
    rf"\b(?:a|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    rf"\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|week|month|year|decade)\b",
    # Feasts and holidays: "before Christmas", "during Ramadan", "at Lunar New Year"
    rf"\b(?:Christmas(?: Day| Eve)?(?! Island)|Easter(?: Sunday| Monday)?(?! Island)|Thanksgiving|Ramadan"
    rf"|Eid(?: al-(?:Fitr|Adha))?|Diwali|Hanukkah|Passover|Nowruz|Hogmanay|Yom Kippur|Rosh Hashanah"
    rf"|(?:Lunar )?New Year(?:'s (?:Day|Eve))?|Boxing Day)\b",
    rf"\b(?:recent|coming)\s+(?:years|months|weeks|days|decades)\b",
    rf"\bthe\s+(?:19|20)\d0s\b",
    # the fourth quarter (of 2023), the second half of the year; "the first half" alone may be a match's
    rf"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:quarter(?:\s+of\s+{_YEAR_OR_THE_YEAR})?\b"
    rf"|half\s+of\s+{_YEAR_OR_THE_YEAR}\b)",
    rf"\b{_WEEKDAY}\b",
    # A month on its own: "in November"; "May" only after a cue word.
    rf"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b",
    rf"{_AFTER_CUE}May\b",
    rf"{_AFTER_CUE}{_YEAR}(?:/(?:\d\d)?\d\d\b|s?\b)(?![,.]?\d)",
    # "the 2020 rerun", "for 2024 and 2025", "the 2022/23 budget"; not "the 2000 jobs", "for 2000 people"
    rf"{_AFTER_THE_OR_FOR}{_YEAR}(?:/(?:\d\d)?\d\d)?\b(?![,.]?\d)(?!\s+(?:[a-z]+s|people|staff)\b)",
    rf"\b{_YEAR}-(?:\d\d)?\d\d\b",
)
_TIME_PATTERNS = (
    r"\b[01]?\d(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:local time|GMT|UTC|ET|EST|BST|CET))?",
    r"\b[0-2]?\d:[0-5]\d(?:\s+(?:local time|GMT|UTC|ET|EST|BST|CET))?\b",
    r"\b(?:midnight|noon|tonight|overnight)\b",
    rf"\b(?:this|yesterday|tomorrow|{_WEEKDAY[3:-1]})\s+(?:morning|afternoon|evening|night)\b",
    r"\blast night\b",
)


# Every expression contains a number or one of these words; the full patterns are
# only tried at the few word starts just before each, which keeps long articles
# fast (a scan of the whole text with them costs ~20 ms per 2,000 words).
_CAPITALIZED_TRIGGERS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday "
    "christmas easter thanksgiving ramadan eid diwali hanukkah passover nowruz hogmanay yom rosh new lunar "
    "boxing".split()
)
_TRIGGERS = frozenset(
    "yesterday today tomorrow day days week weeks month months year years decade decades century quarter "
    "centuries spring summer autumn fall winter weekend midnight noon tonight overnight morning "
    "afternoon evening night".split()
)
# Triggers that may belong to a time of day ("10 a.m.", "Tuesday evening", "last night").
_TIME_TRIGGER = re.compile(
    r"\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?i:yesterday|tomorrow|midnight|noon|tonight|overnight|morning|afternoon|evening|night)$"
)
_WORDS_BEFORE = 5  # the longest lead-in: "the second half of the year"


@cache
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile("|".join(_TIME_PATTERNS)),
        re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS)),
    )


# First words a date or time expression can start with; other words are not tried.
_DATE_STARTS = _CAPITALIZED_TRIGGERS | _TRIGGERS | frozenset(
    "early mid late the last next this past previous coming earlier later recent a an one two three four "
    "five six seven eight nine ten eleven twelve fifteen twenty thirty several few many some end beginning "
    "start middle first second third fourth final christmas easter thanksgiving ramadan eid diwali "
    "hanukkah passover nowruz hogmanay yom rosh new lunar boxing".split()
)


def find_dates(text: str, tokens: Sequence[Token] | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) spans; a TIME wins over a DATE it contains.

    ``tokens``, the text's tokens if already made, saves a pass.
    """
    time_re, date_re = _compiled()
    tokens = tokenize(text) if tokens is None else tokens
    found: list[tuple[int, int, str]] = []
    covered = 0
    triggers = [
        k for k, t in enumerate(tokens)
        if t.key in _TRIGGERS or t.text[0].isdigit() or (t.cap and t.key in _CAPITALIZED_TRIGGERS)
    ]
    for k in triggers:
        at, word = tokens[k].start, tokens[k].text
        if at < covered:
            continue
        best: tuple[int, int, str] | None = None
        tries = ((time_re, "TIME"), (date_re, "DATE")) if _TIME_TRIGGER.match(word) else ((date_re, "DATE"),)
        # the trigger and up to four words before it, earliest first, within the paragraph
        for j in range(max(0, k - _WORDS_BEFORE), k + 1):
            lead = tokens[j]
            if lead.start < covered or (j < k and "\n" in text[lead.start : at]):
                continue
            if not (lead.key in _DATE_STARTS or lead.text[0].isdigit()):
                continue
            for regex, label in tries:
                match = regex.match(text, lead.start)
                if match and match.end() > at and match.end() > match.start():
                    if best is None or match.end() - match.start() > best[1] - best[0]:
                        best = (match.start(), match.end(), label)
            if best is not None:
                break
        if best is not None:
            found.append(best)
            covered = best[1]
    return found
