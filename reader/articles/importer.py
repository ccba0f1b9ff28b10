"""Turn a plain-text or Markdown web article into an Article.

The importer finds the title, drops site boilerplate (see ``boilerplate``),
turns a bare date line and a byline into metadata, and moves photo captions
out of the body with their credits. Every line it drops is listed in
``removed`` (rule and line number) and the whole source is kept in
``original``, so nothing is lost; ``dropped_prose`` finds what a rule took
that reads like the article's own sentences, for the import to say so.

Without ``story``, an article's story key is its own id: a story of one until
the user files it with other accounts of the same event (``--story``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.articles import boilerplate
from reader.articles.errors import CorpusError
from reader.articles.files import read_text
from reader.articles.model import Article, Caption, Removed
from reader.articles.schema import URL_PATTERN, article_from_data, article_to_data, parse_date
from reader.articles.strict_yaml import load_yaml
from reader.text.sanitize import clean

MAX_ID = 96
DEFAULT_OUTLET = "Unknown"
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TOP_OF_PAGE = 12  # a byline or the outlet's masthead sits among the first lines of a page

_HEADING = re.compile(r"(#{1,6})\s+(.*?)(\s+#+)?")
_LIST_ITEM = re.compile(r"([-*+]|\d{1,3}[.)])\s+")
_MD_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)\s]*(\s+\"[^\"]*\")?\)"), r"\1"),  # [text](url "title")
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # <https://...>
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # backslash escapes
)


def slugify(text: str, max_length: int = MAX_ID) -> str:
    """Lowercase ASCII words joined by hyphens, cut at a word boundary within ``max_length``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
    return slug.strip("-")


def make_id(outlet: str, date: str, title: str) -> str:
    return slugify(f"{outlet} {date} {title}") or "article"


def _markdown_inline(line: str) -> str:
    for pattern, replacement in _MD_INLINE:
        line = pattern.sub(replacement, line)
    return line


def _same_words(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a.casefold()) == re.sub(r"\W+", "", b.casefold())


def _ends_sentence(text: str) -> bool:
    return text.rstrip(boilerplate.CLOSERS)[-1:] in boilerplate.SENTENCE_END


@dataclass
class _Line:
    number: int  # 1-based, in the source
    raw: str  # stripped source line, as recorded in ``removed``
    text: str  # what a reader sees (Markdown marks removed)
    block_start: bool = False  # a blank line (or the start) precedes it
    standalone: bool = False  # a Markdown heading or list item: never joined to a neighbour


def _front_matter(raw_lines: list[str]) -> tuple[dict, int]:
    """Metadata from Markdown front matter (between "---" lines), and how many lines it spans."""
    if not raw_lines or raw_lines[0].strip() != "---":
        return {}, 0
    end = next((i for i in range(1, len(raw_lines)) if raw_lines[i].strip() in ("---", "...")), None)
    if end is None:
        return {}, 0
    try:
        loaded = load_yaml("\n".join(raw_lines[1:end]))
    except CorpusError:
        loaded = None
    return (loaded if isinstance(loaded, dict) else {}), end + 1


def _split_lines(raw_lines: list[str], start: int, markdown: bool) -> list[_Line]:
    """The non-blank source lines from ``start`` on, with the text a reader sees."""
    lines: list[_Line] = []
    blank = True
    for i in range(start, len(raw_lines)):
        raw = raw_lines[i].strip()
        if not raw:
            blank = True
            continue
        shown, standalone = raw, False
        if markdown:
            heading = _HEADING.fullmatch(raw)
            if heading:
                shown, standalone = heading.group(2), True
            else:
                shown = re.sub(r"^(>\s?)+", "", shown)
                item = _LIST_ITEM.match(shown)
                if item and boilerplate.line_rule(shown) is None:  # "* * *" is a rule, not an item
                    shown, standalone = shown[item.end() :], True
            if boilerplate.line_rule(shown) != "image":
                shown = _markdown_inline(shown).strip()
        lines.append(_Line(i + 1, raw, shown, block_start=blank, standalone=standalone))
        blank = False
    return lines


def _front_text(front: dict, *keys: str) -> str | None:
    for key in keys:
        value = front.get(key)
        if isinstance(value, str) and value.strip():
            return clean(value).strip()
    return None


@dataclass
class _Paragraph:
    text: str
    last_line: int
    lines: int = 1
    standalone: bool = False


def _continues(paragraph: _Paragraph, line: _Line, markdown: bool) -> bool:
    """Whether ``line`` carries on ``paragraph`` (hard-wrapped text) rather than starting a new one.

    Markdown joins every line of a block. Plain text joins only what looks wrapped: the
    previous line does not end a sentence and is long, or the new line starts lowercase;
    pages that put one paragraph per line keep each line apart.
    """
    if line.block_start or line.standalone or paragraph.standalone or paragraph.last_line != line.number - 1:
        return False
    if markdown:
        return True
    return not _ends_sentence(paragraph.text) and (len(paragraph.text) >= 40 or line.text[:1].islower())


def _link_line(lines: list[_Line], position: int) -> bool:
    """Whether the line at ``position`` reads as a link's title: not prose, and not the first part of a
    hard-wrapped sentence (the next line carries on in lowercase)."""
    line = lines[position]
    following = lines[position + 1] if position + 1 < len(lines) else None
    wrapped = following is not None and not following.block_start and following.text[:1].islower()
    return not wrapped and not boilerplate.reads_as_prose(line.text)


def _is_page_furniture(text: str) -> bool:
    """Whether a line is boilerplate, a date, a byline or a caption: never the title."""
    return bool(
        boilerplate.line_rule(text) or boilerplate.date_line(text) or boilerplate.byline(text)
        or boilerplate.caption_line(text)
    )


def _is_masthead(position: int, line: _Line, outlet: str | None) -> bool:
    """Whether ``line`` is the outlet's name near the top of the page (only for an outlet the user
    or the front matter named: the default "Unknown" is nobody's masthead)."""
    return outlet is not None and position < TOP_OF_PAGE and boilerplate.masthead(line.text, outlet)


def import_text(
    text: str,
    *,
    outlet: str | None = None,
    date: str | None = None,
    story: str | None = None,
    title: str | None = None,
    language: str = "en",
    markdown: bool | None = None,
) -> Article:
    """Build an Article from the text of a web article; CorpusError when no article is found.

    ``markdown`` None means: treat as Markdown when a line starts with a "# " heading.
    """
    source = clean(text)
    if markdown is None:
        markdown = re.search(r"^#{1,6}\s+\S", source, re.MULTILINE) is not None
    raw_lines = source.split("\n")
    front, skip = _front_matter(raw_lines) if markdown else ({}, 0)
    removed = [Removed(raw_lines[i].strip(), "front-matter", i + 1) for i in range(skip) if raw_lines[i].strip()]
    lines = _split_lines(raw_lines, skip, markdown)

    named_outlet = clean(outlet).strip() if outlet else _front_text(front, "outlet", "publisher", "site")
    front_title = _front_text(front, "title")
    title = clean(title).strip() if title else front_title and _markdown_inline(front_title)
    title_line = None
    if not title:
        content = [
            ln for at, ln in enumerate(lines)
            if not _is_page_furniture(ln.text) and not _is_masthead(at, ln, named_outlet)
        ]
        headings = [ln for ln in content if markdown and ln.raw.startswith("# ")]
        if not content:
            raise CorpusError("no article text found")
        title_line = (headings or content)[0]
        title = title_line.text

    captions: list[Caption] = []
    paragraphs: list[_Paragraph] = []
    found_date = None
    found_byline = None
    ended_by = None  # a rule after which the rest of the page is footer
    in_links = False  # under a links heading ("Related"): its block's link lines go with it
    for position, line in enumerate(lines):
        if line.block_start:
            in_links = False
        rule = ended_by
        if line is title_line:
            rule = "title"
        elif rule is None and _same_words(line.text, title):
            rule = "repeated-title"
        elif rule is None and _is_masthead(position, line, named_outlet):
            rule = "masthead"
        elif rule is None:
            rule = boilerplate.line_rule(line.text)
            if rule in boilerplate.ENDS_ARTICLE:
                ended_by = rule
            elif rule is None and in_links and _link_line(lines, position):
                rule = "related"
        if rule is None and (day := boilerplate.date_line(line.text)):
            rule = "date"
            found_date = found_date or day.isoformat()
        if rule is None and position < TOP_OF_PAGE and (names := boilerplate.byline(line.text)):
            rule = "byline"
            found_byline = found_byline or names
        # The links run on over other boilerplate and stop at the first line kept (prose, a caption).
        in_links = rule is not None and (in_links or (rule == "related" and boilerplate.heads_links(line.text)))
        if rule is not None:
            removed.append(Removed(line.raw, rule, line.number))
            continue
        caption = boilerplate.caption_line(line.text)
        if caption is not None:
            if caption.text:
                captions.append(Caption(caption.text, caption.credit))
            elif paragraphs and paragraphs[-1].last_line == line.number - 1 and paragraphs[-1].lines == 1:
                # A credit alone on its line names the photo whose caption is the line above.
                captions.append(Caption(paragraphs.pop().text, caption.credit))
            else:
                removed.append(Removed(line.raw, "credit", line.number))
            continue
        if paragraphs and _continues(paragraphs[-1], line, markdown):
            paragraphs[-1].text += " " + line.text
            paragraphs[-1].last_line = line.number
            paragraphs[-1].lines += 1
        else:
            paragraphs.append(_Paragraph(line.text, line.number, standalone=line.standalone))

    if not paragraphs:
        raise CorpusError("no article text found after removing boilerplate")
    if date is not None:
        article_date = parse_date(date, "--date")
    elif (front_date := front.get("date")) is not None:
        article_date = parse_date(front_date, "front matter date")
    elif found_date is not None:
        article_date = found_date
    else:
        raise CorpusError("no date line found: give --date YYYY-MM-DD")
    outlet = named_outlet or DEFAULT_OUTLET
    article_id = make_id(outlet, article_date, title)
    source_url = _front_text(front, "source_url", "url", "link")
    article = Article(
        id=article_id,
        title=title,
        outlet=outlet,
        date=article_date,
        story=clean(story).strip() if story else article_id,
        language=language,
        body=tuple(p.text for p in paragraphs),
        captions=tuple(captions),
        removed=tuple(sorted(removed, key=lambda r: r.line)),
        source_url=source_url if source_url and URL_PATTERN.fullmatch(source_url) else None,
        byline=_front_text(front, "byline", "author") or found_byline,
        original=source,
    )
    # Check it as the loader will, so the importer never writes a file the corpus refuses.
    return article_from_data(article_to_data(article))


# A rule may drop this many lines that could be prose in a row before the import says so (a
# WordPress comment form has one: "Your email address will not be published. ...").
QUIET_PROSE = 2
METADATA_RULES = frozenset({"front-matter"})


@dataclass(frozen=True, slots=True)
class DroppedProse:
    """Lines one rule removed that could have been the article's prose, for a warning."""

    rule: str
    lines: tuple[int, ...]  # 1-based source lines that read as prose


def dropped_prose(article: Article) -> list[DroppedProse]:
    """Per rule, the prose-like lines of each run of consecutive removed lines (blank lines between
    do not break a run) that holds more than QUIET_PROSE of them; the user is told, never left to
    find a lost paragraph in ``removed``."""
    source = (article.original or "").split("\n")

    def adjacent(earlier: int, later: int) -> bool:
        if later > len(source):  # no source kept: only next-door lines
            return later == earlier + 1
        return all(not text.strip() for text in source[earlier : later - 1])

    runs: list[list[Removed]] = []
    for item in sorted(article.removed, key=lambda r: r.line):
        if runs and runs[-1][-1].rule == item.rule and adjacent(runs[-1][-1].line, item.line):
            runs[-1].append(item)
        else:
            runs.append([item])
    found: dict[str, list[int]] = {}
    for run in runs:
        prose = [item.line for item in run if boilerplate.reads_as_prose(item.text)]
        if len(prose) > QUIET_PROSE and run[0].rule not in METADATA_RULES:
            found.setdefault(run[0].rule, []).extend(prose)
    return [DroppedProse(rule, tuple(lines)) for rule, lines in found.items()]


def import_file(path: Path, **options) -> Article:
    """Import one file; CorpusError (one line) when it is binary, empty, too large or not UTF-8."""
    options.setdefault("markdown", True if path.suffix.lower() in MARKDOWN_SUFFIXES else None)
    return import_text(read_text(path), **options)
