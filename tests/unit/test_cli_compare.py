"""`reader compare A [B]`: the JSON document, the default partner, errors, the rich view."""

from __future__ import annotations

import json
import re

import pytest
from rich.cells import cell_len

from article_helpers import write_article
from cli_helpers import NEW_ARAB_ID, PRESS_TV_ID, run
from reader.cli import main
from reader.compare.model import ROW_KINDS

ALLOWED_KINDS = {"same", "changed", "moved", "left-only", "right-only"}


def compare_json(capsys, *argv: str) -> dict:
    code, out, err = run(capsys, "compare", *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_json_schema_on_the_bundled_pair(capsys):
    data = compare_json(capsys, PRESS_TV_ID, NEW_ARAB_ID)
    assert list(data) == ["left", "right", "rows", "shared_quotes", "summary", "terms"]
    assert (data["left"]["id"], data["right"]["id"]) == (PRESS_TV_ID, NEW_ARAB_ID)
    assert (data["left"]["outlet"], data["right"]["outlet"]) == ("Press TV", "The New Arab")
    assert set(ROW_KINDS) == ALLOWED_KINDS
    for row in data["rows"]:
        assert set(row) == {"left", "right", "kind", "score", "weak"}
        assert row["kind"] in ALLOWED_KINDS and 0 <= row["score"] <= 1
        assert (row["left"] == "") == (row["kind"] == "right-only")
        assert (row["right"] == "") == (row["kind"] == "left-only")
    kinds = {row["kind"] for row in data["rows"]}
    assert {"left-only", "right-only"} <= kinds and kinds & {"same", "changed", "moved"}
    many = [r for r in data["rows"] if "Many countries are engaged in Syria" in r["left"]]
    assert len(many) == 1 and "Many countries are engaged in Syria" in many[0]["right"]
    assert data["shared_quotes"] and all(set(q) == {"left", "right", "edits"} for q in data["shared_quotes"])
    assert any(q["left"].startswith("Many countries are engaged in Syria") for q in data["shared_quotes"])
    edits = [e for q in data["shared_quotes"] for e in q["edits"]]
    assert edits and {"kind": "editorial", "left": "", "right": "[IS]"} in edits
    assert data["summary"]["shared_quotes"] == len(data["shared_quotes"])
    naming = {t["entity"]: t for t in data["terms"] if t["kind"] == "naming"}
    assert "Daesh" in naming["Islamic State"]["left"] and "IS" in naming["Islamic State"]["right"]


@pytest.mark.parametrize("first, partner", [(PRESS_TV_ID, NEW_ARAB_ID), (NEW_ARAB_ID, PRESS_TV_ID)])
def test_one_id_compares_with_the_other_account_of_its_story(capsys, first, partner):
    data = compare_json(capsys, first)
    assert (data["left"]["id"], data["right"]["id"]) == (first, partner)


def test_default_partner_is_the_next_account_of_the_story(capsys, corpus_dir):
    for ident, date in (("a", "2020-01-01"), ("b", "2020-01-02"), ("c", "2020-01-03")):
        write_article(corpus_dir, id=ident, date=date, story="one-story")
    write_article(corpus_dir, id="z", date="2020-01-02", story="another-story")
    partners = {ident: compare_json(capsys, ident, "--corpus", str(corpus_dir))["right"]["id"] for ident in "abc"}
    assert partners == {"a": "b", "b": "c", "c": "a"}


def test_a_story_with_one_account_has_no_default_partner(capsys, corpus_dir):
    write_article(corpus_dir, id="alone", story="lonely")
    write_article(corpus_dir, id="other", story="elsewhere")
    code, out, err = run(capsys, "compare", "alone", "--corpus", str(corpus_dir))
    assert code == 2 and out == ""
    assert err == "reader: story 'lonely' has no other article than 'alone'; give a second id\n"


def test_an_article_is_not_compared_with_itself(capsys):
    code, out, err = run(capsys, "compare", PRESS_TV_ID, PRESS_TV_ID)
    assert code == 2 and out == ""
    assert err == f"reader: {PRESS_TV_ID!r} compared with itself: name two different articles\n"


def test_rich_view_counts_in_words_and_says_none_for_empty_tables(capsys, corpus_dir):
    write_article(corpus_dir, id="a", story="s", body=["The council met on Monday."])
    write_article(corpus_dir, id="b", story="s", body=["The council met on Monday.", "It rained."])
    code, out, _ = run(capsys, "compare", "a", "b", "--corpus", str(corpus_dir), "--width", "100")
    assert code == 0
    flat = " ".join(out.split())
    assert "1/1 matched (100%) · 100% of words · 0 one-sided · " in flat
    assert "1/2 matched (50%) · 71% of words · 1 one-sided · " in flat
    assert "0 shared quotes in 0 rows" in flat
    for title in ("Naming", "Shared quotes"):
        assert f"{title} none " in flat


@pytest.mark.parametrize("argv", [["nope", NEW_ARAB_ID], [PRESS_TV_ID, "nope"], ["nope"]])
def test_unknown_id_is_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, "compare", *argv)
    assert code == 2 and out == ""
    assert err == "reader: no article with id 'nope' (see `reader list`)\n"


def test_broken_article_exits_1(capsys, corpus_dir):
    write_article(corpus_dir, id="fine", story="s")
    broken = write_article(corpus_dir, id="broken", story="s")
    broken.write_text(broken.read_text().replace("language: en", "language: yes"), encoding="utf-8")
    code, out, err = run(capsys, "compare", "fine", "broken", "--corpus", str(corpus_dir))
    assert code == 1 and out == "" and err.startswith("reader: broken.yaml: language: expected text, got true")


@pytest.mark.parametrize("width", ["39", "wide", "-5"])
def test_width_must_be_a_usable_number(capsys, width):
    with pytest.raises(SystemExit) as caught:
        main(["compare", PRESS_TV_ID, "--width", width])
    assert caught.value.code == 2
    assert "at least 40" in capsys.readouterr().err


@pytest.mark.parametrize("width", [80, 140])
def test_rich_view_names_both_outlets_and_fits_the_width(capsys, width):
    code, out, _ = run(capsys, "compare", PRESS_TV_ID, NEW_ARAB_ID, "--width", str(width))
    assert code == 0
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    flat = " ".join(out.split())
    assert flat.startswith("Turkey calls for joint anti-Daesh operations with Russia ⟷ Turkey offers Russia")
    header = next(line for line in lines if line.strip().startswith("Press TV") and "The New Arab" in line)
    assert header.index("Press TV") < header.index("The New Arab")
    assert "(not in The New Arab)" in flat and "(not in Press TV)" in flat
    assert "[IS]" in out and "Islamic State [IS]" in flat  # editorial brackets literal, not markup
    assert "Shared quotes" in flat and "Naming" in flat


def sgr_attributes(output: str) -> set[str]:
    """The text attributes and colour kinds switched on in ``output``'s escape codes."""
    found = set()
    for params in re.findall(r"\x1b\[([0-9;]*)m", output):
        codes = params.split(";")
        while codes:
            code = codes.pop(0)
            if code in ("38", "48"):  # extended colour: skip its arguments
                del codes[: 4 if codes and codes[0] == "2" else 2]
                found.add("background" if code == "48" else "colour")
            else:
                found.add({"1": "bold", "3": "italic", "4": "underline", "9": "strike"}.get(code, code))
    return found


def italic_runs(output: str) -> int:
    return sum("italic" in sgr_attributes(f"\x1b[{params}m") for params in re.findall(r"\x1b\[([0-9;]*)m", output))


def test_rich_view_carries_entity_and_quote_styles(capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    _, coloured, _ = run(capsys, "compare", PRESS_TV_ID, "--width", "120")
    _, bare, _ = run(capsys, "compare", PRESS_TV_ID, "--width", "120", "--no-entities", "--no-quotes")
    assert {"background", "italic", "strike", "underline"} <= sgr_attributes(coloured)
    assert "background" not in sgr_attributes(bare)  # label colours are gone, the differences stay
    assert {"strike", "underline"} <= sgr_attributes(bare)
    assert italic_runs(coloured) > italic_runs(bare)  # quotes are italic


def test_compare_uses_the_corpus_registry_and_reports_its_problems(capsys, corpus_dir, write_file):
    write_article(corpus_dir, id="l", story="s", body=("The Frobnitz Collective opened a depot in Lyon on Monday.",))
    write_article(corpus_dir, id="r", story="s", body=("FC opened a depot in Lyon on Monday.",))
    write_file(
        "entities.yaml",
        "entities:\n  - name: Frobnitz Collective\n    label: ORG\n    aliases: [FC]\n  - name: Bad\n    label: NOPE\n",
    )
    code, out, err = run(capsys, "compare", "l", "--corpus", str(corpus_dir), "--json")
    assert code == 0 and err.startswith("reader: entities.yaml: entity 2: Bad: label must be one of")
    naming = {t["entity"]: t for t in json.loads(out)["terms"] if t["kind"] == "naming"}
    assert naming["Frobnitz Collective"]["left"] == {"Frobnitz Collective": 1}
    assert naming["Frobnitz Collective"]["right"] == {"FC": 1}
