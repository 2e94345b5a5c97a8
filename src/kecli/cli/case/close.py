"""``kecli case close`` and ``kecli case reopen``: each with a reason."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, missing, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx
from kecli.i18n import t
from kecli.i18n.errors import cli as C

app = typer.Typer()

ReasonOpt = Annotated[str | None, typer.Option("--reason", metavar="TEXT")]


def _reason(reason: str | None, question: str) -> str:
    if reason is not None:
        return reason
    if not interactive():
        raise missing("--reason")
    from kecli.cli.prompts import ask_text
    from kecli.errors import InvalidInput

    def required(text: str) -> None:
        if not text.strip():
            raise InvalidInput(C.REASON_REQUIRED)

    return ask_text(question, check=required)


@app.command("close")
def case_close(
    case: CaseArg,
    reason: ReasonOpt = None,
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="DATE"),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.i18n.prompts import WHY_CLOSED
    from kecli.i18n.results import CLOSED
    from kecli.render.cases import case_summary
    from kecli.services.cases import close_case

    closed_on = parse_date_option(on, "--on")
    text = _reason(reason, t(WHY_CLOSED))
    view = close_case(service_ctx(), case, reason=text, on=closed_on)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(reason=text)
    emit(
        view,
        json_out,
        lambda v: case_summary(v, CLOSED),
        then=f"kecli case show {view['id']}",
    )


@app.command("reopen")
def case_reopen(
    case: CaseArg,
    reason: ReasonOpt = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.i18n.prompts import WHY_REOPENED
    from kecli.i18n.results import REOPENED
    from kecli.render.cases import case_summary
    from kecli.services.cases import reopen_case

    text = _reason(reason, t(WHY_REOPENED))
    view = reopen_case(service_ctx(), case, reason=text)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(reason=text)
    emit(
        view,
        json_out,
        lambda v: case_summary(v, REOPENED),
        then=f"kecli case show {view['id']}",
    )
