"""One Rich console for stdout; honours NO_COLOR and a stdout that is not a terminal."""

from __future__ import annotations

from functools import cache

from rich.console import Console


@cache
def console() -> Console:
    return Console(highlight=False)
