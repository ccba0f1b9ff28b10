"""Hand-built articles and annotations for the compare tests (no annotator needed)."""

from __future__ import annotations

import re

from reader.annotate.model import Annotations, Mention, Quote
from reader.articles.model import Article

# surface -> (canonical entity, label)
ALIASES = {
    "Islamic State": ("Islamic State", "ORG"),
    "Daesh": ("Islamic State", "ORG"),
    "IS": ("Islamic State", "ORG"),
    "ISIL": ("Islamic State", "ORG"),
    "Mevlut Cavusoglu": ("Mevlut Cavusoglu", "PERSON"),
    "Cavusoglu": ("Mevlut Cavusoglu", "PERSON"),
    "Russia": ("Russia", "GPE"),
    "Turkey": ("Turkey", "GPE"),
    "Syria": ("Syria", "GPE"),
    "Moscow": ("Moscow", "GPE"),
    "Ankara": ("Ankara", "GPE"),
    "Thursday": ("Thursday", "DATE"),
}
_QUOTES = re.compile(r"“([^”]+)”|\"([^\"]+)\"")


def article(paragraphs: list[str] | tuple[str, ...], outlet: str = "Left Post", ident: str = "a") -> Article:
    return Article(
        id=ident, title=f"{outlet} story", outlet=outlet, date="2016-08-11", story="s", language="en",
        body=tuple(paragraphs),
    )


def annotate(text: str, aliases: dict[str, tuple[str, str]] = ALIASES, quotes: bool = True) -> Annotations:
    """Mentions for every alias (longest first, no overlaps) and a quote for every quoted stretch."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(aliases, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            entity, label = aliases[surface]
            found.append(Mention(m.start(), m.end(), surface, label, entity))
            taken.append(m.span())
    found.sort(key=lambda m: m.start)
    quote_list = []
    if quotes:
        for m in _QUOTES.finditer(text):
            group = 1 if m.group(1) is not None else 2
            quote_list.append(Quote(m.start(group), m.end(group), m.group(group), None, "direct"))
    return Annotations(tuple(found), tuple(quote_list))


def pair(left: list[str], right: list[str]):
    """Two articles and their hand-made annotations, ready for compare()."""
    a, b = article(left, "Left Post", "a"), article(right, "Right Times", "b")
    return a, b, annotate(a.text), annotate(b.text)
