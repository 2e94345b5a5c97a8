"""``kecli case new``: register an inquiry, from flags or, at a terminal, the guided walk."""

from typing import Annotated

import typer

from kecli.cli.fields import said
from kecli.cli.options import JsonOpt, choices, complete_case_id, missing, parse_date_option
from kecli.cli.output import emit, warn
from kecli.cli.state import interactive, service_ctx

app = typer.Typer()

KINDS = ("koordinator", "barnekoordinator")
CHANNELS = ("skjema", "brev", "telefon", "epost", "oppmote", "annet")


@app.command("new")
def case_new(
    name: Annotated[str | None, typer.Option("--name", metavar="TEXT")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="koordinator|barnekoordinator",
            autocompletion=choices(KINDS),
        ),
    ] = None,
    fnr: Annotated[
        str | None,
        typer.Option("--fnr", metavar="FNR"),
    ] = None,
    birth_date: Annotated[
        str | None,
        typer.Option(
            "--birth-date",
            metavar="DATE",
        ),
    ] = None,
    expected_birth_date: Annotated[
        str | None,
        typer.Option(
            "--expected-birth-date",
            metavar="DATE",
        ),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option("--received", metavar="DATE"),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            metavar="|".join(CHANNELS),
            autocompletion=choices(CHANNELS),
        ),
    ] = None,
    guardian: Annotated[
        list[str] | None,
        typer.Option(
            "--guardian",
            metavar="NAME",
        ),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", metavar="TEXT")] = None,
    from_case: Annotated[
        str | None,
        typer.Option("--from", metavar="CASE", autocompletion=complete_case_id),
    ] = None,
    handler: Annotated[
        str | None,
        typer.Option("--handler", metavar="NAME"),
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.i18n.results import REGISTERED
    from kecli.render.cases import case_summary
    from kecli.services.cases import NewCase, register_case

    if from_case is not None:
        _copied_with_from(
            name=name, fnr=fnr, birth_date=birth_date,
            expected_birth_date=expected_birth_date, guardian=guardian,
        )  # fmt: skip
        kind = kind or "koordinator"
        name = name or ""

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
        handler=handler,
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
    registered = register_case(service_ctx(), data, from_ref=from_case)
    for warning in registered.warnings:
        warn(said(warning))
    from kecli.cli.typed_text import warn_numbers_in

    warn_numbers_in(name=data.name, guardians=data.guardians, note=data.note)
    view = registered.case
    emit(
        view,
        json_out,
        lambda v: case_summary(v, REGISTERED),
        then=f"kecli case assess {view['id']}",
    )


def _copied_with_from(**given: object) -> None:
    """With ``--from`` the person and the guardians come from that case: an option that
    would give them too is bad input (correct them afterwards with case edit)."""
    for key, value in given.items():
        if value:
            from kecli.errors import InvalidInput
            from kecli.i18n.errors import cli as C

            raise InvalidInput(C.NOT_WITH_FROM_CASE, C.CORRECT_AFTERWARDS_CASE_EDIT, field=key)
