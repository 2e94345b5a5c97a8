"""``kecli case new``: register an inquiry, from flags or, at a terminal, the guided walk."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import JsonOpt, choices, missing, parse_date_option
from kecli.cli.output import emit
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()

KINDS = ("koordinator", "barnekoordinator")
CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")


@app.command("new")
def case_new(
    name: Annotated[
        str | None, typer.Option("--name", metavar="TEXT", help="The person's full name.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="koordinator|barnekoordinator",
            autocompletion=choices(KINDS),
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
            autocompletion=choices(CHANNELS),
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
) -> None:
    """Register an inquiry (henvendelse). / Registrer en henvendelse."""
    from kecli.render.cases import case_summary
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
        if not interactive():
            raise missing("--name" if name is None else "--kind")
        from kecli.cli.case.new_walk import new_case_walk

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
    emit(
        view,
        json_out,
        lambda v: case_summary(v, "Registrert", "Registered"),
        then=f"kecli case assess {view['id']}",
    )
