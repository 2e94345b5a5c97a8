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

from kecli.i18n import label, number, t, tf
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.views.admin import StatsView
from kecli.views.deadlines import DeadlineItem, DeadlineReport

if TYPE_CHECKING:
    from rich.table import Table

SOON_DAYS = 7
"""An item due in fewer days than this (0–6 days left) is "due this week": yellow."""

BAR_WIDTH = 30

WIDE_TERMINAL = 110
"""From this width on, the deadline table also shows the handler and what each due date is
counted from."""


def type_label(type_: str) -> str:
    return label(L.DEADLINE_TYPE, type_)


def detail_text(item: DeadlineItem) -> str:
    """Where the due date comes from, in the user's language."""
    since = item.since.isoformat() if item.since else ""
    basis = item.type
    if item.type == "preliminary_reply":
        basis = "reopened" if item.reopened else "received"
    elif item.type == "appeal_window":
        basis = "estimated" if item.estimated else "notified"
    return tf(L.DEADLINE_BASIS[basis], since=since, ref=item.ref)


def row_style(item: DeadlineItem) -> str | None:
    """Red when overdue, yellow when due within the coming week, else plain."""
    if item.overdue:
        return "red"
    if item.days_left < SOON_DAYS:
        return "yellow"
    return None


def deadline_table(report: DeadlineReport) -> None:
    """The deadlines as a table, in the report's order (the same rows as JSON and CSV)."""
    from kecli.render.console import console, table

    out = console()
    last = report.horizon.isoformat()
    if not report.items:
        out.print(tf(R.NO_DEADLINES, last=last))
        return
    out.print(tf(R.DEADLINES_TITLE, as_of=report.as_of.isoformat(), last=last), style="bold")
    drawn = table()
    drawn.add_column(t(L.CASE), no_wrap=True)
    drawn.add_column(t(L.DEADLINE), no_wrap=True)
    drawn.add_column(t(L.DUE), no_wrap=True)
    drawn.add_column(t(L.DAYS), justify="right", no_wrap=True)
    drawn.add_column(t(L.PERSON))
    drawn.add_column(t(L.ASSIGNEE))
    wide = out.width >= WIDE_TERMINAL
    if wide:
        drawn.add_column(t(L.HANDLER))
        drawn.add_column(t(L.BASIS), style="dim", no_wrap=True)
    for item in report.items:
        due = item.due.isoformat()
        if item.estimated:  # never shown as if the law had fixed it
            due = tf(R.ESTIMATED_DUE, due=due)
        cells = [
            item.case_id,
            type_label(item.type),
            due,
            str(item.days_left),
            item.person,
            item.assignee,
        ]
        if wide:
            cells += [item.handler, detail_text(item)]
        drawn.add_row(*cells, style=row_style(item))
    out.print(drawn)
    total, overdue = len(report.items), report.overdue
    out.print(tf(R.DEADLINES_TOTAL, total=total, overdue=overdue), style="red" if overdue else None)


def write_deadlines_json(items: Sequence[DeadlineItem], stream: TextIO | None = None) -> None:
    """The deadline items as a JSON array, one item per line, with the keys of
    :data:`~kecli.views.deadlines.ITEM_KEYS`: what ``json.dumps(item.as_dict(),
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
            f'"assignee": {text(i.assignee)}, "handler": {text(i.handler)}, '
            f'"kind": "{i.kind}", '
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
    from kecli.render.console import styled, table

    chart = table()
    chart.show_header = False
    chart.add_column(no_wrap=True)
    chart.add_column(no_wrap=True)
    chart.add_column(justify="right", no_wrap=True)
    largest = max((value for _, value, _, _ in rows), default=0)
    for name, value, shown, style in rows:
        chart.add_row(name, styled((_bar(value, largest), style or "cyan")), shown)
    return chart


def _counts(
    values: dict[str, int], named: Callable[[str], str] = str
) -> list[tuple[str, int, str, str | None]]:
    return [(named(key), n, str(n), None) for key, n in values.items()]


#: Up to this many months, a chart shows every month of the period; a longer one (up to
#: 9999-12-31: 120,000 months) starts at the first month with cases and ends at the last.
MONTHS_SHOWN_WHOLE = 36


def _months_with_cases(months: dict[str, int]) -> dict[str, int]:
    """The months a chart shows: the whole period when it is short, else from the first
    month with cases to the last (JSON keeps every month)."""
    if len(months) <= MONTHS_SHOWN_WHOLE:
        return months
    keys = [month for month, n in months.items() if n]
    if not keys:
        return {}
    names = list(months)
    return {m: months[m] for m in names[names.index(keys[0]) : names.index(keys[-1]) + 1]}


def stats_charts(view: StatsView) -> None:
    """``report stats`` for people: one bar chart per count, and the time to decision."""
    from kecli.render.cases import status_label
    from kecli.render.console import console

    out = console()
    period = t(R.ALL_TIME)
    if view["from"] or view["to"]:
        period = f"{view['from'] or '…'} – {view['to'] or '…'}"
    out.print(tf(R.STATS_TITLE, period=period, cases=view["cases"]), style="bold")
    charts = [
        (t(R.CASES_BY_KIND), _counts(view["cases_by_kind"])),
        (t(R.CASES_BY_STATUS), _counts(view["cases_by_status"], status_label)),
        (t(R.CASES_BY_MONTH), _counts(_months_with_cases(view["cases_by_month"]))),
        (
            t(R.CURRENT_DECISIONS),
            _counts(view["decisions"], lambda k: label(L.OUTCOME, k)),
        ),
        (
            t(R.APPEALS_BY_OUTCOME),
            _counts(view["appeals_by_outcome"], lambda k: label(L.APPEAL_RESULT, k)),
        ),
    ]
    for title, rows in charts:
        out.print()
        out.print(title, style="bold")
        out.print(_chart(rows) if rows else "—")
    timing = view["days_to_decision"]
    out.print()
    out.print(t(R.TIME_TO_DECISION), style="bold")
    if timing["count"]:
        out.print(
            tf(
                R.TIMING,
                median=number(timing["median"]),
                p90=number(timing["p90"]),
                count=timing["count"],
            )
        )
    else:
        out.print(t(R.NO_DECIDED_CASES))
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
    out.print(t(R.CASELOAD), style="bold")
    out.print(_chart(load_rows) if load_rows else t(R.NO_COORDINATORS_LOWER))
