"""Reports for people (a deadline table, bar charts) and for scripts (CSV).

Rich is imported inside the functions that draw: a nightly ``--format csv`` or
``--format json`` run should not pay for it.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Mapping, Sequence
from json.encoder import encode_basestring as _json_text
from typing import TYPE_CHECKING, Any, TextIO

from kecli.i18n import tt
from kecli.views import DeadlineItem, DeadlineReport, StatsView

if TYPE_CHECKING:
    from rich.table import Table

SOON_DAYS = 7
"""An item due in fewer days than this (0–6 days left) is "due this week": yellow."""

BAR_WIDTH = 30

WIDE_TERMINAL = 110
"""From this width on, the deadline table also shows what each due date is counted from."""


def type_label(type_: str) -> str:
    return {
        "preliminary_reply": tt("Foreløpig svar", "Preliminary reply"),
        "decision_unsent": tt("Sende avgjørelse", "Send decision"),
        "appeal_window": tt("Klagefrist løper", "Appeal window"),
        "appeal_forwarding": tt("Oversende klage", "Forward appeal"),
        "plan_evaluation": tt("Evaluere plan", "Plan evaluation"),
        "turns_18": tt("Fyller 18 år", "Turns 18"),
    }.get(type_, type_)


def detail_text(item: DeadlineItem) -> str:
    """Where the due date comes from, in the user's language."""
    since = item.since.isoformat() if item.since else ""
    if item.type == "preliminary_reply":
        if item.reopened:
            return tt(f"opphevet {since}", f"set aside {since}")
        return tt(f"mottatt {since}", f"received {since}")
    if item.type == "decision_unsent":
        return tt(f"avgjort {since}, ikke sendt", f"decided {since}, not sent")
    if item.type == "appeal_window":
        if item.estimated:
            return tt(
                f"avslag postlagt {since}, frist anslått", f"refusal posted {since}, estimated"
            )
        return tt(f"avslag meddelt {since}", f"refusal notified {since}")
    if item.type == "appeal_forwarding":
        return tt(f"klage {item.ref}, fremsatt {since}", f"appeal {item.ref}, filed {since}")
    if item.type == "plan_evaluation":
        return tt(f"plan versjon {item.ref}", f"plan version {item.ref}")
    return tt(f"innvilget {since}", f"granted {since}")


def row_style(item: DeadlineItem) -> str | None:
    """Red when overdue, yellow when due within the coming week, else plain."""
    if item.overdue:
        return "red"
    if item.days_left < SOON_DAYS:
        return "yellow"
    return None


def deadline_table(report: DeadlineReport) -> None:
    """The deadlines as a table, in the report's order (the same rows as JSON and CSV)."""
    from kecli.render.console import console, escape, table

    out = console()
    last = report.horizon.isoformat()
    if not report.items:
        out.print(tt(f"Ingen frister til og med {last}.", f"No deadlines up to {last}."))
        return
    out.print(
        tt(
            f"Frister per {report.as_of.isoformat()}, til og med {last}",
            f"Deadlines as of {report.as_of.isoformat()}, up to {last}",
        ),
        style="bold",
    )
    drawn = table()
    drawn.add_column(tt("Sak", "Case"), no_wrap=True)
    drawn.add_column(tt("Frist", "Deadline"), no_wrap=True)
    drawn.add_column(tt("Forfaller", "Due"), no_wrap=True)
    drawn.add_column(tt("Dager", "Days"), justify="right", no_wrap=True)
    drawn.add_column(tt("Person", "Person"))
    drawn.add_column(tt("Ansvarlig", "Assignee"))
    wide = out.width >= WIDE_TERMINAL
    if wide:
        drawn.add_column(tt("Grunnlag", "Basis"), style="dim", no_wrap=True)
    for item in report.items:
        due = item.due.isoformat()
        if item.estimated:  # never shown as if the law had fixed it
            due += tt(" (anslått)", " (estimated)")
        cells = [
            item.case_id,
            type_label(item.type),
            due,
            str(item.days_left),
            escape(item.person),
            escape(item.assignee),
        ]
        if wide:
            cells.append(detail_text(item))
        drawn.add_row(*cells, style=row_style(item))
    out.print(drawn)
    total, overdue = len(report.items), report.overdue
    out.print(
        tt(f"{total} frister, {overdue} forfalt.", f"{total} deadlines, {overdue} overdue."),
        style="red" if overdue else None,
    )


def write_deadlines_json(items: Sequence[DeadlineItem], stream: TextIO | None = None) -> None:
    """The deadline items as a JSON array, one item per line, with the keys of
    :data:`~kecli.views.ITEM_KEYS`: what ``json.dumps(item.as_dict(),
    ensure_ascii=False)`` gives for each, byte for byte, but formatted straight from the
    item (a nightly report over a big unit has tens of thousands of them). ``type`` and
    ``kind`` are kecli's own words, plain ASCII, so they need no escaping."""
    out = stream or sys.stdout
    if not items:
        out.write("[]\n")
        return
    text = _json_text
    out.write("[\n")
    out.write(
        ",\n".join(
            f'  {{"case_id": {text(i.case_id)}, "type": "{i.type}", '
            f'"due": "{i.due.isoformat()}", "days_left": {i.days_left}, '
            f'"overdue": {"true" if i.overdue else "false"}, "person": {text(i.person)}, '
            f'"assignee": {text(i.assignee)}, "kind": "{i.kind}", '
            f'"detail": {text(i.detail)}, "estimated": {"true" if i.estimated else "false"}}}'
            for i in items
        )
    )
    out.write("\n]\n")


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(
    rows: Sequence[Mapping[str, Any]], keys: Sequence[str], stream: TextIO | None = None
) -> None:
    """Comma-separated rows under a header of ``keys``; no byte-order mark (it is for scripts).

    Booleans are written ``true``/``false`` as in JSON; lines end in ``\\n``.
    """
    writer = csv.writer(stream or sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_csv_value(row[key]) for key in keys])


# --- report stats ------------------------------------------------------------------


def _bar(value: int, largest: int) -> str:
    if value <= 0 or largest <= 0:
        return ""
    return "█" * max(1, round(value * BAR_WIDTH / largest))


def _chart(rows: Sequence[tuple[str, int, str, str | None]]) -> Table:
    """A bar chart as a table without borders: label, bar, number (the bar's style optional)."""
    from kecli.render.console import escape, table

    chart = table()
    chart.show_header = False
    chart.add_column(no_wrap=True)
    chart.add_column(no_wrap=True)
    chart.add_column(justify="right", no_wrap=True)
    largest = max((value for _, value, _, _ in rows), default=0)
    for label, value, shown, style in rows:
        chart.add_row(escape(label), f"[{style or 'cyan'}]{_bar(value, largest)}[/]", shown)
    return chart


def _counts(
    values: dict[str, int], label: Callable[[str], str] = str
) -> list[tuple[str, int, str, str | None]]:
    return [(label(key), n, str(n), None) for key, n in values.items()]


def stats_charts(view: StatsView) -> None:
    """``report stats`` for people: one bar chart per count, and the time to decision."""
    from kecli.render.cases import status_label
    from kecli.render.console import console

    out = console()
    period = tt("hele perioden", "all time")
    if view["from"] or view["to"]:
        period = f"{view['from'] or '…'} – {view['to'] or '…'}"
    out.print(
        tt(
            f"Statistikk, saker mottatt {period}: {view['cases']} saker",
            f"Statistics, cases received {period}: {view['cases']} cases",
        ),
        style="bold",
    )
    outcome_names = {
        "innvilget": "innvilget",
        "avslag": "avslag",
        "open": tt("under behandling", "open"),
        "withdrawn": tt("trukket", "withdrawn"),
    }
    charts = [
        (tt("Saker etter type", "Cases by kind"), _counts(view["cases_by_kind"])),
        (
            tt("Saker etter status", "Cases by status"),
            _counts(view["cases_by_status"], status_label),
        ),
        (tt("Saker etter måned", "Cases by month"), _counts(view["cases_by_month"])),
        (
            tt("Gjeldende avgjørelser", "Current decisions"),
            _counts(view["decisions"], lambda k: outcome_names.get(k, k)),
        ),
        (
            tt("Klager etter utfall", "Appeals by outcome"),
            _counts(view["appeals_by_outcome"], lambda k: outcome_names.get(k, k)),
        ),
    ]
    for title, rows in charts:
        out.print()
        out.print(title, style="bold")
        out.print(_chart(rows) if rows else "—")
    timing = view["days_to_decision"]
    out.print()
    out.print(
        tt("Tid fra henvendelse til første avgjørelse", "Time from inquiry to first decision"),
        style="bold",
    )
    if timing["count"]:
        out.print(
            tt(
                f"median {timing['median']} dager, 90-persentil {timing['p90']} dager "
                f"({timing['count']} saker)",
                f"median {timing['median']} days, 90th percentile {timing['p90']} days "
                f"({timing['count']} cases)",
            )
        )
    else:
        out.print(tt("ingen avgjorte saker", "no decided cases"))
    out.print()
    load_rows: list[tuple[str, int, str, str | None]] = []
    for c in view["caseload"]:
        most = c["max_cases"]
        shown = f"{c['active_cases']}/{most}" if most else str(c["active_cases"])
        full = most is not None and c["active_cases"] >= most
        load_rows.append(
            (
                f"{c['name']} ({c['coordinator_id']})",
                c["active_cases"],
                shown,
                "yellow" if full else None,
            )
        )
    title = tt(
        "Saksmengde per koordinator (aktive saker)", "Caseload per coordinator (active cases)"
    )
    out.print(title, style="bold")
    out.print(_chart(load_rows) if load_rows else tt("ingen koordinatorer", "no coordinators"))
