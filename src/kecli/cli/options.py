"""Options shared by many commands, as Annotated aliases, and their parsing helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated

import typer

from kecli import env
from kecli.errors import InvalidInput, MissingInput


def choices(values: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Tab completion for an option with fixed values."""

    def complete(incomplete: str) -> list[str]:
        return [v for v in values if v.startswith(incomplete)]

    return complete


JsonOpt = Annotated[bool, typer.Option("--json")]


def stdout_dash(value: str | None) -> str | None:
    """``--output -``: the usual name for standard output, as no output file at all."""
    return None if value == "-" else value


OutputOpt = Annotated[
    str | None, typer.Option("--output", "-o", metavar="FILE", callback=stdout_dash)
]
"""``--output FILE`` of a command that otherwise writes to stdout (``-`` is stdout)."""


def complete_case_id(incomplete: str) -> list[str]:
    """Case ids from the database, for Tab; stdlib only so that completion stays fast."""
    from kecli.cli.completion import case_ids

    return case_ids(incomplete)


CaseArg = Annotated[
    str,
    typer.Argument(metavar="CASE", autocompletion=complete_case_id),
]


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    """A date option (YYYY-MM-DD, DD.MM.YYYY or today), or exit 2 naming the option."""
    if value is None:
        return None
    from kecli.domain.dates import parse_date

    try:
        return parse_date(value, today=env.today())
    except InvalidInput as error:
        raise error.found_in(option) from None


def complete_coordinator_id(incomplete: str) -> list[tuple[str, str]]:
    """Active coordinators' ids with their names, for Tab."""
    from kecli.cli.completion import coordinator_ids

    return coordinator_ids(incomplete)


def missing(option: str) -> MissingInput:
    """A required value that was not given and cannot be asked for (exit 2, naming it)."""
    from kecli.i18n.errors import cli as C

    return MissingInput(C.OPTION_MISSING, C.PASS_OPTION_NO_PROMPTS, field=option)


# The filters that case list and export cases share.
StatusFilterOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--status",
        metavar="received|decided|closed",
        autocompletion=choices(("received", "decided", "closed")),
    ),
]
KindFilterOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        metavar="koordinator|barnekoordinator",
        autocompletion=choices(("koordinator", "barnekoordinator")),
    ),
]
CoordinatorFilterOpt = Annotated[
    str | None,
    typer.Option(
        "--coordinator",
        metavar="ID",
        autocompletion=complete_coordinator_id,
    ),
]
