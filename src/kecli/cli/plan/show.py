"""``kecli plan show`` and ``kecli plan history``: reading the plan and its versions."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt
from kecli.cli.output import document_language, emit
from kecli.cli.state import service_ctx
from kecli.errors import InvalidInput, Msg

app = typer.Typer()


@app.command("show")
def plan_show(
    case: CaseArg,
    markdown: Annotated[
        bool,
        typer.Option("--markdown", help='A printable plan for the person ("Dette er din plan").'),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nb|en",
            help="Language of --markdown (default nb; KECLI_LANG=en gives English).",
        ),
    ] = None,
    version: Annotated[
        int | None,
        typer.Option(
            "--version", metavar="N", min=1, help="An older saved version (see plan history)."
        ),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Show the individuell plan. / Vis individuell plan."""
    if json_out and markdown:
        raise InvalidInput(
            Msg(
                "Bruk enten --json eller --markdown, ikke begge.",
                "Use --json or --markdown, not both.",
            )
        )
    chosen = document_language(lang) if markdown else None
    from kecli.render.plans import plan_detail, render_markdown
    from kecli.services.plans import show_plan

    data = show_plan(service_ctx(), case, version)
    if chosen is not None:
        print(render_markdown(data, chosen), end="")
        return
    emit(data["document"], json_out, lambda _: plan_detail(data))


@app.command("history")
def plan_history(
    case: CaseArg,
    json_out: JsonOpt = False,
) -> None:
    """Every saved version of the plan: who and when. / Alle lagrede versjoner av planen."""
    from kecli.render.plans import history_table
    from kecli.services.plans import plan_history as history

    emit(
        history(service_ctx(), case),
        json_out,
        history_table,
        then=f"kecli plan show {case} --version N",
    )
