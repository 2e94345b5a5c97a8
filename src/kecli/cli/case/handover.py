"""``kecli case handover``: another caseworker (saksbehandler) takes the case."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, missing
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()


@app.command("handover")
def case_handover(
    case: CaseArg,
    to: Annotated[str | None, typer.Option("--to", metavar="NAME")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.cases import handover_summary
    from kecli.services.cases import hand_over

    if to is None:
        if not interactive():
            raise missing("--to")
        from kecli.cli.prompts import ask_text
        from kecli.domain.checks import handler_name
        from kecli.i18n import t
        from kecli.i18n.prompts import NEW_HANDLER

        to = ask_text(t(NEW_HANDLER), check=handler_name)
    view = hand_over(service_ctx(), case, to=to)
    emit(view, json_out, handover_summary, then=f"kecli case show {view['id']}")
