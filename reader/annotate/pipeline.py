"""annotate(): entities then quotations over one text; a small cache for articles; JSON form."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from functools import cache
from threading import Lock
from typing import TYPE_CHECKING

from reader.annotate.entities import find_entities
from reader.annotate.lexicon import lexicon
from reader.annotate.model import Annotations
from reader.annotate.quotes import find_quotes
from reader.annotate.registry import Registry, load_registry
from reader.annotate.tokens import tokenize
from reader.text.segment import paragraphs, sentences

if TYPE_CHECKING:
    from reader.articles.model import Article

CACHE_SIZE = 256


@cache
def bundled_registry() -> Registry:
    """The registry shipped with the bundled corpus, read once."""
    return load_registry(None)


def annotate(text: str, registry: Registry | None = None) -> Annotations:
    """Entity mentions and quotations of ``text``, with offsets into it. Pure and deterministic.

    ``registry`` None means the bundled registry; pass ``Registry()`` for gazetteers and rules alone.
    """
    if not text.strip():
        return Annotations((), ())
    lex = lexicon(bundled_registry() if registry is None else registry)
    sentence_spans, paragraph_spans = sentences(text), paragraphs(text)
    tokens = tokenize(text, sentence_spans, paragraph_spans)
    found = find_entities(text, tokens, lex)
    quotes = find_quotes(text, tokens, found.mentions, found.roles, lex.rules, sentence_spans, paragraph_spans)
    return Annotations(tuple(found.mentions), tuple(quotes))


_cache: OrderedDict[tuple[str, str, Registry | None], Annotations] = OrderedDict()
_lock = Lock()


def annotate_article(article: Article, registry: Registry | None = None) -> Annotations:
    """annotate(article.text), memoized by (article id, text hash, registry) so revisiting is free."""
    text = article.text
    key = (article.id, hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest(), registry)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    result = annotate(text, registry)
    with _lock:
        _cache[key] = result
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return result


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def to_json(annotations: Annotations) -> dict[str, list[dict[str, object]]]:
    """The "entities" and "quotes" lists of `reader show --json`, offsets into the article text."""
    return {
        "entities": [
            {"start": m.start, "end": m.end, "text": m.text, "label": m.label, "entity": m.entity}
            for m in annotations.entities
        ],
        "quotes": [
            {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker, "kind": q.kind}
            for q in annotations.quotes
        ],
    }
