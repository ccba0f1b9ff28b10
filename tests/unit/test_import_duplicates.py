"""Importing a text the corpus already holds: a one-line warning naming the article, and the import
still happens (the README promises only that no file is overwritten)."""

from __future__ import annotations

import json

from article_helpers import NEW_ARAB, PRESS_TV, write_article
from cli_helpers import NEW_ARAB_ID, PRESS_TV_ID, run
from reader.articles.corpus import Corpus


def import_args(corpus_dir, *files, outlet="Press TV"):
    return ["import", *map(str, files), "--outlet", outlet, "--date", "2016-08-11", "--corpus", str(corpus_dir)]


def test_importing_the_same_file_again_warns_and_still_imports(capsys, corpus_dir):
    code, _, err = run(capsys, *import_args(corpus_dir, PRESS_TV))
    assert code == 0 and err == ""
    code, out, err = run(capsys, *import_args(corpus_dir, PRESS_TV))
    assert code == 0 and out.startswith(f"imported {PRESS_TV_ID}-2 ")
    assert err == (f"reader: {PRESS_TV} has the same text as {PRESS_TV_ID}, already in the corpus; "
                   f"imported anyway as {PRESS_TV_ID}-2\n")
    assert sorted(p.name for p in corpus_dir.iterdir()) == [f"{PRESS_TV_ID}-2.yaml", f"{PRESS_TV_ID}.yaml"]


def test_the_same_text_under_another_outlet_is_still_the_same_text(capsys, tmp_path, corpus_dir):
    run(capsys, *import_args(corpus_dir, NEW_ARAB, outlet="The New Arab"))
    copy = tmp_path / "copy.txt"
    text = NEW_ARAB.read_text(encoding="utf-8").replace("\n\n", "\n")  # other line breaks, same words
    copy.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, *import_args(corpus_dir, copy, outlet="Mirror Site"), "--json")
    assert code == 0 and json.loads(out)[0]["id"].startswith("mirror-site-2016-08-11-turkey-offers")
    assert err.startswith(f"reader: {copy} has the same text as {NEW_ARAB_ID}, already in the corpus")


def test_two_copies_in_one_import_warn_about_the_first(capsys, tmp_path, corpus_dir):
    copy = tmp_path / "again.txt"
    copy.write_bytes(PRESS_TV.read_bytes())
    code, out, err = run(capsys, *import_args(corpus_dir, PRESS_TV, copy))
    assert code == 0 and out.count("imported ") == 2
    assert err == (f"reader: {copy} has the same text as {PRESS_TV_ID}, already in the corpus; "
                   f"imported anyway as {PRESS_TV_ID}-2\n")


def test_different_texts_import_without_a_word(capsys, corpus_dir):
    code, _, err = run(capsys, *import_args(corpus_dir, PRESS_TV, NEW_ARAB))
    assert code == 0 and err == ""
    code, _, err = run(capsys, *import_args(corpus_dir, NEW_ARAB, outlet="The New Arab"))
    assert code == 0 and f"same text as {NEW_ARAB_ID.replace('the-new-arab', 'press-tv')}" in err


def test_same_body_ignores_spacing_and_broken_files_and_reads_non_ascii_words(corpus_dir, write_file):
    body = ("Die Straße war gesperrt, sagte die Polizei in İstanbul.", "Zweiter   Absatz.")
    write_article(corpus_dir, id="german", body=body)
    write_article(corpus_dir, id="other", body=("Die Straße war offen.",))
    write_file("broken.yaml", "id: [unclosed\n")
    corpus = Corpus.open(corpus_dir)
    assert corpus.same_body([" ".join(body).replace("   ", " ")]).id == "german"
    assert corpus.same_body(["Die Straße war gesperrt."]) is None
    assert corpus.same_body(["Die Straße war offen."]).id == "other"
