"""The reads behind ``kecli today`` besides the deadlines (:mod:`kecli.store.reports`): the
cases waiting for an assessment, the decisions not yet sent, the plans of open cases.

Core statements over the light tables, through indexed columns: a caseworker's cases by
(handler, status), the unsent decisions by their partial index.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, case, false, func, select, true

from kecli.store.tables import TYPED

cases = TYPED["cases"]
decisions = TYPED["decisions"]
plans = TYPED["plans"]
appeals = TYPED["appeals"]


def _of(handler: str | None) -> list[Any]:
    return [] if handler is None else [cases.c.handler == handler]


def waiting_cases(conn: Connection, handler: str | None) -> list[Any]:
    """Cases waiting for their decision (status ``received``: not assessed, or set aside),
    oldest first: id, name, kind, received_on, handler, and the date a foreløpig svar
    promised a decision by while that reply counts (sent since the inquiry, or since the
    newest opphevet), else None."""
    opphevet_on = (
        select(func.max(appeals.c.resolved_on))
        .where(appeals.c.case_id == cases.c.id, appeals.c.final_outcome == "opphevet")
        .scalar_subquery()
    )
    promised = case(
        (
            cases.c.replied_on >= func.coalesce(opphevet_on, cases.c.received_on),
            cases.c.decision_expected_on,
        ),
        else_=None,
    )
    stmt = (
        select(
            cases.c.id,
            cases.c.name,
            cases.c.kind,
            cases.c.received_on,
            cases.c.handler,
            promised,
        )
        .where(cases.c.status == "received", *_of(handler))
        .order_by(cases.c.received_on, cases.c.year, cases.c.seq)
    )
    return list(conn.execute(stmt))


def unsent_decisions(conn: Connection, handler: str | None) -> list[Any]:
    """Current decisions of open cases neither sent nor known to have reached the person,
    oldest first: case id, name, kind, handler, outcome, decided_on."""
    stmt = (
        select(
            cases.c.id,
            cases.c.name,
            cases.c.kind,
            cases.c.handler,
            decisions.c.outcome,
            decisions.c.decided_on,
        )
        .select_from(decisions.join(cases, cases.c.id == decisions.c.case_id))
        .where(
            # the partial index's condition, so that SQLite uses it
            decisions.c.sent_on.is_(None),
            decisions.c.notified_on.is_(None),
            func.coalesce(decisions.c.is_current, false()) == true(),
            decisions.c.set_aside == false(),
            cases.c.status == "decided",
            *_of(handler),
        )
        .order_by(decisions.c.decided_on, cases.c.year, cases.c.seq)
    )
    return list(conn.execute(stmt))


def plans_of_open_cases(conn: Connection, handler: str | None) -> list[Any]:
    """The plans of decided, open cases: case id, name, handler, document."""
    stmt = (
        select(cases.c.id, cases.c.name, cases.c.handler, plans.c.document)
        .select_from(plans.join(cases, and_(cases.c.id == plans.c.case_id)))
        .where(cases.c.status == "decided", *_of(handler))
        .order_by(cases.c.year, cases.c.seq)
    )
    return list(conn.execute(stmt))
