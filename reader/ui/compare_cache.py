"""Comparisons already made in this session, per (left id, right id).

Entering compare mode annotates both accounts and aligns them: tens of
milliseconds for long articles, so the screen runs ``prepare`` in a thread and
keeps the result here; coming back to a pair (or cycling through a story's
accounts) is then instant. One cache per Corpus, with its alias registry.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass

from reader.annotate import Annotations, annotate_article, load_registry
from reader.annotate.registry import Registry
from reader.articles.corpus import Corpus
from reader.articles.model import Article
from reader.compare import Comparison, compare

CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class Prepared:
    """A comparison with the annotations its cells are highlighted with."""

    comparison: Comparison
    left_annotations: Annotations
    right_annotations: Annotations


class ComparisonCache:
    def __init__(self, corpus: Corpus) -> None:
        self._corpus_root = corpus.root
        self._registry: Registry | None = None
        self._done: OrderedDict[tuple[str, str], Prepared] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, left_id: str, right_id: str) -> Prepared | None:
        with self._lock:
            hit = self._done.get((left_id, right_id))
            if hit is not None:
                self._done.move_to_end((left_id, right_id))
            return hit

    def registry(self) -> Registry:
        with self._lock:
            if self._registry is None:
                self._registry = load_registry(self._corpus_root)
            return self._registry

    def prepare(self, left: Article, right: Article) -> Prepared:
        """Annotate (cached per article) and compare; slow: call it from a worker thread."""
        hit = self.get(left.id, right.id)
        if hit is not None and hit.comparison.left == left and hit.comparison.right == right:
            return hit
        registry = self.registry()
        left_ann = annotate_article(left, registry)
        right_ann = annotate_article(right, registry)
        prepared = Prepared(compare(left, right, left_ann, right_ann), left_ann, right_ann)
        with self._lock:
            self._done[(left.id, right.id)] = prepared
            while len(self._done) > CACHE_SIZE:
                self._done.popitem(last=False)
        return prepared


_caches: weakref.WeakKeyDictionary[Corpus, ComparisonCache] = weakref.WeakKeyDictionary()


def comparison_cache(corpus: Corpus) -> ComparisonCache:
    """The cache of ``corpus`` (made on first use)."""
    cache = _caches.get(corpus)
    if cache is None:
        cache = _caches[corpus] = ComparisonCache(corpus)
    return cache
