"""One Rich console for stdout (honours NO_COLOR and a stdout that is not a terminal), and
kecli's table style.

Rich is imported on first use: a module that draws costs next to nothing to import, so a
command may import its renderer before it knows whether ``--json`` will leave it unused.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from kecli.errors import visible

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text


@cache
def console() -> Console:
    """Stored text is shown as typed: no Rich markup (``Ola [/b]``, ``Ida [red]``), no
    emoji codes (``:x:``) and no highlighting are read in any string, and a control
    character is shown as its escape (``\\x1b``, a line break as ``\\n``: a name never
    makes a second row). Styles come from ``style=`` and :class:`rich.text.Text`
    (:func:`styled`), never from the text; a text whose line breaks are its own (a
    plan's minutes) is a :func:`paragraph`."""
    from rich.console import Console

    class PlainConsole(Console):
        def render_str(self, text: str, **kwargs: Any) -> Text:
            kwargs["markup"] = kwargs["emoji"] = kwargs["highlight"] = False
            return super().render_str(visible(text), **kwargs)

    return PlainConsole(highlight=False, markup=False, emoji=False)


def styled(*parts: str | tuple[str, str], lines: bool = False) -> Text:
    """Parts, each plain (``str``) or with its style (``(text, style)``): the way to bold
    a heading that holds a stored name. The text is shown as typed; ``lines``: its line
    breaks are kept as breaks."""
    from rich.text import Text

    return Text.assemble(
        *(
            (visible(part[0], lines=lines), part[1])
            if isinstance(part, tuple)
            else visible(part, lines=lines)
            for part in parts
        )
    )


def paragraph(text: str) -> Text:
    """A stored text whose line breaks are its own (a plan's needs, a meeting's minutes):
    shown as typed, each break a break inside its cell."""
    return styled(text, lines=True)


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
