"""Comparisons already made in this session, per (left id, right id).

Entering compare mode annotates both accounts and aligns them: tens of
milliseconds for long articles, so the screen runs ``prepare`` in a thread and
keeps the result here; coming back to a pair (or cycling through a story's
accounts) is then instant. Annotations come from the app's AnnotationStore, so
the reading view and compare mode annotate an article once between them.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass

from reader.annotate.model import Annotations
from reader.articles.corpus import Corpus
from reader.articles.model import Article
from reader.compare import Comparison, compare
from reader.ui.annotation_store import AnnotationStore

CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class Prepared:
    """A comparison with the annotations its cells are highlighted with."""

    comparison: Comparison
    left_annotations: Annotations
    right_annotations: Annotations


class ComparisonCache:
    def __init__(self, annotations: AnnotationStore) -> None:
        self._annotations = annotations
        self._done: OrderedDict[tuple[str, str], Prepared] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, left_id: str, right_id: str) -> Prepared | None:
        with self._lock:
            hit = self._done.get((left_id, right_id))
            if hit is not None:
                self._done.move_to_end((left_id, right_id))
            return hit

    def prepare(self, left: Article, right: Article) -> Prepared:
        """Annotate (cached per article) and compare; slow: call it from a worker thread."""
        hit = self.get(left.id, right.id)
        if hit is not None and hit.comparison.left == left and hit.comparison.right == right:
            return hit
        left_ann = self._annotations.annotate(left)
        right_ann = self._annotations.annotate(right)
        prepared = Prepared(compare(left, right, left_ann, right_ann), left_ann, right_ann)
        with self._lock:
            self._done[(left.id, right.id)] = prepared
            while len(self._done) > CACHE_SIZE:
                self._done.popitem(last=False)
        return prepared


_caches: weakref.WeakKeyDictionary[Corpus, ComparisonCache] = weakref.WeakKeyDictionary()


def comparison_cache(corpus: Corpus, annotations: AnnotationStore) -> ComparisonCache:
    """The cache of ``corpus`` (made on first use, annotating with ``annotations``)."""
    cache = _caches.get(corpus)
    if cache is None:
        cache = _caches[corpus] = ComparisonCache(annotations)
    return cache
