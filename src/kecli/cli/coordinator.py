"""``kecli coordinator …``: the registry, and appointing coordinators to cases."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import (
    CaseArg,
    JsonOpt,
    choices,
    complete_coordinator_id,
    missing,
    parse_date_option,
)
from kecli.cli.output import emit, warn
from kecli.cli.state import interactive, service_ctx
from kecli.i18n import t, tt

coordinator_app = typer.Typer(no_args_is_help=True)  # its help: GROUPS in cli/app.py

KINDS = ("koordinator", "barnekoordinator", "begge")


CoordinatorArg = Annotated[
    str | None,
    typer.Argument(
        metavar="COORDINATOR",
        help="Coordinator id (see coordinator list).",
        autocompletion=complete_coordinator_id,
    ),
]
CoordinatorId = Annotated[
    str,
    typer.Argument(
        metavar="COORDINATOR", help="Coordinator id.", autocompletion=complete_coordinator_id
    ),
]
OnOpt = Annotated[
    str | None, typer.Option("--on", metavar="DATE", help="From/until when (default today).")
]


@coordinator_app.command("add")
def coordinator_add(
    name: Annotated[str | None, typer.Option("--name", metavar="TEXT", help="Full name.")] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", metavar="TEXT", help="Where they work.")
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            metavar="|".join(KINDS),
            autocompletion=choices(KINDS),
            help="Which cases they may take (default koordinator).",
        ),
    ] = "koordinator",
    independent: Annotated[
        bool, typer.Option("--independent", help="Not one of the family's service providers.")
    ] = False,
    trained_on: Annotated[
        str | None, typer.Option("--trained-on", metavar="DATE", help="When they were trained.")
    ] = None,
    max_cases: Annotated[
        int | None, typer.Option("--max-cases", metavar="N", help="Most active cases at once.")
    ] = None,
    json_out: JsonOpt = False,
) -> None:
    """Register a coordinator. / Registrer en koordinator."""
    from kecli.render.coordinators import coordinator_added
    from kecli.services.coordinators import NewCoordinator, add_coordinator

    trained = parse_date_option(trained_on, "--trained-on")
    if name is None:
        if not interactive():
            raise missing("--name")
        from kecli.cli.prompts import ask_text

        name = ask_text(tt("Navn:", "Name:"))
    view = add_coordinator(
        service_ctx(),
        NewCoordinator(
            name=name,
            kind=kind,
            unit=unit,
            independent=independent,
            trained_on=trained,
            max_cases=max_cases,
        ),
    )
    emit(view, json_out, coordinator_added, then=f"kecli coordinator assign CASE {view['id']}")


@coordinator_app.command("list")
def coordinator_list(
    all_: Annotated[bool, typer.Option("--all", help="Include deactivated coordinators.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Coordinators with their active caseload. / Koordinatorer og saksmengde."""
    from kecli.render.coordinators import coordinator_table
    from kecli.services.coordinators import list_coordinators

    emit(list_coordinators(service_ctx(), include_inactive=all_), json_out, coordinator_table)


@coordinator_app.command("show")
def coordinator_show(
    coordinator: CoordinatorId,
    json_out: JsonOpt = False,
) -> None:
    """One coordinator and their active cases. / Én koordinator og sakene."""
    from kecli.render.coordinators import coordinator_detail
    from kecli.services.coordinators import show_coordinator

    emit(show_coordinator(service_ctx(), coordinator), json_out, coordinator_detail)


@coordinator_app.command("deactivate")
def coordinator_deactivate(
    coordinator: CoordinatorId,
    on: OnOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """A coordinator who leaves: end their appointments. / Deaktiver en koordinator."""
    from kecli.render.coordinators import coordinator_deactivated
    from kecli.services.coordinators import deactivate_coordinator

    view = deactivate_coordinator(
        service_ctx(), coordinator, on=parse_date_option(on, "--on"), reason=reason
    )
    needing = view["cases_needing_coordinator"]
    emit(
        view,
        json_out,
        coordinator_deactivated,
        then="kecli case list --without-coordinator" if needing else None,
    )


@coordinator_app.command("assign")
def coordinator_assign(
    case: CaseArg,
    coordinator: CoordinatorArg = None,
    on: OnOpt = None,
    replace_other: Annotated[
        bool,
        typer.Option(
            "--replace-other",
            help="End the person's other appointment (koordinator vs barnekoordinator).",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Assign even over the coordinator's --max-cases.")
    ] = False,
    json_out: JsonOpt = False,
) -> None:
    """Appoint a coordinator to a granted case (replaces the current one)."""
    from kecli.render.coordinators import coordinator_assigned, coordinator_choice
    from kecli.services.appointments import assign_coordinator, qualifying_coordinators

    when = parse_date_option(on, "--on")
    if coordinator is None:
        if not interactive():
            raise missing("COORDINATOR")
        choices = qualifying_coordinators(service_ctx(), case, when)
        from kecli.cli.prompts import ask_menu

        coordinator = ask_menu(
            tt("Velg koordinator:", "Choose the coordinator:"),
            [(str(v["id"]), coordinator_choice(v)) for v in choices],
        )
    result = assign_coordinator(
        service_ctx(), case, coordinator, on=when, replace_other=replace_other, force=force
    )
    for warning in result.warnings:
        warn(t(warning))
    case_id = result.case["id"]
    emit(
        result.case,
        json_out,
        coordinator_assigned,
        then=f"kecli plan edit {case_id}"
        if result.case["wants_ip"]
        else f"kecli case show {case_id}",
    )


@coordinator_app.command("unassign")
def coordinator_unassign(
    case: CaseArg,
    on: OnOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """End the case's coordinator appointment. / Avslutt oppnevningen."""
    from kecli.render.coordinators import coordinator_unassigned
    from kecli.services.appointments import unassign_coordinator

    view = unassign_coordinator(
        service_ctx(), case, on=parse_date_option(on, "--on"), reason=reason
    )
    emit(view, json_out, coordinator_unassigned, then=f"kecli coordinator assign {view['id']}")
