"""Split-compare: align two accounts of a story and report how they differ.

Domain code: never imports textual. ``compare`` is the entry point; ``render``
builds rich renderables for the command line.
"""

from reader.compare.engine import compare
from reader.compare.model import Comparison, Row, SideSummary, Summary

__all__ = ["Comparison", "Row", "SideSummary", "Summary", "compare"]
