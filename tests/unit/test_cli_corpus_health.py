"""What `list`, `check` and `compare` say about a corpus with broken or no files: counts that agree,
no broken file listed as sound, the real problem named, and a word when there is nothing to list."""

from __future__ import annotations

import json
import shlex

import pytest

from article_helpers import write_article
from cli_helpers import run
from reader import cli

UNKNOWN_FIELD = "unknown field 'foo'"


def broken_at_the_end(folder, **fields):
    """A file whose header (first kilobyte) is sound and which fails the full parse further down."""
    path = write_article(folder, body=("A long paragraph of the story. " * 60,), **fields)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("foo: bar\n")
    assert path.stat().st_size > 1024
    return path


@pytest.fixture
def half_broken(corpus_dir):
    write_article(corpus_dir, id="good", story="s", title="A good one")
    broken_at_the_end(corpus_dir, id="extra", story="s", title="Extra field")
    return corpus_dir


def test_check_counts_only_the_files_that_load(capsys, half_broken):
    code, out, _ = run(capsys, "check", "--corpus", str(half_broken))
    assert code == 1
    assert out.splitlines()[0].startswith(f"extra.yaml: {UNKNOWN_FIELD}")
    assert out.splitlines()[-1] == f"{half_broken}: 1 articles, 1 problem"


def test_check_does_not_count_a_duplicate_as_an_article(capsys, corpus_dir):
    write_article(corpus_dir, id="same")
    write_article(corpus_dir, name="copy.yaml", id="same")
    broken_at_the_end(corpus_dir, id="extra")
    code, out, _ = run(capsys, "check", "--corpus", str(corpus_dir))
    assert code == 1 and out.splitlines()[-1] == f"{corpus_dir}: 1 articles, 2 problems"


@pytest.mark.parametrize("as_json", [False, True])
def test_list_of_a_small_corpus_leaves_out_a_file_broken_past_its_header(capsys, half_broken, as_json):
    code, out, err = run(capsys, "list", "--corpus", str(half_broken), *(["--json"] if as_json else []))
    assert code == 0
    if as_json:
        assert [entry["id"] for entry in json.loads(out)] == ["good"]
    else:
        assert "A good one" in out and "Extra field" not in out and "extra" not in out
    assert err.startswith(f"reader: skipped extra.yaml: {UNKNOWN_FIELD}") and err.count("\n") == 1


def test_list_of_a_large_corpus_lists_from_headers_and_says_so(capsys, monkeypatch, half_broken):
    monkeypatch.setattr(cli, "FULL_LIST_CHECK", 1)
    code, out, err = run(capsys, "list", "--json", "--corpus", str(half_broken))
    assert code == 0 and [entry["id"] for entry in json.loads(out)] == ["good", "extra"]
    assert err == ("reader: 2 articles listed from their first kilobyte only; "
                   "`reader check` validates every file in full\n")


def test_list_of_a_sound_small_corpus_says_nothing_on_stderr(capsys, corpus_dir):
    write_article(corpus_dir, id="a")
    code, out, err = run(capsys, "list", "--corpus", str(corpus_dir))
    assert code == 0 and "a" in out and err == ""


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["check"]])
def test_an_empty_corpus_says_so_and_how_to_add_articles(capsys, tmp_path, command):
    folder = tmp_path / "my corpus"
    folder.mkdir()
    (folder / "notes.txt").write_text("not an article", encoding="utf-8")
    code, out, err = run(capsys, *command, "--corpus", str(folder))
    assert code == 0
    assert out in ("", "[]\n", f"{folder}: 0 articles, no problems\n")
    assert err == (f"reader: no articles in {folder}; add some with "
                   f"`reader import FILE... --corpus {shlex.quote(str(folder))}`\n")


def test_a_corpus_of_broken_files_says_none_can_be_read(capsys, corpus_dir, write_file):
    write_file("bad.yaml", "id: [unclosed\n")
    code, out, err = run(capsys, "list", "--corpus", str(corpus_dir))
    assert code == 0 and out == ""
    assert err.splitlines()[0].startswith("reader: skipped bad.yaml: invalid YAML")
    assert err.splitlines()[1].startswith(f"reader: no articles that can be read in {corpus_dir}; add some with")


def test_compare_names_the_problem_of_a_broken_file(capsys, half_broken):
    code, out, err = run(capsys, "compare", "extra", "--corpus", str(half_broken))
    assert code == 1 and out == ""
    assert err.startswith(f"reader: extra.yaml: {UNKNOWN_FIELD}") and "no other article" not in err


def test_compare_skips_a_broken_default_partner_and_says_so(capsys, half_broken):
    write_article(half_broken, id="later", story="s", date="2020-01-03")
    code, out, err = run(capsys, "compare", "good", "--json", "--corpus", str(half_broken))
    assert code == 0 and json.loads(out)["right"]["id"] == "later"
    assert err.startswith(f"reader: skipped extra.yaml: {UNKNOWN_FIELD}") and err.count("\n") == 1


def test_compare_with_only_broken_partners_names_their_problem(capsys, half_broken):
    code, out, err = run(capsys, "compare", "good", "--corpus", str(half_broken))
    assert code == 1 and out == ""
    assert err.startswith(f"reader: story 's' has no other article that loads: extra.yaml: {UNKNOWN_FIELD}")
