"""Gazetteers and rule word lists, loaded once from the YAML data shipped with the package.

Names are indexed by the lookup key of their first token, so matching costs a
dictionary probe per token. The index is built lazily at first use and cached
per registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from reader.annotate.registry import Registry
from reader.annotate.tokens import tokenize

_GAZETTEERS = ("countries", "cities", "regions", "nationalities", "organizations", "facilities", "clubs", "events")
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# How a name's token must be written in the text.
UPPER, CAPITAL, ANY = "U", "C", "x"
# Names that are also English words: "US"/"IS" only in capitals outside
# ALL-CAPS text; "May"/"Shell" also not as the first word of a sentence.
PLAIN, AMBIGUOUS_CAPS, AMBIGUOUS_WORD = 0, 1, 2

PRIORITY_GAZETTEER, PRIORITY_REGISTRY = 0, 1


@dataclass(frozen=True, slots=True)
class Name:
    keys: tuple[str, ...]
    size: int  # len(keys)
    shape: tuple[str, ...]
    label: str
    entity: str
    ambiguity: int
    priority: int


@dataclass(frozen=True, slots=True)
class Rules:
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    role_synonyms: dict[str, tuple[str, ...]]
    person_cues: frozenset[str]
    org_heads: frozenset[str]
    fac_heads: frozenset[str]
    loc_heads: frozenset[str]
    gpe_heads: frozenset[str]
    org_cues: frozenset[str]
    org_cues_before: frozenset[str]
    fac_cues: frozenset[str]
    loc_cues: frozenset[str]
    gpe_cues: frozenset[str]
    name_particles: frozenset[str]
    reporting_verbs: frozenset[str]
    speaker_nouns: frozenset[str]
    representative_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    stopwords: frozenset[str]
    common_words: frozenset[str]
    non_entity_acronyms: frozenset[str]
    first_names: frozenset[str]  # given names, and family names written first
    family_names_first: frozenset[str]
    english_words: frozenset[str]  # common English words (data/english_words.txt)
    sports_words: frozenset[str]
    sports_terms: frozenset[str]
    org_leads: frozenset[str]
    club_words: frozenset[str]


def _data(name: str) -> dict:
    text = resources.files("reader.annotate").joinpath("data", f"{name}.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - the C build of SafeLoader
    if not isinstance(data, dict):
        raise ValueError(f"annotate data {name}.yaml: expected a mapping")
    return data


def _words(values: object, where: str) -> frozenset[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"annotate data {where}: expected a list of words")
    return frozenset(v.lower() for v in values)


@cache
def rules() -> Rules:
    data = _data("rules")
    synonyms = {str(k): tuple(v) for k, v in data["role_synonyms"].items()}
    fields = {name: _words(data[name], f"rules.yaml:{name}") for name in Rules.__dataclass_fields__
              if name not in ("role_synonyms", "first_names", "family_names_first", "english_words")}
    names = _data("first_names")
    family = _words(names["family_names_first"], "first_names.yaml:family_names_first")
    first = _words(names["first_names"], "first_names.yaml:first_names") | family
    for region, given in _data("given_names_world").items():
        first |= _words(given, f"given_names_world.yaml:{region}")
    return Rules(role_synonyms=synonyms, first_names=first, family_names_first=family,
                 english_words=_english_words(), **fields)


def _english_words() -> frozenset[str]:
    text = resources.files("reader.annotate").joinpath("data", "english_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _shape(token_text: str) -> str:
    if len(token_text) > 1 and token_text.isupper():
        return UPPER
    return CAPITAL if token_text[0].isupper() else ANY


def make_name(surface: str, label: str, entity: str, priority: int) -> Name | None:
    tokens = tokenize(surface, [], [])  # a name has no sentences to find
    if not tokens:
        return None
    keys = tuple(t.key for t in tokens)
    shape = tuple(_shape(t.text) for t in tokens)
    ambiguity = PLAIN
    if len(keys) == 1:
        r = rules()
        if keys[0] in r.stopwords or keys[0] in r.common_words:
            ambiguity = AMBIGUOUS_CAPS if shape[0] == UPPER else AMBIGUOUS_WORD
    return Name(keys, len(keys), shape, label, entity, ambiguity, priority)


@cache
def _gazetteer_names() -> tuple[Name, ...]:
    names = []
    for file in _GAZETTEERS:
        for label, items in _data(file).items():
            for item in items:
                surfaces = [item] if isinstance(item, str) else list(item)
                if not surfaces or not all(isinstance(s, str) for s in surfaces):
                    raise ValueError(f"annotate data {file}.yaml: bad item {item!r}")
                for surface in surfaces:
                    name = make_name(surface, label, surfaces[0], PRIORITY_GAZETTEER)
                    if name is not None:
                        names.append(name)
    return tuple(names)


@cache
def countries() -> frozenset[str]:
    """Canonical names of countries: a sports report's city names may be clubs, its countries stay."""
    return frozenset(item if isinstance(item, str) else item[0] for item in _data("countries")["GPE"])


@dataclass(frozen=True, slots=True)
class Lexicon:
    index: dict[str, tuple[Name, ...]]  # first-token key -> names, longest first
    rules: Rules


@lru_cache(maxsize=8)
def lexicon(registry: Registry | None = None) -> Lexicon:
    """The name index for ``registry`` (gazetteers alone for None)."""
    # words -> written shape -> name: "UNICEF" and "Unicef" are two ways to match one name.
    chosen: dict[tuple[str, ...], dict[tuple[str, ...], Name]] = {}
    for name in _gazetteer_names():
        chosen.setdefault(name.keys, {}).setdefault(name.shape, name)
    replaced: set[tuple[str, ...]] = set()
    for entry in registry.entries if registry else ():
        for surface in (entry.name, *entry.aliases):
            name = make_name(surface, entry.label, entry.name, PRIORITY_REGISTRY)
            if name is None:
                continue
            if name.keys not in replaced:  # the registry overrides every gazetteer spelling
                replaced.add(name.keys)
                chosen[name.keys] = {}
            chosen[name.keys][name.shape] = name  # later registry entries win
    grouped: dict[str, list[Name]] = {}
    for shapes in chosen.values():
        for name in shapes.values():
            grouped.setdefault(name.keys[0], []).append(name)
    index = {k: tuple(sorted(v, key=lambda n: -len(n.keys))) for k, v in grouped.items()}
    return Lexicon(index, rules())
