"""``kecli audit …``: who did what, and whether the log is intact."""

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import service_ctx

audit_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help


@audit_app.command("list")
def audit_list(
    case: Annotated[str | None, typer.Option("--case", metavar="CASE")] = None,
    user: Annotated[str | None, typer.Option("--user", metavar="NAME")] = None,
    from_: Annotated[str | None, typer.Option("--from", metavar="DATE")] = None,
    to: Annotated[str | None, typer.Option("--to", metavar="DATE")] = None,
    action: Annotated[
        str | None,
        typer.Option("--action", metavar="TEXT"),
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", metavar="N")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.audit import audit_table
    from kecli.services.audit import list_audit

    rows = list_audit(
        service_ctx(),
        case=case,
        user=user,
        since=parse_date_option(from_, "--from"),
        until=parse_date_option(to, "--to"),
        action=action,
        limit=limit,
    )
    emit(rows, json_out, audit_table)


@audit_app.command("verify")
def audit_verify(
    expect: Annotated[str | None, typer.Option("--expect", metavar="HASH")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.audit import audit_intact
    from kecli.services.audit import broken_log, verify_audit

    result = verify_audit(service_ctx(), expect=expect)
    if json_out or result["ok"]:  # a broken log too is a document: a nightly check reads ok: false
        emit(result, json_out, audit_intact)
    if not result["ok"]:
        raise broken_log(result)
