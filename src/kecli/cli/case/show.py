"""``kecli case list`` and ``kecli case show``: reading cases."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import (
    CaseArg,
    CoordinatorFilterOpt,
    JsonOpt,
    KindFilterOpt,
    StatusFilterOpt,
)
from kecli.cli.output import emit
from kecli.cli.state import service_ctx

app = typer.Typer()


@app.command("list")
def case_list(
    status: StatusFilterOpt = None,
    kind: KindFilterOpt = None,
    coordinator: CoordinatorFilterOpt = None,
    without_coordinator: Annotated[
        bool,
        typer.Option("--without-coordinator"),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import case_table
    from kecli.services.cases import list_cases

    views = list_cases(
        service_ctx(),
        statuses=status or (),
        kinds=kind or (),
        coordinator=coordinator,
        without_coordinator=without_coordinator,
    )
    emit(views, json_out, case_table)


@app.command("show")
def case_show(
    case: CaseArg,
    show_fnr: Annotated[
        bool,
        typer.Option("--show-fnr"),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import case_detail
    from kecli.services.views import show_case

    emit(show_case(service_ctx(), case, show_fnr=show_fnr), json_out, case_detail)
