"""Coordinators for people."""

from __future__ import annotations

from rich.table import Table

from kecli.i18n import tt
from kecli.render.console import console
from kecli.views import CoordinatorDetailView, CoordinatorView


def coordinator_table(views: list[CoordinatorView]) -> None:
    if not views:
        console().print(tt("Ingen koordinatorer.", "No coordinators."))
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    for header in (
        "ID",
        tt("Navn", "Name"),
        tt("Type", "Kind"),
        tt("Enhet", "Unit"),
        tt("Uavhengig", "Independent"),
        tt("Saker", "Cases"),
    ):
        table.add_column(header, justify="right" if header in ("ID",) else "left")
    for v in views:
        load = f"{v['active_cases']}/{v['max_cases']}" if v["max_cases"] else str(v["active_cases"])
        full = v["max_cases"] is not None and v["active_cases"] >= v["max_cases"]
        name = v["name"] if v["active"] else f"{v['name']} ({tt('deaktivert', 'deactivated')})"
        table.add_row(
            str(v["id"]),
            name,
            v["kind"],
            v["unit"] or "—",
            tt("ja", "yes") if v["independent"] else tt("nei", "no"),
            f"[yellow]{load}[/]" if full else load,
        )
    console().print(table)


def coordinator_detail(view: CoordinatorDetailView) -> None:
    out = console()
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
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
