"""Strict YAML loading for untrusted corpus files.

Safe construction only, and stricter than ``yaml.safe_load``: no anchors or
aliases (alias bombs), no tags beyond the plain YAML types, no duplicate keys
(YAML keeps the last one silently), no merge keys, and a small nesting limit.
Events come from libyaml's C parser where available, but nodes are composed in
Python: libyaml's C composer recurses without a limit and crashes the process
on deeply nested input.
"""

from __future__ import annotations

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.resolver import Resolver

from reader.articles.errors import CorpusError

try:
    from yaml.cyaml import CParser as _CParser

    _PARSER_BASES: tuple[type, ...] = (_CParser,)
except ImportError:  # PyYAML built without libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    _CParser = None
    _PARSER_BASES = (Reader, Scanner, Parser)

MAX_DEPTH = 8
_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)


class _Rejected(yaml.MarkedYAMLError):
    """Valid YAML that the corpus format does not allow."""


class StrictLoader(Composer, *_PARSER_BASES, SafeConstructor, Resolver):
    def __init__(self, stream: str) -> None:
        if _CParser is not None:
            _CParser.__init__(self, stream)
        else:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Rejected(problem="aliases (*name) are not allowed", problem_mark=event.start_mark)
        if event.anchor is not None:
            raise _Rejected(problem="anchors (&name) are not allowed", problem_mark=event.start_mark)
        tag = event.tag
        if tag is not None and tag not in _ALLOWED_TAGS:
            shown = "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag
            raise _Rejected(problem=f"tag {shown} is not allowed", problem_mark=event.start_mark)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Rejected(problem=f"nesting deeper than {MAX_DEPTH} levels", problem_mark=event.start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == _CORE + "merge":
                raise _Rejected(problem="merge keys (<<) are not allowed", problem_mark=key_node.start_mark)
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:
                raise _Rejected(problem="keys must be plain values", problem_mark=key_node.start_mark) from None
            if duplicate:
                raise _Rejected(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _describe(err: yaml.YAMLError) -> str:
    if isinstance(err, yaml.MarkedYAMLError):
        mark = err.problem_mark or err.context_mark
        problem = ", ".join(part for part in (err.context, err.problem) if part) or "unknown error"
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        kind = "not allowed" if isinstance(err, _Rejected) else "invalid YAML"
        return f"{kind}{where}: {problem}"
    return "invalid YAML: " + (str(err).splitlines() or ["unknown error"])[0]


def load_yaml(text: str):
    """Parse one YAML document strictly; raises CorpusError with a one-line reason."""
    loader = StrictLoader(text.removeprefix("\ufeff"))
    try:
        return loader.get_single_data()
    except yaml.YAMLError as err:
        raise CorpusError(_describe(err)) from None
    except RecursionError:
        raise CorpusError(f"not allowed: nesting deeper than {MAX_DEPTH} levels") from None
    except ValueError as err:  # a value YAML cannot build, such as the date 2016-02-30
        raise CorpusError(f"invalid YAML value: {err}") from None
    finally:
        loader.dispose()
