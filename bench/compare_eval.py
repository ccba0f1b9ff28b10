"""Sentence-alignment quality of `reader.compare` against hand-written gold, with baselines.

    .venv/bin/python bench/compare_eval.py [--verbose]

For every bench/gold/alignment_*.yaml it aligns the two accounts it names (bundled
corpus ids, or a pair written in bench/pairs/) and prints precision, recall and F1
over sentence pairs for:
  reader        the engine as the app runs it (quoted passages kept as one unit)
  reader-sent   the engine on plain sentences (no quoted-passage units)
  reader-noent  the engine without entity annotations (no alias resolution)
  reader-noisy  the engine with corrupted entity annotations (seeded: a third of the
                mentions dropped, a third retyped and named by their own words)
  difflib       SequenceMatcher over plain sentences; a block pairs all it spans
  tfidf-greedy  TF-IDF cosine over plain sentences, greedy one-to-one, any score > 0
Scoring follows sure/possible links (bench/README.md): precision counts a predicted
pair right if it is sure or possible, recall counts the sure pairs found. A gold
with no pair at all (two different events) shows F1 as n/a: only false pairs count.

After the per-pair table it prints each group's micro-averaged P/R/F1 per system
(pairs pooled: predicted, correct and sure links summed over the group's pairs):
bundled, written (dev pairs written for the benchmark), blind (the first blind set,
tuned on since, so development figures now) and blind2 (the second blind set).
`--exclude blind2` leaves a group out of the run, so a held-out set stays unseen
while the engine is being changed.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.annotate.model import Annotations  # noqa: E402
from reader.articles.model import Article  # noqa: E402
from reader.compare import compare  # noqa: E402
from reader.compare.units import Unit, units  # noqa: E402
from reader.compare.words import fold  # noqa: E402

GOLD = ROOT / "bench" / "gold"
PAIRS = ROOT / "bench" / "pairs"
TARGET_F1 = 0.95
NO_ANNOTATIONS = Annotations((), ())


def annotator():
    """The project's annotator, or None while it is not there (entities then play no part)."""
    try:
        from reader.annotate import annotate
    except ImportError:
        return None
    return annotate


def annotations(text: str) -> Annotations:
    annotate = annotator()
    return annotate(text) if annotate else NO_ANNOTATIONS


def _article(data: dict, name: str, side: str) -> Article:
    return Article(
        id=f"{name}-{side}",
        title=data["title"],
        outlet=data["outlet"],
        date=str(data.get("date", "")),
        story=name,
        language=data.get("language", "en"),
        body=tuple(data["body"]),
    )


def load_pair(gold: dict, gold_path: Path) -> tuple[Article, Article]:
    if "pair" in gold:
        data = yaml.safe_load((PAIRS / f"{gold['pair']}.yaml").read_text(encoding="utf-8"))
        return _article(data["left"], gold["pair"], "left"), _article(data["right"], gold["pair"], "right")
    from reader.articles.corpus import Corpus
    from reader.paths import bundled_corpus

    corpus = Corpus.open(bundled_corpus())
    return corpus.load(gold["left"]), corpus.load(gold["right"])


def locate(snippet: str, unit_list: list[Unit], where: str) -> int:
    key = fold(snippet)
    found = [u.index for u in unit_list if key in fold(u.text)]
    if len(found) != 1:
        raise SystemExit(f"gold snippet {snippet!r} found in {len(found)} units of {where} (need exactly 1)")
    return found[0]


@dataclass
class Gold:
    sure: set[tuple[int, int]]
    possible: set[tuple[int, int]]  # includes sure


def map_gold(gold: dict, lu: list[Unit], ru: list[Unit], name: str) -> Gold:
    sure, possible = set(), set()
    for pair in gold["pairs"]:
        key = (locate(pair["left"], lu, f"{name} left"), locate(pair["right"], ru, f"{name} right"))
        if pair["link"] == "sure":
            sure.add(key)
        elif pair["link"] != "possible":
            raise SystemExit(f"{name}: link must be sure or possible, not {pair['link']!r}")
        possible.add(key)
    return Gold(sure, possible)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float | None  # None when the gold has no sure pair (only false pairs count then)
    found: int  # sure pairs predicted
    sure: int
    false: int  # predicted pairs neither sure nor possible
    predicted: int = 0


GROUPS = ("bundled", "written", "blind", "blind2")


def group_of(name: str) -> str:
    """Which set a gold file belongs to, by its name."""
    if name == "bundled":
        return "bundled"
    if name.startswith("blind2-"):
        return "blind2"
    if name.startswith("blind-"):
        return "blind"
    return "written"


def pooled(scores: list[Score]) -> Score:
    """Micro-average: pairs summed over the group, then P/R/F1 from the sums."""
    predicted = sum(s.predicted for s in scores)
    correct = predicted - sum(s.false for s in scores)
    found, sure = sum(s.found for s in scores), sum(s.sure for s in scores)
    p = correct / predicted if predicted else 1.0
    r = found / sure if sure else 1.0
    f1 = (2 * p * r / (p + r) if p + r else 0.0) if sure else None
    return Score(p, r, f1, found, sure, predicted - correct, predicted)


def score(predicted: set[tuple[int, int]], gold: Gold) -> Score:
    p = len(predicted & gold.possible) / len(predicted) if predicted else 1.0
    r = len(predicted & gold.sure) / len(gold.sure) if gold.sure else 1.0
    f1 = (2 * p * r / (p + r) if p + r else 0.0) if gold.sure else None
    return Score(
        p, r, f1, len(predicted & gold.sure), len(gold.sure), len(predicted - gold.possible), len(predicted)
    )


def noisy(ann: Annotations, seed: str) -> Annotations:
    """``ann`` with its entity mentions corrupted as an annotator meeting unseen text
    might: for each mention, by a seeded draw, dropped, retyped with its canonical name
    replaced by its own words (an alias left unresolved), or kept."""
    rng = random.Random(seed)
    labels = ("PERSON", "ORG", "GPE", "NORP", "DATE")
    kept = []
    for m in ann.entities:
        draw = rng.random()
        if draw < 1 / 3:
            continue
        if draw < 2 / 3:
            m = replace(m, label=rng.choice([x for x in labels if x != m.label]), entity=m.text)
        kept.append(m)
    return Annotations(tuple(kept), ann.quotes)


def engine_pairs(left: Article, right: Article, la: Annotations, ra: Annotations, merge: bool):
    comparison = compare(left, right, la, ra, merge_quotes=merge)
    return {(a.index, b.index) for row in comparison.rows for a in row.left for b in row.right}


def difflib_pairs(lu: list[Unit], ru: list[Unit]) -> set[tuple[int, int]]:
    def norm(u: Unit) -> str:
        return " ".join(re.findall(r"\w+", fold(u.text)))

    matcher = SequenceMatcher(None, [norm(u) for u in lu], [norm(u) for u in ru], autojunk=False)
    pairs = set()
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs |= {(i1 + k, j1 + k) for k in range(i2 - i1)}
        elif tag == "replace":
            pairs |= {(i, j) for i in range(i1, i2) for j in range(j1, j2)}
    return pairs


def tfidf_greedy_pairs(lu: list[Unit], ru: list[Unit]) -> set[tuple[int, int]]:
    """scikit-learn's default TfidfVectorizer (smooth idf, l2), rebuilt here, then greedy 1:1."""
    docs = [Counter(re.findall(r"\b\w\w+\b", u.text.lower())) for u in (*lu, *ru)]
    df = Counter(t for d in docs for t in d)
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}
    vecs = []
    for d in docs:
        v = {t: c * idf[t] for t, c in d.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({t: x / norm for t, x in v.items()})
    left, right = vecs[: len(lu)], vecs[len(lu) :]
    scored = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            s = sum(x * b.get(t, 0.0) for t, x in a.items())
            if s > 0:
                scored.append((s, i, j))
    scored.sort(key=lambda e: (-e[0], e[1], e[2]))
    used_l, used_r, pairs = set(), set(), set()
    for _, i, j in scored:
        if i not in used_l and j not in used_r:
            used_l.add(i)
            used_r.add(j)
            pairs.add((i, j))
    return pairs


def evaluate(gold_path: Path, verbose: bool) -> dict[str, Score]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    name = gold_path.stem.removeprefix("alignment_")
    left, right = load_pair(gold, gold_path)
    la, ra = annotations(left.text), annotations(right.text)
    merged = (units(left.text), units(right.text))
    plain = (units(left.text, merge_quotes=False), units(right.text, merge_quotes=False))
    gold_merged = map_gold(gold, *merged, name)
    gold_plain = map_gold(gold, *plain, name)
    systems = {
        "reader": (engine_pairs(left, right, la, ra, True), gold_merged, merged),
        "reader-sent": (engine_pairs(left, right, la, ra, False), gold_plain, plain),
        "reader-noent": (engine_pairs(left, right, NO_ANNOTATIONS, NO_ANNOTATIONS, True), gold_merged, merged),
        "reader-noisy": (
            engine_pairs(left, right, noisy(la, name + "-left"), noisy(ra, name + "-right"), True), gold_merged, merged
        ),
        "difflib": (difflib_pairs(*plain), gold_plain, plain),
        "tfidf-greedy": (tfidf_greedy_pairs(*plain), gold_plain, plain),
    }
    results = {}
    for system, (predicted, g, (lu, ru)) in systems.items():
        results[system] = score(predicted, g)
        if verbose and system in ("reader", "reader-sent"):
            for i, j in sorted(predicted - g.possible):
                print(f"  [{system}] false pair: L{i} {lu[i].text[:60]!r} ~ R{j} {ru[j].text[:60]!r}")
            for i, j in sorted(g.sure - predicted):
                print(f"  [{system}] missed:     L{i} {lu[i].text[:60]!r} ~ R{j} {ru[j].text[:60]!r}")
    return results


def _line(name: str, system: str, sc: Score) -> str:
    f1 = f"{sc.f1:6.3f}" if sc.f1 is not None else f"{'n/a':>6}"
    found = f"{sc.found}/{sc.sure}"
    return f"{name:<14} {system:<13} {sc.precision:6.3f} {sc.recall:6.3f} {f1} {found:>11} {sc.false:>6}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="list the engine's false and missed pairs")
    parser.add_argument(
        "--exclude", action="append", default=[], choices=GROUPS, metavar="GROUP",
        help=f"leave a group of pairs out ({', '.join(GROUPS)}); may be repeated",
    )
    args = parser.parse_args(argv)
    if annotator() is None:
        print("note: reader.annotate.annotate not available; aligning without entity annotations")
    header = f"{'pair':<14} {'system':<13} {'P':>6} {'R':>6} {'F1':>6} {'sure found':>11} {'false':>6}"
    print(header)
    print("-" * len(header))
    ok = True
    by_group: dict[str, list[dict[str, Score]]] = {}
    for gold_path in sorted(GOLD.glob("alignment_*.yaml")):
        name = gold_path.stem.removeprefix("alignment_")
        if group_of(name) in args.exclude:
            continue
        results = evaluate(gold_path, args.verbose)
        by_group.setdefault(group_of(name), []).append(results)
        for system, sc in results.items():
            print(_line(name, system, sc))
        if name == "bundled" and (results["reader"].f1 or 0.0) < TARGET_F1:
            ok = False
    print()
    print("groups, micro-averaged (pairs pooled over the group's pairs):")
    print(header.replace("pair          ", "group         "))
    print("-" * len(header))
    for group in GROUPS:
        members = by_group.get(group)
        if not members:
            continue
        label = f"{group} ({len(members)})"
        for system in members[0]:
            print(_line(label, system, pooled([results[system] for results in members])))
    print(f"bundled pair target: reader F1 >= {TARGET_F1}: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
