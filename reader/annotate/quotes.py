"""Quotations: pair the quote marks, tell direct from partial and scare quotes, find the speaker.

Pairing works per paragraph on straight and curly double quotes; a paragraph
that opens a quote without closing it continues into the next paragraph when
that one reopens with a mark (the news convention for multi-paragraph quotes).
Single quotes (‘…’ or '…') count as quotes only outside double quotes, where
British style uses them; inside, they are part of the quoted words.

Speakers come from a reporting verb next to the quote and its subject: a
person mention, a pronoun (the person who last led a sentence or spoke), a
noun such as "the minister" (the most recent person holding that role), "the
company" (the last organization), or the agent of a passive ("was described
by X"); "the 31-year-old" is the person the text is about; unnamed speakers
("a senior aide to X", "the wife of X", "a spokesperson for President X", "one lawmaker",
"X's spokesman", '"...," a union leader said')
stay None, whoever is named later, except a lede's "a judge" whose words are reported
on the side (", calling it") and whom the next sentence names by that title; "he added"
after such a source is that unnamed person too, and '"Out!" the crowd chanted' is
someone unnamed, not the last speaker; words a thing carries ('The leaflet read: "..."') have no
speaker, whoever the next sentence names. A short capitalized quote followed by a speech
verb ("shouted", "whispered" as well as "said") is speech like a long one. A quote with no cue
takes, in order: its chain's or paragraph's speaker, a speaker named in the next
sentence ('"..." The words came from X'), the person opening the sentence
before it, and, opening its paragraph, the previous paragraph's speaker; every
paragraph of a multi-paragraph quote shares one speaker, found over the whole run (an
attribution in its last paragraph names the speaker of the open paragraphs before it).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.annotate.lexicon import Rules
from reader.annotate.model import Mention, Quote
from reader.annotate.tokens import Token
from reader.text.segment import Span, paragraphs, sentences

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_DOUBLE_ANY = '"' + _DOUBLE_OPEN + _DOUBLE_CLOSE
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_DOUBLE_RE = re.compile("[" + _DOUBLE_ANY + "]")
_SINGLE_RE = re.compile("[" + _SINGLE_OPEN + "]")
_BEFORE_OPEN = " \t\n([{—–-/:;,"
_MAX_SINGLE = 300
_INVERTED_VERBS = frozenset(
    "said says added asked wrote continued explained insisted noted replied warned stated tweeted "
    "declared stressed argued recalled concluded cautioned claimed told "
    "shouted yelled screamed cried whispered exclaimed muttered murmured shrieked bellowed snapped "
    "answered retorted responded interjected announced".split()
)
_PRONOUNS = frozenset(("he", "she"))
_ARTICLES = frozenset(("a", "an", "one", "the", "this", "that", "his", "her", "its", "their"))
_AUXILIARIES = frozenset(("was", "were", "been", "is", "are", "being", "be"))
_GROUP_SUBJECTS = frozenset(("they", "we", "officials", "sources", "critics", "analysts", "residents", "witnesses", "people"))
# "the company said": the most recent organization named before the quote.
_ORGANIZATION_NOUNS = frozenset(
    "company firm regulator agency ministry organisation organization broadcaster newspaper watchdog group "
    "federation association union council commission committee party bank authority institute foundation "
    "club league lender carrier airline insurer retailer manufacturer startup".split()
)
# "it said": the body named most recently, within this many sentences before the verb.
_IT_REACH = 3
# Words that open a new clause after a closing mark: what follows is not the quote's attribution.
_CLAUSE_OPENERS = frozenset("while whereas but although though because since and or as when after before unless".split())
# Nouns that stand for quoted words in the sentence after them: "The words came from X".
_QUOTE_NOUNS = frozenset(
    "words comment comments remark remarks warning verdict message assessment admission plea view "
    "views statement line quote claim response reaction".split()
)
_COURTESY_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")
_FEMALE_NOUNS = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman actress mother wife daughter sister queen princess "
    "grandmother widow woman girl niece aunt".split()
)
_MALE_NOUNS = frozenset(
    "spokesman congressman businessman actor father husband son brother king prince grandfather widower "
    "man boy nephew uncle".split()
)
_GENDERED_APPOSITION = re.compile(
    r", (?:the|a|an) (?:[\w'-]+ ){0,3}?(" + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS)) + r")\b"
)
# "Tom Reed, the mayor, ...", "Jane Doe, a senior prosecutor at ...": the role noun of an apposition.
_ROLE_APPOSITION = re.compile(r", (?:the|a|an|its|their) (?:[\w-]+ ){0,3}?([a-z]+)(?=,| of | at | for | in | with |\.)")
# Words between a subject and its reporting verb: "economists have long called".
_VERB_HELPERS = frozenset("have has had also would will could may might long once often repeatedly already".split())
# Naming verbs in the present: "critics call it", "stop calling it" label a thing habitually (scare
# quotes when no one is named); the past ("economists have called it") reports words once said.
_NAMING_VERBS = frozenset("call calls calling dub dubs dubbing term terms label labels labelling labeling "
                          "brand brands branding".split())
# Words that say a source is kept anonymous on purpose.
_ANONYMOUS = re.compile(r"\b(?:not to be (?:named|identified)|condition of anonymity|anonymously|unnamed)\b", re.I)
# Words that show the words before a verb are no noun phrase naming its subject.
_NOT_A_SUBJECT = _AUXILIARIES | frozenset(("that", "which", "who", "to", "it", "and", "but", "or"))
# Lower-case words before a title: "an adviser to former President X".
_TIME_BEFORE_TITLE = frozenset(("former", "late", "then", "acting", "outgoing", "incoming"))
# Things that carry words: "A statement from X read:".
_DOCUMENT_NOUNS = _QUOTE_NOUNS | frozenset(
    "letter note post leaflet sign banner poster notice email tweet memo text report document placard".split()
)
# Verbs for what a text carries: "The leaflet read:", "the sign says:".
_DOCUMENT_VERBS = frozenset(("read", "reads", "says", "said", "stated", "states"))
# Nouns for a crowd speaking as one: '"Out!" the crowd chanted'.
_COLLECTIVE_NOUNS = frozenset("crowd audience mob chorus gathering congregation".split())
# In the list of salient people: an unnamed person spoke last, so "he" is no one named.
_UNNAMED = ""
# Characters either side of a quote that hold its attribution ("said a senior official of the union").
_ATTRIBUTION_CHARS = 90
_POST_REACH = 8  # tokens after a closing mark in which "he said" may sit
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")


@dataclass
class _Piece:
    open: int  # offset of the opening mark (or of the paragraph start for a missing one)
    close: int  # offset of the closing mark, or the paragraph end when unclosed
    start: int  # quoted words
    end: int
    closed: bool
    chain: int  # pieces of one multi-paragraph quote share a chain number


def _pair_double(text: str, para: Span) -> tuple[list[tuple[int, int, bool]], bool]:
    """(open, close, closed) mark pairs of one paragraph, and whether it ends inside a quote."""
    pairs = []
    open_at = None
    for mark in _DOUBLE_RE.finditer(text, para.start, para.end):
        i = mark.start()
        c = text[i]
        prev = text[i - 1] if i > para.start else " "
        nxt = text[i + 1] if i + 1 < para.end else " "
        opens = prev in _BEFORE_OPEN or i == para.start
        closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum() or i + 1 == para.end)
        if open_at is None:
            if c in _DOUBLE_CLOSE and closes and not opens:
                continue  # a stray closing mark
            if nxt.isspace():
                continue  # a mark followed by a space closes something; it never opens
            open_at = i
        elif c in _DOUBLE_OPEN and opens and not closes:
            open_at = i  # an unclosed quote followed by a fresh opening: restart
        else:
            pairs.append((open_at, i, True))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, para.end, False))
        return pairs, True
    return pairs, False


def _pair_single(text: str, para: Span, taken: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Top-level single-quoted spans, skipping apostrophes ("Let's", "Russia's", "the '90s")."""
    pairs = []
    resume = para.start
    for mark in _SINGLE_RE.finditer(text, para.start, para.end):
        i = mark.start()
        if i < resume:
            continue
        if not any(a <= i <= b for a, b in taken):
            prev = text[i - 1] if i > para.start else " "
            nxt = text[i + 1] if i + 1 < para.end else " "
            if (prev in _BEFORE_OPEN or prev in _DOUBLE_ANY or i == para.start) and nxt.isalpha():
                limit = min(para.end, i + _MAX_SINGLE)
                j = i + 2
                while j < limit:
                    inner = next((b for a, b in taken if a == j), None)
                    if inner is not None:  # ‘... “inner quote” ...’ (British style)
                        j = inner + 1
                        continue
                    d = text[j]
                    if d in _SINGLE_CLOSE and not text[j - 1].isspace():
                        after = text[j + 1] if j + 1 < para.end else " "
                        if not after.isalnum():
                            pairs.append((i, j, True))
                            resume = j + 1
                            break
                    if d in _DOUBLE_ANY:
                        break
                    j += 1
    return pairs


def _pieces(text: str, paras: list[Span]) -> list[_Piece]:
    pieces: list[_Piece] = []
    chain = 0
    continuing = False
    for para in paras:
        pairs, unclosed = _pair_double(text, para)
        singles = _pair_single(text, para, [(a, b) for a, b, _ in pairs])
        # double quotes inside single ones are part of the quoted words, not quotations
        pairs = [p for p in pairs if not any(a < p[0] and p[1] < b for a, b, _ in singles)] + singles
        pairs.sort()
        for n, (o, c, closed) in enumerate(pairs):
            reopens = n == 0 and continuing and o == para.start
            if not reopens:
                chain += 1
            start, end = o + 1, c
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                pieces.append(_Piece(o, c, start, end, closed, chain))
        continuing = unclosed
    return pieces


class _Attributor:
    def __init__(self, text: str, tokens: list[Token], mentions: list[Mention], roles: dict[str, set[str]],
                 rules: Rules, pieces: list[_Piece], sentence_spans: list[Span], paragraph_spans: list[Span]) -> None:
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.rules = rules
        self.roles = roles
        self.title_roles = roles  # roles from titles only ("District Judge X"), not from appositions
        self.pieces = pieces
        self.piece_opens = [p.open for p in pieces]
        outside = [m for m in mentions if not self._quoted(m.start)]
        self.speakers = [m for m in outside if m.label in _SPEAKER_LABELS]
        self.speaker_starts = [m.start for m in self.speakers]
        self.people = [m for m in outside if m.label == "PERSON"]
        self.people_starts = [m.start for m in self.people]
        self.organizations = [m for m in outside if m.label == "ORG"]
        self.organization_starts = [m.start for m in self.organizations]
        self.sentences = sentence_spans
        self.paragraphs = paragraph_spans
        self.sentence_starts = [s.start for s in self.sentences]
        # (offset, person) of each sentence's first person, plus speakers as they are found
        self.salient: list[tuple[int, str]] = []
        for sentence in self.sentences:
            k = bisect.bisect_left(self.people_starts, sentence.start)
            if k < len(self.people) and self.people[k].start < sentence.end:
                self.salient.append((self.people[k].start, self.people[k].entity))
        self.gender = self._genders()
        self.roles = self._apposition_roles(roles)

    # -- windows --------------------------------------------------------------
    def _sentence(self, offset: int) -> Span:
        k = max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)
        return self.sentences[k] if self.sentences else Span(0, len(self.text))

    def _tokens(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [t for t in self.tokens[lo:hi] if not self._quoted(t.start)]

    def _quoted(self, offset: int) -> bool:
        k = bisect.bisect_left(self.piece_opens, offset) - 1
        return k >= 0 and offset < self.pieces[k].close

    def _verbs(self, start: int, end: int) -> list[Token]:
        verbs = self.rules.reporting_verbs
        found = []
        toks = self._tokens(start, end)
        for n, t in enumerate(toks):
            if t.key in verbs and t.text[0].islower():
                found.append(t)
            elif t.key == "according" and n + 1 < len(toks) and toks[n + 1].key == "to":
                found.append(t)
        return found

    # -- speakers -------------------------------------------------------------
    @staticmethod
    def _last_before(mentions: list[Mention], starts: list[int], offset: int) -> str | None:
        k = bisect.bisect_left(starts, offset)
        return mentions[k - 1].entity if k else None

    def _salient_before(self, offset: int, pronoun: str = "") -> str | None:
        """"he"/"she": the most recent person who led a sentence or spoke, else the last person named;
        a person known to be of the other gender ("Ms Berg" for "he") is passed over."""
        other = {"he": "f", "she": "m"}.get(pronoun)
        k = bisect.bisect_left(self.salient, (offset, ""))
        for _, person in reversed(self.salient[max(0, k - 6) : k]):
            if person == _UNNAMED:
                return None  # '"...," a union leader said. "...," he added.'
            if other is None or self.gender.get(person) != other:
                return person
        j = bisect.bisect_left(self.people_starts, offset)
        for m in reversed(self.people[max(0, j - 6) : j]):
            if other is None or self.gender.get(m.entity) != other:
                return m.entity
        return None

    def _genders(self) -> dict[str, str]:
        """What the article says of each person's gender: "Mr"/"Ms" before the name, a gendered noun
        in apposition ("X, the chairwoman"), or "He"/"She" opening the sentence after one they lead."""
        text = self.text
        gender: dict[str, str] = {}
        for m in self.people:
            found = _COURTESY_BEFORE.search(text, max(0, m.start - 6), m.start)
            if found is not None:
                gender[m.entity] = "m" if found.group(1) == "Mr" else "f"
                continue
            noun = _GENDERED_APPOSITION.match(text, m.end)
            if noun is not None:
                gender.setdefault(m.entity, "f" if noun.group(1).lower() in _FEMALE_NOUNS else "m")
        for n in range(1, len(self.sentences)):
            opener = text[self.sentences[n].start : self.sentences[n].start + 4]
            if not opener.startswith(("He ", "She ")):
                continue
            before = self.sentences[n - 1]
            k = bisect.bisect_left(self.people_starts, before.start)
            if k >= len(self.people) or self.people[k].start >= before.end:
                continue
            if k + 1 < len(self.people) and self.people[k + 1].start < before.end:
                continue  # two people in the sentence: "He" may be either
            gender.setdefault(self.people[k].entity, "m" if opener[0:3] == "He " else "f")
        return gender

    def _apposition_roles(self, roles: dict[str, set[str]]) -> dict[str, set[str]]:
        """Roles named in apposition ("Tom Reed, the mayor, ...") join the roles of titles."""
        found: dict[str, set[str]] | None = None
        nouns = self.rules.speaker_nouns
        for m in self.people:
            match = _ROLE_APPOSITION.match(self.text, m.end)
            if match is not None and match.group(1).lower() in nouns:
                if found is None:
                    found = {k: set(v) for k, v in roles.items()}
                found.setdefault(m.entity, set()).add(match.group(1).lower())
        return roles if found is None else found

    def _role_person_before(self, noun: str, offset: int) -> str | None:
        k = bisect.bisect_left(self.people_starts, offset)
        for m in reversed(self.people[:k]):
            if noun in self.roles.get(m.entity, ()):
                return m.entity
        return None

    def _role_person_next(self, noun: str, offset: int) -> str | None:
        """The person whose title gives role ``noun`` ("U.S. District Judge X"), first named in the
        sentence after the one at ``offset``; a role given in apposition ("X, the opposition
        leader, disagreed") introduces someone else."""
        j = max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)
        if j + 1 >= len(self.sentences):
            return None
        following = self.sentences[j + 1]
        k = bisect.bisect_left(self.people_starts, following.start)
        for person in self.people[k:]:
            if person.start >= following.end:
                break
            if noun in self.title_roles.get(person.entity, ()):
                return person.entity
        return None

    def _introduces_protagonist(self, start: int, end: int) -> bool:
        """Whether "a <role>" before the verb at ``end`` is a lede's subject whose words are reported
        on the side ("A federal judge on Thursday blocked the law, calling it "..."") rather than an
        anonymous source ("a union leader said", "a senior official, who asked not to be named,
        said"): only the former may be the person the next sentence names by title."""
        verb = self.text[end : end + 20].split(maxsplit=1)
        if not verb or not verb[0].endswith("ing") or not self.text[start:end].rstrip().endswith(","):
            return False
        sentence = self._sentence(start)
        return _ANONYMOUS.search(self.text, sentence.start, sentence.end) is None

    def _subject(self, start: int, end: int, nearest_last: bool) -> tuple[bool, str | None]:
        """(found, speaker) for the words in [start, end) that name who speaks."""
        k0 = bisect.bisect_left(self.speaker_starts, start)
        k1 = bisect.bisect_left(self.speaker_starts, end)
        named = [m for m in self.speakers[k0:k1] if m.end <= end]
        people = [m for m in named if m.label == "PERSON"]
        if people:
            person = people[-1] if nearest_last else people[0]
            if (
                nearest_last and len(people) > 1 and self._inside_aside(people[-2], person, end)
                and not self._unnamed_before(start, people[-2].start)  # "the wife of X, Ann Lee, said": Ann Lee
            ):
                person = people[-2]  # "Maria Lopez, who met Carlos Ruiz last week, said"
            if self._unnamed_before(start, person.start):
                return True, None  # "a senior aide to Lee said", "said a spokesman for Lee": the aide speaks, unnamed
            if self._owner_of_speaker(person, end):
                return True, None  # "Lopez's spokesman said": the spokesman, unnamed
            if nearest_last and self._group_right_before(person.end, end):
                return True, None  # "X has promised growth, a goal many economists have called"
            return True, person.entity
        toks = self._tokens(start, end)
        if not nearest_last:
            toks = toks[:4]
        for n in (range(len(toks) - 1, -1, -1) if nearest_last else range(len(toks))):
            t = toks[n]
            if t.cap and n > 0:
                continue
            if t.key in _PRONOUNS:
                return True, self._salient_before(start, t.key)
            if t.key == "it" and (body := self._recent_body(t.start)) is not None:
                return True, body  # "In a statement, it said": the body named just before
            if t.key == "old" and n >= 2 and toks[n - 1].key == "year" and toks[n - 2].text.isdigit():
                # "the 27-year-old said": the person the text is about; "a 45-year-old" is unnamed
                return True, self._salient_before(start) if n >= 3 and toks[n - 3].key == "the" else None
            if t.key in self.rules.representative_nouns and not t.cap:
                body = self._represented_body(toks, n, named, start)
                if body is not None:
                    return True, body  # "a Maersk spokesperson", "a spokesman for the ministry"
            if self._unnamed_group(t):
                return True, None  # "officials said", "many economists have called it"
            if t.key in self.rules.speaker_nouns:
                det = next((x.key for x in reversed(toks[max(0, n - 4) : n]) if x.key in _ARTICLES), None)
                if det in ("a", "an"):
                    # "A federal judge ... blocked the law, calling it '...'" and the next sentence
                    # names her: "District Judge X said"; an anonymous source ('"...," a union leader
                    # said', "said a senior official") stays unnamed, whoever is named later
                    if nearest_last and self._introduces_protagonist(start, end):
                        return True, self._role_person_next(t.key, start)
                    return True, None
                if det == "one":
                    return True, None
                return True, self._role_person_before(t.key, start)
            if t.key in _ORGANIZATION_NOUNS:
                inside = [m for m in named if m.label == "ORG" and m.end <= t.start]
                if inside:
                    return True, inside[-1].entity
                after = [m for m in named if m.label == "ORG" and m.start > t.end]
                if after and self.text[t.end : after[0].start] == ", ":
                    return True, after[0].entity  # "A police union, Alliance, called"
                det = next((x.key for x in reversed(toks[max(0, n - 3) : n]) if x.key in _ARTICLES), None)
                if det in ("a", "an", "one"):
                    return True, None  # "a police union said": not the union named before
                return True, self._organization_named(t.key, start)
        if named:
            chosen = named[-1] if nearest_last else named[0]
            if chosen.label == "NORP":
                # "the Spaniard said" is a person already met; "Russians said" a group
                article = self.text[max(0, chosen.start - 4) : chosen.start].lower()
                singular = not chosen.text.endswith("s")
                # "The Syrian government insisted": the nationality is an adjective, no person
                after = self._tokens(chosen.end, end)[:1]
                adjective = bool(after) and not after[0].cap and after[0].key not in self.rules.reporting_verbs
                if adjective:
                    return True, None
                return True, self._salient_before(start) if article.endswith("the ") and singular else None
            return True, chosen.entity
        return False, None

    def _inside_aside(self, subject: Mention, other: Mention, end: int) -> bool:
        """Whether ``other`` sits in a clause set off by commas after ``subject`` and closed before ``end``."""
        between = self.text[subject.end : other.start]
        return between.startswith(", ") and "," in self.text[other.end : end]  # "Roe, Smith's lawyer, said"

    def _group_right_before(self, start: int, end: int) -> bool:
        """Whether the subject right before the verb at ``end`` is an unnamed group ("many economists
        have"), not merely a group named on the way ("X, speaking to reporters, said")."""
        toks = self._tokens(start, end)
        while toks and toks[-1].key in _VERB_HELPERS:
            toks.pop()
        return bool(toks) and "," not in self.text[toks[-1].end : end] and self._unnamed_group(toks[-1])

    def _unnamed_group(self, t: Token) -> bool:
        """"they", "officials", "economists": a plural subject no one is named by."""
        if t.key in _GROUP_SUBJECTS:
            return True
        return not t.cap and t.key.endswith("s") and t.key[:-1] in self.rules.speaker_nouns

    def _recent_body(self, offset: int) -> str | None:
        """The organization named last before ``offset`` in its sentence or the few before it."""
        k = bisect.bisect_left(self.organization_starts, offset)
        if not k:
            return None
        j = max(0, bisect.bisect_right(self.sentence_starts, offset) - 1 - (_IT_REACH - 1))
        body = self.organizations[k - 1]
        return body.entity if not self.sentences or body.start >= self.sentences[j].start else None

    def _organization_named(self, noun: str, offset: int) -> str | None:
        """"the federation said": the last organization with that word in its name, else the last one."""
        k = bisect.bisect_left(self.organization_starts, offset)
        for m in reversed(self.organizations[max(0, k - 8) : k]):
            if noun in m.entity.lower().split():
                return m.entity
        return self.organizations[k - 1].entity if k else None

    def _represented_body(self, toks: list[Token], n: int, named: list[Mention], start: int) -> str | None:
        """The organization a spokesperson or official speaks for: named right before the noun
        ("a Maersk spokesperson", "Maersk's spokesman", "a Foreign Ministry official") or after
        it ("a spokesman for Maersk"; "for the ministry" is the last ministry named before)."""
        noun = toks[n]
        for m in reversed(named):
            if m.end <= noun.start:
                between = self.text[m.end : noun.start].replace("’s", "").replace("'s", "").strip()
                words = between.split()
                if m.label == "ORG" and len(words) <= 2 and all(
                    w.isalpha() and w.islower() and w not in self.rules.stopwords and w not in self.rules.reporting_verbs
                    for w in words
                ):  # "a Maersk spokesperson", "a Maersk senior official", not "Maersk said a spokesperson"
                    return m.entity
                break
        after = toks[n + 1 : n + 4]
        if not after or after[0].key not in ("for", "of", "at", "from") or after[0].cap:
            return None
        rest = after[1:]
        if rest and rest[0].key == "the" and not rest[0].cap:
            rest = rest[1:]
        if not rest:
            return None
        if rest[0].cap:
            body = next((m for m in named if m.start == rest[0].start), None)
            return body.entity if body is not None and body.label == "ORG" else None
        word = rest[0].key  # "for the ministry": the last ministry (or company, for the generic nouns) named
        k = bisect.bisect_left(self.organization_starts, start)
        for m in reversed(self.organizations[:k]):
            if word in m.entity.lower().split():
                return m.entity
        if word in _ORGANIZATION_NOUNS:
            return self._last_before(self.organizations, self.organization_starts, start)
        return None

    def _unnamed_before(self, start: int, at: int) -> bool:
        """Whether "<speaker or relation noun> to/for/of" stands right before the mention at ``at``,
        titles aside: "a senior aide to Lee", "the wife of Mark Jones", "an adviser to President
        Anna Kowalski", "a spokesperson for Prime Minister X" (a person's spokesperson is not the person)."""
        rules = self.rules
        toks = self._tokens(max(start, at - 60), at)
        while toks and toks[-1].cap and (toks[-1].key in rules.title_heads or toks[-1].key in rules.title_modifiers):
            toks.pop()  # "to President", "for Prime Minister"; not "secretary of state X"
        if toks and toks[-1].key in _TIME_BEFORE_TITLE:
            toks.pop()  # "to former President X"
        if toks and toks[-1].key == "the" and not toks[-1].cap:
            toks.pop()  # "the widow of the late X"
        toks = toks[-4:]
        if len(toks) < 2 or toks[-1].key not in ("to", "for", "of", "with") or toks[-1].cap:
            return False
        nouns, relations = rules.speaker_nouns, rules.relation_nouns
        for t in toks[:-1]:
            key = t.key[:-1] if t.key.endswith("s") and t.key not in relations else t.key
            if not t.cap and (t.key in nouns or key in nouns or key in relations):
                return True
        return False

    def _verb_subject(self, verb: Token, clause_start: int, end: int) -> tuple[bool, str | None]:
        """Who does the reporting verb: its subject, or the agent of a passive ("was described by X")."""
        before = self._tokens(clause_start, verb.start)
        if before and before[-1].key in _AUXILIARIES and verb.key.endswith("ed"):
            after = self._tokens(verb.end, end)[:3]
            by = next((t for t in after if t.key == "by"), None)
            if by is None:
                return False, None
            found, who = self._subject(by.end, end, nearest_last=False)
            return True, who if found else None
        return self._subject(clause_start, verb.start, nearest_last=True)

    def _after(self, piece: _Piece) -> tuple[bool, str | None]:
        """'"...," Cavusoglu said', '"...," said the minister', '"...," according to X'."""
        sentence = self._sentence(min(piece.close, len(self.text) - 1))
        end = max(sentence.end, piece.close + 1)
        k = bisect.bisect_right(self.piece_opens, piece.close)
        if k < len(self.pieces):
            end = min(end, self.pieces[k].open)
        toks = self._tokens(piece.close + 1, end)[:_POST_REACH]
        if toks and toks[0].key in _CLAUSE_OPENERS:
            return False, None  # '"...", while Sen. X said ...': a new clause about someone else
        named = self._apposed_speaker(piece.close + 1, end)
        if named is not None:
            return True, named
        for n, t in enumerate(toks):
            if t.key == "according" and n + 1 < len(toks) and toks[n + 1].key == "to":
                return self._subject(toks[n + 1].end, end, nearest_last=False)
            if t.key in self.rules.reporting_verbs and t.text[0].islower():
                if n == 0 or all(x.key in ("also", "then", "later", "further") for x in toks[:n]):
                    if t.key in _INVERTED_VERBS:
                        return self._subject(t.end, end, nearest_last=False)
                    return False, None
                found, who = self._subject(piece.close + 1, t.start, nearest_last=True)
                if not found and self._unnamed_subject(toks[:n]):
                    return True, None  # '"Out!" the crowd chanted': someone speaks, not the last speaker
                return found, who
        return False, None

    def _anonymous_person(self, piece: _Piece) -> bool:
        """Whether one unnamed person is the quote's attribution: '"...," a union leader said',
        '"...," said a senior official', 'A lawyer for the family said: "..."'."""
        sentence = self._sentence(piece.open)
        end = min(max(sentence.end, piece.close + 1), piece.close + _ATTRIBUTION_CHARS)
        after = self._tokens(piece.close + 1, end)[:_POST_REACH] if piece.closed else []
        before = self._tokens(max(sentence.start, piece.open - _ATTRIBUTION_CHARS), piece.open)[-8:]
        nouns, verbs, relations = self.rules.speaker_nouns, self.rules.reporting_verbs, self.rules.relation_nouns
        for toks in (after, before):
            if not any(t.key in verbs and not t.cap for t in toks):
                continue
            for n, t in enumerate(toks):
                if t.key in ("a", "an", "one") and any(x.key in nouns and not x.cap for x in toks[n + 1 : n + 4]):
                    return True
                if (
                    (t.key in nouns or t.key in relations) and not t.cap and n + 1 < len(toks)
                    and toks[n + 1].key in ("of", "for", "to")
                ):
                    return True  # "the wife of X said": someone unnamed, not X
        return False

    def _spoken_after(self, piece: _Piece) -> bool:
        """'"Fine," the striker said', '"Shame!" yelled a protester': a capitalized quote closed by a
        comma, "!" or "?" and followed by a reporting verb in the attribution's place is speech however
        short, whether or not its speaker can be named."""
        if not piece.closed or self.text[piece.end - 1 : piece.end] not in ",?!" or not self._capitalized(piece):
            return False
        sentence = self._sentence(min(piece.close, len(self.text) - 1))
        end = min(max(sentence.end, piece.close + 1), piece.close + _ATTRIBUTION_CHARS)
        toks = self._tokens(piece.close + 1, end)[:_POST_REACH]
        if not toks or toks[0].key in _CLAUSE_OPENERS:
            return False
        verbs = self.rules.reporting_verbs
        n = next((n for n, t in enumerate(toks) if t.key in verbs and t.text[0].islower()), None)
        return n is not None and (n > 0 or toks[0].key in _INVERTED_VERBS)

    def _unnamed_subject(self, toks: list[Token]) -> bool:
        """Whether the words before a reporting verb name someone who is no person of the article:
        "a man", "her mother", "protesters", "the crowd"; not "the striker" (the person meant, found
        as before) nor the words of a document ("the statement")."""
        if not toks or len(toks) > 4 or any(t.cap for t in toks):
            return False
        head = toks[-1].key
        if head in _QUOTE_NOUNS or head in self.rules.stopwords or any(t.key in _NOT_A_SUBJECT for t in toks):
            return False  # "the statement said", '"realism" that was urged', "to restore supplies, but warned"
        lead = toks[0].key
        if lead in ("a", "an", "one", "his", "her", "their"):
            return True
        plural = head.endswith("s") and not head.endswith("ss")
        return (plural and (len(toks) == 1 or lead == "the")) or (lead == "the" and head in _COLLECTIVE_NOUNS)

    def _apposed_speaker(self, start: int, end: int) -> str | None:
        """'"...," Gil Luria, an analyst at D.A. Davidson, told The Verge': a person, an aside, the verb."""
        k = bisect.bisect_left(self.people_starts, start)
        if k == len(self.people):
            return None
        person = self.people[k]
        if self.text[start : person.start].strip(" ,") or self.text[person.end : person.end + 1] != ",":
            return None
        comma = self.text.find(",", person.end + 1, min(end, person.end + 100))
        if comma < 0:
            return None
        after = self._tokens(comma + 1, end)[:2]
        verbs = self.rules.reporting_verbs
        if after and after[0].key in verbs and after[0].text[0].islower():
            return person.entity
        return None

    def _before(self, piece: _Piece) -> tuple[bool, str | None]:
        """'Cavusoglu said: "..."', 'According to X, "..."' and the subject of a sentence's verb;
        'Berg disagreed: "..."': a colon after a clause that a person opens."""
        sentence = self._sentence(piece.open)
        start = sentence.start
        verbs = self._verbs(start, piece.open)
        for verb in reversed(verbs):
            if verb.key == "according":
                found, who = self._subject(verb.end + 3, piece.open, nearest_last=False)
            else:
                found, who = self._verb_subject(verb, start, piece.open)
            if found:
                return found, who
        if self.text[max(start, piece.open - 3) : piece.open].rstrip().endswith(":"):
            k = bisect.bisect_left(self.people_starts, start)
            if k < len(self.people) and self.people[k].end <= piece.open:
                person = self.people[k]
                if len(self._tokens(start, person.start)) <= 1 and not self._owner_of_speaker(person, piece.open):
                    return True, person.entity
        return False, None

    def _document_source(self, piece: _Piece) -> tuple[bool, str | None]:
        """'The leaflet read: "..."', 'the sign said: "..."', 'It read: "..."': words a thing carries,
        which no one the article names said, so neither the next sentence's subject nor the
        paragraph's speaker takes them; a body's statement ('A statement from Acme read:', "Acme's
        statement read:") is the body's words."""
        sentence = self._sentence(piece.open)
        toks = self._tokens(max(sentence.start, piece.open - _ATTRIBUTION_CHARS), piece.open)[-8:]
        verbs = self.rules.reporting_verbs
        n = next((n for n in range(len(toks) - 1, max(-1, len(toks) - 4), -1)
                  if toks[n].key in verbs or toks[n].key in _DOCUMENT_VERBS), None)
        if n is None or n < 1 or any(t.cap for t in toks[n:]) or self.text[toks[-1].end : piece.open].strip(" :,") != "":
            return False, None
        head = toks[n - 1]
        rules = self.rules
        if head.key == "it" and toks[n].key in ("read", "reads"):
            return True, None
        if head.cap:  # "A statement from Acme read:", "a letter signed by Ann Lee read:": the author's words
            author = next((m for m in self.speakers if m.end == head.end and m.label in ("PERSON", "ORG")), None)
            lead = [t for t in toks[max(0, n - 8) : n] if author is not None and t.end <= author.start]
            if not lead or not any(t.key in _DOCUMENT_NOUNS for t in lead):
                return False, None
            if self._unnamed_before(lead[0].start, author.start):
                return True, None  # "A statement from the family of X read:"
            return (True, author.entity) if lead[-1].key in ("from", "by", "of") else (False, None)
        if (
            head.cap or not head.text.isalpha() or head.key in rules.stopwords
            or head.key in rules.speaker_nouns or head.key in rules.relation_nouns
            or head.key in rules.representative_nouns or head.key in _ORGANIZATION_NOUNS
            or self._unnamed_group(head) or head.key in _COLLECTIVE_NOUNS
        ):
            return False, None
        start = toks[max(0, n - 5)].start
        k0 = bisect.bisect_left(self.speaker_starts, start)
        named = [m for m in self.speakers[k0:] if m.end <= toks[n].start]
        if any(m.label == "PERSON" for m in named):
            return False, None
        bodies = [m for m in named if m.label == "ORG"]
        return True, bodies[-1].entity if bodies else None

    def _later_in_sentence(self, piece: _Piece) -> tuple[bool, str | None]:
        sentence = self._sentence(piece.open)
        for verb in self._verbs(piece.close + 1, sentence.end):
            found, who = self._verb_subject(verb, sentence.start, sentence.end)
            if found:
                return found, who
        return False, None

    # -- kinds ----------------------------------------------------------------
    def _is_clause(self, piece: _Piece) -> bool:
        words = self.text[piece.start : piece.end]
        first = next((c for c in words if c.isalpha()), "")
        if not first.isupper():
            return False
        if len(words.split()) >= 4:
            return words.rstrip()[-1:] in ".?!,…—-;:"
        # a short sentence standing alone after another: '..." the 31-year-old said. "Tomorrow I rest."'
        before = self.text[max(0, piece.open - 2) : piece.open].strip()
        return words.rstrip()[-1:] in ".?!" and (before == "" or before[-1:] in ".?!")

    def _cue_adjacent(self, piece: _Piece) -> bool:
        before = self.text[max(0, piece.open - 3) : piece.open].rstrip()
        inner_end = self.text[piece.end - 1 : piece.end]
        return before.endswith((":", ",")) or (piece.closed and inner_end in ",?!")

    def attribute(self) -> list[Quote]:
        text = self.text
        paras = self.paragraphs
        para_starts = [p.start for p in paras]
        result: list[Quote] = []
        speaker_in: dict[int, str | None] = {}  # paragraph -> last speaker quoted in it
        chain_speaker: dict[int, str] = {}
        for n, piece in enumerate(self.pieces):
            para = bisect.bisect_right(para_starts, piece.open) - 1
            chained = piece.chain in chain_speaker or any(
                p.chain == piece.chain for p in self.pieces[max(0, n - 1) : n + 2] if p is not piece
            )
            clause = self._is_clause(piece) or chained or not piece.closed or self._spoken_after(piece)
            found, who = self._after(piece) if piece.closed else (False, None)
            if not found:
                found, who = self._before(piece)
            if not found:
                found, who = self._document_source(piece)  # 'The leaflet read: "Vote for X."': nobody named
            if not found and piece.chain not in chain_speaker:
                found, who = self._later_in_chain(n)
            if not found and not clause:
                found, who = self._later_in_sentence(piece)
            if not found and clause:
                if piece.chain in chain_speaker:
                    found, who = True, chain_speaker[piece.chain]
                elif speaker_in.get(para) is not None:
                    found, who = True, speaker_in[para]
                elif (named := self._named_next(piece)) is not None:
                    found, who = True, named
                elif para_starts[para] != piece.open and (lead := self._previous_subject(piece, paras[para])):
                    found, who = True, lead
                elif para_starts[para] == piece.open and speaker_in.get(para - 1) is not None:
                    found, who = True, speaker_in[para - 1]
                elif para_starts[para] == piece.open and para > 0:
                    found, who = self._introduced(paras[para - 1])
                    if not found and (subject := self._paragraph_subject(paras[para - 1])) is not None:
                        found, who = True, subject  # a feature's quote-only paragraphs after a portrait
            if self._so_called(piece):
                kind, who = "scare", None  # 'the bank's so-called "triple intervention"'
            elif clause or (found and self._cue_adjacent(piece) and self._capitalized(piece)):
                kind = "direct"
            elif who is None and self._named_as(piece):
                kind = "scare"  # 'a demand donors call "a recipe for theft"': a label nobody is quoted for
            elif found or self._reported(piece):
                kind = "partial"
            else:
                kind, who = "scare", None
            if who is not None:
                speaker_in[para] = who
                bisect.insort(self.salient, (piece.start, who))
                chain_speaker.setdefault(piece.chain, who)
            elif found and self._anonymous_person(piece):
                # "he added" after it is no one named, nor a person named in its attribution ("the wife of X")
                spoken = self._sentence(min(piece.close, len(text) - 1))
                bisect.insort(self.salient, (max(piece.start, spoken.end - 1), _UNNAMED))
            result.append(Quote(piece.start, piece.end, text[piece.start : piece.end], who, kind))
        # A multi-paragraph quote whose speaker is named only in its last paragraph.
        for n, piece in enumerate(self.pieces):
            if result[n].speaker is None and piece.chain in chain_speaker:
                q = result[n]
                result[n] = Quote(q.start, q.end, q.text, chain_speaker[piece.chain], q.kind)
        return result

    def _named_as(self, piece: _Piece) -> bool:
        """Whether a present naming verb ("call", "calling", "labels") stands among the three words before the quote."""
        words = self.text[max(0, piece.open - 40) : piece.open].lower().split()[-3:]
        return any(w.strip(",;:") in _NAMING_VERBS for w in words)

    def _so_called(self, piece: _Piece) -> bool:
        """Whether "so-called" stands right before the opening mark: the writer's distance, no speech."""
        return self.text[max(0, piece.open - 10) : piece.open].rstrip().lower().endswith(("so-called", "so called"))

    def _later_in_chain(self, n: int) -> tuple[bool, str | None]:
        """A quote run over several paragraphs is one statement: the attribution found in a later
        paragraph of the run ('"And it goes on," Petrova said.') is the speaker of the open ones."""
        chain = self.pieces[n].chain
        for piece in self.pieces[n + 1 :]:
            if piece.chain != chain:
                break
            found, who = self._after(piece) if piece.closed else (False, None)
            if not found:
                found, who = self._before(piece)
            if found:
                return found, who
        return False, None

    def _owner_of_speaker(self, person: Mention, end: int) -> bool:
        """Whether the person is named as the owner of the speaker: "X's spokesman", "X's wife",
        "X's supporters"."""
        if self.text[person.end : person.end + 2] not in ("'s", "’s"):
            return False
        after = self._tokens(person.end + 2, end)[:3]
        nouns, relations = self.rules.speaker_nouns, self.rules.relation_nouns
        if any(t.key in nouns and not t.cap for t in after):
            return True
        # "X's wife", "X's younger brother", "X's supporters"; not "X's speech to people"
        for t in after[:2]:
            if t.cap or t.key in self.rules.stopwords:
                return False
            if t.key in relations or (t.key.endswith("s") and t.key[:-1] in nouns):
                return True
        return False

    def _previous_subject(self, piece: _Piece, para: Span) -> str | None:
        """'Lopez did not mince her words. "This is a disgrace."': a quote standing alone after a
        sentence of the same paragraph is the words of the person that sentence opens with."""
        before = self.text[para.start : piece.open].rstrip()
        if not before or before[-1] not in ".!?":
            return None
        sentence = self._sentence(para.start + len(before) - 1)
        toks = self._tokens(sentence.start, sentence.end)
        if not toks:
            return None
        if toks[0].key in _PRONOUNS:
            return self._salient_before(toks[0].start)
        k = bisect.bisect_left(self.people_starts, sentence.start)
        if k < len(self.people) and self.people[k].start < sentence.end:
            person = self.people[k]
            lead = [t for t in toks if t.start < person.start]
            if len(lead) <= 2 and not self._owner_of_speaker(person, sentence.end):
                return person.entity
        return None

    def _paragraph_subject(self, para: Span) -> str | None:
        """The person the paragraph before an unattributed quote-only paragraph is about: the one
        opening its last sentence ('Lindqvist, who is 41, is unembarrassed by it.'), or a sentence
        before that (at most three back); a pronoun opening it is the salient person."""
        k = bisect.bisect_right(self.sentence_starts, para.end - 1) - 1
        for sentence in self.sentences[max(0, k - 2) : k + 1][::-1]:
            if sentence.start < para.start:
                break
            toks = self._tokens(sentence.start, sentence.end)
            if not toks:
                continue
            if toks[0].key in _PRONOUNS:
                return self._salient_before(toks[0].start)
            j = bisect.bisect_left(self.people_starts, sentence.start)
            if j < len(self.people) and self.people[j].start < sentence.end:
                person = self.people[j]
                lead = [t for t in toks if t.start < person.start]
                named_by_role = len(lead) <= 3 and self.text[person.start - 2 : person.start] == ", "
                if (len(lead) <= 1 or named_by_role) and not self._owner_of_speaker(person, sentence.end):
                    return person.entity  # "Lindqvist, who is 41, ...", "Another resident, Amina Diallo, ..."
        return None

    def _named_next(self, piece: _Piece) -> str | None:
        """A speaker named in the sentence after the quote: '"..." The words came from X.',
        '"..." That was the verdict of X.', '"..." So said X.'."""
        k = bisect.bisect_left(self.starts, piece.close + 1)
        if k >= len(self.tokens) or not self.tokens[k].initial or "\n" in self.text[piece.close : self.tokens[k].start]:
            return None
        sentence = self._sentence(self.tokens[k].start)
        for verb in self._verbs(sentence.start, sentence.end):
            found, who = self._verb_subject(verb, sentence.start, sentence.end)
            if found and who is not None:
                return who
        toks = self._tokens(sentence.start, sentence.end)[:8]
        if not any(t.key in _QUOTE_NOUNS for t in toks):
            return None
        link = next((t for t in toks if t.key in ("from", "of", "by") and not t.cap), None)
        if link is None:
            return None
        k0 = bisect.bisect_left(self.people_starts, link.end)
        for person in self.people[k0:]:
            if person.start >= sentence.end:
                break
            if self.text[person.end : person.end + 2] not in ("'s", "’s"):
                return person.entity  # "from Kiplagat's coach, Samuel Otieno": the coach
        return None

    def _reported(self, piece: _Piece) -> bool:
        """Whether a reporting verb introduces the quote ("supporters insist it is '...'")."""
        sentence = self._sentence(piece.open)
        return bool(self._verbs(sentence.start, piece.open))

    def _introduced(self, para: Span) -> tuple[bool, str | None]:
        """A paragraph ending "..., the minister said:" introduces the quote that follows."""
        if not self.text[para.start : para.end].rstrip().endswith(":"):
            return False, None
        sentence = self._sentence(para.end - 1)
        for verb in reversed(self._verbs(sentence.start, para.end)):
            found, who = self._verb_subject(verb, sentence.start, para.end)
            if found:
                return found, who
        return False, None

    def _capitalized(self, piece: _Piece) -> bool:
        words = self.text[piece.start : piece.end]
        return next((c for c in words if c.isalpha()), "").isupper()


def find_quotes(text: str, tokens: list[Token], mentions: list[Mention], roles: dict[str, set[str]], rules: Rules,
                sentence_spans: list[Span] | None = None, paragraph_spans: list[Span] | None = None) -> list[Quote]:
    paras = paragraphs(text) if paragraph_spans is None else paragraph_spans
    pieces = _pieces(text, paras)
    if not pieces:
        return []
    sents = sentences(text) if sentence_spans is None else sentence_spans
    return _Attributor(text, tokens, mentions, roles, rules, pieces, sents, paras).attribute()
