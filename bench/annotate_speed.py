"""Time reader.annotate on a 2,000-word article.

Usage:  .venv/bin/python bench/annotate_speed.py [--words 2000] [--repeats 50]

The article is made of the bundled accounts and the written test articles
(bench/articles), repeated until it reaches the word count, so it has the
names, dates and quotations of real news. Prints the one-off cost of the
first call (loading gazetteers and building the name index), the median
and 90th percentile of later calls (goal: median under 10 ms), their median
CPU time (what a busy machine's other processes disturb least), and the
cost of a cache hit in annotate_article.
"""

from __future__ import annotations

import argparse
import statistics
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.annotate import annotate, annotate_article, load_registry  # noqa: E402
from reader.articles.corpus import Corpus  # noqa: E402
from reader.articles.model import Article  # noqa: E402
from reader.paths import bundled_corpus  # noqa: E402


def sample_text(words: int) -> str:
    corpus = Corpus.open(bundled_corpus())
    parts = [corpus.load(e).text for e in corpus.entries]
    for path in sorted((ROOT / "bench" / "articles").glob("*.txt")):
        if re.match(r"blind\d+-", path.name):
            continue  # later blind sets stay unread (and the sample text stays the same)
        parts.append(path.read_text("utf-8").split("\n", 1)[1].strip())
    paragraphs: list[str] = []
    count = 0
    while count < words:
        for part in parts:
            for paragraph in part.split("\n\n"):
                paragraphs.append(paragraph)
                count += len(paragraph.split())
                if count >= words:
                    return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args(argv)
    text = sample_text(args.words)
    t0 = time.perf_counter()
    registry = load_registry(None)
    t1 = time.perf_counter()
    first = annotate(text, registry)
    t2 = time.perf_counter()
    times, cpu = [], []
    for _ in range(args.repeats):
        start, start_cpu = time.perf_counter(), time.thread_time()
        annotate(text, registry)
        times.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
    times.sort()
    article = Article("speed", "t", "o", "2016-08-11", "s", "en", tuple(text.split("\n\n")))
    annotate_article(article, registry)
    start = time.perf_counter()
    annotate_article(article, registry)
    hit = time.perf_counter() - start
    words = len(text.split())
    print(f"article: {words} words, {len(text)} characters; "
          f"{len(first.entities)} entity mentions, {len(first.quotes)} quotations")
    print(f"load registry:             {1000 * (t1 - t0):7.2f} ms (once)")
    print(f"first call (builds index): {1000 * (t2 - t1):7.2f} ms (once per process)")
    print(f"annotate, median of {args.repeats}:  {1000 * statistics.median(times):7.2f} ms")
    print(f"annotate, fastest run:     {1000 * times[0]:7.2f} ms (the machine at its least disturbed)")
    print(f"annotate, 90th percentile: {1000 * times[int(0.9 * (len(times) - 1))]:7.2f} ms")
    print(f"annotate, median CPU time: {1000 * statistics.median(cpu):7.2f} ms (less disturbed by other processes)")
    print(f"annotate_article hit:      {1000 * hit:7.3f} ms")
    median = statistics.median(times)
    print("goal (< 10 ms median):", "met" if median < 0.010 else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
