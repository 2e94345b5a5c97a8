"""``kecli appeal …``: a klage from filing to statsforvalteren's answer."""

from typing import Annotated, Any

import typer

from kecli.cli.fields import said
from kecli.cli.options import (
    CaseArg,
    JsonOpt,
    choices,
    parse_date_option,
)
from kecli.cli.output import emit, warn
from kecli.cli.state import interactive, service_ctx

appeal_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help

OnOpt = Annotated[str | None, typer.Option("--on", metavar="DATE")]
NoteOpt = Annotated[str | None, typer.Option("--note", metavar="TEXT")]
UNIT = ("medhold", "delvis-medhold", "ikke-medhold", "avvist")
FINAL = ("stadfestet", "omgjort", "opphevet", "avvist")


def _done(view: dict[str, Any], json_out: bool) -> None:
    from kecli.render.appeals import appeal_outcome

    emit(view, json_out, appeal_outcome, then=_following(view))


def _following(view: dict[str, Any]) -> str | None:
    """The command the appeal's new state calls for, if any."""
    if not view["decision"] and view["status"] == "received":  # set aside: assess again
        return f"kecli case assess {view['id']}"
    return {
        "filed": f"kecli appeal decide {view['id']} --outcome {'|'.join(UNIT)}",
        "awaiting_forwarding": f"kecli appeal escalate {view['id']}",
        "forwarded": f"kecli appeal resolve {view['id']} --outcome {'|'.join(FINAL)}",
    }.get(view["appeals"][-1]["status"])


def _step(
    case: str,
    step: str,
    *,
    outcome: str | None = None,
    on: str | None,
    note: str | None,
    json_out: bool,
) -> None:
    """One step of the appeal's state machine, then its result."""
    from kecli.domain.appeals import Step
    from kecli.services.appeals import appeal_step

    view = appeal_step(
        service_ctx(),
        case,
        Step(step),
        outcome=outcome,
        on=parse_date_option(on, "--on"),
        note=note,
    )
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(note=note)
    _done(view, json_out)


@appeal_app.command("file")
def appeal_file(
    case: CaseArg,
    filed_on: Annotated[
        str | None,
        typer.Option("--filed-on", metavar="DATE"),
    ] = None,
    grounds: Annotated[str | None, typer.Option("--grounds", metavar="TEXT")] = None,
    unsigned: Annotated[bool, typer.Option("--unsigned")] = False,
    force: Annotated[bool, typer.Option("--force")] = False,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT")] = None,
    note: NoteOpt = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.services.appeals import file_appeal

    if filed_on is None and interactive():
        from kecli.services.views import show_case

        view = show_case(service_ctx(), case)
        current, appeals = view["decision"], view["appeals"]
        # Nothing to appeal, or an appeal still open: the service says so before any question.
        if current is not None and (not appeals or appeals[-1]["status"] == "closed"):
            from kecli.cli.appeal_walk import FiledInput, file_walk

            walked = file_walk(
                view["id"],
                current["outcome"],
                current["decided_on"],
                given=FiledInput(filed_on, grounds, unsigned, note),
                unsigned_given=unsigned,
            )
            filed_on, grounds, unsigned, note = (
                walked.filed_on, walked.grounds, walked.unsigned, walked.note,
            )  # fmt: skip

    result = file_appeal(
        service_ctx(),
        case,
        filed_on=parse_date_option(filed_on, "--filed-on"),
        grounds=grounds,
        unsigned=unsigned,
        force=force,
        reason=reason,
        note=note,
    )
    for warning in result.warnings:
        warn(said(warning))
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(grounds=grounds, note=note, reason=reason)
    _done(result.case, json_out)


@appeal_app.command("decide")
def appeal_decide(
    case: CaseArg,
    outcome: Annotated[
        str | None,
        typer.Option(
            "--outcome",
            metavar="|".join(UNIT),
            autocompletion=choices(UNIT),
        ),
    ] = None,
    on: OnOpt = None,
    note: NoteOpt = None,
    json_out: JsonOpt = False,
) -> None:
    _step(case, "decide", outcome=outcome, on=on, note=note, json_out=json_out)


@appeal_app.command("escalate")
def appeal_escalate(
    case: CaseArg,
    on: OnOpt = None,
    note: NoteOpt = None,
    json_out: JsonOpt = False,
) -> None:
    _step(case, "escalate", on=on, note=note, json_out=json_out)


@appeal_app.command("resolve")
def appeal_resolve(
    case: CaseArg,
    outcome: Annotated[
        str | None,
        typer.Option(
            "--outcome",
            metavar="|".join(FINAL),
            autocompletion=choices(FINAL),
        ),
    ] = None,
    on: OnOpt = None,
    note: NoteOpt = None,
    json_out: JsonOpt = False,
) -> None:
    if outcome is None and interactive():
        from kecli.services.views import show_case

        view = show_case(service_ctx(), case)
        appeals = view["appeals"]
        if appeals and appeals[-1]["status"] == "forwarded":  # else the service says why not
            from kecli.cli.appeal_walk import resolve_walk

            latest = appeals[-1]
            walked = resolve_walk(
                view["id"], latest["id"], forwarded_on=latest["forwarded_on"], on=on, note=note
            )
            outcome, on, note = walked.outcome, walked.on, walked.note
    _step(case, "resolve", outcome=outcome, on=on, note=note, json_out=json_out)


@appeal_app.command("withdraw")
def appeal_withdraw(
    case: CaseArg,
    on: OnOpt = None,
    note: NoteOpt = None,
    json_out: JsonOpt = False,
) -> None:
    _step(case, "withdraw", on=on, note=note, json_out=json_out)
