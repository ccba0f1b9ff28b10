"""Line rules for importing web articles: site boilerplate, date and byline lines, photo captions.

Each rule looks at one whole line, stripped. The rules describe what news sites and
blogs print around an article (WordPress comment forms, share bars, reading-time
badges, "related posts"), not the words of any particular article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Boilerplate lines are short; a long line is prose even if it starts like one.
MAX_BOILERPLATE = 120


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Where share bars send a story. "X" counts only after "on"/"via", where it cannot be a close button.
_NETWORK_NAME = (r"(facebook|twitter|instagram|whatsapp|linkedin|reddit|telegram|messenger|pinterest|tiktok"
                 r"|youtube|threads|bluesky|mastodon|flipboard|tumblr|snapchat|vk|google\+?|e-?mail)")
_NETWORK = rf"({_NETWORK_NAME}|x|social media)"
_NETWORKS = rf"{_NETWORK}(\s*(,|/|&|\||and|or)?\s*{_NETWORK})*"
_NAMES_ROW = rf"{_NETWORK_NAME}(\s*(,|/|&|\||·|•)?\s*{_NETWORK_NAME})*"
_THIS = r"( this( article| story| post| page| video| link)?)"
_COUNT = r"\d[\d,.]*k?"  # "1,204", "3.2k"
_NEW_WINDOW = r"(\s*\(opens in (a )?new (window|tab)\))?"
# A share bar: buttons alone ("Share", "Like", "Tweet", "Print", "Email", "Save"), a row of networks,
# "Share this article", "Like us on Facebook", "Share on Facebook (Opens in new window)", "Print this
# page", "Send to a friend". A sentence that only starts like one ("Like many cities, ...", "Print media
# lost readers.", "Share prices fell.") goes on past what these allow, so it stays.
_SHARE = (
    rf"((share|like|tweet|pin|print|e-?mail|save){_THIS}?|share it|pin it|copy( the)? link"
    rf"|(share|post|like|find|see|join|connect with) (us|me|it|this) (on|via) {_NETWORKS}"
    rf"|(share|send|post){_THIS}? (on|via|to|by|with) ({_NETWORKS}|a friend|friends)"
    rf"|(e-?mail|send){_THIS}? to a friend|print(er)?[- ]friendly( version| page)?|print version"
    rf"|like this|like loading\W*|loading\W*|{_COUNT} (shares|likes)|(share|like)s? {_COUNT}"
    rf"|(click|tap) to (share|e-?mail|print|tweet|like)\b.*|(share( this)?\s*:?\s*)?{_NAMES_ROW})"
    rf"{_NEW_WINDOW}\s*:?\W*"
)
# "Follow us", "Follow us on Twitter and Instagram", "Follow Al Jazeera on X: @AJEnglish", "Subscribe now".
_FOLLOW = (
    rf"(follow (us|me|@\w+)( (on|via) {_NETWORKS}| for (more|the latest|updates|news)( \w+){{0,3}})?([\s:]+@\w+)?\W*"
    rf"|follow( the)? \w+( \w+){{0,2}} (on|via) {_NETWORKS}([\s:]+@\w+)?\W*"
    r"|subscribe( now| here| to [\w\s]*(newsletter|channel|feed|updates))?\W*"
    r"|(sign up|register) (for|to) (our|the)( \w+){0,3} newsletters?( (today|now|here|for free|below))?\W*"
    r"|join our( \w+){0,3} (newsletter|mailing list|(telegram|whatsapp) (channel|group))"
    r"( for( \w+){1,4})?\W*)"
)

# A heading over links to other stories ("Related", "Read more", "You may also like", "Tags"), alone or
# as the label of one link ("Read more: Dalmar port strike explained", "READ MORE | ...").
_LINKS_HEADING = (
    r"(related|related (posts?|articles?|stories|story|content|news|coverage|topics|reading|links)"
    r"|see also|read more|read also|also read|more on this( story)?|more from [^.:|]{1,40}"
    r"|you (may|might) (also )?(like|enjoy|be interested in)|recommended( for you| reading| stories)?"
    r"|most (read|popular|viewed)|trending( now| stories)?|tags?|topics?|filed under|categories|keywords)"
)
_LABEL_END = r"\s*([:|\u2013\u2014]\s*|$)"

# (rule name, pattern matching the whole line). Order matters only for the name reported.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("comment-form", _rule(r"(leave a (reply|comment)|post a comment|add a comment|cancel reply|join the discussion"
                           r"|\d+ (thoughts|responses|comments) (on|to) .*)\W*")),
    ("comments", _rule(r"(\d+\s+(comments?|responses?|replies)|(view|show|read)\s+(all\s+)?comments?|comments?"
                       r"|repl(y|ies)|share your (thoughts|views|comments?)|have your say)\W*")),
    ("reading-time", _rule(r"(reading time:?\s*)?(about\s+)?\d+[\s-]*(min|mins|minutes?)\.?(\s+(read|reading|to read))?\W*")),
    ("click-to-enlarge", _rule(r"\W*(click|tap)( here)? to (enlarge|expand|zoom|view larger|see larger)"
                               r"( the)?( image| photo| picture| map| graphic)?\W*")),
    ("advertisement", _rule(r"\W*(advertisements?|advert|sponsored( content)?|story continues below( advertisement)?"
                            r"|continue reading below|scroll to continue( with content)?)\W*")),
    ("share", _rule(_SHARE)),
    ("follow", _rule(_FOLLOW)),
    ("related", _rule(rf"{_LINKS_HEADING}({_LABEL_END}(?P<headline>.*))?")),
    ("navigation", _rule(r"(skip to (main )?content|menu|open menu|close menu|toggle navigation|search|home|back to top"
                         r"|sign in|log in|register)\W*")),
    ("copyright", _rule(r"(copyright\s*(©|\(c\))?\s*\d{4}|(©|\(c\))\s*\d{4}).*|all rights reserved\W*")),
    # "Reporting by ...; Editing by ..." closes agency copy; prose ends with a full stop.
    ("source", _rule(r"source:\s*[^.]{1,80}")),  # "Source: Al Jazeera and news agencies"
    ("agency-credits", _rule(r"\(?((additional )?reporting|writing|editing|compiled|produced) by\b.*[^.!?]")),
    ("rule", re.compile(r"([-*_=~]\s*){3,}")),
    ("image", re.compile(r"!\[[^\]]*\]\([^)]*\)")),  # a Markdown image on its own line
)
LINE_RULES_BY_NAME = dict(LINE_RULES)
# After one of these lines the rest of the page is the comment form or footer.
ENDS_ARTICLE = frozenset({"comment-form"})

_MONTHS = {
    name: number
    for number, names in enumerate(
        (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))


def _day_month_year(tag: str) -> tuple[str, str, str]:
    return rf"(?P<day{tag}>\d{{1,2}})(st|nd|rd|th)?", rf"(?P<month{tag}>{_MONTH_NAMES})\.?", rf"(?P<year{tag}>\d{{4}})"


_D1, _M1, _Y1 = _day_month_year("1")
_D2, _M2, _Y2 = _day_month_year("2")
_DATE_LINE = _rule(
    r"((published|updated|posted|last updated|first published|date)( on)?\s*:?\s*)?"
    r"((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,?\s+)?"
    rf"({_D1}\s+{_M1},?\s+{_Y1}|{_M2}\s+{_D2},?\s+{_Y2}"
    r"|(?P<year3>\d{4})-(?P<month3>\d{2})-(?P<day3>\d{2}))"
    r"(\s*(,|at|-|\||\u2013|\u00b7)?\s*\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*\(?[A-Z]{2,5}([+-]\d{1,2})?\)?)?)?"
)
_NAME = r"[A-Z][\w'’.-]*(\s+(?:[A-Z][\w'’.-]*|de|al|el|van|von|bin|ibn)){0,3}"
_BYLINE = re.compile(
    rf"(?i:by)\s+(?P<names>{_NAME}((\s*,\s*|\s+and\s+|\s*&\s*){_NAME})*)(\s*(\||\s-|\u2013)\s*[\w .&'’-]{{1,40}})?"
)


def line_rule(line: str) -> str | None:
    """The boilerplate rule matching the whole ``line``, or None.

    A links heading that labels a sentence ("Related news: the minister resigned on Monday.")
    is prose: a headline never ends with a full stop, and keeping one stray line costs the
    reader less than losing a sentence.
    """
    if len(line) > MAX_BOILERPLATE:
        return None
    for name, pattern in LINE_RULES:
        match = pattern.fullmatch(line)
        if match and not (name == "related" and match["headline"] and _labels_a_sentence(match["headline"])):
            return name
    return None


def heads_links(line: str) -> bool:
    """Whether ``line`` is a links heading alone ("Related", "Read more:", "You may also like"), over a
    list of links; "Read more: <headline>" is a link by itself."""
    match = len(line) <= MAX_BOILERPLATE and LINE_RULES_BY_NAME["related"].fullmatch(line)
    return bool(match) and not match["headline"]


# What makes a line read as prose rather than as a link's title.
MAX_LINK = 100  # headlines are shorter
SENTENCE_END = ".!?:;…"
CLOSERS = "\"'”’»)]"  # may follow the mark that ends a sentence
# Double quotation marks, or an opening single one ("‘We stay’"); an apostrophe ("Russia’s") is no quote.
_QUOTATION = re.compile(r"[\"“”«»„]|(?<!\w)[‘']\w")
_ATTRIBUTION = re.compile(r"\b(said|told|according to|added)\b", re.IGNORECASE)  # headlines say "says"
_TWO_SENTENCES = re.compile(r"[a-z][.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def _sentence_like(text: str) -> bool:
    return (len(text) > MAX_LINK or text[:1].islower() or bool(_ATTRIBUTION.search(text))
            or bool(_TWO_SENTENCES.search(text)))


def _labels_a_sentence(headline: str) -> bool:
    """Whether the text after "Read more:" or "Related news:" is a sentence, not a headline (which may
    end with a question mark and quote someone)."""
    return _sentence_like(headline) or headline.rstrip(CLOSERS)[-1:] in ".:;…"


def reads_as_prose(line: str) -> bool:
    """Whether ``line`` could be a sentence of the article rather than the title of a link: it is long,
    ends a sentence, holds a quotation, reports speech ("said") or starts in lowercase."""
    return (_sentence_like(line) or line.rstrip(CLOSERS)[-1:] in SENTENCE_END
            or bool(_QUOTATION.search(line)))


def _outlet_key(name: str) -> str:
    """An outlet name compared ignoring case, punctuation, spacing and a leading "The"."""
    words = re.findall(r"\w+", name.casefold())
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def masthead(line: str, outlet: str) -> bool:
    """Whether ``line`` is the outlet's own name, as a site prints it above its articles
    ("The Daily Ledger" for the outlet "Daily Ledger")."""
    key = _outlet_key(outlet)
    return bool(key) and len(line) <= MAX_BOILERPLATE and _outlet_key(line) == key


def date_line(line: str) -> dt.date | None:
    """The date of a line that holds only a date ("11 August, 2016", "Published: 2016-08-11 10:30")."""
    if len(line) > 80:
        return None
    match = _DATE_LINE.fullmatch(line)
    if not match:
        return None
    tag = next(t for t in "123" if match["year" + t])
    month = match["month" + tag]
    year, day = int(match["year" + tag]), int(match["day" + tag])
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
    try:
        return dt.date(year, month_number, day)
    except ValueError:
        return None


def byline(line: str) -> str | None:
    """The names of a byline ("By Jane Doe", "By Jane Doe and Ali Kaya | Reuters"), or None."""
    match = _BYLINE.fullmatch(line) if len(line) <= 100 and line[-1:] not in ".!?" else None
    return match["names"] if match else None


# Photo agencies and credit words that mark a caption when they end a line.
AGENCIES = (
    "AP", "AP Photo", "AFP", "AFP Photo", "Reuters", "Getty", "Getty Images", "EPA", "EPA-EFE", "EFE", "Anadolu",
    "Anadolu Agency", "AA", "Xinhua", "TASS", "Sputnik", "RIA Novosti", "IRNA", "Tasnim", "Fars", "Mehr", "ISNA",
    "SANA", "DPA", "ANSA", "PA", "PA Images", "PA Media", "UPI", "Bloomberg", "Shutterstock", "Alamy", "NurPhoto",
    "SOPA Images", "Pool", "Handout", "File", "File photo", "Archive", "Wikimedia Commons", "Wikipedia", "Kremlin",
    "Presidential Press Service", "Press TV", "Al Jazeera", "Twitter", "Facebook", "Instagram", "YouTube",
    "Screenshot", "Screengrab", "Courtesy",
)
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_AGENCIES = rf"(?:{_AGENCY})(?:\s*(?:/|via)\s*(?:{_AGENCY}))*"
# A bracketed credit must be an agency or say it is a picture credit; "[IS]" is editorial text.
_BRACKET_CREDIT = rf"{_AGENCIES}|[^\[\]]*\b(?:photo|image|picture|credit|getty|via|courtesy|file|archive)\b[^\[\]]*"
_PICTURE = r"(?:photo(?:graph)?|image|picture|pic|illustration|composite)(?: credit)?"
_CREDIT_AT_END = [
    re.compile(r"\s*©\s*(?P<credit>[^©]{1,60})"),
    re.compile(rf"\s*\[(?P<credit>{_BRACKET_CREDIT})\]", re.IGNORECASE),
    re.compile(rf"\s*\((?P<credit>{_AGENCIES}|{_PICTURE}\s*(?:by|:)?\s*[^()]{{1,60}}"
               rf"|(?:{_AGENCIES})\s+(?:photo|image|picture)s?|file photo)\)", re.IGNORECASE),
    re.compile(rf"(?:^|(?<=[.!?])|\s[|/\u2013-])\s*(?P<credit>{_PICTURE}\s*(?:by|:)\s*.{{1,60}})",
               re.IGNORECASE),
    re.compile(rf"\s[|/\u2013-]\s*(?P<credit>{_AGENCIES})", re.IGNORECASE),
]
_CREDIT_LABEL = re.compile(rf"^{_PICTURE}\s*(by|:)\s*", re.IGNORECASE)
MAX_CAPTION = 400


@dataclass(frozen=True, slots=True)
class CaptionLine:
    text: str  # the caption without its credit; empty for a credit line alone
    credit: str


def caption_line(line: str) -> CaptionLine | None:
    """Split a photo caption line into text and credit ("... ©AP", "... [Getty]", "(Photo: Reuters)")."""
    if len(line) > MAX_CAPTION:
        return None
    for pattern in _CREDIT_AT_END:
        for match in pattern.finditer(line):
            if match.end() != len(line):
                continue
            credit = _CREDIT_LABEL.sub("", match["credit"]).strip()
            text = line[: match.start()].strip().rstrip("|/-\u2013 ").strip()
            if credit:
                return CaptionLine(text, credit)
    return None
