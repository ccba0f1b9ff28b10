"""The ``reader`` command line: the TUI by default, plus list, show, import and check.

Each subcommand is one ``add_*`` function declaring its arguments and one
``cmd_*`` handler, registered in ``COMMANDS``. Only the TUI branch imports
Textual, so the other subcommands start fast and work without a terminal UI.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.text import Text

from reader.articles.corpus import Corpus
from reader.articles.errors import CorpusError
from reader.articles.model import Article, Entry
from reader.paths import bundled_corpus


def corpus_root(args: argparse.Namespace) -> Path:
    return Path(args.corpus) if getattr(args, "corpus", None) else bundled_corpus()


def open_corpus(args: argparse.Namespace) -> Corpus:
    return Corpus.open(corpus_root(args))


def print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


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


def body_text(article: Article) -> Text:
    """The body as a rich Text over ``article.text``, so highlight offsets apply to it directly."""
    return Text(article.text)


def article_renderables(article: Article) -> list[Text]:
    """Title, outlet and date, the body, then the captions apart; all Text objects, never markup."""
    meta = Text.assemble((article.outlet, "bold"), " · ", article.date)
    if article.byline:
        meta.append(f" · by {article.byline}")
    parts = [Text(article.title, style="bold underline"), meta, Text(""), body_text(article)]
    if article.captions:
        parts.append(Text(""))
        for caption in article.captions:
            line = Text("Photo: ", style="dim italic")
            line.append(caption.text, style="italic")
            if caption.credit:
                line.append(f" ({caption.credit})", style="dim")
            parts.append(line)
    return parts


# ---- subcommands -------------------------------------------------------------


def add_list(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("list", parents=[common], help="list the articles, grouped by story")
    parser.add_argument("--json", action="store_true", help="print JSON")


def cmd_list(args: argparse.Namespace, console: Console) -> int:
    corpus = open_corpus(args)
    if args.json:
        print_json([entry_json(entry) for entry in corpus.entries])
        return 0
    for story, entries in corpus.by_story().items():
        console.print(Text(story, style="bold"))
        for entry in entries:
            console.print(Text.assemble("  ", entry.date, "  ", (entry.outlet, "cyan"), "  ", entry.title, "  ", (entry.id, "dim")))
    for problem in corpus.problems:
        print(f"reader: skipped {problem}", file=sys.stderr)
    return 0


def add_show(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("show", parents=[common], help="print one article")
    parser.add_argument("id", help="the article id (see `reader list`)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def cmd_show(args: argparse.Namespace, console: Console) -> int:
    article = open_corpus(args).load(args.id)
    if args.json:
        print_json(article_json(article))
    else:
        for part in article_renderables(article):
            console.print(part, soft_wrap=False)
    return 0


def add_import(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("import", parents=[common], help="add plain-text or Markdown articles to a corpus")
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path)
    parser.add_argument("--outlet", help="the outlet that published it")
    parser.add_argument("--date", help="publication date, YYYY-MM-DD (default: a date line in the file)")
    parser.add_argument("--story", help="story key grouping accounts of one event (default: the article's own id)")
    parser.add_argument("--title", help="title (default: the first line or Markdown # heading)")
    parser.add_argument("--language", default="en", help="language tag (default: en)")
    parser.add_argument("--json", action="store_true", help='print [{"id": ..., "path": ...}]')


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    # Imported here, not at the top: the importer's rules cost startup time the TUI never needs.
    from reader.articles.importer import import_file
    from reader.articles.store import save_article

    if args.title and len(args.files) > 1:
        raise CorpusError("--title applies to one file; import the files one by one")
    options = {"outlet": args.outlet, "date": args.date, "story": args.story, "title": args.title, "language": args.language}
    articles, refused = [], False
    for path in args.files:  # check every file before writing any
        try:
            articles.append(import_file(path, **options))
        except CorpusError as err:
            print(f"reader: refusing {path}: {err}", file=sys.stderr)
            refused = True
    if refused:
        print("reader: nothing imported", file=sys.stderr)
        return 1
    root = corpus_root(args)
    taken = {entry.id for entry in Corpus.open(root).entries} if root.is_dir() else set()
    saved = []
    for article in articles:
        article = save_article(article, root, taken)
        taken.add(article.id)
        saved.append(article)
    if args.json:
        print_json([{"id": a.id, "path": str(a.path)} for a in saved])
    else:
        for article in saved:
            console.print(Text.assemble("imported ", (article.id, "bold"), f" -> {article.path}"))
    return 0


def add_check(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sub.add_parser("check", parents=[common], help="validate every file in full; exit 1 if any is broken")


def cmd_check(args: argparse.Namespace, console: Console) -> int:
    corpus = open_corpus(args)
    problems = corpus.validate_all()
    for problem in problems:
        console.print(Text(str(problem)))
    verdict = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}" if problems else "no problems"
    console.print(Text(f"{corpus.root}: {len(corpus.entries)} articles, {verdict}"))
    return 1 if problems else 0


Handler = Callable[[argparse.Namespace, Console], int]
COMMANDS: dict[str, tuple[Callable, Handler]] = {
    "list": (add_list, cmd_list),
    "show": (add_show, cmd_show),
    "import": (add_import, cmd_import),
    "check": (add_check, cmd_check),
}


def build_parser() -> argparse.ArgumentParser:
    # --corpus works before or after the subcommand; SUPPRESS keeps a subcommand
    # from resetting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", metavar="DIR", default=argparse.SUPPRESS, help="corpus folder (default: the bundled corpus)")
    parser = argparse.ArgumentParser(
        prog="reader", description="Read and compare how outlets report the same story.", parents=[common]
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add, _ in COMMANDS.values():
        add(sub, common)
    return parser


def launch_tui(args: argparse.Namespace) -> int:
    root = corpus_root(args)
    if not root.is_dir():
        raise CorpusError(f"corpus folder not found: {root}")
    from reader.ui.app import run  # Textual is imported only here

    run(root)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    console = Console(highlight=False, soft_wrap=True)
    try:
        if args.command is None:
            return launch_tui(args)
        return COMMANDS[args.command][1](args, console)
    except CorpusError as err:
        print(f"reader: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `reader list | head`
        sys.stderr.close()
        return 0
