"""``kecli plan show`` and ``kecli plan history``: reading the plan and its versions."""

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, OutputOpt, choices
from kecli.cli.output import document_language, emit, refuse_pdf_on_terminal
from kecli.cli.state import service_ctx
from kecli.errors import InvalidInput
from kecli.i18n import tf
from kecli.i18n.errors import cli as C
from kecli.i18n.results import PLAN_WRITTEN

app = typer.Typer()


PLAN_FORMATS = ("md", "pdf", "ics")


@app.command("show")
def plan_show(
    case: CaseArg,
    markdown: Annotated[
        bool,
        typer.Option("--markdown"),
    ] = False,
    format_: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="md|pdf|ics",
            autocompletion=choices(PLAN_FORMATS),
        ),
    ] = None,
    output: OutputOpt = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nb|en",
        ),
    ] = None,
    version: Annotated[
        int | None,
        typer.Option("--version", metavar="N", min=1),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    import sys

    from kecli.domain.cases import check_choice

    chosen_format = check_choice(format_, PLAN_FORMATS, "--format") if format_ else None
    if markdown:
        if chosen_format not in (None, "md"):
            raise InvalidInput(C.MARKDOWN_WITH_FORMAT, value=chosen_format)
        chosen_format = "md"
    if chosen_format is None and output is not None:
        chosen_format = "pdf" if output.lower().endswith(".pdf") else "md"
    if json_out and chosen_format is not None:
        raise InvalidInput(C.JSON_OR_MARKDOWN)
    if chosen_format == "pdf":
        refuse_pdf_on_terminal(output, C.EXAMPLE_PLAN_PDF)
    chosen = document_language(lang) if chosen_format in ("md", "pdf") else None
    if output is not None:
        from kecli.files import check_target

        check_target(output, force=force)
    from kecli.render.plans import plan_detail
    from kecli.services.plans import show_plan

    ctx = service_ctx()
    data = show_plan(ctx, case, version)
    if chosen_format is None:
        emit(data["document"], json_out, lambda _: plan_detail(data))
        return
    from kecli.cli.output import write_bytes

    if chosen_format == "ics":
        from kecli.render.ics import plan_ics

        content = plan_ics(data["case"]["id"], dict(data["document"]))
    else:
        from kecli.render.plan_print import plan_markdown, plan_pdf, plan_print

        assert chosen is not None
        printed = plan_print(data, chosen)
        if chosen_format == "md":
            content = plan_markdown(printed).encode("utf-8")
        else:
            from kecli.services.config import current_logo

            content = plan_pdf(printed, logo=current_logo(ctx))
    write_bytes(content, output, force=force)
    if output is not None:
        print(tf(PLAN_WRITTEN, output=output), file=sys.stderr)


@app.command("history")
def plan_history(
    case: CaseArg,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.plans import history_table
    from kecli.services.plans import plan_history as history

    emit(
        history(service_ctx(), case),
        json_out,
        history_table,
        then=f"kecli plan show {case} --version N",
    )
