"""Entities and quotations of article text (domain code: never imports textual).

Public API::

    annotate(text, registry=None) -> Annotations      pure, deterministic; None = bundled registry
    annotate_article(article, registry=None)          memoized by article id and text hash
    load_registry(corpus_root) -> Registry            bundled + user entities.yaml; .problems
    to_json(annotations) -> {"entities": [...], "quotes": [...]}

Submodules load lazily, so importing this package costs nothing until first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from reader.annotate.model import LABELS, QUOTE_KINDS, Annotations, Mention, Quote

if TYPE_CHECKING:
    from reader.annotate.pipeline import annotate, annotate_article, clear_cache, to_json
    from reader.annotate.registry import Registry, RegistryEntry, load_registry

_LAZY = {
    "annotate": "reader.annotate.pipeline",
    "annotate_article": "reader.annotate.pipeline",
    "clear_cache": "reader.annotate.pipeline",
    "to_json": "reader.annotate.pipeline",
    "Registry": "reader.annotate.registry",
    "RegistryEntry": "reader.annotate.registry",
    "load_registry": "reader.annotate.registry",
}

__all__ = ["LABELS", "QUOTE_KINDS", "Annotations", "Mention", "Quote", *_LAZY]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'reader.annotate' has no attribute {name!r}")
