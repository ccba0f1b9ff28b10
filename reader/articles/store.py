"""Writing articles into a corpus folder: readable YAML, atomic, never over an existing file."""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Collection
from pathlib import Path

import yaml

from reader.articles.model import Article
from reader.articles.schema import article_to_data


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """The safe dumper (libyaml's emitter where available) writing multi-line text as a literal block."""


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


def dump_article(article: Article) -> str:
    """The corpus-file YAML for ``article``: fields in reading order, one line per paragraph.

    Dates stay text: the dumper quotes "2016-08-11" because YAML would read it as a date.
    """
    return yaml.dump(
        article_to_data(article), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1_000_000
    )


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # platforms that cannot open folders (Windows)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_new(path: Path, text: str) -> None:
    """Create ``path`` holding ``text`` atomically; FileExistsError if it exists.

    The text goes to a temporary file in the same folder (flushed and fsynced),
    which is then hard-linked to ``path``: linking fails rather than replace an
    existing file, and readers never see a partly written one. Where hard links
    are unsupported the name is reserved with mode "x" and the temporary file
    ``os.replace``-d over that empty reservation.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            with open(path, "x"):
                pass
            os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    _fsync_dir(path.parent)


def save_article(article: Article, folder: Path, taken_ids: Collection[str] = ()) -> Article:
    """Write ``article`` as ``folder/<id>.yaml`` and return it with its final id and path.

    When the id is in ``taken_ids`` (ids already in the corpus) or its file exists,
    the id gets a suffix -2, -3, ... instead: an existing file is never overwritten.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, 10_000):
        article_id = article.id if n == 1 else f"{article.id}-{n}"
        path = folder / f"{article_id}.yaml"
        if article_id in taken_ids or path.exists():
            continue
        saved = dataclasses.replace(article, id=article_id, path=path)
        try:
            write_new(path, dump_article(saved))
        except FileExistsError:
            continue  # created by someone else meanwhile
        return saved
    raise FileExistsError(f"no free id for {article.id!r} in {folder}")
