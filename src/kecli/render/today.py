"""``kecli today`` for people: one screen, read in ten seconds — a line that counts, then
what is overdue, what falls due this week, the inquiries waiting, this week's plan meetings
and the decisions not yet sent; each list cut at a few rows, with where to see the rest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kecli.i18n import tt
from kecli.render.console import console, escape
from kecli.render.reports import type_label
from kecli.views import DeadlineItem, TodayReport

if TYPE_CHECKING:
    from rich.console import Console

#: Rows shown per list; the rest is counted, with the command that lists them all.
SHOWN = 8

_WEEKDAYS_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day(iso: str) -> str:
    """A date as ``fre 04.12`` / ``Fri 04.12``: the weekday, the day and the month."""
    import datetime as dt

    day = dt.date.fromisoformat(iso)
    weekday = tt(_WEEKDAYS_NB[day.weekday()][:3], _WEEKDAYS_EN[day.weekday()][:3])
    return f"{weekday} {day.strftime('%d.%m')}"


def _days(n: int) -> str:
    return tt(f"{n} dag" if n == 1 else f"{n} dager", f"{n} day" if n == 1 else f"{n} days")


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
    out.print(f"{title} ({total})", style=f"bold {style}" if style else "bold")
    drawn = table()
    drawn.show_header = False
    for _ in rows[0]:
        drawn.add_column(no_wrap=False)
    for row in rows:
        drawn.add_row(*row, style=style)
    out.print(drawn)
    if total > len(rows):
        more = total - len(rows)
        out.print(tt(f"… og {more} til", f"… and {more} more") + (f": {rest}" if rest else ""))


def _who(report: TodayReport, handler: str) -> list[str]:
    """The handler's column, shown for the whole unit only."""
    return [escape(handler)] if report.all else []


def _deadline_rows(report: TodayReport, items: Sequence[DeadlineItem]) -> list[list[str]]:
    rows = []
    for item in items[:SHOWN]:
        if item.overdue:
            when = tt(
                f"forfalt for {_days(-item.days_left)} siden", f"{_days(-item.days_left)} late"
            )
        elif item.days_left == 0:
            when = tt("i dag", "today")
        else:
            when = f"{_day(item.due.isoformat())} ({tt('om', 'in')} {_days(item.days_left)})"
        if item.estimated:
            when += tt(" (anslått)", " (estimated)")
        rows.append(
            [
                item.case_id,
                type_label(item.type),
                when,
                escape(item.person),
                *_who(report, item.handler),
            ]
        )
    return rows


def today_screen(report: TodayReport) -> None:
    """The day as one screen."""
    from kecli.domain.dates import format_date_en, format_date_nb

    out = console()
    weekday = report.day.weekday()
    date = tt(
        f"{_WEEKDAYS_NB[weekday].capitalize()} {format_date_nb(report.day)}",
        f"{_WEEKDAYS_EN[weekday]} {format_date_en(report.day)}",
    )
    who = tt("hele enheten", "the whole unit") if report.all else escape(report.user)
    out.print(f"{date} — {who}", style="bold")
    meetings = len(report.meetings)
    counts: list[tuple[int, str]] = [
        (len(report.overdue), tt("forfalt", "overdue")),
        (len(report.due_soon), tt("innen 7 dager", "due in 7 days")),
        (len(report.unassessed), tt("ikke vurdert", "not assessed")),
        (
            meetings,
            tt(
                "planmøte" if meetings == 1 else "planmøter",
                "plan meeting" if meetings == 1 else "plan meetings",
            ),
        ),
        (len(report.unsent), tt("ikke sendt", "not sent")),
    ]
    if not any(n for n, _ in counts):
        out.print(tt("Ingenting venter i dag.", "Nothing is waiting today."))
        return
    out.print(" · ".join(f"{n} {words}" for n, words in counts if n))
    mine = "" if report.all else " --mine"
    _section(
        out,
        tt("Forfalt", "Overdue"),
        len(report.overdue),
        _deadline_rows(report, report.overdue),
        style="red",
        rest="kecli report deadlines",
    )
    _section(
        out,
        tt("Forfaller innen 7 dager", "Due within 7 days"),
        len(report.due_soon),
        _deadline_rows(report, report.due_soon),
        rest="kecli report deadlines --within 7",
    )
    waiting: list[list[str]] = []
    for case in report.unassessed[:SHOWN]:
        received = tt(
            f"mottatt {_day(case['received_on'])} ({_days(case['days_waiting'])})",
            f"received {_day(case['received_on'])} ({_days(case['days_waiting'])})",
        )
        promised = case["decision_expected"]
        if promised:
            received += tt(f", lovet {_day(promised)}", f", promised {_day(promised)}")
        waiting.append(
            [case["case_id"], escape(case["person"]), received, *_who(report, case["handler"])]
        )
    _section(
        out,
        tt("Ikke vurdert", "Not yet assessed"),
        len(report.unassessed),
        waiting,
        rest=f"kecli case list --status received{mine}",
    )
    week = report.day.isocalendar().week
    meeting_rows: list[list[str]] = [
        [
            _day(m["date"]),
            m["case_id"],
            escape(m["person"]),
            escape(m["purpose"] or ""),
            *_who(report, m["handler"]),
        ]
        for m in report.meetings[:SHOWN]
    ]
    _section(
        out,
        tt(f"Planmøter i uke {week}", f"Plan meetings in week {week}"),
        len(report.meetings),
        meeting_rows,
    )
    unsent: list[list[str]] = [
        [
            d["case_id"],
            escape(d["person"]),
            tt(
                f"{d['outcome']} {_day(d['decided_on'])} ({_days(d['days_since'])})",
                f"{d['outcome']} {_day(d['decided_on'])} ({_days(d['days_since'])})",
            ),
            *_who(report, d["handler"]),
        ]
        for d in report.unsent[:SHOWN]
    ]
    _section(
        out,
        tt("Avgjørelser ikke sendt", "Decisions not sent"),
        len(report.unsent),
        unsent,
        rest="kecli report deadlines --type decision_unsent --within 0",
    )
    deadlines = [*report.overdue, *report.due_soon]
    if deadlines:
        out.print()
        case_id = deadlines[0].case_id
        out.print(tt(f"Neste: kecli case show {case_id}", f"Next: kecli case show {case_id}"))
    elif report.unassessed:
        case_id = report.unassessed[0]["case_id"]
        out.print()
        out.print(tt(f"Neste: kecli case assess {case_id}", f"Next: kecli case assess {case_id}"))
