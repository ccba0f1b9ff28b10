"""Helpers for Pilot tests: corpus files written as YAML, screen text, waiting on the app."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import yaml
from textual.pilot import Pilot

SIZE = (120, 36)


def article_yaml(
    article_id: str,
    title: str,
    outlet: str,
    date: str,
    story: str,
    body: list[str],
    **extra: Any,
) -> str:
    """A corpus file in the documented field order (header fields first)."""
    data: dict[str, Any] = {
        "id": article_id,
        "title": title,
        "outlet": outlet,
        "date": date,
        "story": story,
        "language": "en",
        **{k: v for k, v in extra.items() if k in ("source_url", "byline")},
        "body": body,
        "captions": extra.get("captions", []),
        "removed": [],
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def paragraphs(name: str, count: int = 12) -> list[str]:
    return [f"{name} paragraph {i}: " + " ".join(f"word{i}x{j}" for j in range(40)) for i in range(count)]


# Two stories, five articles; sorted by story, date, outlet, title this lists as:
#   alpha-story: a1 (Outlet A), a2 (Outlet B), a3 (Outlet C)
#   beta-story:  b1 (Outlet D), b2 (Outlet E)
ARTICLES = [
    ("a1", "Alpha first account", "Outlet A", "2020-01-01", "alpha-story"),
    ("a2", "Alpha second account", "Outlet B", "2020-01-01", "alpha-story"),
    ("a3", "Alpha third account", "Outlet C", "2020-01-02", "alpha-story"),
    ("b1", "Beta only account", "Outlet D", "2021-05-05", "beta-story"),
    ("b2", "Beta later account", "Outlet E", "2021-05-06", "beta-story"),
]
ORDER = [a[0] for a in ARTICLES]
TITLES = {a[0]: a[1] for a in ARTICLES}


def screen_text(pilot: Pilot) -> str:
    """What the terminal would show, as plain text lines."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips)


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (thread workers, timers), or fail."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting; screen was:\n{screen_text(pilot)}")
        await pilot.pause(0.05)
