"""End-to-end: the installed `reader` command in a real terminal (tmux), driven by keys.

Sessions come from the `run_reader` fixture (tests/e2e/conftest.py, helpers in
tmux_helpers.py): `send-keys` to press keys, `capture-pane -p` to read the screen.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import yaml

from reader.articles.corpus import Corpus
from reader.paths import bundled_corpus

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"),
]


def reading_title(screen: str) -> str:
    """The reading view's first line: the text right of the sidebar's border on screen row 2."""
    line = screen.splitlines()[1]
    return line.split("▕", 1)[1].strip() if "▕" in line else ""


def test_bundled_corpus_navigation_help_and_quit(run_reader):
    entries = Corpus.open(bundled_corpus()).entries
    first, second = entries[0].title, entries[1].title
    reader = run_reader()  # no --corpus: the bundled corpus, found from another directory
    screen = reader.wait_text(first)
    assert reading_title(screen) == first
    assert "bundled corpus" in screen.splitlines()[0]
    reader.wait_text("q Quit")  # the footer

    reader.keys("j")
    reader.wait_for(lambda s: reading_title(s) == second, "the second article")
    reader.keys("p")
    reader.wait_for(lambda s: reading_title(s) == first, "back to the first article")
    reader.keys("n")
    reader.wait_for(lambda s: reading_title(s) == second, "next article with n")

    reader.keys("?")
    screen = reader.wait_text("Everywhere")
    assert "Keys" in screen and "Article list" in screen and "Show the next article" in screen
    reader.keys("G")  # the last keys are below the fold on a small terminal
    reader.wait_text("Quit reader")
    reader.keys("Escape")
    reader.wait_for(lambda s: "q closes this" not in s, "help to close")

    reader.keys("q")
    assert reader.exit_status() == 0


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    articles = [
        ("e1", "Harbour reopens after storm", "Coast Daily", "2022-03-01", "harbour-storm",
         ["The harbour reopened on Tuesday.", "Fishermen returned to the quay [Getty] at dawn."]),
        ("e2", "Storm damage counted at harbour", "Port Gazette", "2022-03-02", "harbour-storm",
         ["Officials counted the damage.", "A rare albatross was seen near the lighthouse."]),
        ("e3", "Council approves new library", "Town Times", "2022-04-10", "library-vote",
         ["The council voted to build a library.", "Work starts next year."]),
    ]
    for article_id, title, outlet, date, story, body in articles:
        data = {"id": article_id, "title": title, "outlet": outlet, "date": date, "story": story,
                "language": "en", "body": body, "captions": [], "removed": []}
        (folder / f"{article_id}.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    (folder / "broken.yaml").write_text("id: [oops\n", encoding="utf-8")


def test_user_corpus_search_escape_and_problems(run_reader, tmp_path):
    corpus = tmp_path / "mycorpus"
    write_corpus(corpus)
    reader = run_reader("--corpus", str(corpus))
    screen = reader.wait_text("Harbour reopens after storm")
    assert "harbour-storm (2)" in screen and "library-vote (1)" in screen
    assert "[Getty]" in screen  # markup-looking text shows literally
    reader.wait_text("1 file skipped — press ! to see why")

    reader.keys("/")
    reader.wait_text("Go to results")  # the footer shows the search field's keys once it has focus
    reader.type("albatross")  # only in e2's body: found by the background text search
    screen = reader.wait_for(
        lambda s: "search 'albatross': 1 match" in s and "A rare albatross" in s, "the body-text search"
    )
    assert reading_title(screen) == "Storm damage counted at harbour"
    assert "Town Times" not in screen

    reader.keys("Escape")
    screen = reader.wait_for(lambda s: "Town Times" in s and "search '" not in s, "the full list again")
    assert reading_title(screen) == "Storm damage counted at harbour"

    reader.keys("G")
    reader.wait_for(lambda s: reading_title(s) == "Council approves new library", "G to the last article")

    reader.keys("!")
    screen = reader.wait_text("broken.yaml")
    assert "1 file skipped or broken" in screen
    reader.keys("Escape")  # wait before the next key: ESC then q at once reads as alt+q
    reader.wait_for(lambda s: "broken.yaml" not in s, "the problems screen to close")
    reader.keys("q")
    assert reader.exit_status() == 0


def test_annotations_toggles_and_entity_panel(run_reader):
    from reader.annotate import annotate_article, load_registry
    from reader.ui.entity_panel import entity_summaries

    corpus = Corpus.open(bundled_corpus())
    article = corpus.load(corpus.entries[0])
    summaries = entity_summaries(annotate_article(article, load_registry(corpus.root)))
    target = next(k for k, s in enumerate(summaries) if s.key[1] == "Islamic State")
    count = summaries[target].count

    reader = run_reader()
    screen = reader.wait_text("Cavusoglu‹PERSON›")  # highlights arrive after the plain text
    assert "Legend:" in screen and "— Mevlut Cavusoglu" in screen and "▌ “We will discuss" in screen

    reader.keys("e")
    screen = reader.wait_for(lambda s: "‹PERSON›" not in s, "entity tags to go")
    assert "Mevlut Cavusoglu made the request" in screen and "— Mevlut Cavusoglu" in screen
    reader.keys("t")
    reader.wait_for(lambda s: "— Mevlut Cavusoglu" not in s and "▌" not in s, "quotes to go")
    reader.keys("e", "t")
    reader.wait_text("Cavusoglu‹PERSON›")

    reader.keys("x")
    screen = reader.wait_text(f"{len(summaries)} entities")
    assert f"Islamic State — {count}:" in screen
    reader.keys(*["Down"] * target, "Enter")  # the first entity starts highlighted; headings are skipped
    reader.wait_text(f"Islamic State: mention 1 of {count}")
    reader.keys("]")
    reader.wait_text(f"Islamic State: mention 2 of {count}")

    reader.keys("Escape")
    reader.wait_for(lambda s: "Islamic State: mention" not in s, "the panel to close")
    reader.keys("q")
    assert reader.exit_status() == 0


def test_going_back_to_an_article_draws_it_as_on_the_first_visit(run_reader):
    first = Corpus.open(bundled_corpus()).entries[0].title
    reader = run_reader()
    speaker = "— Mevlut Cavusoglu"  # drawn once the annotations have arrived
    before = reader.wait_text(speaker)
    time.sleep(0.5)
    before = reader.screen()
    reader.keys("j")
    reader.wait_for(lambda s: reading_title(s) != first, "the second article")
    reader.keys("k")
    reader.wait_for(lambda s: reading_title(s) == first and speaker in s, "the first article again")
    time.sleep(0.5)
    assert reader.screen() == before
    reader.keys("q")
    assert reader.exit_status() == 0
