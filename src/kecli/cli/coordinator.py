"""``kecli coordinator …``: the registry, and appointing coordinators to cases."""

from __future__ import annotations

from typing import Annotated

import typer

from kecli.cli.options import (
    CaseArg,
    JsonOpt,
    NoInputOpt,
    choices,
    complete_coordinator_id,
    missing,
    parse_date_option,
)
from kecli.cli.output import next_step, print_json, warn
from kecli.cli.state import interactive, service_ctx
from kecli.errors import Msg
from kecli.i18n import t, tt

coordinator_app = typer.Typer(
    help="Coordinators: register, assign, replace. / Koordinatorer: registrer og oppnevn.",
    no_args_is_help=True,
)

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
    no_input: NoInputOpt = False,
) -> None:
    """Register a coordinator. / Registrer en koordinator."""
    from kecli.services.coordinators import NewCoordinator, add_coordinator

    trained = parse_date_option(trained_on, "--trained-on")
    if name is None:
        if not interactive(no_input):
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
    if json_out:
        print_json(view)
        return
    print(
        tt(
            f"Registrert koordinator {view['id']}: {view['name']} ({view['kind']})",
            f"Registered coordinator {view['id']}: {view['name']} ({view['kind']})",
        )
    )
    next_step(f"kecli coordinator assign CASE {view['id']}")


@coordinator_app.command("list")
def coordinator_list(
    all_: Annotated[bool, typer.Option("--all", help="Include deactivated coordinators.")] = False,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """Coordinators with their active caseload. / Koordinatorer og saksmengde."""
    from kecli.services.coordinators import list_coordinators

    views = list_coordinators(service_ctx(), include_inactive=all_)
    if json_out:
        print_json(views)
        return
    from kecli.render.coordinators import coordinator_table

    coordinator_table(views)


@coordinator_app.command("show")
def coordinator_show(
    coordinator: CoordinatorId,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """One coordinator and their active cases. / Én koordinator og sakene."""
    from kecli.services.coordinators import show_coordinator

    view = show_coordinator(service_ctx(), coordinator)
    if json_out:
        print_json(view)
        return
    from kecli.render.coordinators import coordinator_detail

    coordinator_detail(view)


@coordinator_app.command("deactivate")
def coordinator_deactivate(
    coordinator: CoordinatorId,
    on: OnOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why.")] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """A coordinator who leaves: end their appointments. / Deaktiver en koordinator."""
    from kecli.services.coordinators import deactivate_coordinator

    view = deactivate_coordinator(
        service_ctx(), coordinator, on=parse_date_option(on, "--on"), reason=reason
    )
    if json_out:
        print_json(view)
        return
    print(tt(f"Deaktivert: {view['name']}.", f"Deactivated: {view['name']}."))
    for case_id in view["cases_needing_coordinator"]:
        print(tt(f"  {case_id} trenger ny koordinator", f"  {case_id} needs a new coordinator"))
    if view["cases_needing_coordinator"]:
        next_step("kecli case list --without-coordinator")


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
    no_input: NoInputOpt = False,
) -> None:
    """Appoint a coordinator to a granted case (replaces the current one)."""
    from kecli.services.appointments import assign_coordinator, qualifying_coordinators

    when = parse_date_option(on, "--on")
    if coordinator is None:
        if not interactive(no_input):
            raise missing("COORDINATOR")
        choices = qualifying_coordinators(service_ctx(), case, when)
        if not choices:
            from kecli.errors import RuleViolation

            raise RuleViolation(
                Msg(
                    "Ingen aktiv koordinator kan ta denne saken.",
                    "No active coordinator qualifies for this case.",
                ),
                Msg(
                    "Registrer en: kecli coordinator add --name …",
                    "Register one: kecli coordinator add --name …",
                ),
            )
        from kecli.cli.prompts import ask_menu

        def title(view: dict) -> str:  # type: ignore[type-arg]
            limit = f"/{view['max_cases']}" if view["max_cases"] else ""
            flag = tt(", uavhengig", ", independent") if view["independent"] else ""
            return (
                f"{view['id']}: {view['name']} ({view['kind']}{flag}) — "
                f"{view['active_cases']}{limit} {tt('saker', 'cases')}"
            )

        coordinator = ask_menu(
            tt("Velg koordinator:", "Choose the coordinator:"),
            [(str(v["id"]), title(v)) for v in choices],
        )
    result = assign_coordinator(
        service_ctx(), case, coordinator, on=when, replace_other=replace_other, force=force
    )
    for warning in result.warnings:
        warn(t(warning))
    if json_out:
        print_json(result.case)
        return
    active = result.case["coordinator"]
    print(
        tt(
            f"{active['name']} er koordinator i {result.case['id']} fra {active['since']}.",
            f"{active['name']} is the coordinator of {result.case['id']} from {active['since']}.",
        )
    )
    next_step(
        f"kecli plan edit {result.case['id']}"
        if result.case["wants_ip"]
        else f"kecli case show {result.case['id']}"
    )


@coordinator_app.command("unassign")
def coordinator_unassign(
    case: CaseArg,
    on: OnOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT", help="Why.")] = None,
    json_out: JsonOpt = False,
    no_input: NoInputOpt = False,  # accepted for scripts; never prompts
) -> None:
    """End the case's coordinator appointment. / Avslutt oppnevningen."""
    from kecli.services.appointments import unassign_coordinator

    view = unassign_coordinator(
        service_ctx(), case, on=parse_date_option(on, "--on"), reason=reason
    )
    if json_out:
        print_json(view)
        return
    print(
        tt(
            f"Saken {view['id']} har ingen koordinator nå.",
            f"Case {view['id']} has no coordinator now.",
        )
    )
    next_step(f"kecli coordinator assign {view['id']}")
