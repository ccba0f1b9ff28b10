"""Writing corpus files: readable YAML, atomic, never over an existing file."""

from __future__ import annotations

import os

import pytest
import yaml

from article_helpers import SAMPLE, make_article
from reader.articles import store
from reader.articles.model import Caption
from reader.articles.schema import parse_article, read_article
from reader.articles.store import dump_article, save_article, write_new


def test_dump_is_readable_and_round_trips():
    article = make_article(
        title="yes",  # would be a boolean unquoted
        byline="Jane Doe",
        source_url="https://example.org/x",
        captions=(Caption("No credit here"),),
        original="Line one\n\n  indented [IS] ©AP\nlast\n",
    )
    text = dump_article(article)
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0].isalpha()]
    assert keys == ["id", "title", "outlet", "date", "story", "language", "source_url", "byline", "body", "captions", "removed", "original"]
    assert "date: '2020-01-02'" in text and "title: 'yes'" in text
    assert "original: |" in text
    assert "- First paragraph about the harbour.\n" in text
    assert parse_article(text) == article
    assert yaml.safe_load(text)["date"] == "2020-01-02"


def test_save_writes_and_never_overwrites(tmp_path):
    first = save_article(SAMPLE, tmp_path)
    assert first.path == tmp_path / f"{SAMPLE.id}.yaml" and first.id == SAMPLE.id
    before = first.path.read_bytes()
    second = save_article(make_article(title="Another"), tmp_path)
    third = save_article(SAMPLE, tmp_path)
    assert (second.id, third.id) == (f"{SAMPLE.id}-2", f"{SAMPLE.id}-3")
    assert first.path.read_bytes() == before
    assert read_article(second.path).id == second.id and read_article(second.path).title == "Another"


def test_taken_ids_get_a_new_id_even_without_a_file(tmp_path):
    saved = save_article(SAMPLE, tmp_path, taken_ids={SAMPLE.id, f"{SAMPLE.id}-2"})
    assert saved.id == f"{SAMPLE.id}-3"


def test_a_file_appearing_meanwhile_is_not_overwritten(tmp_path, monkeypatch):
    # Someone creates the file between our existence check and the link.
    target = tmp_path / f"{SAMPLE.id}.yaml"
    real_link = os.link

    def racing_link(src, dst):
        if str(dst) == str(target) and not target.exists():
            target.write_text("theirs")
        return real_link(src, dst)

    monkeypatch.setattr(store.os, "link", racing_link)
    saved = save_article(SAMPLE, tmp_path)
    assert target.read_text() == "theirs"
    assert saved.id == f"{SAMPLE.id}-2"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, saved.path.name])


def test_failure_while_writing_leaves_no_file(tmp_path, monkeypatch):
    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        save_article(SAMPLE, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_without_hard_links_reserves_the_name_then_replaces(tmp_path, monkeypatch):
    def no_links(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(store.os, "link", no_links)
    path = tmp_path / "a.yaml"
    write_new(path, "one\n")
    assert path.read_text() == "one\n"
    with pytest.raises(FileExistsError):
        write_new(path, "two\n")
    assert path.read_text() == "one\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]
