"""Coordinators for people."""

from __future__ import annotations

from kecli.i18n import label, t, tf, yes_no
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.console import console, fields, styled, table
from kecli.views import CaseView, CoordinatorDetailView, CoordinatorView, DeactivatedView


def coordinator_table(views: list[CoordinatorView]) -> None:
    if not views:
        console().print(t(R.NO_COORDINATORS))
        return
    drawn = table()
    drawn.add_column("ID", justify="right")
    for heading in (L.NAME, L.KIND, L.UNIT, L.INDEPENDENT, L.CASES):
        drawn.add_column(t(heading))
    for v in views:
        load = f"{v['active_cases']}/{v['max_cases']}" if v["max_cases"] else str(v["active_cases"])
        full = v["max_cases"] is not None and v["active_cases"] >= v["max_cases"]
        name = v["name"] if v["active"] else f"{v['name']} ({t(L.DEACTIVATED)})"
        drawn.add_row(
            str(v["id"]),
            name,
            label(L.COORDINATOR_KIND, v["kind"]),
            v["unit"] or L.NONE_DASH,
            yes_no(v["independent"]),
            styled((load, "yellow")) if full else load,
        )
    console().print(drawn)


def coordinator_detail(view: CoordinatorDetailView) -> None:
    out = console()
    grid = fields()
    grid.add_row("ID", str(view["id"]))
    grid.add_row(t(L.NAME), view["name"])
    grid.add_row(t(L.KIND), label(L.COORDINATOR_KIND, view["kind"]))
    grid.add_row(t(L.UNIT), view["unit"] or L.NONE_DASH)
    grid.add_row(t(L.INDEPENDENT), yes_no(view["independent"]))
    grid.add_row(t(L.TRAINED), view["trained_on"] or L.NONE_DASH)
    grid.add_row(t(L.MAX_CASES), str(view["max_cases"] or L.NONE_DASH))
    grid.add_row(
        t(L.ACTIVE),
        yes_no(True) if view["active"] else f"{yes_no(False)} ({view['deactivated_on']})",
    )
    out.print(grid)
    cases = view.get("cases") or []
    out.print()
    out.print(tf(R.ACTIVE_CASES, count=len(cases)), style="bold")
    for case in cases:
        out.print(f"  {case['id']}  {case['kind']}  {case['name']}")


def coordinator_added(view: CoordinatorView) -> None:
    """``coordinator add``: who was registered, under which id."""
    kind = label(L.COORDINATOR_KIND, view["kind"])
    print(tf(R.COORDINATOR_ADDED, id=view["id"], name=view["name"], kind=kind))


def coordinator_deactivated(view: DeactivatedView) -> None:
    """``coordinator deactivate``: who left, and the cases that now need a coordinator."""
    print(tf(R.COORDINATOR_DEACTIVATED, name=view["name"]))
    for case_id in view["cases_needing_coordinator"]:
        print(tf(R.NEEDS_COORDINATOR, case=case_id))


def coordinator_assigned(case: CaseView) -> None:
    """``coordinator assign``: the case's coordinator and from when."""
    active = case["coordinator"]
    assert active is not None  # just assigned
    print(tf(R.COORDINATOR_ASSIGNED, name=active["name"], case=case["id"], since=active["since"]))


def coordinator_unassigned(case: CaseView) -> None:
    """``coordinator unassign``: the case is without a coordinator."""
    print(tf(R.COORDINATOR_UNASSIGNED, case=case["id"]))


def coordinator_choice(view: CoordinatorView) -> str:
    """A coordinator as the assign menu offers them: kind, independence and caseload."""
    limit = f"/{view['max_cases']}" if view["max_cases"] else ""
    flag = f", {t(L.INDEPENDENT_WORD)}" if view["independent"] else ""
    return tf(
        R.COORDINATOR_CHOICE,
        id=view["id"],
        name=view["name"],
        kind=label(L.COORDINATOR_KIND, view["kind"]),
        independent=flag,
        load=f"{view['active_cases']}{limit}",
    )
