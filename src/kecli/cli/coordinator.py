"""``kecli coordinator …``: the registry, and appointing coordinators to cases."""

from typing import Annotated

import typer

from kecli.cli.fields import said
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
from kecli.i18n import t

coordinator_app = typer.Typer(no_args_is_help=True)  # its words: kecli.i18n.help

KINDS = ("koordinator", "barnekoordinator", "begge")


CoordinatorArg = Annotated[
    str | None,
    typer.Argument(
        metavar="COORDINATOR",
        autocompletion=complete_coordinator_id,
    ),
]
CoordinatorId = Annotated[
    str,
    typer.Argument(metavar="COORDINATOR", autocompletion=complete_coordinator_id),
]
OnOpt = Annotated[str | None, typer.Option("--on", metavar="DATE")]


@coordinator_app.command("add")
def coordinator_add(
    name: Annotated[str | None, typer.Option("--name", metavar="TEXT")] = None,
    unit: Annotated[str | None, typer.Option("--unit", metavar="TEXT")] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            metavar="|".join(KINDS),
            autocompletion=choices(KINDS),
        ),
    ] = "koordinator",
    independent: Annotated[bool, typer.Option("--independent")] = False,
    trained_on: Annotated[str | None, typer.Option("--trained-on", metavar="DATE")] = None,
    max_cases: Annotated[int | None, typer.Option("--max-cases", metavar="N")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.coordinators import coordinator_added
    from kecli.services.coordinators import NewCoordinator, add_coordinator

    trained = parse_date_option(trained_on, "--trained-on")
    if name is None:
        if not interactive():
            raise missing("--name")
        from kecli.cli.prompts import ask_text
        from kecli.i18n.prompts import NAME

        name = ask_text(t(NAME))
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
    all_: Annotated[bool, typer.Option("--all")] = False,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.coordinators import coordinator_table
    from kecli.services.coordinators import list_coordinators

    emit(list_coordinators(service_ctx(), include_inactive=all_), json_out, coordinator_table)


@coordinator_app.command("show")
def coordinator_show(
    coordinator: CoordinatorId,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.coordinators import coordinator_detail
    from kecli.services.coordinators import show_coordinator

    emit(show_coordinator(service_ctx(), coordinator), json_out, coordinator_detail)


@coordinator_app.command("deactivate")
def coordinator_deactivate(
    coordinator: CoordinatorId,
    on: OnOpt = None,
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT")] = None,
    json_out: JsonOpt = False,
) -> None:
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
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force")] = False,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.coordinators import coordinator_assigned, coordinator_choice
    from kecli.services.appointments import assign_coordinator, qualifying_coordinators

    when = parse_date_option(on, "--on")
    if coordinator is None:
        if not interactive():
            raise missing("COORDINATOR")
        choices = qualifying_coordinators(service_ctx(), case, when)
        from kecli.cli.prompts import ask_menu
        from kecli.i18n.prompts import CHOOSE_COORDINATOR

        coordinator = ask_menu(
            t(CHOOSE_COORDINATOR),
            [(str(v["id"]), coordinator_choice(v)) for v in choices],
        )
    result = assign_coordinator(
        service_ctx(), case, coordinator, on=when, replace_other=replace_other, force=force
    )
    for warning in result.warnings:
        warn(said(warning))
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
    reason: Annotated[str | None, typer.Option("--reason", metavar="TEXT")] = None,
    json_out: JsonOpt = False,
) -> None:
    from kecli.render.coordinators import coordinator_unassigned
    from kecli.services.appointments import unassign_coordinator

    view = unassign_coordinator(
        service_ctx(), case, on=parse_date_option(on, "--on"), reason=reason
    )
    emit(view, json_out, coordinator_unassigned, then=f"kecli coordinator assign {view['id']}")
