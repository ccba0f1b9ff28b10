"""What the entity passes build: candidate names over token ranges, and the finder's result."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.annotate.model import Mention
from reader.annotate.textnorm import fold
from reader.annotate.tokens import Token

# Lower-case words that join the words of one name: "Ministry of Defence", "Alternative for Germany".
CONNECTORS = frozenset(("of", "for", "on"))
# Words written after a hyphen that make an adjective, not a name ("Russia-backed", "Kyiv-based").
HYPHEN_SUFFIXES = frozenset(
    "led backed based born style era run held made owned linked like type class bound wide free "
    "ally allied armed aided bred right left wing".split()
)


@dataclass
class Candidate:
    first: int  # token index
    last: int  # token index, inclusive
    label: str
    entity: str
    rule: str
    roles: frozenset[str] = frozenset()
    span: tuple[int, int] | None = None  # character span when it differs from the tokens'


@dataclass
class EntityResult:
    mentions: list[Mention]
    roles: dict[str, set[str]] = field(default_factory=dict)  # person entity -> role words


def surface_entity(text: str, tokens: list[Token], first: int, last: int) -> str:
    """Canonical name of an unseen entity: its words, diacritics folded, spacing normalized."""
    return fold(" ".join(text[tokens[first].start : tokens[last].end].split()))
