"""One Rich console for stdout (honours NO_COLOR and a stdout that is not a terminal), and
kecli's table style.

Rich is imported on first use: a module that draws costs next to nothing to import, so a
command may import its renderer before it knows whether ``--json`` will leave it unused.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


@cache
def console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def table(*headings: str, title: str | None = None) -> Table:
    """kecli's table: no box, bold headings, no padding at the edges, the title on the left;
    a column per heading (more with ``add_column``)."""
    from rich.table import Table

    drawn = Table(box=None, header_style="bold", pad_edge=False, title=title, title_justify="left")
    for heading in headings:
        drawn.add_column(heading)
    return drawn


def fields() -> Table:
    """Label and value pairs, the label in bold: one record in full (``add_row``)."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    return grid


def escape(text: str) -> str:
    """``text`` shown as typed: square brackets in a name are not Rich markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)
