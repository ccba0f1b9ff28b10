"""Annotations of the articles read this session, made off the UI thread and kept.

The first annotation in a process builds the annotator's indexes (50-170 ms)
and a long article takes milliseconds more, so the app annotates in a thread
worker and keeps results here by article id; the app can then draw an article
it has met before (or prefetched) with its highlights at once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from reader.annotate.model import Annotations
from reader.articles.model import Article, Problem

if TYPE_CHECKING:
    from reader.annotate.registry import Registry

CACHE_SIZE = 256


class AnnotationStore:
    def __init__(self, corpus_root: Path) -> None:
        self._corpus_root = corpus_root
        self._registry: Registry | None = None
        self._reported = False
        self._done: OrderedDict[str, tuple[Article, Annotations]] = OrderedDict()
        self._lock = threading.Lock()

    def registry(self) -> Registry:
        """The corpus's alias registry (bundled + its entities.yaml), read once; slow the first time."""
        with self._lock:
            if self._registry is None:
                from reader.annotate import load_registry

                self._registry = load_registry(self._corpus_root)
            return self._registry

    def unreported_problems(self) -> list[Problem]:
        """The registry's problems, the first time they are asked for; then nothing."""
        registry = self.registry()
        with self._lock:
            if self._reported:
                return []
            self._reported = True
            return list(registry.problems)

    def cached(self, article: Article) -> Annotations | None:
        """The annotations of ``article`` if already made (cheap: for the UI thread)."""
        with self._lock:
            hit = self._done.get(article.id)
        if hit is None or hit[0].text != article.text:
            return None
        return hit[1]

    def annotate(self, article: Article) -> Annotations:
        """Annotate ``article`` (or return it from the cache); slow: call it from a worker thread."""
        hit = self.cached(article)
        if hit is not None:
            return hit
        from reader.annotate import annotate_article  # looked up at each call

        annotations = annotate_article(article, self.registry())
        with self._lock:
            self._done[article.id] = (article, annotations)
            self._done.move_to_end(article.id)
            while len(self._done) > CACHE_SIZE:
                self._done.popitem(last=False)
        return annotations
