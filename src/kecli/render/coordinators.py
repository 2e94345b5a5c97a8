"""Coordinators for people."""

from __future__ import annotations

from kecli.i18n import tt
from kecli.render.console import console, fields, table
from kecli.views import CaseView, CoordinatorDetailView, CoordinatorView, DeactivatedView


def coordinator_table(views: list[CoordinatorView]) -> None:
    if not views:
        console().print(tt("Ingen koordinatorer.", "No coordinators."))
        return
    drawn = table()
    drawn.add_column("ID", justify="right")
    for heading in (
        tt("Navn", "Name"),
        tt("Type", "Kind"),
        tt("Enhet", "Unit"),
        tt("Uavhengig", "Independent"),
        tt("Saker", "Cases"),
    ):
        drawn.add_column(heading)
    for v in views:
        load = f"{v['active_cases']}/{v['max_cases']}" if v["max_cases"] else str(v["active_cases"])
        full = v["max_cases"] is not None and v["active_cases"] >= v["max_cases"]
        name = v["name"] if v["active"] else f"{v['name']} ({tt('deaktivert', 'deactivated')})"
        drawn.add_row(
            str(v["id"]),
            name,
            v["kind"],
            v["unit"] or "—",
            tt("ja", "yes") if v["independent"] else tt("nei", "no"),
            f"[yellow]{load}[/]" if full else load,
        )
    console().print(drawn)


def coordinator_detail(view: CoordinatorDetailView) -> None:
    out = console()
    grid = fields()
    grid.add_row("ID", str(view["id"]))
    grid.add_row(tt("Navn", "Name"), view["name"])
    grid.add_row(tt("Type", "Kind"), view["kind"])
    grid.add_row(tt("Enhet", "Unit"), view["unit"] or "—")
    grid.add_row(
        tt("Uavhengig", "Independent"), tt("ja", "yes") if view["independent"] else tt("nei", "no")
    )
    grid.add_row(tt("Opplært", "Trained"), view["trained_on"] or "—")
    grid.add_row(tt("Maks saker", "Max cases"), str(view["max_cases"] or "—"))
    grid.add_row(
        tt("Aktiv", "Active"),
        tt("ja", "yes") if view["active"] else f"{tt('nei', 'no')} ({view['deactivated_on']})",
    )
    out.print(grid)
    cases = view.get("cases") or []
    out.print()
    out.print(tt(f"Aktive saker: {len(cases)}", f"Active cases: {len(cases)}"), style="bold")
    for case in cases:
        out.print(f"  {case['id']}  {case['kind']}  {case['name']}")


def coordinator_added(view: CoordinatorView) -> None:
    """``coordinator add``: who was registered, under which id."""
    print(
        tt(
            f"Registrert koordinator {view['id']}: {view['name']} ({view['kind']})",
            f"Registered coordinator {view['id']}: {view['name']} ({view['kind']})",
        )
    )


def coordinator_deactivated(view: DeactivatedView) -> None:
    """``coordinator deactivate``: who left, and the cases that now need a coordinator."""
    print(tt(f"Deaktivert: {view['name']}.", f"Deactivated: {view['name']}."))
    for case_id in view["cases_needing_coordinator"]:
        print(tt(f"  {case_id} trenger ny koordinator", f"  {case_id} needs a new coordinator"))


def coordinator_assigned(case: CaseView) -> None:
    """``coordinator assign``: the case's coordinator and from when."""
    active = case["coordinator"]
    assert active is not None  # just assigned
    print(
        tt(
            f"{active['name']} er koordinator i {case['id']} fra {active['since']}.",
            f"{active['name']} is the coordinator of {case['id']} from {active['since']}.",
        )
    )


def coordinator_unassigned(case: CaseView) -> None:
    """``coordinator unassign``: the case is without a coordinator."""
    print(
        tt(
            f"Saken {case['id']} har ingen koordinator nå.",
            f"Case {case['id']} has no coordinator now.",
        )
    )


def coordinator_choice(view: CoordinatorView) -> str:
    """A coordinator as the assign menu offers them: kind, independence and caseload."""
    limit = f"/{view['max_cases']}" if view["max_cases"] else ""
    flag = tt(", uavhengig", ", independent") if view["independent"] else ""
    return (
        f"{view['id']}: {view['name']} ({view['kind']}{flag}) — "
        f"{view['active_cases']}{limit} {tt('saker', 'cases')}"
    )
