"""``kecli case void`` and ``kecli case unvoid``: a case registered by mistake."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, missing
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx
from kecli.i18n import tt

app = typer.Typer()

ReasonOpt = Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why (required).")]


def _reason(reason: str | None, question: str) -> str:
    if reason is not None:
        return reason
    if not interactive():
        raise missing("--reason")
    from kecli.cli.prompts import ask_text
    from kecli.domain.checks import required_reason

    return ask_text(question, check=required_reason)


@app.command("void")
def case_void(case: CaseArg, reason: ReasonOpt = None, json_out: JsonOpt = False) -> None:
    """Void a case registered by mistake (no decision): it leaves lists, reports, statistics
    and exports; the audit log keeps it. / Annuller en sak registrert ved en feil."""
    from kecli.render.cases import case_summary
    from kecli.services.cases import void_case

    text = _reason(reason, tt("Hvorfor annulleres saken?", "Why is the case voided?"))
    view = void_case(service_ctx(), case, reason=text)
    emit(
        view,
        json_out,
        lambda v: case_summary(v, "Annullert", "Voided"),
        then="kecli case list --voided",
    )


@app.command("unvoid")
def case_unvoid(case: CaseArg, reason: ReasonOpt = None, json_out: JsonOpt = False) -> None:
    """Undo a voiding: the case is back in lists and reports. / Gjør en annullering om."""
    from kecli.render.cases import case_summary
    from kecli.services.cases import unvoid_case

    text = _reason(reason, tt("Hvorfor gjøres annulleringen om?", "Why is the voiding undone?"))
    view = unvoid_case(service_ctx(), case, reason=text)
    emit(
        view,
        json_out,
        lambda v: case_summary(v, "Gjenopprettet", "Restored"),
        then=f"kecli case show {view['id']}",
    )
