"""``kecli case notify``: when the decision was sent and reached the person."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, choices, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import service_ctx

app = typer.Typer()

SEND_VIAS = ("post", "digital", "hand")


@app.command("notify")
def case_notify(
    case: CaseArg,
    sent_on: Annotated[
        str | None,
        typer.Option(
            "--sent-on",
            metavar="DATE",
        ),
    ] = None,
    via: Annotated[
        str | None,
        typer.Option(
            "--via",
            metavar="post|digital|hand",
            autocompletion=choices(SEND_VIAS),
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option(
            "--on",
            metavar="DATE",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
        ),
    ] = False,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.decisions import decision_line
    from kecli.services.notices import NotifyInput, notify_case

    data = NotifyInput(
        sent_on=parse_date_option(sent_on, "--sent-on"),
        via=via,
        on=parse_date_option(on, "--on"),
        force=force,
        reason=reason,
    )
    view = notify_case(service_ctx(), case, data)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(reason=reason)
    emit(
        view,
        json_out,
        lambda v: decision_line(v["id"], v["decision"]),
        then=f"kecli case notify {view['id']} --on DATE"
        if view["decision"]["appeal_deadline_estimated"]
        else f"kecli case show {view['id']}",
    )
