"""Which corpus the commands use: --corpus, else $READER_CORPUS, else the bundled one; and
`reader import` never writes into the bundled corpus of an installed package."""

from __future__ import annotations

import argparse
import json

import pytest

from article_helpers import NEW_ARAB, write_article
from reader import cli
from cli_helpers import NEW_ARAB_ID, run
from reader.cli import main
from reader.paths import bundled_corpus



@pytest.fixture
def installed(monkeypatch, tmp_path):
    """Pretend reader is installed: its package folder holds the bundled corpus (a copy)."""
    package = tmp_path / "site-packages" / "reader"
    corpus = package / "_bundled" / "corpus"
    corpus.mkdir(parents=True)
    write_article(corpus, id="bundled-one")
    monkeypatch.setattr(cli, "PACKAGE_DIR", package)
    monkeypatch.setattr(cli, "bundled_corpus", lambda: corpus)
    return corpus


def listed(capsys, *argv: str) -> list[str]:
    code, out, err = run(capsys, "list", "--json", *argv)
    assert code == 0, err
    return [entry["id"] for entry in json.loads(out)]


def test_environment_variable_chooses_the_corpus(capsys, monkeypatch, tmp_path, corpus_dir):
    write_article(corpus_dir, id="from-env")
    other = tmp_path / "other"
    other.mkdir()
    write_article(other, id="from-option")
    assert NEW_ARAB_ID in listed(capsys)  # neither: the bundled corpus
    monkeypatch.setenv("READER_CORPUS", str(corpus_dir))
    assert listed(capsys) == ["from-env"]
    assert listed(capsys, "--corpus", str(other)) == ["from-option"]  # the option wins
    code, out, _ = run(capsys, "show", "from-env", "--json")
    assert code == 0 and json.loads(out)["id"] == "from-env"


def test_an_empty_environment_variable_counts_as_unset(capsys, monkeypatch):
    monkeypatch.setenv("READER_CORPUS", "")
    assert NEW_ARAB_ID in listed(capsys)


def test_environment_variable_expands_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("READER_CORPUS", "~/news")
    assert cli.corpus_root(argparse.Namespace()) == tmp_path / "news"


def test_import_refuses_the_bundled_corpus_of_an_installed_package(capsys, installed):
    before = sorted(p.name for p in installed.iterdir())
    code, out, err = run(capsys, "import", str(NEW_ARAB), "--date", "2016-08-11")
    assert code == 2 and out == ""
    assert err == (
        "reader: the bundled corpus is part of the installed package; pass --corpus DIR (or set $READER_CORPUS)\n"
    )
    assert sorted(p.name for p in installed.iterdir()) == before
    assert listed(capsys) == ["bundled-one"]  # reading the installed corpus still works


def test_import_into_the_environment_corpus_when_installed(capsys, monkeypatch, installed, tmp_path):
    target = tmp_path / "mine"  # created on first import
    monkeypatch.setenv("READER_CORPUS", str(target))
    code, out, _ = run(capsys, "import", str(NEW_ARAB), "--date", "2016-08-11", "--json")
    assert code == 0
    [saved] = json.loads(out)
    assert saved["path"] == str(target / f"{saved['id']}.yaml")
    assert listed(capsys) == [saved["id"]]
    assert sorted(p.name for p in installed.iterdir()) == ["bundled-one.yaml"]


def test_import_with_corpus_option_when_installed(capsys, installed, corpus_dir):
    code, out, _ = run(capsys, "import", str(NEW_ARAB), "--date", "2016-08-11", "--corpus", str(corpus_dir), "--json")
    assert code == 0 and json.loads(out)[0]["path"].startswith(str(corpus_dir))


def test_a_source_checkout_may_import_into_its_bundled_corpus():
    # How the bundled articles are made; the corpus is beside the package, not inside it.
    root = cli.import_root(argparse.Namespace())
    assert root == bundled_corpus() and not root.resolve().is_relative_to(cli.PACKAGE_DIR)


def test_help_documents_the_default_corpus(capsys):
    for argv in (["--help"], ["import", "--help"], ["show", "--help"], ["compare", "--help"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "$READER_CORPUS" in out, argv
    main_help = " ".join(cli.build_parser().format_help().split())
    assert "compare" in main_help and "show" in main_help
