"""The legend under the reading view: the entity labels present and the quote styles."""

from __future__ import annotations

from textual.widgets import Static

from reader.ui.annotation_spans import COMPONENT_CLASSES as ANNOTATION_CLASSES
from reader.ui.strips import OwnComponentStyles


class Legend(OwnComponentStyles, Static):
    """One or two lines; their spans name the same component classes as the reading view."""

    COMPONENT_CLASSES = {*ANNOTATION_CLASSES, "legend--waiting"}
