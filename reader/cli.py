"""The ``reader`` command line: the TUI by default, plus list, show, compare, import and check.

Each subcommand is one ``add_*`` function declaring its arguments and one
``cmd_*`` handler, registered in ``COMMANDS``. Only the TUI branch imports
Textual, so the other subcommands start fast and work without a terminal UI.

The corpus is ``--corpus DIR``, else ``$READER_CORPUS``, else the bundled one;
``import`` will not write into the bundled corpus of an installed package.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from reader.articles.corpus import Corpus, article_files, flat_text
from reader.articles.errors import CorpusError
from reader.articles.model import Article, Entry
from reader.paths import CORPUS_ENV, bundled_corpus, named_corpus
from reader.launch import launch_tui
from reader.text.sanitize import escape_unsafe, sanitize

if TYPE_CHECKING:
    from reader.annotate import Annotations

PACKAGE_DIR = Path(__file__).resolve().parent
CORPUS_HELP = f"corpus folder (default: ${CORPUS_ENV} if set, else the bundled corpus)"
# Exit status: 0 done; 1 a file is at fault (a broken article, a refused import, a missing corpus folder,
# `check` found problems); 2 the request is at fault (an unknown option or id, an article compared with
# itself, a story with no other account to compare).
FILE_PROBLEM = 1
USAGE_ERROR = 2
# `reader list` validates every file in full up to this many files (about 0.8 ms each), and above it
# lists from the file headers and says so: see ``listed_entries``.
FULL_LIST_CHECK = 200


def chosen_corpus(args: argparse.Namespace) -> Path | None:
    """The corpus the user named (--corpus, then $READER_CORPUS), or None for the bundled one."""
    return named_corpus(getattr(args, "corpus", None))


def corpus_root(args: argparse.Namespace) -> Path:
    return chosen_corpus(args) or bundled_corpus()


def open_corpus(args: argparse.Namespace) -> Corpus:
    return Corpus.open(corpus_root(args))


class UsageError(Exception):
    """A mistake in what the user asked for (an unknown id...): one line, exit status 2."""


def find_entry(corpus: Corpus, article_id: str) -> Entry:
    entry = corpus.get(article_id)
    if entry is None:
        raise UsageError(f"no article with id {article_id!r} (see `reader list`)")
    return entry


def load_article(corpus: Corpus, entry: Entry) -> Article:
    """The article in full; a broken file is a CorpusError naming the file, as `reader check` does."""
    try:
        return corpus.load(entry)
    except CorpusError as err:
        raise CorpusError(f"{entry.path.name}: {err}") from None


def say_if_empty(corpus: Corpus, articles: int) -> None:
    """With no article to show, say so on stderr and how to add some (the output alone is silent)."""
    if articles:
        return
    import shlex

    unreadable = " that can be read" if corpus.problems else ""
    warn(f"no articles{unreadable} in {corpus.root}; add some with "
         f"`reader import FILE... --corpus {shlex.quote(str(corpus.root))}`")


def warn(message: object) -> None:
    """One line on stderr; sanitized, as messages may echo file names and file content."""
    print(f"reader: {sanitize(str(message))}", file=sys.stderr)


def print_json(value: object) -> None:
    import json  # here, not at the top: the TUI never needs it

    sys.stdout.write(escape_unsafe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def entry_json(entry: Entry) -> dict:
    return {"id": entry.id, "title": entry.title, "outlet": entry.outlet, "date": entry.date, "story": entry.story}


def article_json(article: Article) -> dict:
    """What ``show --json`` prints; ``text`` is exactly the text the reading view shows."""
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date,
        "story": article.story,
        "text": article.text,
    }


def annotate_articles(corpus: Corpus, articles: list[Article]) -> list[Annotations]:
    """Annotations of each article with the corpus's alias registry (bundled + the corpus's own
    entities.yaml); registry problems are reported on stderr and never stop the command."""
    from reader.annotate import annotate_article, load_registry

    registry = load_registry(corpus.root)
    for problem in registry.problems:
        warn(problem)
    return [annotate_article(article, registry) for article in articles]


def article_renderables(article: Article, annotations: Annotations, entities: bool, quotes: bool) -> list:
    """Title, outlet and date, a legend, the highlighted body, the captions apart, then the
    entity and quote indexes; all built as Text with styles by offset, never markup."""
    from reader.annotate import render

    meta = Text.assemble((sanitize(article.outlet), "bold"), " · ", sanitize(article.date))
    if article.byline:
        meta.append(f" · by {sanitize(article.byline)}")
    parts: list = [Text(sanitize(article.title), style="bold underline"), meta]
    parts += [render.legend(annotations, entities, quotes), Text("")]
    for k, block in enumerate(render.body(article.text, annotations, entities, quotes)):
        if k:
            parts.append(Text(""))
        parts.append(block)
    if article.captions:
        parts.append(Text(""))
        for caption in article.captions:
            line = Text("Photo: ", style="dim italic")
            line.append(sanitize(caption.text), style="italic")
            if caption.credit:
                line.append(f" ({sanitize(caption.credit)})", style="dim")
            parts.append(line)
    if entities and annotations.entities:
        parts += [Text(""), Text("Entities", style="bold underline"), render.entity_index(annotations.entities)]
    if quotes and annotations.quotes:
        parts += [Text(""), render.quote_index(annotations.quotes)]
    return parts


def add_layer_options(parser: argparse.ArgumentParser, also: str = "") -> None:
    """--no-entities / --no-quotes switch a highlight layer off (``also``: what else they drop)."""
    parser.add_argument("--no-entities", dest="entities", action="store_false", help=f"no entity highlights{also}")
    parser.add_argument("--no-quotes", dest="quotes", action="store_false", help=f"no quotation highlights{also}")


# ---- subcommands -------------------------------------------------------------


def add_list(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("list", parents=[common], help="list the articles, grouped by story")
    parser.add_argument("--json", action="store_true", help="print JSON")


def listed_entries(corpus: Corpus) -> tuple[list[Entry], bool]:
    """The entries `reader list` prints, and whether each file was validated in full.

    The header scan reads a file's first kilobyte, so a file broken further down would be listed
    as if sound. A corpus of up to FULL_LIST_CHECK files is validated in full (under 0.2 s), so
    what is listed is what loads and the rest is reported like any broken file. A larger corpus is
    listed from the headers, which keeps `list` as fast as the app's startup, and the caller says
    on stderr that `reader check` validates the files.
    """
    if len(corpus.entries) + len(corpus.problems) > FULL_LIST_CHECK:
        return corpus.entries, False
    broken = {problem.path for problem in corpus.validate_all()}
    return [entry for entry in corpus.entries if entry.path not in broken], True


def cmd_list(args: argparse.Namespace, console: Console) -> int:
    corpus = open_corpus(args)
    entries, validated = listed_entries(corpus)
    if args.json:
        print_json([entry_json(entry) for entry in entries])
    else:
        stories: dict[str, list[Entry]] = {}
        for entry in entries:
            stories.setdefault(entry.story, []).append(entry)
        for story, members in stories.items():
            console.print(Text(sanitize(story), style="bold"))
            for entry in members:
                fields = [sanitize(field) for field in (entry.date, entry.outlet, entry.title, entry.id)]
                console.print(Text.assemble("  ", fields[0], "  ", (fields[1], "cyan"), "  ", fields[2], "  ", (fields[3], "dim")))
    for problem in corpus.problems:
        warn(f"skipped {problem}")
    if not validated:
        warn(f"{len(entries)} articles listed from their first kilobyte only; `reader check` validates every file in full")
    say_if_empty(corpus, len(entries))
    return 0


def add_show(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "show", parents=[common], help="print one article with its entities and quotations highlighted",
        description="Print one article: entities highlighted by type (with a label tag), quoted speech "
        "set apart with its speaker, a legend, and indexes of entities and speakers.",
    )
    parser.add_argument("id", help="the article id (see `reader list`)")
    parser.add_argument(
        "--json", action="store_true",
        help='print {"id","title","outlet","date","story","text","entities","quotes"}; offsets index "text"',
    )
    add_layer_options(parser, also=" (an empty list in --json)")


def cmd_show(args: argparse.Namespace, console: Console) -> int:
    corpus = open_corpus(args)
    article = load_article(corpus, find_entry(corpus, args.id))
    [annotations] = annotate_articles(corpus, [article])
    if args.json:
        from reader.annotate import to_json

        layers = to_json(annotations)  # every key always there: the shape is fixed, a layer left out is empty
        wanted = {"entities": args.entities, "quotes": args.quotes}
        print_json({**article_json(article), **{name: items if wanted[name] else [] for name, items in layers.items()}})
    else:
        for part in article_renderables(article, annotations, args.entities, args.quotes):
            console.print(part, soft_wrap=False)
    return 0


def add_compare(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "compare", parents=[common], help="two accounts of a story side by side, aligned sentence by sentence",
        description="Align two articles sentence by sentence and print them side by side with the "
        "word differences, shared quotations, a summary and the naming table. With one id, the "
        "other account is the next article of the same story.",
    )
    parser.add_argument("left", metavar="A", help="the article shown on the left")
    parser.add_argument("right", metavar="B", nargs="?", help="the article on the right (default: another "
                        "article with A's story key)")
    parser.add_argument("--json", action="store_true",
                        help='print {"left","right","rows","shared_quotes","summary","terms"}')
    parser.add_argument("--width", metavar="N", type=width_value, help="output width in columns (default: the terminal's)")
    add_layer_options(parser)


def width_value(text: str) -> int:
    try:
        width = int(text)
    except ValueError:
        width = 0
    if width < 40:
        raise argparse.ArgumentTypeError(f"expected a whole number of columns, at least 40 (got {text!r})")
    return width


def partner_of(corpus: Corpus, entry: Entry) -> Article:
    """The account compared with ``entry`` by default: the next one of its story, in list order,
    that loads. Broken ones are skipped with a word on stderr; if every other one is broken, the
    first one's problem is the error (exit 1), not "no other article"."""
    story = corpus.by_story()[entry.story]
    at = story.index(entry)
    following = story[at + 1 :] + story[:at]
    if not following:
        raise UsageError(f"story {entry.story!r} has no other article than {entry.id!r}; give a second id")
    problems = []
    for other in following:
        try:
            article = load_article(corpus, other)
        except CorpusError as err:
            problems.append(err)
            continue
        for problem in problems:
            warn(f"skipped {problem}")
        return article
    raise CorpusError(f"story {entry.story!r} has no other article that loads: {problems[0]}")


def cmd_compare(args: argparse.Namespace, console: Console) -> int:
    corpus = open_corpus(args)
    entries = [find_entry(corpus, ident) for ident in (args.left, args.right) if ident is not None]
    if len(entries) == 2 and entries[0].id == entries[1].id:
        raise UsageError(f"{entries[0].id!r} compared with itself: name two different articles")
    articles = [load_article(corpus, entry) for entry in entries]  # a broken file is named before anything else
    if len(articles) == 1:
        articles.append(partner_of(corpus, entries[0]))
    from reader.compare import compare

    annotations = annotate_articles(corpus, articles)
    comparison = compare(*articles, *annotations)
    if args.json:
        print_json(comparison.to_json())
        return 0
    from reader.annotate.render import highlights
    from reader.compare.render import render

    if args.width:
        console.width = args.width
    marks = [highlights(a, args.entities, args.quotes) for a in annotations]
    console.print(render(comparison, *marks), soft_wrap=False)
    return 0


def add_import(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "import", parents=[common], help="add plain-text or Markdown articles to a corpus",
        description="Turn plain-text or Markdown articles into corpus files. They go to --corpus DIR, else "
        f"${CORPUS_ENV}; with neither, to the bundled corpus, which only a source checkout allows: an "
        "installed copy will not write inside its own package.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path)
    parser.add_argument("--outlet", help="the outlet that published it")
    parser.add_argument("--date", help="publication date, YYYY-MM-DD (default: a date line in the file)")
    parser.add_argument("--story", help="story key grouping accounts of one event (default: the article's own id)")
    parser.add_argument("--title", help="title (default: the first line or Markdown # heading)")
    parser.add_argument("--language", default="en", help="language tag (default: en)")
    parser.add_argument("--json", action="store_true", help='print [{"id": ..., "path": ...}]')


def import_root(args: argparse.Namespace) -> Path:
    """Where imported articles go; never into the bundled corpus inside an installed package."""
    root = corpus_root(args)
    if chosen_corpus(args) is None and root.resolve().is_relative_to(PACKAGE_DIR):
        raise UsageError("the bundled corpus is part of the installed package; pass --corpus DIR (or set $READER_CORPUS)")
    return root


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    # Imported here, not at the top: the importer's rules cost startup time the TUI never needs.
    from reader.articles.importer import dropped_prose, import_file
    from reader.articles.store import save_article

    root = import_root(args)
    if args.title and len(args.files) > 1:
        raise CorpusError("--title applies to one file; import the files one by one")
    options = {"outlet": args.outlet, "date": args.date, "story": args.story, "title": args.title, "language": args.language}
    articles, refused = [], False
    for path in args.files:  # check every file before writing any
        try:
            articles.append(import_file(path, **options))
        except CorpusError as err:
            warn(f"refusing {path}: {err}")
            refused = True
    if refused:
        warn("nothing imported")
        return FILE_PROBLEM
    corpus = Corpus.open(root) if root.is_dir() else None
    taken = {entry.id for entry in corpus.entries} if corpus else set()
    saved: list[Article] = []
    for path, article in zip(args.files, articles):
        twin = same_text_as(article, corpus, saved)
        article = save_article(article, root, taken)
        taken.add(article.id)
        saved.append(article)
        if twin is not None:  # still imported: the user may want a second copy (another outlet, say)
            warn(f"{path} has the same text as {twin}, already in the corpus; imported anyway as {article.id}")
        for drop in dropped_prose(article):  # the lines are kept in the file, but the user should look
            warn(f"{path}: rule '{drop.rule}' removed {len(drop.lines)} lines that may be prose "
                 f"(lines {drop.lines[0]}-{drop.lines[-1]}); check them under 'removed' in {article.path}")
    if args.json:
        print_json([{"id": a.id, "path": str(a.path)} for a in saved])
    else:
        for article in saved:
            console.print(Text.assemble("imported ", (sanitize(article.id), "bold"), f" -> {sanitize(str(article.path))}"))
    return 0


def same_text_as(article: Article, corpus: Corpus | None, saved: list[Article]) -> str | None:
    """The id of an article in the corpus (or imported just before) with the same body, or None."""
    for earlier in saved:
        if flat_text(earlier.body) == flat_text(article.body):
            return earlier.id
    twin = corpus.same_body(article.body) if corpus else None
    return twin.id if twin else None


def add_check(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("check", parents=[common], help="validate every file in full; exit 1 if any is broken")
    parser.add_argument("--json", action="store_true", help='print [{"file": ..., "reason": ...}]')


def cmd_check(args: argparse.Namespace, console: Console) -> int:
    corpus = open_corpus(args)
    problems = corpus.validate_all()
    if args.json:
        print_json([{"file": str(problem.path), "reason": problem.reason} for problem in problems])
        return FILE_PROBLEM if problems else 0
    for problem in problems:
        console.print(Text(sanitize(str(problem))))
    verdict = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "no problems"
    broken = {problem.path for problem in problems}
    loaded = sum(1 for _, path in article_files(corpus.root) if path not in broken)  # a broken file is no article
    console.print(Text(sanitize(f"{corpus.root}: {loaded} articles, {verdict}")))
    say_if_empty(corpus, loaded)
    return FILE_PROBLEM if problems else 0


Handler = Callable[[argparse.Namespace, Console], int]
COMMANDS: dict[str, tuple[Callable, Handler]] = {
    "list": (add_list, cmd_list),
    "show": (add_show, cmd_show),
    "compare": (add_compare, cmd_compare),
    "import": (add_import, cmd_import),
    "check": (add_check, cmd_check),
}


def build_parser() -> argparse.ArgumentParser:
    """The parser. --corpus works before or after the subcommand; SUPPRESS keeps a subcommand
    from resetting a value given before it."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", metavar="DIR", default=argparse.SUPPRESS, help=CORPUS_HELP)
    parser = argparse.ArgumentParser(
        prog="reader", description="Read and compare how outlets report the same story.", parents=[common]
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add, _ in COMMANDS.values():
        add(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """The whole command line; ``reader.launch`` sends a plain start of the TUI straight to it."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if args.command is None:
        return launch_tui(corpus_root(args))
    try:
        return COMMANDS[args.command][1](args, Console(highlight=False, soft_wrap=True))
    except UsageError as err:
        warn(err)
        return USAGE_ERROR
    except CorpusError as err:
        warn(err)
        return FILE_PROBLEM
    except BrokenPipeError:  # e.g. `reader list | head`
        sys.stderr.close()
        return 0
