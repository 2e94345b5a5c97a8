"""``kecli today`` for people: one screen, read in ten seconds — a line that counts, then
what is overdue, what falls due this week, the inquiries waiting, this week's plan meetings
and the decisions not yet sent; each list cut at a few rows, with where to see the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kecli.i18n import Msg, label, t, tf
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.render.console import console
from kecli.render.reports import type_label
from kecli.views.deadlines import DeadlineItem, TodayReport

if TYPE_CHECKING:
    from rich.console import Console

#: Rows shown per list; the rest is counted, with the command that lists them all.
SHOWN = 8


def _day(iso: str) -> str:
    """A date as ``fre 2026-12-04`` / ``Fri 2026-12-04``: the weekday, then the date as
    every other view writes it."""
    day = dt.date.fromisoformat(iso)
    return f"{t(R.WEEKDAYS[day.weekday()])[:3]} {iso}"


def _days(n: int) -> str:
    return tf(R.ONE_DAY if n == 1 else R.DAYS_COUNT, n=n)


def _section(
    out: Console,
    title: str,
    total: int,
    rows: Sequence[Sequence[str]],
    *,
    style: str | None = None,
    rest: str | None = None,
) -> None:
    """A list of ``total`` things, of which ``rows`` (the first SHOWN) are drawn."""
    if not total:
        return
    from kecli.render.console import table

    out.print()
    out.print(title, style=f"bold {style}" if style else "bold")
    drawn = table()
    drawn.show_header = False
    for _ in rows[0]:
        drawn.add_column(no_wrap=False)
    for row in rows:
        drawn.add_row(*row, style=style)
    out.print(drawn)
    if total > len(rows) and rest:
        out.print(tf(R.TODAY_MORE, n=total - len(rows), command=rest))


def _who(report: TodayReport, handler: str) -> list[str]:
    """The handler's column, shown for the whole unit only."""
    return [handler] if report.all else []


def _deadline_rows(report: TodayReport, items: Sequence[DeadlineItem]) -> list[list[str]]:
    rows = []
    for item in items[:SHOWN]:
        if item.overdue:
            when = tf(R.DAYS_LATE, days=_days(-item.days_left))
        elif item.days_left == 0:
            when = t(R.DUE_TODAY)
        else:
            when = tf(R.DUE_IN, day=_day(item.due.isoformat()), days=_days(item.days_left))
        if item.estimated:
            when += t(R.ESTIMATED)
        rows.append(
            [item.case_id, type_label(item.type), when, item.person, *_who(report, item.handler)]
        )
    return rows


def today_screen(report: TodayReport) -> None:
    """The day as one screen."""
    from kecli.domain.dates import format_date_en, format_date_nb

    out = console()
    weekday = t(R.WEEKDAYS[report.day.weekday()]).capitalize()
    day = t(Msg(format_date_nb(report.day), format_date_en(report.day)))
    date = tf(R.TODAY_DATE, weekday=weekday, date=day)
    who = t(R.TODAY_UNIT) if report.all else report.user
    out.print(tf(R.TODAY_TITLE, date=date, who=who), style="bold")
    meetings = len(report.meetings)
    counts = [
        (len(report.overdue), "overdue"),
        (len(report.due_soon), "due_soon"),
        (len(report.unassessed), "unassessed"),
        (meetings, "meeting" if meetings == 1 else "meetings"),
        (len(report.unsent), "unsent"),
    ]
    if not any(n for n, _ in counts):
        out.print(t(R.TODAY_NOTHING))
        return
    out.print(" · ".join(tf(R.TODAY_COUNTS[key], n=n) for n, key in counts if n))
    mine = "" if report.all else " --mine"
    _section(
        out,
        tf(R.TODAY_OVERDUE, n=len(report.overdue)),
        len(report.overdue),
        _deadline_rows(report, report.overdue),
        style="red",
        rest="kecli report deadlines",
    )
    _section(
        out,
        tf(R.TODAY_DUE_SOON, n=len(report.due_soon)),
        len(report.due_soon),
        _deadline_rows(report, report.due_soon),
        rest="kecli report deadlines --within 7",
    )
    waiting: list[list[str]] = []
    for case in report.unassessed[:SHOWN]:
        received = tf(
            R.WAITING_SINCE, day=_day(case["received_on"]), days=_days(case["days_waiting"])
        )
        if promised := case["decision_expected"]:
            received += tf(R.PROMISED, day=_day(promised))
        waiting.append([case["case_id"], case["person"], received, *_who(report, case["handler"])])
    _section(
        out,
        tf(R.TODAY_UNASSESSED, n=len(report.unassessed)),
        len(report.unassessed),
        waiting,
        rest=f"kecli case list --status received{mine}",
    )
    meeting_rows: list[list[str]] = [
        [
            _day(m["date"]),
            m["case_id"],
            m["person"],
            m["purpose"] or "",
            *_who(report, m["handler"]),
        ]
        for m in report.meetings[:SHOWN]
    ]
    _section(
        out,
        tf(R.TODAY_MEETINGS, week=report.day.isocalendar().week, n=meetings),
        meetings,
        meeting_rows,
    )
    unsent: list[list[str]] = [
        [
            d["case_id"],
            d["person"],
            tf(
                R.DECIDED_DAYS_AGO,
                outcome=label(L.OUTCOME, d["outcome"]),
                day=_day(d["decided_on"]),
                days=_days(d["days_since"]),
            ),
            *_who(report, d["handler"]),
        ]
        for d in report.unsent[:SHOWN]
    ]
    _section(
        out,
        tf(R.TODAY_UNSENT, n=len(report.unsent)),
        len(report.unsent),
        unsent,
        rest="kecli report deadlines --type decision_unsent --within 0",
    )
    deadlines = [*report.overdue, *report.due_soon]
    if deadlines:
        out.print()
        out.print(tf(R.NEXT, command=f"kecli case show {deadlines[0].case_id}"))
    elif report.unassessed:
        out.print()
        out.print(tf(R.NEXT, command=f"kecli case assess {report.unassessed[0]['case_id']}"))
