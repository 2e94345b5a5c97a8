"""``kecli case …``: register, list, show, close and reopen cases."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import CaseArg, JsonOpt, NoInputOpt, parse_date_option
from kecli.cli.output import next_step, print_json
from kecli.cli.state import interactive, service_ctx
from kecli.errors import MissingInput, Msg
from kecli.i18n import tt

case_app = typer.Typer(
    help="Cases: register, list, show, assess, close. / Saker: registrer, vis, vurder, avslutt.",
    no_args_is_help=True,
)

KINDS = ("koordinator", "barnekoordinator")
CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")


def _complete(values: tuple[str, ...]):  # type: ignore[no-untyped-def]
    def complete(incomplete: str) -> list[str]:
        return [v for v in values if v.startswith(incomplete)]

    return complete


def _missing(option: str) -> MissingInput:
    return MissingInput(
        Msg(f"{option} mangler.", f"{option} is missing."),
        Msg(
            f"Gi {option} (ingen spørsmål uten terminal eller med --no-input).",
            f"Pass {option} (no prompts without a terminal or with --no-input).",
        ),
    )


@case_app.command("new")
def case_new(
    name: Annotated[
        str | None, typer.Option("--name", metavar="TEXT", help="The person's full name.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="koordinator|barnekoordinator",
            autocompletion=_complete(KINDS),
            help="What is asked for.",
        ),
    ] = None,
    fnr: Annotated[
        str | None,
        typer.Option(
            "--fnr", metavar="FNR", help="Fødselsnummer or D-nummer (11 digits, checked)."
        ),
    ] = None,
    birth_date: Annotated[
        str | None,
        typer.Option(
            "--birth-date",
            metavar="DATE",
            help="Birth date, when there is no fnr or its century cannot be known.",
        ),
    ] = None,
    expected_birth_date: Annotated[
        str | None,
        typer.Option(
            "--expected-birth-date",
            metavar="DATE",
            help="Expected birth date of an unborn child (barnekoordinator).",
        ),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option(
            "--received", metavar="DATE", help="When the inquiry came in (default today)."
        ),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            metavar="|".join(CHANNELS),
            autocompletion=_complete(CHANNELS),
            help="How the inquiry came in (default skjema).",
        ),
    ] = None,
    guardian: Annotated[
        list[str] | None,
        typer.Option(
            "--guardian",
            metavar="NAME",
            help="Parent or whoever consents for a child (repeatable).",
        ),
    ] = None,
    note: Annotated[
        str | None, typer.Option("--note", metavar="TEXT", help="A short note.")
    ] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Register an inquiry (henvendelse). / Registrer en henvendelse."""
    from kecli.services.cases import NewCase, new_case

    data = NewCase(
        name=name or "",
        kind=kind or "",
        fnr=fnr,
        birth_date=parse_date_option(birth_date, "--birth-date"),
        expected_birth_date=parse_date_option(expected_birth_date, "--expected-birth-date"),
        received_on=parse_date_option(received, "--received"),
        channel=channel or "skjema",
        guardians=list(guardian or []),
        note=note,
    )
    if name is None or kind is None:
        if not interactive(no_input):
            raise _missing("--name" if name is None else "--kind")
        from kecli.cli.walks import new_case_walk

        data = new_case_walk(
            data,
            given={
                "name": name is not None,
                "kind": kind is not None,
                "fnr": fnr is not None,
                "birth_date": birth_date is not None,
                "expected_birth_date": expected_birth_date is not None,
                "received": received is not None,
                "channel": channel is not None,
                "guardian": bool(guardian),
                "note": note is not None,
            },
        )
    view = new_case(service_ctx(), data)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_summary

    case_summary(view, "Registrert", "Registered")
    next_step(f"kecli case assess {view['id']}")


@case_app.command("list")
def case_list(
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            metavar="received|decided|closed",
            help="Only these statuses (repeatable).",
            autocompletion=_complete(("received", "decided", "closed")),
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="koordinator|barnekoordinator",
            autocompletion=_complete(KINDS),
            help="Only this kind (repeatable).",
        ),
    ] = None,
    coordinator: Annotated[
        str | None,
        typer.Option("--coordinator", metavar="ID", help="Only cases of this coordinator."),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """List cases. / Vis saker."""
    from kecli.services.cases import list_cases

    views = list_cases(
        service_ctx(), statuses=status or (), kinds=kind or (), coordinator=coordinator
    )
    if json_out:
        print_json(views)
        return
    from kecli.render.cases import case_table

    case_table(views)


@case_app.command("show")
def case_show(
    case: CaseArg,
    show_fnr: Annotated[
        bool,
        typer.Option("--show-fnr", help="Show the full fødselsnummer (written to the audit log)."),
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Everything about one case. / Alt om én sak."""
    from kecli.services.cases import show_case

    view = show_case(service_ctx(), case, show_fnr=show_fnr)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_detail

    case_detail(view)


ReasonOpt = Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why (required).")]


def _reason(reason: str | None, no_input: bool, question: str) -> str:
    if reason is not None:
        return reason
    if not interactive(no_input):
        raise _missing("--reason")
    from kecli.cli.prompts import ask_text
    from kecli.errors import InvalidInput

    def required(text: str) -> None:
        if not text.strip():
            raise InvalidInput(Msg("En begrunnelse må gis.", "A reason must be given."))

    return ask_text(question, check=required)


@case_app.command("close")
def case_close(
    case: CaseArg,
    reason: ReasonOpt = None,
    on: Annotated[
        str | None,
        typer.Option("--on", metavar="DATE", help="When the case ended (default today)."),
    ] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Close a case, with a reason. / Avslutt en sak, med begrunnelse."""
    from kecli.services.cases import close_case

    closed_on = parse_date_option(on, "--on")
    text = _reason(reason, no_input, tt("Hvorfor avsluttes saken?", "Why is the case closed?"))
    view = close_case(service_ctx(), case, reason=text, on=closed_on)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_summary

    case_summary(view, "Avsluttet", "Closed")


@case_app.command("reopen")
def case_reopen(
    case: CaseArg,
    reason: ReasonOpt = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,
) -> None:
    """Reopen a closed case, with a reason. / Gjenåpne en avsluttet sak."""
    from kecli.services.cases import reopen_case

    text = _reason(reason, no_input, tt("Hvorfor gjenåpnes saken?", "Why is the case reopened?"))
    view = reopen_case(service_ctx(), case, reason=text)
    if json_out:
        print_json(view)
        return
    from kecli.render.cases import case_summary

    case_summary(view, "Gjenåpnet", "Reopened")
    next_step(f"kecli case show {view['id']}")
