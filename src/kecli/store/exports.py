"""The query behind ``export cases``: one SELECT for every row, streamed in chunks.

Built for a million cases: SQLAlchemy Core over one connection, rows fetched in
chunks as plain tuples (never one ORM object per row), over the Core constructs of
:mod:`kecli.store.tables` instead of the SQLModel classes.

On SQLite, dates and JSON columns are read as the text SQLite stores (``YYYY-MM-DD``,
JSON text): ``tables_for`` declares them ``String``, which skips SQLAlchemy's per-value
conversions, which would cost more than the query. Other databases get the real types
(and casts to text when reading).

The columns are those of :mod:`kecli.domain.exchange`; each has its SELECT expression
here (:func:`column_expressions`). The import's statements are in
:mod:`kecli.store.imports` and :mod:`kecli.store.merge`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    TableClause,
    and_,
    cast,
    false,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.sql import ColumnElement

from kecli.domain.exchange import NAMES, ColumnKind, positions_of
from kecli.store.tables import is_sqlite, sqlite_cursor, tables_for

#: Rows fetched at a time.
CHUNK_ROWS = 256
#: SQLite's page cache while an export reads (KiB; SQLite's default is 2000).
EXPORT_CACHE_KIB = 256


def column_expressions(
    t: dict[str, TableClause], *, sqlite: bool, include_fnr: bool
) -> dict[str, ColumnElement[Any]]:
    """The SELECT expression of each exchange column, by name, over the tables ``t``
    joined as :func:`export_statement` joins them (``cases``, its current ``decisions``,
    its active ``appointments`` and their ``coordinators``, its newest ``appeals``, its
    ``plans``). Dates and lists come as text; the fødselsnummer masked in SQL unless
    ``include_fnr``, so a full number never reaches Python unless asked for."""
    cases, decisions, appeals, plans = t["cases"], t["decisions"], t["appeals"], t["plans"]
    appointments, coordinators = t["appointments"], t["coordinators"]

    def as_text(col: ColumnElement[Any]) -> ColumnElement[Any]:
        # SQLite already hands back the stored text; elsewhere dates and JSON become text
        # (ISO dates with PostgreSQL's default DateStyle).
        return col if sqlite else cast(col, String)

    fnr: ColumnElement[Any] = (
        cases.c.fnr if include_fnr else func.substr(cases.c.fnr, 1, 6).concat(literal("*****"))
    )
    return {
        "id": cases.c.id,
        "kind": cases.c.kind,
        "status": cases.c.status,
        "received_on": as_text(cases.c.received_on),
        "channel": cases.c.channel,
        "name": cases.c.name,
        "fnr": fnr,
        "birth_date": as_text(cases.c.birth_date),
        "expected_birth_date": as_text(cases.c.expected_birth_date),
        "guardians": as_text(cases.c.guardians),
        "note": cases.c.note,
        "wants_ip": cases.c.wants_ip,
        "closed_on": as_text(cases.c.closed_on),
        "close_reason": cases.c.close_reason,
        "decision_outcome": decisions.c.outcome,
        "decided_on": as_text(decisions.c.decided_on),
        "sent_on": as_text(decisions.c.sent_on),
        "sent_via": decisions.c.sent_via,
        "notified_on": as_text(decisions.c.notified_on),
        "appeal_deadline": as_text(decisions.c.appeal_deadline),
        "appeal_deadline_estimated": decisions.c.appeal_deadline_estimated,
        "failed_criteria": as_text(decisions.c.failed_criteria),
        "legal_basis": decisions.c.legal_basis,
        "coordinator_id": coordinators.c.id,
        "coordinator_name": coordinators.c.name,
        "coordinator_since": as_text(appointments.c.since),
        "appeal_status": appeals.c.status,
        "appeal_filed_on": as_text(appeals.c.filed_on),
        "appeal_timely": appeals.c.timely,
        "appeal_unit_outcome": appeals.c.unit_outcome,
        "appeal_final_outcome": appeals.c.final_outcome,
        "next_evaluation": as_text(plans.c.next_evaluation),
        "plan_consent": plans.c.active,
        "created_by": cases.c.created_by,
        "handler": cases.c.handler,
    }


def export_statement(
    conn: Connection,
    *,
    include_fnr: bool,
    statuses: Sequence[str] = (),
    kinds: Sequence[str] = (),
    coordinator_id: int | None = None,
    received_from: dt.date | None = None,
    received_to: dt.date | None = None,
) -> Any:
    """One SELECT for every export row: the case with LEFT JOINs for its current decision
    (``is_current`` and not set aside), its active coordinator, its newest appeal and the
    plan it may have (kept, a draft too); its columns those of the exchange format, in
    order (:func:`column_expressions`)."""
    sqlite = is_sqlite(conn)
    t = tables_for(conn)
    cases, decisions, appeals, plans = t["cases"], t["decisions"], t["appeals"], t["plans"]
    appointments, coordinators = t["appointments"], t["coordinators"]
    newest_appeal = appeals.alias("newest_appeal")
    active_appointment = appointments.alias("active_appointment")
    # At most one row per case even if the data broke an invariant: the newest active
    # appointment and the newest appeal are picked by id.
    appointment_id = (
        select(func.max(active_appointment.c.id))
        .where(
            active_appointment.c.case_id == cases.c.id,
            active_appointment.c.until.is_(None),
        )
        .scalar_subquery()
    )
    appeal_id = (
        select(func.max(newest_appeal.c.id))
        .where(newest_appeal.c.case_id == cases.c.id)
        .scalar_subquery()
    )
    source = (
        cases.outerjoin(
            decisions,
            and_(
                decisions.c.case_id == cases.c.id,
                # Wrapped so that no planner takes the (is_current, appeal_deadline) index
                # for this join: SQLite did, and scanned every current decision per case.
                func.coalesce(decisions.c.is_current, false()) == true(),
                func.coalesce(decisions.c.set_aside, false()) == false(),
            ),
        )
        .outerjoin(appointments, appointments.c.id == appointment_id)
        .outerjoin(coordinators, coordinators.c.id == appointments.c.coordinator_id)
        .outerjoin(appeals, appeals.c.id == appeal_id)
        # The plan the case may have (granted, a plan wanted; as the import checks it), a
        # draft without consent too. Only such a plan is joined, so its ``active`` is
        # exactly whether it records the person's consent (plan_is_active): plan_consent.
        .outerjoin(
            plans,
            and_(
                plans.c.case_id == cases.c.id,
                cases.c.wants_ip == true(),
                or_(
                    decisions.c.outcome == "innvilget",
                    # An avslag resting only on the municipality's practice, the statute's
                    # IP right standing (domain.plans.plan_outcome): the plan is kept.
                    and_(
                        decisions.c.outcome == "avslag",
                        cast(decisions.c.failed_criteria, String) == '["participation"]',
                        # as every writer stores it (json.dumps), on both databases
                        cast(decisions.c.answers, String).contains('"long_term": true'),
                    ),
                ),
            ),
        )
    )
    expressions = column_expressions(t, sqlite=sqlite, include_fnr=include_fnr)
    stmt = select(*(expressions[name] for name in NAMES)).select_from(source)
    # A voided case (registered by mistake) is never exported.
    stmt = stmt.where(cases.c.status != "voided")
    if statuses:
        stmt = stmt.where(cases.c.status.in_(list(statuses)))
    if kinds:
        stmt = stmt.where(cases.c.kind.in_(list(kinds)))
    if coordinator_id is not None:
        stmt = stmt.where(appointments.c.coordinator_id == coordinator_id)
    if received_from is not None:
        stmt = stmt.where(cases.c.received_on >= _day(received_from, sqlite))
    if received_to is not None:
        stmt = stmt.where(cases.c.received_on <= _day(received_to, sqlite))
    return stmt.order_by(cases.c.year, cases.c.seq)


def _day(value: dt.date, sqlite: bool) -> Any:
    return value.isoformat() if sqlite else value


_TRUTH: dict[Any, bool | None] = {None: None, 0: False, 1: True}  # True == 1, False == 0
_NO_ITEMS: tuple[str, ...] = ()


def _items(value: Any) -> Sequence[str]:
    """A JSON list column (text on SQLite) as a sequence of strings."""
    if value is None or value == "[]":
        return _NO_ITEMS
    if isinstance(value, str):
        return list(json.loads(value))
    return list(value)


def _fetch(conn: Connection, stmt: Any, chunk: int) -> Iterator[Sequence[Sequence[Any]]]:
    """The statement's rows as tuples, ``chunk`` at a time, never all at once."""
    if is_sqlite(conn):
        # sqlite3's cursor steps through the result as it is fetched; reading it directly
        # (same connection, same transaction) skips building a Row object per row, which
        # cost a fifth of the export.
        (previous,) = conn.exec_driver_sql("PRAGMA cache_size").one()
        # A scan reads each page about once: a small page cache keeps memory flat.
        conn.exec_driver_sql(f"PRAGMA cache_size = -{EXPORT_CACHE_KIB}")
        cursor = sqlite_cursor(conn, stmt)
        try:
            while batch := cursor.fetchmany(chunk):
                yield batch
        finally:
            cursor.close()
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
        return
    result = conn.execution_options(stream_results=True, yield_per=chunk).execute(stmt)
    try:
        yield from result.partitions()
    finally:
        result.close()


_BOOLEANS = positions_of(ColumnKind.BOOLEAN)
_LISTS = positions_of(ColumnKind.LIST)


def stream_export_rows(
    conn: Connection, stmt: Any, chunk: int = CHUNK_ROWS
) -> Generator[list[list[Any]], None, None]:
    """The export rows in chunks: each a list in the exchange columns' order, with ISO
    date strings, bools, sequences of strings, the coordinator id as int, and None for
    empty."""
    booleans, lists = _BOOLEANS, _LISTS
    truth, items, none = _TRUTH, _items, _NO_ITEMS
    for batch in _fetch(conn, stmt, chunk):
        rows = [list(r) for r in batch]
        for row in rows:
            for i in booleans:
                row[i] = truth[row[i]]
            for i in lists:
                value = row[i]
                row[i] = none if value is None or value == "[]" else items(value)
        yield rows
