"""A folder of article files: a cheap listing at open, strict parsing on demand.

``Corpus.open`` reads only the first bytes of each file (see ``header``), so a
corpus of thousands of articles lists at once; ``load`` parses and validates one
article in full when it is shown. A file that fails either step becomes a
Problem and never stops the rest loading.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Sequence
from pathlib import Path

from reader.articles.errors import CorpusError
from reader.articles.files import MAX_BYTES
from reader.articles.header import read_headers
from reader.articles.model import Article, Entry, Problem
from reader.articles.query import Query, fold, may_hold
from reader.articles.schema import read_article

__all__ = ["Corpus", "CorpusError", "article_files", "flat_text"]

ARTICLE_SUFFIXES = (".yaml", ".yml")
REGISTRY_NAMES = frozenset({"entities.yaml", "entities.yml"})  # the alias registry, not an article


def _is_article_name(name: str) -> bool:
    return name.endswith(ARTICLE_SUFFIXES) and not name.startswith(".") and name not in REGISTRY_NAMES


def article_files(root: Path) -> list[tuple[str, Path]]:
    """(name, path) of the article files of a corpus folder, sorted by name (hidden and temporary
    files skipped). A folder named like an article file is listed too, and fails to read as one.

    ``Path.iterdir`` builds each path far more cheaply than joining names, which counts at startup.
    """
    files = [(path.name, path) for path in root.iterdir()]
    files = [file for file in files if _is_article_name(file[0])]
    files.sort()  # names are unique, so paths are never compared
    return files


def _sort_key(entry: Entry) -> str:
    """Story, date, outlet, title: one string compares faster than a tuple of four, and orders
    alike as loaded strings never hold NUL (sanitize replaces it)."""
    return f"{entry.story}\0{entry.date}\0{entry.outlet}\0{entry.title}"


_by_file = operator.attrgetter("path")


def _entry(path: Path, article: Article) -> Entry:
    return Entry(path, article.id, article.title, article.outlet, article.date, article.story)


def _duplicate(path: Path, article_id: str, first: Path) -> Problem:
    return Problem(path, f"duplicate id {article_id!r} (already used by {first.name})")


def _settle_claims(claims: dict[str, list[Path]]) -> tuple[dict[str, Path], list[Problem]]:
    """Give each id to one of the files claiming it: the file named after the id, else the first
    by name, so a copy saved under another name never hides the original. The others are problems."""
    owners: dict[str, Path] = {}
    problems: list[Problem] = []
    for article_id, paths in claims.items():
        owner = next((path for path in paths if path.stem == article_id), paths[0])
        owners[article_id] = owner
        problems.extend(_duplicate(path, article_id, owner) for path in paths if path is not owner)
    return owners, problems


def _drop_duplicates(found: list[Entry], clashing: set[str]) -> tuple[list[Entry], list[Problem]]:
    """``found`` with one entry per id in ``clashing`` (see ``_settle_claims``), and the others as problems."""
    claims: dict[str, list[Path]] = {}
    for entry in found:
        if entry.id in clashing:
            claims.setdefault(entry.id, []).append(entry.path)
    owners, duplicates = _settle_claims(claims)
    kept = [entry for entry in found if entry.id not in clashing or owners[entry.id] is entry.path]
    return kept, duplicates


class Corpus:
    def __init__(self, root: Path, entries: list[Entry], problems: list[Problem]) -> None:
        self.root = root
        self.entries = entries
        self.problems = problems
        self._by_id = {entry.id: entry for entry in entries}
        self._articles: dict[str, Article] = {}
        self._search_texts: dict[str, str] = {}
        self._headings: dict[str, str] = {}
        self._lock = threading.Lock()

    @classmethod
    def open(cls, root: Path) -> Corpus:
        """List the corpus from file headers; files that fail are in ``problems``."""
        root = Path(root)
        if not root.is_dir():
            raise CorpusError(f"corpus folder not found: {root}")
        found: list[Entry] = []
        problems: list[Problem] = []
        first: dict[str, Entry] = {}  # only ids claimed twice cost more than this lookup
        clashing: set[str] = set()
        files = article_files(root)
        headers = read_headers(root, [name for name, _ in files])
        for (_, path), header in zip(files, headers):
            if isinstance(header, CorpusError):
                problems.append(Problem(path, str(header)))
                continue
            if header is None:  # an unusual layout: parse this one in full
                try:
                    entry = _entry(path, read_article(path))
                except CorpusError as err:
                    problems.append(Problem(path, str(err)))
                    continue
            else:
                entry = Entry(path, *header)
            found.append(entry)
            if first.setdefault(entry.id, entry) is not entry:
                clashing.add(entry.id)
        if clashing:
            found, duplicates = _drop_duplicates(found, clashing)
            problems = sorted(problems + duplicates, key=_by_file)
        found.sort(key=_sort_key)
        return cls(root, found, problems)

    def get(self, article_id: str) -> Entry | None:
        return self._by_id.get(article_id)

    def load(self, entry_or_id: Entry | str) -> Article:
        """The article parsed and validated in full (cached); CorpusError says why not."""
        entry = self.get(entry_or_id) if isinstance(entry_or_id, str) else entry_or_id
        if entry is None:
            raise CorpusError(f"no article with id {entry_or_id!r}")
        article = self._articles.get(entry.id)
        if article is None:
            article = self._read(entry)
            with self._lock:
                self._articles[entry.id] = article
        return article

    def _read(self, entry: Entry) -> Article:
        try:
            return read_article(entry.path)
        except CorpusError as err:
            with self._lock:
                self.problems = [p for p in self.problems if p.path != entry.path] + [Problem(entry.path, str(err))]
            raise

    def validate_all(self) -> list[Problem]:
        """Parse and validate every file in full (for ``reader check`` and a background check)."""
        problems: list[Problem] = []
        claims: dict[str, list[Path]] = {}
        for _, path in article_files(self.root):
            try:
                article = read_article(path)
            except CorpusError as err:
                problems.append(Problem(path, str(err)))
                continue
            claims.setdefault(article.id, []).append(path)
        problems.extend(_settle_claims(claims)[1])
        problems.sort(key=_by_file)
        with self._lock:
            self.problems = list(problems)
        return problems

    def by_story(self) -> dict[str, list[Entry]]:
        stories: dict[str, list[Entry]] = {}
        for entry in self.entries:
            stories.setdefault(entry.story, []).append(entry)
        return stories

    def search(self, text: str) -> list[Entry]:
        """Entries holding every term of the query (see ``query.Query``) in their title, outlet
        and body text together; safe in a worker thread.

        Bodies are parsed on first search and only their folded text is cached
        (not the articles); articles that fail to load match on title and outlet only.
        A file whose raw text lacks one of the query's ASCII words cannot match
        and is not parsed: YAML never escapes ASCII letters or digits, nor
        splits a word when it folds a line.
        """
        query = Query.parse(text)
        if not query:
            return list(self.entries)
        words = query.ascii_words()
        hits = []
        for entry in self.entries:
            head = self.heading(entry)
            if query.matches(head):
                hits.append(entry)
                continue
            body = self._search_texts.get(entry.id)
            if body is None and words and not _may_contain(entry.path, words):
                continue
            if query.matches(f"{head} {body if body is not None else self._search_text(entry)}"):
                hits.append(entry)
        return hits

    def same_body(self, body: Sequence[str]) -> Entry | None:
        """The first article whose body is ``body``, spacing and paragraph breaks aside, or None;
        so ``reader import`` can warn that a file repeats an article already in the corpus.

        Only files holding the body's longest ASCII words are parsed (see ``search``), so a
        large corpus is read, not parsed; files that fail to load never match.
        """
        wanted = flat_text(body)
        words = sorted({word.lower().encode() for word in _ANY_ASCII_WORD.findall(wanted)}, key=len, reverse=True)
        for entry in self.entries:
            if not _may_contain(entry.path, words[:_SAME_BODY_WORDS]):
                continue
            try:
                article = self.load(entry)
            except CorpusError:
                continue
            if flat_text(article.body) == wanted:
                return entry
        return None

    def heading(self, entry: Entry) -> str:
        """The entry's title and outlet folded as queries compare them (what the list filters on
        as you type); kept, as folding 10,000 of them at every key press would lag."""
        heading = self._headings.get(entry.id)
        if heading is None:
            heading = self._headings[entry.id] = fold(f"{entry.title} {entry.outlet}")
        return heading

    def _search_text(self, entry: Entry) -> str:
        try:
            article = self._articles.get(entry.id) or self._read(entry)
            text = fold(article.text)
        except CorpusError:
            text = ""
        with self._lock:
            self._search_texts[entry.id] = text
        return text


def _may_contain(path: Path, words: list[bytes]) -> bool:
    """Whether the raw file, folded as queries are, holds every (ASCII) word: a cheap test
    before a full parse. A file with escapes ("\\u00e7") might spell a word another way: parse it."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError:
        return True  # let the full read record the problem
    return b"\\" in raw or may_hold(raw, words)


# Taken from the text as written, then lowercased as ASCII only, as ``_may_contain`` lowercases
# the raw bytes: casefolding first would turn "Straße" into a word the file does not hold.
_ANY_ASCII_WORD = re.compile(r"[0-9A-Za-z]+")
_SAME_BODY_WORDS = 24  # enough to tell articles apart; each one is a scan of the raw file


def flat_text(body: Sequence[str]) -> str:
    """A body as one line of single-spaced words: two bodies are the same text when these are equal."""
    return " ".join(" ".join(body).split())
