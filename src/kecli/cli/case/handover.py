"""``kecli case handover``: another caseworker (saksbehandler) takes the case."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, missing
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()


@app.command("handover")
def case_handover(
    case: CaseArg,
    to: Annotated[
        str | None,
        typer.Option("--to", metavar="NAME", help="The new handler's user name (required)."),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Give the case to another caseworker; the history keeps who had it.
    / Gi saken til en annen saksbehandler."""
    from kecli.render.cases import handover_summary
    from kecli.services.cases import hand_over

    if to is None:
        if not interactive():
            raise missing("--to")
        from kecli.cli.prompts import ask_text
        from kecli.domain.checks import handler_name
        from kecli.i18n import tt

        to = ask_text(tt("Ny saksbehandler:", "New handler:"), check=handler_name)
    view = hand_over(service_ctx(), case, to=to)
    emit(view, json_out, handover_summary, then=f"kecli case show {view['id']}")
