"""``kecli report …``: deadlines for people and nightly scripts, and statistics."""

from typing import Annotated

import typer

from kecli.cli.options import (
    JsonOpt,
    OutputOpt,
    choices,
    parse_date_option,
)
from kecli.cli.output import emit
from kecli.cli.state import service_ctx
from kecli.errors import InvalidInput, Overdue
from kecli.i18n.errors import cli as C

report_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help

DEADLINE_TYPES = (
    "preliminary_reply",
    "expected_decision",
    "decision_unsent",
    "appeal_window",
    "appeal_forwarding",
    "plan_evaluation",
    "turns_18",
)
FORMATS = ("table", "json", "csv", "ics")


def _output_format(format_: str | None, json_out: bool) -> str:
    """``--format``, with ``--json`` as another way to write ``--format json``."""
    from kecli.domain.cases import check_choice

    chosen = check_choice(format_, FORMATS, "--format") if format_ is not None else None
    if json_out:
        if chosen not in (None, "json"):
            raise InvalidInput(C.JSON_WITH_FORMAT, C.CHOOSE_ONE_OF_THEM, value=chosen)
        return "json"
    return chosen or "table"


@report_app.command("deadlines")
def report_deadlines(
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", metavar="DATE"),
    ] = None,
    within: Annotated[
        int,
        typer.Option(
            "--within",
            metavar="DAYS",
        ),
    ] = 14,
    type_: Annotated[
        list[str] | None,
        typer.Option(
            "--type",
            metavar="|".join(DEADLINE_TYPES),
            autocompletion=choices(DEADLINE_TYPES),
        ),
    ] = None,
    format_: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="table|json|csv|ics",
            autocompletion=choices(FORMATS),
        ),
    ] = None,
    output: OutputOpt = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    json_out: JsonOpt = False,
    fail_on_overdue: Annotated[
        bool,
        typer.Option("--fail-on-overdue"),
    ] = False,
) -> None:
    from kecli.services.deadlines import deadline_report
    from kecli.views.deadlines import ITEM_KEYS

    chosen = _output_format(format_, json_out)
    day = parse_date_option(as_of, "--as-of")
    if output is not None:
        from kecli.files import check_target

        if chosen == "table":
            raise InvalidInput(
                C.OUTPUT_NOT_TABLE,
                "--format json|csv|ics",
            )
        check_target(output, force=force)
    report = deadline_report(service_ctx(), as_of=day, within=within, types=type_ or ())
    if chosen == "table":
        from kecli.render.reports import deadline_table

        deadline_table(report)
    elif chosen == "ics":
        from kecli.cli.output import write_bytes
        from kecli.render.ics import deadlines_ics

        write_bytes(deadlines_ics(report.items), output, force=force)
    else:
        import io

        from kecli.cli.output import write_bytes
        from kecli.render.reports import write_csv, write_deadlines_json

        buffer = io.StringIO() if output is not None else None
        if chosen == "json":
            write_deadlines_json(report.items, buffer)
        else:
            write_csv([item.as_dict() for item in report.items], ITEM_KEYS, buffer)
        if buffer is not None:
            write_bytes(buffer.getvalue().encode("utf-8"), output, force=force)
    if fail_on_overdue and report.overdue:
        raise Overdue(C.DEADLINES_OVERDUE, count=report.overdue)


@report_app.command("stats")
def report_stats(
    received_from: Annotated[
        str | None,
        typer.Option("--from", metavar="DATE"),
    ] = None,
    received_to: Annotated[
        str | None,
        typer.Option("--to", metavar="DATE"),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.reports import stats_charts
    from kecli.services.stats import stats_report

    first = parse_date_option(received_from, "--from")
    last = parse_date_option(received_to, "--to")
    view = stats_report(service_ctx(), received_from=first, received_to=last)
    emit(view, json_out, stats_charts)
