"""The alias registry (bundled + user entities.yaml), the article cache, JSON, and the shipped data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import reader.annotate.pipeline as pipeline
from reader.annotate import annotate, annotate_article, load_registry, to_json
from reader.annotate.lexicon import _GAZETTEERS, _data, lexicon, rules
from reader.annotate.registry import REGISTRY_FILE, parse_registry
from reader.articles.model import Article


def write_registry(root: Path, text: str) -> Path:
    path = root / REGISTRY_FILE
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_registry_loads_without_problems():
    registry = load_registry(None)
    assert registry.problems == ()
    names = {e.name: e for e in registry.entries}
    assert {"Daesh", "IS", "ISIL", "ISIS", "Islamic State group"} <= set(names["Islamic State"].aliases)


def test_user_registry_adds_entries_and_wins_alias_conflicts(tmp_path):
    write_registry(tmp_path, """
entities:
  - name: Tahrir al-Sham Coalition
    label: ORG
    aliases: [HTS]
  - name: The Islamic State Organisation
    label: ORG
    aliases: [Daesh]
""")
    registry = load_registry(tmp_path)
    assert registry.problems == ()
    found = {m.text: m.entity for m in annotate("HTS and Daesh and ISIL clashed.", registry).entities}
    assert found == {"HTS": "Tahrir al-Sham Coalition", "Daesh": "The Islamic State Organisation",
                     "ISIL": "Islamic State"}


def test_broken_yaml_is_reported_not_fatal(tmp_path):
    write_registry(tmp_path, "entities: [name: x\n  - : :")
    registry = load_registry(tmp_path)
    assert len(registry.problems) == 1
    assert registry.problems[0].path.name == REGISTRY_FILE
    assert any(e.name == "Islamic State" for e in registry.entries)  # the bundled registry still loads


def test_bad_entries_are_reported_and_the_rest_kept(tmp_path):
    write_registry(tmp_path, """
entities:
  - name: Good Entity
    label: ORG
    aliases: [GE, NO, 2016]
  - name: Bad Label
    label: PER
  - just a string
  - label: ORG
  - name: Extra Field
    label: GPE
    colour: red
""")
    registry = load_registry(tmp_path)
    reasons = " | ".join(p.reason for p in registry.problems)
    assert "label must be one of" in reasons
    assert "alias False skipped" in reasons and "alias 2016 skipped" in reasons
    assert "expected a mapping" in reasons and "name must be non-empty text" in reasons
    assert "unknown field 'colour' ignored" in reasons
    user = {e.name: e for e in registry.entries if e.name in ("Good Entity", "Extra Field", "Bad Label")}
    assert set(user) == {"Good Entity", "Extra Field"}
    assert user["Good Entity"].aliases == ("GE",)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1]\nentities: *x\n",
        "entities: !!python/object/apply:os.system ['echo hi']\n",
        "entities:\n" + "  " * 0 + "[" * 40 + "]" * 40 + "\n",
        "- just\n- a list\n",
    ],
)
def test_unsafe_or_malformed_registry_files_are_rejected(text):
    entries, problems = parse_registry(text, Path("entities.yaml"))
    assert entries == [] and len(problems) == 1


def test_registry_file_in_the_bundled_corpus_is_not_loaded_twice():
    from reader.paths import bundled_corpus

    registry = load_registry(bundled_corpus())
    assert [e.name for e in registry.entries].count("Islamic State") == 1


def test_unreadable_registry_is_reported(tmp_path):
    (tmp_path / REGISTRY_FILE).write_bytes(b"entities:\n  - name: \xff\xfe\n")
    registry = load_registry(tmp_path)
    assert any("not UTF-8" in p.reason for p in registry.problems)


def _article(text: str, ident: str = "a1") -> Article:
    return Article(ident, "Title", "Outlet", "2016-08-11", "story", "en", tuple(text.split("\n\n")))


def test_annotate_article_is_memoized_by_id_and_text(monkeypatch):
    pipeline.clear_cache()
    calls = []
    real = pipeline.annotate

    def counting(text, registry=None):
        calls.append(text)
        return real(text, registry)

    monkeypatch.setattr(pipeline, "annotate", counting)
    first = annotate_article(_article("Putin met Erdogan in Moscow."))
    again = annotate_article(_article("Putin met Erdogan in Moscow."))
    changed = annotate_article(_article("Putin met Erdogan in Ankara."))
    assert first is again
    assert len(calls) == 2
    assert changed.entities[-1].text == "Ankara"


def test_to_json_lists_offsets_into_the_text():
    text = 'Foreign Minister Mevlut Cavusoglu said: "We will fight Daesh together."'
    data = to_json(annotate(text, load_registry(None)))
    json.dumps(data)
    assert set(data) == {"entities", "quotes"}
    assert data["quotes"] == [{"start": 41, "end": 70, "text": "We will fight Daesh together.",
                               "speaker": "Mevlut Cavusoglu", "kind": "direct"}]
    for item in data["entities"]:
        assert set(item) == {"start", "end", "text", "label", "entity"}
        assert text[item["start"] : item["end"]] == item["text"]


def test_shipped_data_files_hold_only_text():
    for name in _GAZETTEERS:
        for label, items in _data(name).items():
            assert label in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "EVENT")
            for item in items:
                assert isinstance(item, (str, list)) and all(isinstance(s, str) for s in (item if isinstance(item, list) else [item]))
    loaded = rules()
    assert "said" in loaded.reporting_verbs and "mevlut" in loaded.first_names
    assert len(lexicon(None).index) > 1000


def test_importing_reader_annotate_loads_no_textual_and_builds_nothing():
    code = (
        "import sys, reader.annotate as a; "
        "assert 'textual' not in sys.modules; "
        "assert 'reader.annotate.lexicon' not in sys.modules; "
        "a.annotate('Putin met Erdogan.'); "
        "assert 'textual' not in sys.modules"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stderr


def test_no_registry_argument_means_the_bundled_registry_and_an_empty_one_means_none():
    from reader.annotate import Registry

    assert [m.entity for m in annotate("Fighters of IS attacked.").entities] == ["Islamic State"]
    assert annotate("Fighters of IS attacked.", Registry()).entities == ()  # "IS" is only in the registry


def test_registry_names_and_aliases_are_cleaned_at_load():
    """Double-quoted YAML escapes reach the parser's output; control characters must not reach the entities."""
    text = 'entities:\n  - name: "Evil\\e[31mCorp"\n    label: ORG\n    aliases: ["E\\u202eC"]\n'
    entries, problems = parse_registry(text, Path("entities.yaml"))
    assert problems == []
    assert [(e.name, e.aliases) for e in entries] == [("Evil\u241b[31mCorp", ("E\ufffdC",))]
