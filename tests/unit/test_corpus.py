"""Corpus: cheap header scan at open, strict load on demand, problems that never stop the rest."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from article_helpers import FIXTURES, SAMPLE, write_article
from reader.articles import corpus as corpus_module
from reader.articles.corpus import Corpus, CorpusError
from reader.articles.header import parse_header
from reader.articles.model import Entry
from reader.articles.store import dump_article
from reader.paths import bundled_corpus


def test_bundled_corpus_opens_and_loads_cleanly():
    corpus = Corpus.open(bundled_corpus())
    assert corpus.problems == []
    assert [e.outlet for e in corpus.entries] == ["Press TV", "The New Arab"]
    assert list(corpus.by_story()) == ["turkey-russia-joint-ops-2016-08"]
    for entry in corpus.entries:
        article = corpus.load(entry)
        assert (article.id, article.title, article.outlet, article.date, article.story) == (
            entry.id, entry.title, entry.outlet, entry.date, entry.story
        )
    assert corpus.validate_all() == []


def test_open_reads_headers_without_parsing(corpus_dir, monkeypatch):
    for n in range(3):
        write_article(corpus_dir, id=f"a{n}", title=f"Title {n}")

    def no_full_parse(path):
        raise AssertionError(f"parsed {path} in full")

    monkeypatch.setattr(corpus_module, "read_article", no_full_parse)
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.entries] == ["a0", "a1", "a2"]


def test_unusual_layout_falls_back_to_a_full_parse(corpus_dir):
    # Hand-written: fields in another order, a folded title, a double-quoted escape.
    (corpus_dir / "hand.yaml").write_text(
        'story: s\nlanguage: en\nid: hand\noutlet: "Caf\\u00e9 Times"\ndate: 2021-03-04\n'
        "title: A title folded\n  over two lines\nbody:\n- Text.\n",
        encoding="utf-8",
    )
    [entry] = Corpus.open(corpus_dir).entries
    assert (entry.id, entry.title, entry.outlet, entry.date) == ("hand", "A title folded over two lines", "Café Times", "2021-03-04")


@pytest.mark.parametrize(
    "title",
    ["It's a quote: here", "yes", "1984", "Türkiye and the [IS] question #1", "~", "null", "2016-08-11", "-dash", "a # b"],
)
def test_header_scan_agrees_with_full_parse(corpus_dir, title):
    path = write_article(corpus_dir, title=title)
    [entry] = Corpus.open(corpus_dir).entries
    assert entry.title == title
    head = path.read_bytes()[:1024]
    scanned = parse_header(head)
    assert scanned is None or scanned[1] == title  # unsure -> full parse, never a wrong value


def test_header_scan_sanitizes(corpus_dir):
    write_article(corpus_dir, title="Red \x1b[31m alert \u202e")
    [entry] = Corpus.open(corpus_dir).entries
    assert entry.title == "Red ␛[31m alert \ufffd"


def test_entries_sorted_by_story_date_outlet_title(corpus_dir):
    write_article(corpus_dir, id="c", story="b-story", date="2020-01-01", outlet="Zeta", title="Z")
    write_article(corpus_dir, id="a", story="b-story", date="2020-01-01", outlet="Alpha", title="Y")
    write_article(corpus_dir, id="b", story="a-story", date="2021-01-01", outlet="Zeta", title="X")
    write_article(corpus_dir, id="d", story="b-story", date="2019-01-01", outlet="Zeta", title="W")
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.entries] == ["b", "d", "a", "c"]
    assert {story: [e.id for e in entries] for story, entries in corpus.by_story().items()} == {
        "a-story": ["b"], "b-story": ["d", "a", "c"]
    }


BAD_FILES = {
    "bad-yaml.yaml": ("id: x\ntitle: [unclosed\n", "invalid YAML at line"),
    "missing.yaml": ("id: x\ntitle: T\n", "missing fields outlet, date, story, language, body"),
    "python-tag.yaml": ("id: !!python/object/apply:os.system ['true']\n", "tag !!python/object/apply:os.system is not allowed"),
    "anchors.yaml": (dump_article(SAMPLE).replace("story: sample-story", "story: &s x"), "anchors (&name) are not allowed"),
    "deep.yaml": ("a: " + "[" * 50 + "]" * 50 + "\n", "nesting deeper than"),
    "binary.yaml": (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (NUL byte at offset 8)"),
    "latin1.yaml": (dump_article(SAMPLE).replace("harbour", "harbour caf\xe9").encode("latin-1"), "not valid UTF-8 (byte 0xe9"),
    "empty.yaml": (b"", "empty file"),
    "mistyped.yaml": (dump_article(SAMPLE).replace("language: en", "language: no"), "language: expected text, got false"),
}


def test_broken_files_become_problems_and_the_rest_loads(corpus_dir, write_file):
    write_article(corpus_dir, id="good")
    for name, (content, _) in BAD_FILES.items():
        write_file(name, content)
    corpus = Corpus.open(corpus_dir)
    # The header scan already refuses most; a file whose header is fine lists, and fails at load.
    assert "good" in [e.id for e in corpus.entries]
    assert {p.path.name for p in corpus.problems} >= {"bad-yaml.yaml", "binary.yaml", "empty.yaml", "deep.yaml"}
    for entry in corpus.entries:
        if entry.id != "good":
            with pytest.raises(CorpusError):
                corpus.load(entry)
    problems = {p.path.name: p.reason for p in corpus.validate_all()}
    assert set(problems) == set(BAD_FILES)
    for name, (_, expected) in BAD_FILES.items():
        assert expected in problems[name], name
        assert "\n" not in problems[name]
    assert corpus.problems == sorted(corpus.problems, key=lambda p: p.path.name)
    assert corpus.load("good").id == "good"


def test_a_file_broken_below_its_header_fails_at_load(corpus_dir):
    path = write_article(corpus_dir, id="late")
    path.write_text(path.read_text() + "captions: 3\n", encoding="utf-8")
    path.write_text(path.read_text().replace("captions:\n- text: The harbour at dawn\n  credit: AP\n", ""), encoding="utf-8")
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.entries] == ["late"] and corpus.problems == []
    with pytest.raises(CorpusError, match="captions: expected a list, got the number 3"):
        corpus.load("late")
    assert [str(p) for p in corpus.problems] == ["late.yaml: captions: expected a list, got the number 3"]
    with pytest.raises(CorpusError):  # recorded once, however often it fails
        corpus.load("late")
    assert len(corpus.problems) == 1


def test_oversized_file_is_a_problem(corpus_dir):
    path = write_article(corpus_dir, id="big")
    with open(path, "ab") as handle:
        handle.truncate(6 * 1024 * 1024)
    corpus = Corpus.open(corpus_dir)
    assert corpus.entries == [] or corpus.entries[0].id == "big"
    assert [p.reason for p in corpus.validate_all()] == ["too large (6.0 MB; the limit is 5.0 MB)"]


def test_duplicate_ids_first_file_by_name_wins(corpus_dir):
    write_article(corpus_dir, "b.yaml", id="same", title="From b")
    write_article(corpus_dir, "a.yaml", id="same", title="From a")
    corpus = Corpus.open(corpus_dir)
    assert [(e.id, e.title) for e in corpus.entries] == [("same", "From a")]
    assert [str(p) for p in corpus.problems] == ["b.yaml: duplicate id 'same' (already used by a.yaml)"]
    assert [str(p) for p in corpus.validate_all()] == ["b.yaml: duplicate id 'same' (already used by a.yaml)"]


def test_duplicate_id_stays_with_the_file_named_after_it(corpus_dir):
    """A copy saved under another name ("dup.yaml" sorts first) must not hide the original."""
    write_article(corpus_dir, "port-strike.yaml", id="port-strike", title="Original")
    write_article(corpus_dir, "dup.yaml", id="port-strike", title="Copy")
    corpus = Corpus.open(corpus_dir)
    assert [(e.id, e.title) for e in corpus.entries] == [("port-strike", "Original")]
    expected = ["dup.yaml: duplicate id 'port-strike' (already used by port-strike.yaml)"]
    assert [str(p) for p in corpus.problems] == expected
    assert [str(p) for p in corpus.validate_all()] == expected
    assert corpus.load("port-strike").title == "Original"


def test_registry_hidden_and_other_files_are_not_articles(corpus_dir, write_file):
    write_article(corpus_dir, id="real")
    write_file("entities.yaml", "entities: []\n")
    write_file(".hidden.yaml", "junk: [")
    write_file(".real.abc.tmp", "junk")
    write_file("notes.txt", "not yaml")
    (corpus_dir / "folder.yaml").mkdir()
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.entries] == ["real"]
    assert [str(p) for p in corpus.problems] == ["folder.yaml: cannot read: Is a directory"]


def test_yml_suffix_is_read(corpus_dir):
    write_article(corpus_dir, "x.yml", id="yml")
    assert [e.id for e in Corpus.open(corpus_dir).entries] == ["yml"]


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        Corpus.open(tmp_path / "nowhere")


def test_get_and_load_by_id_or_entry(corpus_dir):
    write_article(corpus_dir, id="one")
    corpus = Corpus.open(corpus_dir)
    entry = corpus.get("one")
    assert isinstance(entry, Entry) and corpus.get("two") is None
    assert corpus.load(entry) is corpus.load("one")  # cached
    with pytest.raises(CorpusError, match="no article with id 'two'"):
        corpus.load("two")


def test_search_titles_and_bodies_ignoring_case(corpus_dir):
    write_article(corpus_dir, id="a", title="Harbour reopens", body=("Nothing here.",))
    write_article(corpus_dir, id="b", title="Other", body=("The ZEPPELIN landed.", "Second  paragraph."))
    write_article(corpus_dir, id="c", title="Third", body=("Nothing.",))
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.search("harbour")] == ["a"]
    assert [e.id for e in corpus.search("zeppelin")] == ["b"]
    assert [e.id for e in corpus.search("second paragraph")] == ["b"]  # whitespace folded
    assert corpus.search("absent") == []
    assert corpus.search("  ") == corpus.entries


def test_search_from_worker_threads(corpus_dir):
    for n in range(30):
        write_article(corpus_dir, id=f"a{n}", body=(f"Paragraph number {n} mentions token{n % 3}.",))
    corpus = Corpus.open(corpus_dir)
    results = {}

    def work(key):
        results[key] = [e.id for e in corpus.search(f"token{key}")]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(len(ids) for ids in results.values()) == [10, 10, 10]
    assert results[1] == [f"a{n}" for n in sorted(range(30), key=str) if n % 3 == 1]


def test_search_skips_unloadable_bodies_but_matches_their_titles(corpus_dir):
    path = write_article(corpus_dir, id="broken", title="Broken harbour")
    path.write_text(path.read_text().replace("language: en", "language: 12"), encoding="utf-8")
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.search("harbour")] == ["broken"]
    assert [e.id for e in corpus.search("mayor")] == []
    assert [p.path.name for p in corpus.problems] == [Path(path).name]


def test_broken_corpus_fixture():
    """tests/fixtures/broken_corpus: two good articles among every kind of broken file (also used by UI tests)."""
    corpus = Corpus.open(FIXTURES / "broken_corpus")
    problems = {p.path.name: p.reason for p in corpus.validate_all()}
    assert set(problems) == {
        "anchors-aliases.yaml", "bad-yaml.yaml", "binary.yaml", "deep-nesting.yaml", "empty.yaml", "latin1.yaml",
        "missing-field.yaml", "mistyped-language.yaml", "python-tag.yaml", "zz-duplicate-id.yaml",
    }
    good = corpus.load("good-untrusted-text")
    assert good.body[0] == "Fighters of [IS] and a [Getty] credit, a closing [/] tag and [@click=app.quit]click me[/] stay literal."
    assert "␛[31mred␛[0m" in good.body[1] and "\x1b" not in good.text and "\u202e" not in good.text
    assert corpus.load("second-good").title == "A second, valid article"


def test_search_prefilter_never_hides_a_match(corpus_dir):
    # Text that YAML writes quoted or escaped on disk must still be found.
    write_article(corpus_dir, id="q", title="T1", body=("It's O'Brien's “quoted” talk: yes.",))
    write_article(corpus_dir, id="e", title="T2", body=("Bell \x07 rang in Zürich #1",))
    write_article(corpus_dir, id="n", title="T3", body=("Nothing to see.",))
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.search("o'brien's “quoted” talk: yes")] == ["q"]
    assert [e.id for e in corpus.search("bell ␇ rang in zürich #1")] == ["e"]
    assert [e.id for e in corpus.search("ZÜRICH")] == ["e"]


def test_search_parses_only_files_holding_the_words(corpus_dir, monkeypatch):
    for n in range(5):
        write_article(corpus_dir, id=f"a{n}", body=(f"Common words and number{n}.",))
    corpus = Corpus.open(corpus_dir)
    parsed = []
    real = corpus_module.read_article
    monkeypatch.setattr(corpus_module, "read_article", lambda path: parsed.append(path.name) or real(path))
    assert [e.id for e in corpus.search("number3")] == ["a3"]
    assert parsed == ["a3.yaml"]


@pytest.mark.parametrize(
    "id_line, expected",
    [("id: plain-id.v2_x", "plain-id.v2_x"), ("id: '2016'", "2016"), ("id: 2016-a", "2016-a"),
     ("id: has space", None), ("id: yes", None), ("id: 2016", None), ("id: 'a b'", None)],
)
def test_header_scan_ids(id_line, expected):
    head = f"{id_line}\ntitle: T\noutlet: P\ndate: '2016-08-11'\nstory: s\nlanguage: en\n".encode()
    assert (parse_header(head) or (None,))[0] == expected


def test_crlf_files_read_like_lf_files(corpus_dir):
    path = write_article(corpus_dir, id="crlf", title="Windows line ends")
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    [entry] = Corpus.open(corpus_dir).entries
    assert (entry.id, entry.title, entry.story) == ("crlf", "Windows line ends", "sample-story")


@pytest.mark.parametrize("date", ["2016-02-30", "'2016-02-30'", "2016-13-01"])
def test_an_impossible_date_is_a_problem_not_a_crash(corpus_dir, date):
    path = write_article(corpus_dir, id="bad-date")
    path.write_text(path.read_text().replace("date: '2020-01-02'", f"date: {date}"), encoding="utf-8")
    write_article(corpus_dir, id="good")
    corpus = Corpus.open(corpus_dir)
    assert [e.id for e in corpus.entries] == ["good"]
    [problem] = corpus.problems
    assert problem.path.name == "bad-date.yaml" and ("date" in problem.reason or "month" in problem.reason)
    assert [p.path.name for p in corpus.validate_all()] == ["bad-date.yaml"]
