"""Broken corpus files never stop the app; article text is shown as data, never markup."""

from __future__ import annotations

import sys

from pilot_helpers import ORDER, SIZE, screen_text, wait_for

from reader.articles.corpus import Corpus
from reader.ui import corpus_check
from reader.ui.app import ReaderApp
from reader.ui.problems_screen import ProblemList, ProblemsScreen

BROKEN = {
    "bad-yaml.yaml": "id: [unclosed\ntitle: x\n",
    "python-tag.yaml": "id: !!python/object/apply:os.system ['true']\ntitle: t\n",
    "aliases.yaml": "id: &a x1\ntitle: *a\noutlet: o\ndate: '2020-01-01'\nstory: s\nlanguage: en\nbody: [p]\n",
    "binary.yaml": b"\x00\x01\x02 not text".decode("latin-1"),
}


def write_broken(corpus_root):
    for name, text in BROKEN.items():
        (corpus_root / name).write_text(text, encoding="latin-1" if name == "binary.yaml" else "utf-8")
    # A file whose header is fine, so it is listed, but whose body fails full validation.
    late = corpus_root / "late-failure.yaml"
    late.write_text(
        "id: late\ntitle: Listed but broken\noutlet: Outlet Z\ndate: '2020-01-03'\nstory: alpha-story\n"
        "language: en\nbody: 42\n",
        encoding="utf-8",
    )
    return late


async def test_broken_files_are_skipped_the_rest_loads_and_problems_are_shown(corpus):
    late = write_broken(corpus)
    scanned = Corpus.open(corpus)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert [e.id for e in app.article_list.entries if e.id != "late"] == ORDER
        assert app.reading_view.article.id == ORDER[0]
        # The scan's problems are announced at once; the background validation adds the late failure.
        await wait_for(pilot, lambda: any(p.path == late for p in app.problems))
        count = len(app.problems)
        assert count == len(BROKEN) + 1
        await wait_for(pilot, lambda: f"{count} files skipped — press ! to see why" in screen_text(pilot))
        await pilot.pause(0.2)
        assert f"{count - 1} files skipped" not in screen_text(pilot)  # one toast, updated, not two stacked
        assert [n.title for n in app._notifications] == ["Corpus problems"]
        # The listed file found broken is no longer counted as an article (its row is flagged).
        header = screen_text(pilot).splitlines()[0]
        assert f"{len(ORDER)} articles in 2 stories  ·  {count} skipped (!), 1 of them flagged ! in the list" in header
        assert "! Listed but broken" in screen_text(pilot)  # the listed-but-broken article is flagged

        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        listing = app.screen.query_one("#problems-text", ProblemList).plain
        for problem in scanned.problems:
            assert problem.path.name in listing
            assert problem.reason in listing
        assert "late-failure.yaml" in listing and "body" in listing
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_an_article_that_fails_to_load_shows_its_reason(corpus):
    write_broken(corpus)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        app.open_entry(app.corpus.get("late"))
        await pilot.pause()
        text = screen_text(pilot)
        assert "Listed but broken" in text
        assert "This article could not be loaded:" in text
        assert "body" in text
        await pilot.press("escape", "j")  # navigation goes on
        assert app.reading_view.article is not None


async def test_an_empty_corpus_says_so(tmp_path):
    app = ReaderApp(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        assert "No articles" in screen_text(pilot)
        await pilot.press("j", "n", "p", "g", "G", "enter", "space")
        assert app.reading_view.article is None


TRICKY_TITLE = "Report [IS] says [Getty] [/] ok"
TRICKY_BODY = [
    "Militants [IS] seized it [/] and [@click=app.quit]x[/] was a fake link.",
    "Terminal tricks: ESC \x1b[31mred\x1b[0m, a bell \x07, OSC \x1b]0;title\x07 and \u202eevil reversed text.",
]


async def test_markup_and_control_characters_render_literally(write_article, tmp_path):
    write_article(
        "t1", TRICKY_TITLE, "Outlet [b]bold[/b]", "2020-01-01", "story [x]", TRICKY_BODY,
        captions=[{"text": "A photo [IS] of things", "credit": "[Getty]"}],
    )
    app = ReaderApp(tmp_path / "corpus")
    async with app.run_test(size=SIZE) as pilot:
        text = screen_text(pilot)
        assert TRICKY_TITLE in text
        assert "Outlet [b]bold[/b] · 2020-01-01" in text
        assert "story [x] (1)" in text
        assert "Militants [IS] seized it [/] and [@click=app.quit]x[/] was a fake link." in text
        assert "ESC ␛[31mred␛[0m" in text
        assert "a bell ␇" in text
        assert "OSC ␛]0;title␇" in text
        assert "\u202e" not in text and "\x1b" not in text
        assert "\ufffdevil" in text
        assert "\ufffdevil reversed" in " ".join(app.reading_view.plain_lines)
        assert "A photo [IS] of things — [Getty]" in text

        # Clicking where the fake link is drawn does nothing.
        lines = text.splitlines()
        row = next(i for i, line in enumerate(lines) if "[@click=app.quit]x[/]" in line)
        column = lines[row].index("[@click=app.quit]x[/]") + len("[@click=app.quit]")
        await pilot.click(offset=(column, row))
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None


async def test_a_failing_background_check_is_reported_and_reading_goes_on(corpus, monkeypatch):
    def broken_check(root):  # the `reader check` subprocess dies with a message
        return [sys.executable, "-c", "import sys; sys.exit('disk went away')"]

    monkeypatch.setattr(corpus_check, "check_command", broken_check)
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_for(pilot, lambda: "The background check of every file" in screen_text(pilot))
        assert "disk went away" in screen_text(pilot)
        await pilot.press("j")
        assert app.reading_view.article.id == ORDER[1]


async def test_a_check_failure_quoting_markup_and_control_characters_shows_them_literally(corpus, monkeypatch):
    def broken_check(root):  # the message echoes a file name: markup-like text and an escape sequence
        return [sys.executable, "-c", "import sys; sys.exit('[b]bad[/] \\x1b[2J name [@click=app.quit]x[/]')"]

    monkeypatch.setattr(corpus_check, "check_command", broken_check)
    app = ReaderApp(corpus)
    async with app.run_test(size=(140, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: "The background check of every file" in screen_text(pilot))
        [toast] = [n for n in app._notifications if n.title == "Corpus check"]
        assert "[b]bad[/] ␛[2J name [@click=app.quit]x[/]" in toast.message and "\x1b" not in toast.message
        assert "[b]bad[/] ␛[2J name" in " ".join(screen_text(pilot).split())


async def test_a_broken_file_named_like_markup_is_listed_literally(corpus):
    (corpus / "[b]bold [@click=app.quit]x.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    app = ReaderApp(corpus)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("exclamation_mark")
        assert isinstance(app.screen, ProblemsScreen)
        await pilot.pause()
        assert "[b]bold [@click=app.quit]x.yaml" in screen_text(pilot)
