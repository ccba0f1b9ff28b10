"""The user-editable alias registry: entities.yaml files naming entities and their aliases.

The bundled corpus ships one; a user's corpus may add another, whose entries
take precedence. A broken file or entry is reported as a Problem and skipped;
the rest of the registry still loads.

Format::

    entities:
      - name: Islamic State        # canonical name shown to readers
        label: ORG                 # PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, ...
        aliases: [Daesh, ISIL, ISIS, IS, Islamic State group]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.annotate.model import LABELS
from reader.articles.errors import CorpusError
from reader.articles.model import Problem
from reader.articles.strict_yaml import load_yaml
from reader.text.sanitize import clean

REGISTRY_FILE = "entities.yaml"
MAX_BYTES = 2_000_000
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    name: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Registry:
    """Entries in load order: later entries win when two claim the same alias."""

    entries: tuple[RegistryEntry, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False, hash=False)


def parse_registry(text: str, path: Path) -> tuple[list[RegistryEntry], list[Problem]]:
    """Entries and problems of one registry file's text."""
    try:
        data = load_yaml(text)
    except CorpusError as error:
        return [], [Problem(path, str(error))]
    if data is None:
        return [], []
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        return [], [Problem(path, "expected a mapping with an 'entities' list")]
    entries: list[RegistryEntry] = []
    problems: list[Problem] = []
    for number, item in enumerate(data["entities"], 1):
        entry, reasons = _entry(item)
        problems.extend(Problem(path, f"entity {number}: {reason}") for reason in reasons)
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _entry(item: object) -> tuple[RegistryEntry | None, list[str]]:
    if not isinstance(item, dict):
        return None, ["expected a mapping with name, label and aliases"]
    unknown = sorted(str(k) for k in item if k not in ("name", "label", "aliases"))
    reasons = [f"unknown field {key!r} ignored" for key in unknown]
    name, label, aliases = item.get("name"), item.get("label"), item.get("aliases", [])
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        return None, [*reasons, f"name must be non-empty text (got {name!r})"]
    if label not in LABELS:
        return None, [*reasons, f"{name}: label must be one of {', '.join(LABELS)} (got {label!r})"]
    if not isinstance(aliases, list):
        return None, [*reasons, f"{name}: aliases must be a list"]
    kept = []
    for alias in aliases:
        if isinstance(alias, str) and alias.strip() and len(alias) <= MAX_NAME:
            kept.append(clean(alias.strip()))
        else:
            reasons.append(f"{name}: alias {alias!r} skipped (must be text; quote words like NO or 2016)")
    return RegistryEntry(clean(name.strip()), label, tuple(kept)), reasons


def read_registry(path: Path) -> tuple[list[RegistryEntry], list[Problem]]:
    try:
        if path.stat().st_size > MAX_BYTES:
            return [], [Problem(path, f"larger than {MAX_BYTES} bytes")]
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return [], [Problem(path, f"not UTF-8 (byte {error.start})")]
    except OSError as error:
        return [], [Problem(path, f"cannot read: {error.strerror or error}")]
    return parse_registry(text, path)


def load_registry(corpus_root: Path | None = None) -> Registry:
    """The bundled registry merged with ``corpus_root/entities.yaml`` if there is one."""
    from reader.paths import bundled_corpus

    paths: list[Path] = []
    try:
        paths.append(bundled_corpus() / REGISTRY_FILE)
    except FileNotFoundError:
        pass
    if corpus_root is not None:
        user = Path(corpus_root) / REGISTRY_FILE
        if user.is_file() and all(user.resolve() != p.resolve() for p in paths):
            paths.append(user)
    entries: list[RegistryEntry] = []
    problems: list[Problem] = []
    for path in paths:
        if not path.is_file():
            continue
        found, reasons = read_registry(path)
        entries.extend(found)
        problems.extend(reasons)
    return Registry(tuple(entries), tuple(problems))
