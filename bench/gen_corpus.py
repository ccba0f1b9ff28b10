"""Generate a synthetic but realistic corpus of N articles, for startup and scale benchmarks.

    python bench/gen_corpus.py OUT_DIR [--count 10000] [--seed 1]

Articles look like imported ones (header fields first, 6-24 paragraphs of news
prose with quotes, captions, removed boilerplate, the original text) and come
three or four to a story, so the sidebar groups them as in real use. The output
is deterministic for a given seed. Files are written with the corpus store's
own serializer, so the header scan meets the real layout.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.articles.importer import make_id  # noqa: E402
from reader.articles.model import Article, Caption, Removed  # noqa: E402
from reader.articles.store import dump_article  # noqa: E402

OUTLETS = ["Press TV", "The New Arab", "Reuters", "Al Jazeera", "BBC News", "Anadolu Agency", "TASS", "France 24",
           "Deutsche Welle", "The Guardian", "Associated Press", "Xinhua", "Middle East Eye", "Daily Sabah"]
PLACES = ["Syria", "Turkey", "Russia", "Iraq", "Iran", "Lebanon", "Jordan", "Egypt", "Libya", "Yemen", "Ukraine",
          "Moscow", "Ankara", "Damascus", "Aleppo", "Baghdad", "Tehran", "Beirut", "Geneva", "Brussels", "Istanbul"]
PEOPLE = ["Foreign Minister Ahmet Yilmaz", "President Elena Petrova", "Prime Minister Karim Haddad",
          "Defence Minister Ivan Sokolov", "spokesman Omar Farouk", "envoy Maria Lindqvist", "General Tariq Aziz",
          "Secretary-General Anna Berg", "opposition leader Selim Demir", "analyst Laura Chen"]
GROUPS = ["the United Nations", "NATO", "the European Union", "the Arab League", "Islamic State militants",
          "Kurdish forces", "rebel groups", "the coalition", "aid agencies", "the Red Crescent"]
TOPICS = ["joint operations", "a ceasefire", "peace talks", "border security", "energy deals", "refugee returns",
          "a prisoner exchange", "air strikes", "sanctions", "reconstruction aid", "a humanitarian corridor"]
VERBS = ["calls for", "rejects", "welcomes", "warns against", "offers", "backs", "questions", "pushes for"]
SAYS = ["said", "told reporters", "said in a statement", "told state television", "added", "warned"]
CREDITS = ["AP", "AFP", "Reuters", "Getty", "Anadolu", "EPA"]
BOILERPLATE = [("2 min read", "reading-time"), ("Advertisement", "advertisement"), ("Share this:", "share"),
               ("Related", "related"), ("[Click to enlarge]", "click-to-enlarge"), ("Leave a Reply", "comment-form")]


def sentence(rng: random.Random) -> str:
    person, place, group, topic = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(GROUPS), rng.choice(TOPICS)
    forms = [
        f"{person[0].upper() + person[1:]} {rng.choice(SAYS)} that {place} was ready to discuss {topic} with {group}.",
        f"\u201cWe will not accept {topic} imposed from outside,\u201d {person} {rng.choice(SAYS)}.",
        f"Talks in {place} on {topic} ended on {rng.choice(['Monday', 'Tuesday', 'Thursday', 'Friday'])} without agreement, officials said.",
        f"{group[0].upper() + group[1:]} have been pressing {place} for months over {topic}, according to diplomats.",
        f"The move comes as tensions rise between {place} and {rng.choice(PLACES)} over {topic}.",
        f"Critics say the plan for {topic} could leave thousands of civilians in {place} without protection.",
        f"{person[0].upper() + person[1:]} described the proposal as \u201cstill on the table\u201d after meeting {group}.",
    ]
    return rng.choice(forms)


def article(rng: random.Random, story: str, story_title: str, date: str) -> Article:
    outlet = rng.choice(OUTLETS)
    title = f"{rng.choice(PLACES)} {rng.choice(VERBS)} {story_title}"
    if rng.random() < 0.3:
        title += f" amid {rng.choice(TOPICS)} in {rng.choice(PLACES)}"
    body = tuple(" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(6, 24)))
    captions = tuple(
        Caption(f"{rng.choice(PEOPLE)} arrives for talks in {rng.choice(PLACES)}", rng.choice(CREDITS))
        for _ in range(rng.randint(0, 2))
    )
    noise = rng.sample(BOILERPLATE, rng.randint(0, 3))
    lines = [title, *(text for text, _ in noise), *body, *(f"{c.text} ©{c.credit}" for c in captions)]
    removed = (Removed(title, "title", 1),) + tuple(Removed(text, rule, 2 + i) for i, (text, rule) in enumerate(noise))
    return Article(
        id=make_id(outlet, date, title),
        title=title,
        outlet=outlet,
        date=date,
        story=story,
        language="en",
        body=body,
        captions=captions,
        removed=removed,
        original="\n\n".join(lines),
    )


def generate(folder: Path, count: int, seed: int = 1) -> int:
    """Write ``count`` articles into ``folder`` (created if needed); returns the number written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written, ids = 0, set()
    while written < count:
        date = f"20{rng.randint(14, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        story_title = f"{rng.choice(TOPICS)} with {rng.choice(PLACES)}"
        story = f"{'-'.join(story_title.split()[:4])}-{date[:7]}".lower()  # the bundled corpus's key style
        for _ in range(min(rng.randint(1, 4), count - written)):
            item = article(rng, story, story_title, date)
            base, n = item.id, 1
            while item.id in ids:
                n += 1
                item = dataclasses.replace(item, id=f"{base}-{n}")
            ids.add(item.id)
            (folder / f"{item.id}.yaml").write_text(dump_article(item), encoding="utf-8")
            written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    written = generate(args.folder, args.count, args.seed)
    print(f"wrote {written} articles to {args.folder} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
