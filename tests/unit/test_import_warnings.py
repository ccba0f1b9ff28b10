"""When one rule drops several lines that could be the article's prose, `reader import` says so on
stderr (one line naming the file and the rule); `removed` still lists every dropped line."""

from __future__ import annotations

from article_helpers import NEW_ARAB, PRESS_TV
from cli_helpers import run
from reader.articles.importer import DroppedProse, dropped_prose, import_file, import_text
from reader.articles.schema import read_article

COMMENTED = """\
Port strike enters second week in Dalmar
2026-06-02
Dock workers in Dalmar extended their strike into a second week on Monday.
Leave a Reply
Great reporting, thank you.

I disagree: the union is wrong.
"The port must reopen," my neighbour said.
Name *
"""


def test_a_rule_that_drops_several_prose_lines_is_reported():
    article = import_text(COMMENTED)
    assert article.body == ("Dock workers in Dalmar extended their strike into a second week on Monday.",)
    assert dropped_prose(article) == [DroppedProse("comment-form", (5, 7, 8))]  # a blank line does not end the run
    assert [r.line for r in article.removed if r.rule == "comment-form"] == [4, 5, 7, 8, 9]


def test_a_few_prose_lines_or_runs_broken_by_kept_text_are_quiet():
    two = COMMENTED.replace('"The port must reopen," my neighbour said.\n', "")
    assert dropped_prose(import_text(two)) == []
    lines = ["Title here", "2020-01-01", "Body one.", "Comments", "Body two.", "Comments", "Body three."]
    assert dropped_prose(import_text("\n".join(lines))) == []


def test_seeds_and_ordinary_boilerplate_are_quiet():
    for seed, outlet in ((PRESS_TV, "Press TV"), (NEW_ARAB, "The New Arab")):
        assert dropped_prose(import_file(seed, outlet=outlet, date="2016-08-11")) == []
    form = ("T\n2020-01-01\nBody.\nLeave a Reply\nYour email address will not be published. Required fields are "
            "marked *\nComment\nName *\nEmail *\nWebsite\n")
    assert dropped_prose(import_text(form)) == []


def test_front_matter_is_metadata_not_prose():
    text = ("---\ntitle: T\ndate: 2020-01-01\nsummary: The minister resigned.\nnote: Two more said so.\n"
            "lede: The vote is next week.\n---\n# T\n\nBody.\n")
    article = import_text(text)
    assert [r.rule for r in article.removed].count("front-matter") == 7 and dropped_prose(article) == []


def test_import_warns_on_stderr_and_still_imports(capsys, tmp_path, corpus_dir):
    page = tmp_path / "page.txt"
    page.write_text(COMMENTED, encoding="utf-8")
    code, out, err = run(capsys, "import", str(page), "--outlet", "Dalmar News", "--corpus", str(corpus_dir))
    saved = corpus_dir / "dalmar-news-2026-06-02-port-strike-enters-second-week-in-dalmar.yaml"
    assert code == 0 and out.startswith("imported ")
    assert err == (f"reader: {page}: rule 'comment-form' removed 3 lines that may be prose (lines 5-8); "
                   f"check them under 'removed' in {saved}\n")
    assert len(read_article(saved).removed) == 7


def test_read_more_in_one_paragraph_per_line_text_imports_whole_and_quietly(capsys, tmp_path, corpus_dir):
    page = tmp_path / "e.txt"
    page.write_text(
        "Port strike enters second week in Dalmar\n2026-06-02\n"
        "Dock workers in Dalmar extended their strike into a second week on Monday.\n"
        "Read more: Dalmar port strike explained\n"
        '"We will stay out until our demands are met," union leader Ivo Maric said.\n'
        "The port handles about a third of the country's exports, officials said.\n"
        "Economists warned that fuel shortages could follow within days.\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(page), "--outlet", "Dalmar News", "--corpus", str(corpus_dir))
    assert code == 0 and err == ""
    (saved,) = corpus_dir.iterdir()
    assert len(read_article(saved).body) == 4
