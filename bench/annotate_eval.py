"""Evaluate reader.annotate against hand-written gold (bench/gold/annotate_*.yaml; policy in bench/README.md).

Usage:  .venv/bin/python bench/annotate_eval.py [--no-registry] [--errors] [--json] [--dev] [--blind-errors]
                                                [--unseen-errors]

Gold files mark the article text inline: ⟦words|LABEL|canonical⟧ for entity
mentions, ⟪kind|speaker|words⟫ for the words inside a pair of quote marks.
Each file names a bundled corpus article (`article:`) or a text file under
bench/articles (`file:`). Gold offsets are mapped onto the article's text;
when the texts differ (the importer changed), only gold inside identical
stretches is kept and the difference is reported.

Gold files named annotate_blind-*.yaml form their own group, "blind": a set
written by someone else, scored once blind and development data since (engineer
B5); its errors are listed only when --blind-errors asks for them. Files named
annotate_blindN-*.yaml (blind3, ...) are later blind sets, each its own group
named by its prefix: still unseen, so --dev leaves them out (what to run while
working) and their errors are never listed unless --unseen-errors asks.

Scores, separately for each group (bundled articles, other articles, each
held-out batch, blind):
  entities  micro precision/recall/F1, exact span + class, classes PERSON,
            ORG, place (GPE+LOC+FAC), NORP, DATE (other labels ignored);
            canonical accuracy = matched mentions whose entity is right
  quotes    precision/recall/F1 on exact span + kind (and on span alone)
  speakers  accuracy over gold quotes the system found with the same span
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.annotate import Registry, annotate, load_registry  # noqa: E402
from reader.articles.corpus import Corpus  # noqa: E402
from reader.paths import bundled_corpus  # noqa: E402
from reader.text.segment import join_paragraphs, paragraphs  # noqa: E402

GOLD = ROOT / "bench" / "gold"
ARTICLES = ROOT / "bench" / "articles"
CLASSES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "place", "LOC": "place", "FAC": "place",
           "NORP": "NORP", "DATE": "DATE"}


@dataclass(frozen=True)
class GoldEntity:
    start: int
    end: int
    label: str
    entity: str


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    kind: str
    speaker: str | None


def parse_marked(marked: str) -> tuple[str, list[GoldEntity], list[GoldQuote]]:
    """Plain text and gold spans of an inline-marked text."""
    out: list[str] = []
    length = 0
    entities, quotes = [], []
    stack: list[tuple[str, int, str, str | None]] = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == "⟪":
            bar1 = marked.index("|", i)
            bar2 = marked.index("|", bar1 + 1)
            kind, speaker = marked[i + 1 : bar1], marked[bar1 + 1 : bar2]
            stack.append(("q", length, kind, None if speaker == "-" else speaker))
            i = bar2 + 1
            continue
        if c == "⟫":
            tag, start, kind, speaker = stack.pop()
            assert tag == "q", f"unbalanced quote mark near {marked[max(0, i - 40):i]!r}"
            quotes.append(GoldQuote(start, length, kind, speaker))
        elif c == "⟦":
            close = marked.index("⟧", i)
            words, label, *canonical = marked[i + 1 : close].split("|")
            entities.append(GoldEntity(length, length + len(words), label, canonical[0] if canonical else words))
            out.append(words)
            length += len(words)
            i = close + 1
            continue
        else:
            out.append(c)
            length += 1
        i += 1
    assert not stack, "unclosed ⟪"
    return "".join(out), entities, sorted(quotes, key=lambda q: q.start)


def _offset_map(gold_text: str, text: str) -> dict[int, int]:
    """Gold offsets that fall in stretches identical in both texts, mapped onto ``text``."""
    mapping: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, gold_text, text, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size + 1):
            mapping[a + k] = b + k
    return mapping


def article_text(spec: dict) -> tuple[str, str]:
    """(set name, article text): bundled corpus articles, or written ones in bench/articles."""
    if "article" in spec:
        corpus = Corpus.open(bundled_corpus())
        return "bundled", corpus.load(spec["article"]).text
    raw = (ARTICLES / spec["file"]).read_text("utf-8")
    body = raw.split("\n", 1)[1] if "\n" in raw else ""  # first line is the title
    return spec.get("set", "other"), join_paragraphs([body[s.start : s.end] for s in paragraphs(body)])


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Result:
    entities: Tally
    by_class: dict[str, Tally]
    canonical: list[int]  # [right, matched]
    quotes: Tally
    quote_spans: Tally
    speakers: list[int]  # [right, matched]
    errors: list[str]
    dropped: int


def evaluate(text: str, gold_text: str, gold_entities, gold_quotes, ann) -> Result:
    """Score one system's annotations ``ann`` (.entities, .quotes) of ``text`` against the gold."""
    mapping = _offset_map(gold_text, text) if gold_text != text else None
    dropped = 0

    def place(start: int, end: int) -> tuple[int, int] | None:
        if mapping is None:
            return start, end
        a, b = mapping.get(start), mapping.get(end)
        if a is None or b is None or b - a != end - start:
            return None
        return a, b

    gold_e: dict[tuple[int, int, str], str] = {}
    for g in gold_entities:
        if g.label not in CLASSES:
            continue
        span = place(g.start, g.end)
        if span is None:
            dropped += 1
            continue
        gold_e[(*span, CLASSES[g.label])] = g.entity
    gold_q: dict[tuple[int, int], GoldQuote] = {}
    for q in gold_quotes:
        span = place(q.start, q.end)
        if span is None:
            dropped += 1
            continue
        gold_q[span] = q
    sys_e = {(m.start, m.end, CLASSES[m.label]): m.entity for m in ann.entities if m.label in CLASSES}
    errors = []
    by_class = {c: Tally() for c in dict.fromkeys(CLASSES.values())}
    for key in gold_e.keys() | sys_e.keys():
        cls = key[2]
        if key in gold_e and key in sys_e:
            by_class[cls].tp += 1
        elif key in sys_e:
            by_class[cls].fp += 1
            errors.append(f"  entity FP {cls:6} {text[key[0]:key[1]]!r} @{key[0]}")
        else:
            by_class[cls].fn += 1
            errors.append(f"  entity FN {cls:6} {text[key[0]:key[1]]!r} @{key[0]}")
    total = Tally()
    for t in by_class.values():
        total.add(t)
    canonical = [0, 0]
    for key in gold_e.keys() & sys_e.keys():
        canonical[1] += 1
        if gold_e[key] == sys_e[key]:
            canonical[0] += 1
        else:
            errors.append(f"  canonical {text[key[0]:key[1]]!r}: gold {gold_e[key]!r}, system {sys_e[key]!r}")
    sys_q = {(q.start, q.end): q for q in ann.quotes}
    quotes, spans, speakers = Tally(), Tally(), [0, 0]
    for span in gold_q.keys() | sys_q.keys():
        g, s = gold_q.get(span), sys_q.get(span)
        shown = text[span[0] : span[1]][:50]
        if g and s:
            spans.tp += 1
            speakers[1] += 1
            if g.speaker == s.speaker:
                speakers[0] += 1
            else:
                errors.append(f"  speaker {shown!r}: gold {g.speaker}, system {s.speaker}")
            if g.kind == s.kind:
                quotes.tp += 1
            else:
                quotes.fp += 1
                quotes.fn += 1
                errors.append(f"  quote kind {shown!r}: gold {g.kind}, system {s.kind}")
        elif s:
            spans.fp += 1
            quotes.fp += 1
            errors.append(f"  quote FP {s.kind} {shown!r}")
        else:
            spans.fn += 1
            quotes.fn += 1
            errors.append(f"  quote FN {g.kind} {shown!r}")
    return Result(total, by_class, canonical, quotes, spans, speakers, errors, dropped)


def _fmt(t: Tally) -> str:
    p, r, f = t.prf()
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {t.tp}, fp {t.fp}, fn {t.fn})"


@dataclass(frozen=True)
class GoldArticle:
    name: str  # the gold file's stem
    group: str  # bundled, other, heldout-N, blind
    text: str  # the article text the system annotates
    gold_text: str
    entities: list[GoldEntity]
    quotes: list[GoldQuote]


_BLIND_FILE = re.compile(r"annotate_(blind\d*)-")


def blind_group(stem: str) -> str | None:
    """"blind" for annotate_blind-*, "blind3" for annotate_blind3-*, None for other files."""
    match = _BLIND_FILE.match(stem)
    return match.group(1) if match else None


def is_unseen(group: str) -> bool:
    """The later blind sets (blind2, blind3, ...), never to be tuned on; "blind" is development data now."""
    return group.startswith("blind") and group != "blind"


def load_gold(include_blind: bool = True) -> list[GoldArticle]:
    """Every gold article; annotate_blindN-*.yaml are the "blindN" group whatever their `set` says.

    include_blind=False leaves out the unseen sets (blind2, blind3, ...) without opening them."""
    found = []
    for path in sorted(GOLD.glob("annotate_*.yaml")):
        blind = blind_group(path.stem)
        if blind is not None and is_unseen(blind) and not include_blind:
            continue
        spec = yaml.safe_load(path.read_text("utf-8"))
        group, text = article_text(spec)
        gold_text, gold_e, gold_q = parse_marked(spec["marked"])
        found.append(GoldArticle(path.stem, blind or group, text, gold_text, gold_e, gold_q))
    return found


def group_order(groups) -> list[str]:
    """bundled, other, the held-out batches, blind, then the unseen blind sets last."""
    unseen = sorted(g for g in groups if is_unseen(g))
    rest = sorted(g for g in groups if g not in ("bundled", "other", "blind") and g not in unseen)
    return [g for g in ("bundled", "other", *rest, "blind", *unseen) if g in groups]


def pool(results: list[Result]) -> dict:
    """Micro-averaged figures of a group of articles."""
    ent, quo, spans = Tally(), Tally(), Tally()
    by_class: dict[str, Tally] = {}
    canonical, speakers = [0, 0], [0, 0]
    for r in results:
        ent.add(r.entities)
        quo.add(r.quotes)
        spans.add(r.quote_spans)
        for c, t in r.by_class.items():
            by_class.setdefault(c, Tally()).add(t)
        canonical = [canonical[0] + r.canonical[0], canonical[1] + r.canonical[1]]
        speakers = [speakers[0] + r.speakers[0], speakers[1] + r.speakers[1]]
    return {
        "articles": len(results),
        "tallies": (ent, by_class, quo, spans, canonical, speakers),  # popped before JSON
        "entity": dict(zip("prf", ent.prf())),
        "entity_by_class": {c: dict(zip("prf", t.prf())) for c, t in by_class.items()},
        "canonical_accuracy": canonical[0] / canonical[1] if canonical[1] else 1.0,
        "quote": dict(zip("prf", quo.prf())),
        "quote_span": dict(zip("prf", spans.prf())),
        "speaker_accuracy": speakers[0] / speakers[1] if speakers[1] else 1.0,
    }


def print_entities(tallies: tuple) -> None:
    """The entity lines of a group's report, from pool(...)["tallies"]."""
    ent, by_class, *_ = tallies
    print(f"entities  {_fmt(ent)}")
    for c, t in by_class.items():
        print(f"  {c:7} {_fmt(t)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-registry", action="store_true", help="gazetteers and rules only")
    parser.add_argument("--errors", action="store_true", help="list every disagreement (not the blind sets')")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--dev", action="store_true", help="leave the unseen blind sets (blind3, ...) out")
    parser.add_argument("--blind-errors", action="store_true", help="also list the first blind set's disagreements")
    parser.add_argument("--unseen-errors", action="store_true", help="also list the unseen blind sets' disagreements")
    args = parser.parse_args(argv)
    registry = Registry() if args.no_registry else load_registry(None)
    sets: dict[str, list[tuple[str, Result]]] = {}
    for gold in load_gold(include_blind=not args.dev):
        result = evaluate(gold.text, gold.gold_text, gold.entities, gold.quotes, annotate(gold.text, registry))
        sets.setdefault(gold.group, []).append((gold.name, result))
    summary = {}
    for group in group_order(sets):
        results = sets[group]
        figures = pool([r for _, r in results])
        tallies = figures.pop("tallies")
        _, _, quo, spans, canonical, speakers = tallies
        summary[group] = figures
        if args.json:
            continue
        print(f"== {group} articles ({len(results)}), registry: {'none' if args.no_registry else 'bundled'}")
        print_entities(tallies)
        print(f"canonical accuracy {figures['canonical_accuracy']:.3f} ({canonical[0]}/{canonical[1]})")
        print(f"quotes    {_fmt(quo)}")
        print(f"  spans   {_fmt(spans)}")
        print(f"speakers  accuracy {figures['speaker_accuracy']:.3f} ({speakers[0]}/{speakers[1]})")
        if is_unseen(group):
            show_errors = args.errors and args.unseen_errors
        else:
            show_errors = args.errors and (group != "blind" or args.blind_errors)
        for name, r in results:
            if r.dropped:
                print(f"  {name}: {r.dropped} gold spans dropped (article text differs from gold)")
            if show_errors and r.errors:
                print(f" {name}:")
                print("\n".join(r.errors))
        print()
    if args.json:
        print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
