"""Speed of `reader.compare.compare` on two 5,000-word accounts of one story.

    .venv/bin/python bench/compare_speed.py [--words 5000] [--repeats 21]

The two articles are generated (seeded, so every run times the same input) from
the vocabulary of the bundled articles and four benchmark pairs: the left account
is ~5,000 words of news-like sentences, some of them quotes; the right account
rewords 70% of them (words dropped and swapped, some split in two, some moved
far away) and adds its own. Prints the median and worst wall-clock time, and the median CPU time, of compare() alone
(annotations computed once beforehand), of annotating both articles, and of both
together, which is what entering compare mode costs when nothing is cached.
Goal: compare() under 100 ms.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.annotate.model import Annotations  # noqa: E402
from reader.articles.model import Article  # noqa: E402
from reader.compare import compare  # noqa: E402

GOAL_MS = 100.0


SOURCES = ["bench/pairs/reworded.yaml", "bench/pairs/reordered.yaml", "bench/pairs/translated.yaml",
           "bench/pairs/edited.yaml", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "corpus").glob("*.yaml"))]


def vocabulary() -> list[str]:
    texts = [(ROOT / name).read_text(encoding="utf-8") for name in SOURCES]
    words = []
    for text in texts:
        data = yaml.safe_load(text)
        bodies = [data[s]["body"] for s in ("left", "right")] if "left" in data else [data.get("body", [])]
        for body in bodies:
            words += re.findall(r"[A-Za-z][\w'-]*", " ".join(body))
    return words


def sentence(rng: random.Random, vocab: list[str]) -> str:
    words = [rng.choice(vocab) for _ in range(rng.randint(12, 30))]
    text = " ".join(words)
    text = text[0].upper() + text[1:] + "."
    if rng.random() < 0.1:
        text = f"“{text[:-1]},” {rng.choice(['he said', 'the minister said', 'Cavusoglu said'])}."
    return text


def reword(rng: random.Random, text: str, vocab: list[str]) -> list[str]:
    words = text.split()
    words = [w for w in words if rng.random() > 0.2] or words[:1]
    words = [rng.choice(vocab) if rng.random() < 0.15 else w for w in words]
    if len(words) > 16 and rng.random() < 0.1:
        cut = len(words) // 2
        return [" ".join(words[:cut]) + ".", " ".join(words[cut:])]
    return [" ".join(words)]


def articles(n_words: int, seed: int = 7) -> tuple[Article, Article]:
    rng = random.Random(seed)
    vocab = vocabulary()
    left: list[str] = []
    while sum(len(s.split()) for s in left) < n_words:
        left.append(sentence(rng, vocab))
    right: list[str] = []
    for text in left:
        if rng.random() < 0.7:
            right += reword(rng, text, vocab)
        if rng.random() < 0.3:
            right.append(sentence(rng, vocab))
    for _ in range(len(right) // 10):  # some sentences move far away
        right.insert(rng.randrange(len(right)), right.pop(rng.randrange(len(right))))
    while sum(len(s.split()) for s in right) < n_words:
        right.append(sentence(rng, vocab))

    def paragraphs(sentences: list[str]) -> tuple[str, ...]:
        return tuple(" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3))

    make = lambda ident, body: Article(ident, ident, ident, "2016-08-11", "bench", "en", paragraphs(body))  # noqa: E731
    return make("left", left), make("right", right)


def timed(fn, repeats: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run (CPU time is what other processes on a
    shared machine cannot inflate)."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=21)
    args = parser.parse_args(argv)

    left, right = articles(args.words)
    try:
        from reader.annotate import annotate
    except ImportError:
        annotate = None
    if annotate is None:
        print("note: reader.annotate.annotate not available; timing compare() without annotations")
        annotate = lambda text: Annotations((), ())  # noqa: E731

    la, ra = annotate(left.text), annotate(right.text)
    result = compare(left, right, la, ra)  # warm-up (imports, caches)
    words = [len(re.findall(r"\w+", a.text)) for a in (left, right)]
    print(f"articles: {words[0]} and {words[1]} words; {result.summary.left.sentences} and "
          f"{result.summary.right.sentences} sentences; {len(la.entities) + len(ra.entities)} entity mentions; "
          f"{len(result.rows)} rows, {result.summary.left.sentences_matched} left sentences matched")

    def annotate_both():
        annotate(left.text)
        annotate(right.text)

    runs = {
        "compare() only, annotations given": timed(lambda: compare(left, right, la, ra), args.repeats),
        "annotate() both articles": timed(annotate_both, args.repeats),
        "annotate both + compare()": timed(lambda: compare(left, right, annotate(left.text), annotate(right.text)),
                                           args.repeats),
    }
    print(f"{'':<36} {'wall median':>12} {'wall worst':>11} {'CPU median':>11}")
    for name, (wall, cpu) in runs.items():
        print(f"{name:<36} {statistics.median(wall):9.1f} ms {max(wall):8.1f} ms {statistics.median(cpu):8.1f} ms")
    wall, cpu = runs["compare() only, annotations given"]
    median = min(statistics.median(wall), statistics.median(cpu))
    print(f"goal: compare() < {GOAL_MS:.0f} ms: {'met' if median < GOAL_MS else 'NOT met'} "
          f"(median wall {statistics.median(wall):.1f} ms, CPU {statistics.median(cpu):.1f} ms)")
    return 0 if median < GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
