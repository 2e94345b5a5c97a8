"""``kecli case list`` and ``kecli case show``: reading cases."""

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
from kecli.errors import InvalidInput
from kecli.i18n.errors import cli as C

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
    handler: Annotated[str | None, typer.Option("--handler", metavar="NAME")] = None,
    mine: Annotated[bool, typer.Option("--mine")] = False,
    voided: Annotated[bool, typer.Option("--voided")] = False,
    search: Annotated[str | None, typer.Option("--search", metavar="TEXT")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import case_table
    from kecli.services.cases import list_cases

    if mine and handler is not None:
        raise InvalidInput(C.MINE_WITH_HANDLER, C.CHOOSE_ONE_OF_THEM)
    ctx = service_ctx()
    views = list_cases(
        ctx,
        statuses=status or (),
        kinds=kind or (),
        coordinator=coordinator,
        without_coordinator=without_coordinator,
        handler=ctx.user if mine else handler,
        voided=voided,
        search=search,
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
