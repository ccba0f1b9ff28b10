"""Time the corpus operations that must stay fast at scale.

    python bench/scan_corpus.py [FOLDER] [--count 10000] [--runs 7] [--layout LAYOUT]

Without FOLDER, generates ``--count`` synthetic articles (bench/gen_corpus.py)
in a temporary folder; ``--layout`` then rewrites their headers the way other
tools and people write them, to time the header scan on those too: ``crlf``
(Windows line ends), ``double-quoted`` (titles in double quotes, as written by
hand), ``unicode`` (titles with curly quotes, accents and ": ", which the store
writes single-quoted). Prints the header scan (``Corpus.open``: what startup
pays), one full strict load, searches (first for a word no file holds, first for
a common phrase, then with bodies cached), and the full validation (``reader check``). The header scan figure is the best and the median
of ``--runs`` runs with a warm file cache, in wall-clock and in CPU time (the
latter is steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gen_corpus import generate  # noqa: E402

from reader.articles.corpus import Corpus  # noqa: E402


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _double_quoted(text: str) -> str:
    return re.sub(r"^title: (.*)$", lambda m: 'title: "' + m[1].replace("\\", "\\\\").replace('"', '\\"') + '"', text,
                  count=1, flags=re.MULTILINE)


def _unicode(text: str) -> str:
    return re.sub(r"^title: (.*)$", lambda m: "title: '\u201cÇavuşoğlu\u201d: " + m[1].replace("'", "''") + "'", text,
                  count=1, flags=re.MULTILINE)


LAYOUTS = {"crlf": _crlf, "double-quoted": _double_quoted, "unicode": _unicode}


def relayout(folder: Path, layout: str) -> None:
    for path in folder.glob("*.yaml"):
        path.write_bytes(LAYOUTS[layout](path.read_text(encoding="utf-8")).encode("utf-8"))


def timed(action):
    start = time.perf_counter()
    result = action()
    return result, (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--layout", choices=sorted(LAYOUTS), help="rewrite the generated headers this way first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        if args.folder is None:
            generate(folder, args.count)
            if args.layout:
                relayout(folder, args.layout)
        times, cpu_times = [], []
        for _ in range(args.runs):
            cpu_start = time.process_time()
            corpus, ms = timed(lambda: Corpus.open(folder))
            cpu_times.append((time.process_time() - cpu_start) * 1000)
            times.append(ms)
        layout = f", {args.layout} layout" if args.layout and args.folder is None else ""
        print(f"corpus: {folder} ({len(corpus.entries)} articles, {len(corpus.problems)} problems{layout})")
        print(
            f"header scan (Corpus.open): best {min(times):.1f} ms, median {statistics.median(times):.1f} ms wall; "
            f"best {min(cpu_times):.1f} ms CPU; over {args.runs} runs"
        )
        _, ms = timed(lambda: corpus.load(corpus.entries[len(corpus.entries) // 2]))
        print(f"one full load: {ms:.2f} ms")
        hits, ms = timed(lambda: corpus.search("zeppelin"))
        print(f"first search, a word in no file (raw-text prefilter only): {ms:.0f} ms, {len(hits)} hits")
        hits, ms = timed(lambda: corpus.search("still on the table"))
        print(f"first search, a phrase in most files (parses those bodies): {ms:.0f} ms, {len(hits)} hits")
        hits, ms = timed(lambda: corpus.search("ceasefire"))
        print(f"later search (bodies cached): {ms:.0f} ms, {len(hits)} hits")
        problems, ms = timed(corpus.validate_all)
        print(f"validate_all (reader check): {ms:.0f} ms, {len(problems)} problems")
        _, ms = timed(lambda: sum(i * i for i in range(1_000_000)))
        print(f"machine reference, a 1M-step Python loop: {ms:.0f} ms (about 45 ms on an idle 2-CPU test VM)")


if __name__ == "__main__":
    main()
