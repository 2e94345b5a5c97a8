"""``report stats``: how the unit is doing. Counts of the cases received in a period, their
decisions and appeals, the time to the first decision, and every coordinator's caseload.

Read-only; the counting is done by the database (:mod:`kecli.store.reports`).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from math import ceil

from kecli.domain.appeals import is_withdrawn
from kecli.domain.checks import check_period
from kecli.domain.dates import add_months
from kecli.services.context import Ctx
from kecli.views.admin import CaseloadView, DaysToDecisionView, StatsView

KINDS = ("koordinator", "barnekoordinator")
STATUSES = ("received", "decided", "closed")
OUTCOMES = ("innvilget", "avslag")
APPEAL_RESULTS = ("open", "medhold", "stadfestet", "omgjort", "opphevet", "avvist", "withdrawn")


def _months(first: dt.date, last: dt.date) -> list[str]:
    """Every month from the one holding ``first`` to the one holding ``last``, as YYYY-MM."""
    months = []
    day = first.replace(day=1)
    while day <= last:
        months.append(f"{day.year:04d}-{day.month:02d}")
        if (day.year, day.month) == (dt.MAXYEAR, 12):  # the calendar's last month
            break
        day = add_months(day, 1)
    return months


def appeal_result(status: str, unit_outcome: str | None, final_outcome: str | None) -> str:
    """Where an appeal ended: statsforvalteren's outcome, the unit's ``medhold``, ``open``
    while it is under way, else ``withdrawn`` (closed with neither: ``appeal withdraw``)."""
    if final_outcome:
        return final_outcome
    if status != "closed":
        return "open"
    return "withdrawn" if is_withdrawn(status, unit_outcome, final_outcome) else "medhold"


def nearest_rank(sorted_values: Sequence[int], percent: int) -> int:
    """The nearest-rank percentile: the smallest value with at least ``percent`` % at or below."""
    rank = max(1, ceil(percent * len(sorted_values) / 100))
    return sorted_values[rank - 1]


def _days_to_decision(pairs: Iterable[tuple[dt.date, dt.date, int]]) -> DaysToDecisionView:
    counted: Counter[int] = Counter()
    for received_on, decided_on, n in pairs:
        counted[(decided_on - received_on).days] += n
    values = sorted(counted.elements())
    if not values:
        return {"count": 0, "median": None, "p90": None}
    median = statistics.median(values)
    return {
        "count": len(values),
        "median": int(median) if median == int(median) else median,
        "p90": nearest_rank(values, 90),
    }


def stats_report(
    ctx: Ctx, *, received_from: dt.date | None = None, received_to: dt.date | None = None
) -> StatsView:
    """Counts of the cases received in the period (default all time), their current decisions,
    appeals and time to the first decision, and every coordinator's caseload today."""
    check_period(received_from, received_to)
    from kecli.store import reports as store
    from kecli.store.db import session_scope

    with session_scope(ctx.db_url) as session:
        conn = session.connection()
        by_kind: Counter[str] = Counter(dict.fromkeys(KINDS, 0))
        by_kind.update(store.case_counts(conn, "kind", received_from, received_to))
        by_status: Counter[str] = Counter(dict.fromkeys(STATUSES, 0))
        by_status.update(store.case_counts(conn, "status", received_from, received_to))
        by_day: dict[dt.date, int] = store.case_counts(
            conn, "received_on", received_from, received_to
        )
        outcomes = store.current_outcome_counts(conn, received_from, received_to)
        appeal_rows = store.appeal_counts(conn, received_from, received_to)
        decided = store.first_decision_counts(conn, received_from, received_to)
        loads = store.caseloads(conn)

    by_month: Counter[str] = Counter()
    for day, n in by_day.items():
        by_month[f"{day.year:04d}-{day.month:02d}"] += n
    if by_day:
        months = _months(received_from or min(by_day), received_to or max(by_day))
    elif received_from and received_to:
        months = _months(received_from, received_to)
    else:
        months = []
    appeals: Counter[str] = Counter(dict.fromkeys(APPEAL_RESULTS, 0))
    for status, unit_outcome, final_outcome, n in appeal_rows:
        appeals[appeal_result(status, unit_outcome, final_outcome)] += n
    caseload: list[CaseloadView] = [
        {"coordinator_id": cid, "name": name, "active_cases": n, "max_cases": most}
        for cid, name, n, most in sorted(loads, key=lambda r: (-r[2], r[1], r[0]))
    ]
    return {
        "from": received_from.isoformat() if received_from else None,
        "to": received_to.isoformat() if received_to else None,
        "cases": sum(by_kind.values()),
        "cases_by_kind": dict(by_kind),
        "cases_by_status": dict(by_status),
        "cases_by_month": {m: by_month.get(m, 0) for m in months},
        "decisions": {o: outcomes.get(o, 0) for o in OUTCOMES},
        "appeals_by_outcome": dict(appeals),
        "days_to_decision": _days_to_decision(decided),
        "caseload": caseload,
    }
