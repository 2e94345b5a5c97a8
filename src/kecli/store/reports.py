"""Read-only queries behind ``report deadlines`` and ``report stats``.

Built for a database of a million cases: SQLAlchemy Core over indexed columns,
rows returned as plain tuples (never one ORM object per row), dates passed as
bound parameters and no date functions in SQL, so the same statements run on
SQLite and PostgreSQL. The deadline queries filter coarsely (a superset of
what is due); the service computes the exact due dates with ``kecli.domain``.

The tables are the lightweight Core constructs of :mod:`kecli.store.tables`,
not the SQLModel classes, whose building costs more start-up than a nightly
report is allowed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    exists,
    false,
    func,
    null,
    or_,
    select,
    true,
)
from sqlalchemy.sql import Select

from kecli.store.deadline_sql import Dated as Dated  # re-exported
from kecli.store.deadline_sql import dated
from kecli.store.tables import TYPED, is_sqlite, sqlite_cursor

cases = TYPED["cases"]
decisions = TYPED["decisions"]
coordinators = TYPED["coordinators"]
appointments = TYPED["appointments"]
plans = TYPED["plans"]
appeals = TYPED["appeals"]

OPEN_APPEAL_STATUSES = ("filed", "awaiting_forwarding")


_WHO = (
    cases.c.id,
    cases.c.name,
    cases.c.kind,
    cases.c.handler,
    appointments.c.id,
    coordinators.c.name,
)

_current = and_(decisions.c.is_current == true(), decisions.c.set_aside == false())
"""The case's current decision, found through the (is_current, appeal_deadline) index."""

_current_of_case = and_(
    func.coalesce(decisions.c.is_current, false()) == true(), decisions.c.set_aside == false()
)
"""The same test for a lookup by case id. Without ANALYZE statistics SQLite would take the
(is_current, …) index for it and scan every current decision once per case; wrapped in
COALESCE the flag cannot steer the choice, so the lookup goes through ix_decisions_case_current."""


def _with_assignee(stmt: Select[Any], source: Any) -> Select[Any]:
    """Add the active coordinator (an appointment with no end) to a query over ``source``."""
    joined = source.outerjoin(
        appointments,
        and_(appointments.c.case_id == cases.c.id, appointments.c.until.is_(None)),
    ).outerjoin(coordinators, coordinators.c.id == appointments.c.coordinator_id)
    return stmt.select_from(joined)


def _rows(conn: Connection, stmt: Select[Any]) -> list[Dated]:
    """Run a deadline query whose columns are _WHO + (start, other, ref, flag); one row per
    case item (:func:`kecli.store.deadline_sql.dated`)."""
    # On SQLite the rows come as stored (dates as text, parsed by the C parser):
    # SQLAlchemy's Row objects and conversions cost more than the query on a big report.
    rows = sqlite_cursor(conn, stmt).fetchall() if is_sqlite(conn) else conn.execute(stmt).all()
    return dated(rows)


def preliminary_reply_statement(received_on_or_before: dt.date) -> Select[Any]:
    """Cases waiting for a decision, received on or before the date: start = received_on,
    other = resolved_on of the newest ``opphevet`` appeal (or None).

    A case without a current decision has status ``received`` (SPEC § 5: received
    until decided; ``appeal resolve … opphevet`` sets it back); that indexed status
    drives the query, and the NOT EXISTS makes sure no current decision is left.
    """
    opphevet_on = _opphevet_on()
    stmt = _with_assignee(
        select(*_WHO, cases.c.received_on, opphevet_on, null(), null()).where(
            cases.c.status == "received",
            cases.c.received_on <= received_on_or_before,
            # no foreløpig svar since the inquiry (or the opphevet) that still counts
            or_(
                cases.c.replied_on.is_(None),
                cases.c.replied_on < func.coalesce(_opphevet_on(), cases.c.received_on),
            ),
            ~_has_current(),
        ),
        cases,
    )
    return stmt


def _opphevet_on() -> Any:
    """The day of the case's newest ``opphevet`` (statsforvalteren set its decision aside)."""
    return (
        select(func.max(appeals.c.resolved_on))
        .where(appeals.c.case_id == cases.c.id, appeals.c.final_outcome == "opphevet")
        .scalar_subquery()
    )


def _has_current() -> Any:
    return exists().where(decisions.c.case_id == cases.c.id, _current_of_case)


def expected_decision_statement(due_on_or_before: dt.date) -> Select[Any]:
    """Cases waiting for a decision that a foreløpig svar (fvl § 11 a) promised by a day on
    or before the date: start = the promised day, other = the day the reply was sent. Only
    a reply since the inquiry (or the newest opphevet) counts."""
    stmt = _with_assignee(
        select(*_WHO, cases.c.decision_expected_on, cases.c.replied_on, null(), null()).where(
            cases.c.status == "received",
            cases.c.decision_expected_on <= due_on_or_before,
            cases.c.replied_on >= func.coalesce(_opphevet_on(), cases.c.received_on),
            ~_has_current(),
        ),
        cases,
    )
    return stmt


def expected_decision_candidates(conn: Connection, due_on_or_before: dt.date) -> list[Dated]:
    return _rows(conn, expected_decision_statement(due_on_or_before))


def preliminary_reply_candidates(conn: Connection, received_on_or_before: dt.date) -> list[Dated]:
    return _rows(conn, preliminary_reply_statement(received_on_or_before))


def decision_unsent_statement(decided_on_or_before: dt.date) -> Select[Any]:
    """Current decisions neither sent nor notified, on open cases, decided on or before the
    date: start = decided_on, ref = decision id. Through the partial index of the unsent
    decisions (its condition repeated here, so that SQLite may use it)."""
    stmt = _with_assignee(
        select(*_WHO, decisions.c.decided_on, null(), decisions.c.id, null()).where(
            decisions.c.sent_on.is_(None),
            decisions.c.notified_on.is_(None),
            decisions.c.decided_on <= decided_on_or_before,
            _current_of_case,
            cases.c.status != "closed",
        ),
        decisions.join(cases, cases.c.id == decisions.c.case_id),
    )
    return stmt


def decision_unsent_candidates(conn: Connection, decided_on_or_before: dt.date) -> list[Dated]:
    return _rows(conn, decision_unsent_statement(decided_on_or_before))


def appeal_window_statement(first: dt.date, last: dt.date) -> Select[Any]:
    """Current ``avslag`` decisions whose appeal deadline lies in [first, last], on open cases,
    with no appeal against them but withdrawn ones: start = appeal_deadline, other =
    notified_on (the sending day when the deadline is estimated), ref = decision id,
    flag = estimated.

    A withdrawn appeal leaves the rest of the window open (the family may appeal again
    until the deadline): closed with neither statsforvalteren's answer nor the unit's
    ``medhold`` (:func:`kecli.domain.appeals.is_withdrawn`).
    """
    appealed = exists().where(
        appeals.c.decision_id == decisions.c.id,
        or_(
            appeals.c.status != "closed",
            appeals.c.final_outcome.is_not(None),
            appeals.c.unit_outcome == "medhold",
        ),
    )
    stmt = _with_assignee(
        select(
            *_WHO,
            decisions.c.appeal_deadline,
            func.coalesce(decisions.c.notified_on, decisions.c.sent_on),
            decisions.c.id,
            decisions.c.appeal_deadline_estimated,
        ).where(
            _current,
            decisions.c.outcome == "avslag",
            decisions.c.appeal_deadline >= first,
            decisions.c.appeal_deadline <= last,
            cases.c.status != "closed",
            ~appealed,
        ),
        decisions.join(cases, cases.c.id == decisions.c.case_id),
    )
    return stmt


def appeal_window_candidates(conn: Connection, first: dt.date, last: dt.date) -> list[Dated]:
    return _rows(conn, appeal_window_statement(first, last))


def appeal_forwarding_statement(filed_on_or_before: dt.date) -> Select[Any]:
    """Appeals that are ``filed`` or ``awaiting_forwarding``, filed on or before the date:
    start = filed_on, ref = appeal id."""
    stmt = _with_assignee(
        select(*_WHO, appeals.c.filed_on, null(), appeals.c.id, null()).where(
            appeals.c.status.in_(OPEN_APPEAL_STATUSES),
            appeals.c.filed_on <= filed_on_or_before,
        ),
        appeals.join(cases, cases.c.id == appeals.c.case_id),
    )
    return stmt


def appeal_forwarding_candidates(conn: Connection, filed_on_or_before: dt.date) -> list[Dated]:
    return _rows(conn, appeal_forwarding_statement(filed_on_or_before))


def plan_evaluation_statement(due_on_or_before: dt.date, *, materialize: bool) -> Select[Any]:
    """Active plans of open cases evaluated next on or before the date:
    start = next_evaluation, ref = the plan's version."""
    # The due plans first, in case id order, so that the lookups of their cases (tens of
    # thousands in a big unit) go through the cases in the order they are stored.
    due = (
        select(plans.c.case_id, plans.c.version, plans.c.next_evaluation)
        .where(
            plans.c.active == true(),
            plans.c.next_evaluation.is_not(None),
            plans.c.next_evaluation <= due_on_or_before,
        )
        .order_by(plans.c.case_id)
        .cte("due_plans")
    )
    if materialize:  # else the order is a hint the planner may drop: same rows
        due = due.prefix_with("MATERIALIZED")
    stmt = _with_assignee(
        select(*_WHO, due.c.next_evaluation, null(), due.c.version, null()).where(
            cases.c.status != "closed"
        ),
        due.join(cases, cases.c.id == due.c.case_id),
    )
    return stmt


def plan_evaluation_candidates(conn: Connection, due_on_or_before: dt.date) -> list[Dated]:
    return _rows(
        conn, plan_evaluation_statement(due_on_or_before, materialize=_can_materialize(conn))
    )


def turns_18_statement(born_on_or_before: dt.date) -> Select[Any]:
    """Open barnekoordinator cases granted by their current decision, the child born on or
    before the date: start = birth_date, other = decided_on, ref = decision id."""
    granted = decisions.join(
        cases,
        and_(
            cases.c.id == decisions.c.case_id,
            cases.c.kind == "barnekoordinator",
            cases.c.status != "closed",
            cases.c.birth_date.is_not(None),
            cases.c.birth_date <= born_on_or_before,
        ),
    )
    stmt = _with_assignee(
        select(*_WHO, cases.c.birth_date, decisions.c.decided_on, decisions.c.id, null()).where(
            _current_of_case, decisions.c.outcome == "innvilget"
        ),
        granted,
    )
    return stmt


def turns_18_candidates(conn: Connection, born_on_or_before: dt.date) -> list[Dated]:
    return _rows(conn, turns_18_statement(born_on_or_before))


# --- report stats ----------------------------------------------------------------


def _received_between(first: dt.date | None, last: dt.date | None) -> list[Any]:
    # A voided case (registered by mistake) counts in no statistic.
    conditions: list[Any] = [cases.c.status != "voided"]
    if first is not None:
        conditions.append(cases.c.received_on >= first)
    if last is not None:
        conditions.append(cases.c.received_on <= last)
    return conditions


def case_counts(
    conn: Connection, by: str, first: dt.date | None, last: dt.date | None
) -> dict[Any, int]:
    """Cases received in [first, last], counted by one column (``kind``, ``status`` or
    ``received_on``). One column at a time: each count is then a scan of that column's
    index alone, several times quicker than grouping the table by all three."""
    key = cases.c[by]
    stmt = select(key, func.count()).where(*_received_between(first, last)).group_by(key)
    return {value: int(n) for value, n in conn.execute(stmt)}


def current_outcome_counts(
    conn: Connection, first: dt.date | None, last: dt.date | None
) -> dict[str, int]:
    """Current (not set aside) decisions of the cases received in [first, last], by outcome."""
    stmt = select(decisions.c.outcome, func.count()).where(_current)
    period = _received_between(first, last)
    if period:
        stmt = stmt.select_from(decisions.join(cases, cases.c.id == decisions.c.case_id)).where(
            *period
        )
    stmt = stmt.group_by(decisions.c.outcome)
    return {str(outcome): int(n) for outcome, n in conn.execute(stmt)}


def appeal_counts(
    conn: Connection, first: dt.date | None, last: dt.date | None
) -> list[tuple[str, str | None, str | None, int]]:
    """(status, unit_outcome, final_outcome, count) of the appeals on cases received in
    [first, last]."""
    stmt = (
        select(appeals.c.status, appeals.c.unit_outcome, appeals.c.final_outcome, func.count())
        .select_from(appeals.join(cases, cases.c.id == appeals.c.case_id))
        .where(*_received_between(first, last))
        .group_by(appeals.c.status, appeals.c.unit_outcome, appeals.c.final_outcome)
    )
    return [(str(s), u, f, int(n)) for s, u, f, n in conn.execute(stmt)]


def first_decision_counts(
    conn: Connection, first: dt.date | None, last: dt.date | None
) -> list[tuple[dt.date, dt.date, int]]:
    """(received_on, first decided_on, number of cases) for the decided cases received in
    [first, last]; grouped twice so that a million cases come back as far fewer rows."""
    per_case = (
        select(
            cases.c.received_on.label("received_on"),
            func.min(decisions.c.decided_on).label("first"),
        )
        .select_from(cases.join(decisions, decisions.c.case_id == cases.c.id))
        .where(*_received_between(first, last))
        .group_by(cases.c.id, cases.c.received_on)
        .subquery()
    )
    stmt = select(per_case.c.received_on, per_case.c.first, func.count()).group_by(
        per_case.c.received_on, per_case.c.first
    )
    return [(r, d, int(n)) for r, d, n in conn.execute(stmt)]


def caseloads(conn: Connection) -> list[tuple[int, str, int, int | None]]:
    """(coordinator id, name, active appointments, max_cases) for every active coordinator
    and every deactivated one who still has an active appointment."""
    load = (
        select(appointments.c.coordinator_id, func.count().label("n"))
        .where(appointments.c.until.is_(None))
        .group_by(appointments.c.coordinator_id)
        .subquery()
    )
    stmt = (
        select(
            coordinators.c.id,
            coordinators.c.name,
            func.coalesce(load.c.n, 0),
            coordinators.c.max_cases,
        )
        .select_from(coordinators.outerjoin(load, load.c.coordinator_id == coordinators.c.id))
        .where((coordinators.c.active == true()) | (load.c.n > 0))
    )
    return [(int(i), str(name), int(n), m) for i, name, n, m in conn.execute(stmt)]


def _can_materialize(conn: Connection) -> bool:
    """Whether the database knows ``WITH … AS MATERIALIZED`` (SQLite 3.35, PostgreSQL 12)."""
    version = conn.dialect.server_version_info or (0,)  # SQLite's own version on SQLite
    return version >= ((3, 35) if is_sqlite(conn) else (12,))


#: Days that stand for a deadline query's arguments while it is compiled (never real ones).
_ARGUMENT_DAYS = (dt.date(1, 1, 1), dt.date(1, 1, 2))


def sqlite_deadline_queries() -> dict[str, tuple[str, tuple[Any, ...]]]:
    """Each deadline query compiled for SQLite: (SQL with ``?``, its parameters in order,
    ``"$N"`` standing for the query's Nth date argument). :mod:`kecli.store.deadline_sql`
    holds them so that a report on SQLite runs without SQLAlchemy; a test keeps the two
    equal."""
    from sqlalchemy.dialects import sqlite

    a, b = _ARGUMENT_DAYS
    statements = {
        "preliminary_reply": preliminary_reply_statement(a),
        "expected_decision": expected_decision_statement(a),
        "decision_unsent": decision_unsent_statement(a),
        "appeal_window": appeal_window_statement(a, b),
        "appeal_forwarding": appeal_forwarding_statement(a),
        "plan_evaluation": plan_evaluation_statement(a, materialize=True),
        "turns_18": turns_18_statement(a),
    }
    queries = {}
    for name, stmt in statements.items():
        compiled = stmt.compile(
            dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
        )
        params: list[Any] = []
        for key in compiled.positiontup or ():
            value = compiled.params[key]
            if isinstance(value, dt.date) and value in _ARGUMENT_DAYS:
                params.append(f"${_ARGUMENT_DAYS.index(value)}")
            else:
                params.append(value.isoformat() if isinstance(value, dt.date) else value)
        queries[name] = (str(compiled), tuple(params))
    return queries
