"""``kecli case void`` and ``kecli case unvoid``: a case registered by mistake."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, missing
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx
from kecli.errors import Msg
from kecli.i18n import t

app = typer.Typer()

ReasonOpt = Annotated[str | None, typer.Option("--reason", metavar="TEXT")]


def _reason(reason: str | None, question: Msg) -> str:
    if reason is not None:
        return reason
    if not interactive():
        raise missing("--reason")
    from kecli.cli.prompts import ask_text
    from kecli.domain.checks import required_reason

    return ask_text(t(question), check=required_reason)


@app.command("void")
def case_void(case: CaseArg, reason: ReasonOpt = None, json_out: JsonOpt = False) -> None:
    from kecli.i18n.prompts import WHY_VOIDED
    from kecli.i18n.results import VOIDED
    from kecli.render.cases import case_summary
    from kecli.services.cases import void_case

    text = _reason(reason, WHY_VOIDED)
    view = void_case(service_ctx(), case, reason=text)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(reason=text)
    emit(view, json_out, lambda v: case_summary(v, VOIDED), then="kecli case list --voided")


@app.command("unvoid")
def case_unvoid(case: CaseArg, reason: ReasonOpt = None, json_out: JsonOpt = False) -> None:
    from kecli.i18n.prompts import WHY_UNVOIDED
    from kecli.i18n.results import UNVOIDED
    from kecli.render.cases import case_summary
    from kecli.services.cases import unvoid_case

    text = _reason(reason, WHY_UNVOIDED)
    view = unvoid_case(service_ctx(), case, reason=text)
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(reason=text)
    emit(
        view,
        json_out,
        lambda v: case_summary(v, UNVOIDED),
        then=f"kecli case show {view['id']}",
    )
