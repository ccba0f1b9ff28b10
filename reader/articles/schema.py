"""The corpus file format: validation of parsed YAML into an Article, and the reverse.

Every field is checked for type, because YAML 1.1 turns ``NO`` into False and a
bare ``2016-08-11`` into a date; every string goes through ``clean`` so no
control character reaches the screen.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from reader.articles.errors import CorpusError
from reader.articles.files import read_text
from reader.articles.model import Article, Caption, Removed
from reader.articles.strict_yaml import load_yaml
from reader.text.sanitize import clean

# Field order of a corpus file; the header fields come first so a cheap scan finds them.
HEADER_FIELDS = ("id", "title", "outlet", "date", "story")
FIELDS = (*HEADER_FIELDS, "language", "source_url", "byline", "body", "captions", "removed", "original")
REQUIRED = (*HEADER_FIELDS, "language", "body")

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,119}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
URL_PATTERN = re.compile(r"https?://\S+")


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        hint = ""
        if isinstance(value, bool):
            hint = " (YAML reads yes/no/on/off as true/false: quote the value)"
        elif isinstance(value, (int, float, dt.date)):
            hint = " (quote the value)"
        raise CorpusError(f"{name}: expected text, got {_kind(value)}{hint}")
    value = clean(value).strip()
    if not value:
        raise CorpusError(f"{name}: is empty")
    return value


def _optional_text(value: Any, name: str) -> str | None:
    return None if value is None else _text(value, name)


def _list(value: Any, name: str) -> list:
    if not isinstance(value, list):
        raise CorpusError(f"{name}: expected a list, got {_kind(value)}")
    return value


def _mapping(value: Any, name: str, required: tuple[str, ...], allowed: tuple[str, ...]) -> dict:
    """Check a mapping's keys; ``name`` prefixes messages ("captions[0]: ..."), empty at the top level."""
    where = f"{name}: " if name else ""
    if not isinstance(value, dict):
        raise CorpusError(f"{where}expected a mapping, got {_kind(value)}")
    unknown = [str(key) for key in value if key not in allowed]
    if unknown:
        raise CorpusError(f"{where}unknown field {unknown[0]!r} (allowed: {', '.join(allowed)})")
    missing = [key for key in required if key not in value]
    if missing:
        raise CorpusError(f"{where}missing field{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    return value


def parse_date(value: Any, name: str = "date") -> str:
    """An ISO 8601 date (a YAML date, or text such as "2016-08-11") as "YYYY-MM-DD"."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(value, name)
    try:
        if _ISO_DATE.fullmatch(text):
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise CorpusError(f"{name}: expected an ISO 8601 date such as 2016-08-11, got {text!r}") from None


def _paragraph(value: Any, name: str) -> str:
    # A paragraph is one line: inner line breaks would split it in the display text.
    return re.sub(r"[ \t]*\n\s*", " ", _text(value, name))


def _line_number(value: Any, name: str) -> int:
    if type(value) is int and value >= 1:
        return value
    got = value if type(value) is int else _kind(value)
    raise CorpusError(f"{name}: expected a line number (1 or more), got {got}")


def article_from_data(data: Any, path: Path | None = None) -> Article:
    """Validate a parsed corpus file field by field; CorpusError names the first bad field."""
    if not isinstance(data, dict):
        raise CorpusError(f"expected a mapping of article fields, got {_kind(data)}")
    _mapping(data, "", REQUIRED, FIELDS)
    article_id = _text(data["id"], "id")
    if not ID_PATTERN.fullmatch(article_id):
        raise CorpusError(f"id: {article_id!r} must be letters, digits, '.', '_' or '-' (at most 120)")
    language = _text(data["language"], "language")
    if not _LANGUAGE.fullmatch(language):
        raise CorpusError(f"language: expected a language tag such as en or pt-BR, got {language!r}")
    source_url = _optional_text(data.get("source_url"), "source_url")
    if source_url is not None and not URL_PATTERN.fullmatch(source_url):
        raise CorpusError(f"source_url: expected an http(s) address, got {source_url!r}")
    body = tuple(_paragraph(item, f"body[{i}]") for i, item in enumerate(_list(data["body"], "body")))
    if not body:
        raise CorpusError("body: has no paragraphs")
    captions = []
    for i, item in enumerate(_list(data.get("captions", []), "captions")):
        name = f"captions[{i}]"
        item = _mapping(item, name, ("text",), ("text", "credit"))
        captions.append(Caption(_text(item["text"], f"{name}.text"), _optional_text(item.get("credit"), f"{name}.credit")))
    removed = []
    for i, item in enumerate(_list(data.get("removed", []), "removed")):
        name = f"removed[{i}]"
        item = _mapping(item, name, ("text", "rule", "line"), ("text", "rule", "line"))
        removed.append(
            Removed(_text(item["text"], f"{name}.text"), _text(item["rule"], f"{name}.rule"), _line_number(item["line"], f"{name}.line"))
        )
    original = data.get("original")
    if original is not None and not isinstance(original, str):
        raise CorpusError(f"original: expected text, got {_kind(original)}")
    return Article(
        id=article_id,
        title=_text(data["title"], "title"),
        outlet=_text(data["outlet"], "outlet"),
        date=parse_date(data["date"]),
        story=_text(data["story"], "story"),
        language=language,
        body=body,
        captions=tuple(captions),
        removed=tuple(removed),
        source_url=source_url,
        byline=_optional_text(data.get("byline"), "byline"),
        original=None if original is None else clean(original),
        path=path,
    )


def article_to_data(article: Article) -> dict[str, Any]:
    """The fields of a corpus file in reading order; absent optional fields are left out."""
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date,
        "story": article.story,
        "language": article.language,
    }
    if article.source_url is not None:
        data["source_url"] = article.source_url
    if article.byline is not None:
        data["byline"] = article.byline
    data["body"] = list(article.body)
    data["captions"] = [
        {"text": c.text, "credit": c.credit} if c.credit is not None else {"text": c.text} for c in article.captions
    ]
    data["removed"] = [{"text": r.text, "rule": r.rule, "line": r.line} for r in article.removed]
    if article.original is not None:
        data["original"] = article.original
    return data


def parse_article(text: str, path: Path | None = None) -> Article:
    return article_from_data(load_yaml(text), path)


def read_article(path: Path) -> Article:
    """Read, guard, parse and validate one corpus file; CorpusError says why it failed."""
    return parse_article(read_text(path), path)
