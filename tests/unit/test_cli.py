"""The command line: list, show, import, check; JSON shapes, exit codes, untouched corpus on refusal."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from article_helpers import NEW_ARAB, PRESS_TV, write_article
from cli_helpers import NEW_ARAB_ID, PRESS_TV_ID, run
from reader import launch
from reader.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_list_json_on_the_bundled_corpus(capsys):
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"id": PRESS_TV_ID, "title": "Turkey calls for joint anti-Daesh operations with Russia", "outlet": "Press TV",
         "date": "2016-08-11", "story": "turkey-russia-joint-ops-2016-08"},
        {"id": NEW_ARAB_ID, "title": "Turkey offers Russia joint operations against IS in Syria", "outlet": "The New Arab",
         "date": "2016-08-11", "story": "turkey-russia-joint-ops-2016-08"},
    ]


def test_list_groups_by_story(capsys, corpus_dir):
    write_article(corpus_dir, id="a", story="story-one", title="First")
    write_article(corpus_dir, id="b", story="story-two", title="Second")
    code, out, _ = run(capsys, "list", "--corpus", str(corpus_dir))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "story-one" and "First" in lines[1] and lines[2] == "story-two" and "Second" in lines[3]


def test_corpus_option_before_or_after_the_subcommand(capsys, corpus_dir):
    write_article(corpus_dir, id="only")
    for argv in (["--corpus", str(corpus_dir), "list", "--json"], ["list", "--json", "--corpus", str(corpus_dir)]):
        code, out, _ = run(capsys, *argv)
        assert code == 0 and [e["id"] for e in json.loads(out)] == ["only"]


def test_show_json_text_is_the_body_joined_by_blank_lines(capsys):
    code, out, _ = run(capsys, "show", NEW_ARAB_ID, "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data)[:6] == ["id", "title", "outlet", "date", "story", "text"]
    assert data["text"].startswith("Turkey's foreign minister says his country has called on Russia")
    assert "\n\nTurkey on Thursday called on Russia" in data["text"]
    assert "against Islamic State [IS] in Syria" in data["text"]
    assert "[Getty]" not in data["text"] and "2 min read" not in data["text"]


def test_show_prints_untrusted_text_literally(capsys, corpus_dir):
    body = ("Fight [IS] and [Getty] and [/] and [@click=app.quit]x[/] and [bold]not bold[/bold] :warning:.", "Bell \x07 and \x1b[31m")
    write_article(corpus_dir, id="markup", title="[red]Title[/red]", body=body)
    code, out, _ = run(capsys, "show", "markup", "--corpus", str(corpus_dir), "--no-entities", "--no-quotes")
    assert code == 0
    out = " ".join(out.split())  # undo wrapping
    assert "[red]Title[/red]" in out
    assert "Fight [IS] and [Getty] and [/] and [@click=app.quit]x[/] and [bold]not bold[/bold] :warning:." in out
    assert "\x1b" not in out and "\x07" not in out and "Bell ␇ and ␛[31m" in out
    assert "Photo: The harbour at dawn (AP)" in out  # the caption, apart from the body
    # With the highlights on, label tags follow the bracketed names and the rest stays literal.
    code, out, _ = run(capsys, "show", "markup", "--corpus", str(corpus_dir))
    out = " ".join(out.split())
    assert code == 0
    assert "Fight [IS]‹ORG› and [Getty]‹ORG› and [/] and [@click=app.quit]x[/] and [bold]not bold[/bold] :warning:." in out


@pytest.mark.parametrize("argv", [["show", "no-such-article"], ["show", "no-such-article", "--json"],
                                  ["compare", "no-such-article"], ["compare", PRESS_TV_ID, "no-such-article"]])
def test_an_unknown_id_is_a_usage_error_for_every_command(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err == "reader: no article with id 'no-such-article' (see `reader list`)\n"


def test_show_broken_article(capsys, corpus_dir):
    path = write_article(corpus_dir, id="broken")
    path.write_text(path.read_text().replace("language: en", "language: yes"), encoding="utf-8")
    code, _, err = run(capsys, "show", "broken", "--corpus", str(corpus_dir))
    assert code == 1 and err.startswith("reader: broken.yaml: language: expected text, got true")


def test_import_json_and_never_overwrite(capsys, corpus_dir):
    argv = ["import", str(PRESS_TV), "--outlet", "Press TV", "--date", "2016-08-11", "--corpus", str(corpus_dir), "--json"]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    [first] = json.loads(out)
    assert first == {"id": PRESS_TV_ID, "path": str(corpus_dir / f"{PRESS_TV_ID}.yaml")}
    before = Path(first["path"]).read_bytes()
    code, out, _ = run(capsys, *argv)
    [second] = json.loads(out)
    assert second["id"] == PRESS_TV_ID + "-2"
    assert Path(first["path"]).read_bytes() == before
    code, out, _ = run(capsys, "check", "--corpus", str(corpus_dir))
    assert code == 0 and out.endswith("2 articles, no problems\n")


def test_import_several_files_with_story(capsys, corpus_dir):
    code, out, _ = run(capsys, "import", str(PRESS_TV), str(NEW_ARAB), "--date", "2016-08-11", "--story", "s1",
                       "--corpus", str(corpus_dir))
    assert code == 0 and out.count("imported ") == 2
    code, out, _ = run(capsys, "list", "--json", "--corpus", str(corpus_dir))
    assert [(e["story"], e["outlet"]) for e in json.loads(out)] == [("s1", "Unknown"), ("s1", "Unknown")]


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file (NUL byte at offset 8)"),
        ("empty.txt", b"", "empty file"),
        ("latin1.txt", "Caf\xe9 opens\n\nBody.\n".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_import_refuses_bad_input_and_leaves_the_corpus_untouched(capsys, tmp_path, corpus_dir, name, content, reason):
    write_article(corpus_dir, id="existing")
    before = snapshot(corpus_dir)
    bad = tmp_path / name
    bad.write_bytes(content)
    # A good file first: nothing is written unless every file passes.
    code, out, err = run(capsys, "import", str(NEW_ARAB), str(bad), "--corpus", str(corpus_dir))
    assert code == 1 and out == ""
    assert err.splitlines() == [f"reader: refusing {bad}: {reason}", "reader: nothing imported"]
    assert snapshot(corpus_dir) == before


def test_import_refuses_oversized_input(capsys, tmp_path, corpus_dir):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)
    code, _, err = run(capsys, "import", str(big), "--date", "2020-01-01", "--corpus", str(corpus_dir))
    assert code == 1 and "too large (5.0 MB; the limit is 5.0 MB)" in err
    assert list(corpus_dir.iterdir()) == []


def test_import_missing_file_and_title_with_several_files(capsys, tmp_path, corpus_dir):
    code, _, err = run(capsys, "import", str(tmp_path / "absent.txt"), "--corpus", str(corpus_dir))
    assert code == 1 and "cannot read: No such file or directory" in err
    code, _, err = run(capsys, "import", str(PRESS_TV), str(NEW_ARAB), "--title", "T", "--corpus", str(corpus_dir))
    assert code == 1 and "--title applies to one file" in err
    assert list(corpus_dir.iterdir()) == []


def test_check_lists_problems_and_fails(capsys, corpus_dir, write_file):
    write_article(corpus_dir, id="good")
    write_file("tagged.yaml", "id: !!python/object/apply:os.system ['true']\n")
    write_file("dup.yaml", (corpus_dir / "good.yaml").read_text())
    code, out, _ = run(capsys, "check", "--corpus", str(corpus_dir))
    assert code == 1
    assert out.splitlines() == [
        "dup.yaml: duplicate id 'good' (already used by good.yaml)",  # the file named after the id keeps it
        "tagged.yaml: not allowed at line 1, column 5: tag !!python/object/apply:os.system is not allowed",
        f"{corpus_dir}: 1 articles, 2 problems",
    ]


def test_check_bundled_corpus_is_clean(capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0 and out.endswith("2 articles, no problems\n")


def test_missing_corpus_folder(capsys, tmp_path):
    code, _, err = run(capsys, "list", "--corpus", str(tmp_path / "nowhere"))
    assert code == 1 and err.startswith("reader: corpus folder not found")
    code, _, err = run(capsys, "--corpus", str(tmp_path / "nowhere"))  # the TUI branch checks first
    assert code == 1 and err.startswith("reader: corpus folder not found")


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["show"])
    assert caught.value.code == 2


@pytest.mark.parametrize(
    "argv, plain, named",
    [([], True, None), (["--corpus", "dir"], True, "dir"), (["--corpus=dir"], True, "dir"),
     (["--corpus", "--help"], False, None), (["--corpus", ""], False, None), (["--corpus="], False, None),
     (["--corpus", "dir", "list"], False, None), (["list"], False, None), (["bogus"], False, None), (["-h"], False, None)],
)
def test_a_plain_tui_start_skips_the_parser_and_reads_the_folder_as_the_parser_would(argv, plain, named):
    assert launch.plain_tui_start(argv) == (plain, named)
    if plain:
        args = build_parser().parse_args(argv)
        assert args.command is None and getattr(args, "corpus", None) == named


def test_the_console_script_refuses_a_missing_folder_before_loading_anything(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "argv", ["reader", "--corpus", str(tmp_path / "nowhere\x1b[2J")])
    assert launch.main() == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: corpus folder not found") and "nowhere␛[2J" in err and "\x1b" not in err
    assert gc.isenabled()  # paused only once the app is on its way


def test_the_console_script_hands_everything_else_to_the_full_command_line(capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["reader", "list", "--json"])
    assert launch.main() == 0
    assert NEW_ARAB_ID in capsys.readouterr().out


def test_unknown_command_still_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["bogus"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'bogus'" in err and all(name in err for name in ("list", "show", "compare", "import", "check"))


def test_non_tui_commands_never_import_textual():
    code = (
        "import sys; from reader.cli import main; "
        "assert main(['list', '--json']) == 0; assert main(['check']) == 0; "
        "assert main(['show', sys.argv[1], '--json']) == 0; assert main(['show', sys.argv[1]]) == 0; "
        "assert main(['compare', sys.argv[1]]) == 0; "
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, PRESS_TV_ID], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_module_entry_point_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "reader", "show", NEW_ARAB_ID, "--json"], cwd=tmp_path, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["outlet"] == "The New Arab"


def test_list_reports_skipped_files_on_stderr(capsys):
    code, out, err = run(capsys, "list", "--corpus", str(Path(__file__).resolve().parents[1] / "fixtures" / "broken_corpus"))
    assert code == 0 and "good-untrusted-text" in out
    assert "reader: skipped python-tag.yaml: not allowed at line 1, column 5: tag !!python/object/apply:os.system" in err
    assert "reader: skipped zz-duplicate-id.yaml: duplicate id 'second-good'" in err


def test_file_names_and_reasons_are_printed_with_control_characters_neutralized(capsys, corpus_dir):
    write_article(corpus_dir, id="good")
    (corpus_dir / "evil\x1b]0;pwned\x07\u202e.yaml").write_text("id: [1, 2\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--corpus", str(corpus_dir))
    assert code == 1
    assert "evil␛]0;pwned␇\ufffd.yaml: invalid YAML" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    code, _, err = run(capsys, "list", "--corpus", str(corpus_dir))
    assert code == 0 and "reader: skipped evil␛]0;pwned␇\ufffd.yaml: invalid YAML" in err
    assert "\x1b" not in err and "\u202e" not in err
    code, _, err = run(capsys, "list", "--corpus", str(corpus_dir / "gone\x1b[2J"))
    assert code == 1 and err.startswith("reader: corpus folder not found") and "gone␛[2J" in err and "\x1b" not in err


def test_json_output_escapes_c1_and_bidi_characters_and_decodes_to_the_same_data(capsys, corpus_dir):
    name = "evil\u202e\x9b31m\x85.yaml"  # json.dumps would leave these raw for the terminal
    (corpus_dir / name).write_text("id: [1, 2\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--json", "--corpus", str(corpus_dir))
    assert code == 1
    assert not any(char in out for char in "\u202e\x9b\x85")
    assert "\\u202e\\u009b31m\\u0085" in out
    assert [Path(item["file"]).name for item in json.loads(out)] == [name]
