"""The statements ``import cases`` writes with: what the checks compare a chunk with
(ids taken, open cases, coordinators stored), the bulk inserts of the rows they keep,
and the session an import runs in.

Built for a million cases: SQLAlchemy Core over one connection, writes as one
``executemany`` per table and chunk over the Core constructs of :mod:`kecli.store.tables`
(on SQLite dates and JSON as the text SQLite stores). The merge of a big file's staged
parts is :mod:`kecli.store.merge`; what is needed before SQLAlchemy is loaded,
:mod:`kecli.store.staging`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import JSON, Connection, Date, func, insert, select, text

from kecli.store.staging import CASE_COLUMNS as CASE_COLUMNS  # re-exported: the case rows
from kecli.store.staging import COORDINATOR_COLUMNS as COORDINATOR_COLUMNS  # and coordinators
from kecli.store.tables import copy_rows, is_sqlite, tables_for

# Column order of the rows an import inserts (the case rows': CASE_COLUMNS).
DECISION_COLUMNS = (
    "id", "case_id", "outcome", "decided_on", "notified_on", "appeal_deadline",
    "failed_criteria", "answers", "notes", "reason", "legal_basis", "wants_ip", "set_aside",
    "is_current", "source", "created_at", "created_by", "sent_on", "sent_via",
    "appeal_deadline_estimated",
)  # fmt: skip
APPOINTMENT_COLUMNS = (
    "id", "case_id", "coordinator_id", "since", "until", "end_reason", "created_at", "created_by",
)  # fmt: skip
APPEAL_COLUMNS = (
    "id", "case_id", "decision_id", "filed_on", "deadline", "timely", "grounds", "signed",
    "status", "unit_outcome", "unit_decided_on", "forwarded_on", "final_outcome",
    "resolved_on", "force_reason", "created_at", "created_by",
)  # fmt: skip
PLAN_COLUMNS = (
    "case_id", "version", "document", "next_evaluation", "active", "updated_at", "updated_by",
)  # fmt: skip
PLAN_VERSION_COLUMNS = ("id", "case_id", "version", "document", "saved_at", "saved_by")


def has_cases(conn: Connection) -> bool:
    cases = tables_for(conn)["cases"]
    return conn.execute(select(cases.c.id).limit(1)).first() is not None


def _chunks(values: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing_case_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are already cases."""
    cases = tables_for(conn)["cases"]
    found: set[str] = set()
    for part in _chunks(ids, 500):
        found.update(conn.execute(select(cases.c.id).where(cases.c.id.in_(list(part)))).scalars())
    return found


def open_cases_of(conn: Connection, fnrs: Sequence[str]) -> dict[tuple[str, str], str]:
    """(fnr, kind) → id of the open cases of these people already stored."""
    cases = tables_for(conn)["cases"]
    found: dict[tuple[str, str], str] = {}
    for part in _chunks(fnrs, 500):
        stmt = select(cases.c.fnr, cases.c.kind, cases.c.id).where(
            cases.c.fnr.in_(list(part)), cases.c.status.not_in(("closed", "voided"))
        )
        for fnr, kind, case_id in conn.execute(stmt):
            found.setdefault((fnr, kind), case_id)
    return found


def coordinators_by_id(conn: Connection, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """id → (name, kind) of the stored coordinators among ``ids``."""
    coordinators = tables_for(conn)["coordinators"]
    wanted = sorted(set(ids))
    found: dict[int, tuple[str, str]] = {}
    for part in _chunks(wanted, 500):
        stmt = select(coordinators.c.id, coordinators.c.name, coordinators.c.kind).where(
            coordinators.c.id.in_(list(part))
        )
        for cid, name, kind in conn.execute(stmt):
            found[int(cid)] = (str(name), str(kind))
    return found


#: Tables whose integer ids an import assigns itself (so that one executemany needs no
#: RETURNING); PostgreSQL's sequences are moved past them afterwards.
ID_TABLES = ("decisions", "appointments", "appeals", "plan_versions", "coordinators")


#: SQLite's page cache while an import writes (KiB), larger than the default 2 MB for the
#: indexes an import into a database with cases keeps up to date; bounded, as the import's
#: memory must not grow with the file (64 MB was no faster into an empty database).
IMPORT_CACHE_KIB = 16384


@contextmanager
def import_session(conn: Connection) -> Iterator[None]:
    """Prepare the connection for a bulk import, and put it back as it was.

    Keeps other writers out while ids are handed out (SQLite's BEGIN IMMEDIATE already
    does; PostgreSQL locks the tables), and gives SQLite a larger page cache. Into a
    SQLite database without cases (moving a unit's cases to kecli), the secondary
    indexes of the case tables are dropped first and built again from the sorted rows
    when the block ends: a third less time than keeping them up to date row by row.
    Inside the one transaction, so a failed import rolls the drop back too.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"LOCK TABLE {', '.join(('cases', *ID_TABLES))} IN EXCLUSIVE MODE"))
    if not is_sqlite(conn):
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        dropped = [] if has_cases(conn) else _drop_indexes(conn, CASE_TABLES)
        yield
        if dropped:
            # SQLite's sorter takes as much memory as the page cache may; with the
            # connection's own small cache the sort spills to disk instead, and the
            # import's memory stays what it was while the rows streamed.
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
            for sql in dropped:
                conn.exec_driver_sql(sql)
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


#: The tables an import fills row by row.
CASE_TABLES = (
    "cases", "case_terms", "decisions", "appointments", "appeals", "plans", "plan_versions",
)  # fmt: skip


def _drop_indexes(conn: Connection, tables: Sequence[str]) -> list[str]:
    """Drop the secondary indexes of ``tables`` (SQLite); the statements that rebuild them."""
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * len(tables))}) ORDER BY name",
        tuple(tables),
    ).all()
    for name, _ in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def next_ids(conn: Connection) -> dict[str, int]:
    """The first free id of each table in :data:`ID_TABLES`."""
    t = tables_for(conn)
    return {
        name: int(conn.execute(select(func.coalesce(func.max(t[name].c.id), 0))).scalar_one()) + 1
        for name in ID_TABLES
    }


def insert_rows(
    conn: Connection,
    name: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    chunk: int = 5000,
) -> None:
    """Insert ``rows`` (tuples in ``columns`` order; dates as ISO text, JSON as text) into
    table ``name``, one executemany per chunk.

    On SQLite the statement built by Core ``insert()`` is run with the tuples as they
    are: building a dict per row and letting SQLAlchemy take it apart again cost 40 %
    on top of SQLite's own work (10 µs a row). Elsewhere a list of dicts, with the
    dates and JSON turned into the types the driver expects.
    """
    if not rows:
        return
    target = tables_for(conn)[name]
    stmt = insert(target)
    if is_sqlite(conn):
        compiled = stmt.compile(dialect=conn.dialect, column_keys=list(columns))
        assert tuple(compiled.positiontup or ()) == tuple(columns)
        sql = str(compiled)
        for part in _chunks(rows, chunk):
            conn.exec_driver_sql(sql, list(part))
        return
    if conn.dialect.driver == "psycopg":
        # COPY, one statement per chunk: PostgreSQL reads the ISO dates and the JSON text
        # as the columns' types, and the guard that every change comes with an audit
        # entry (kecli.store.guards, a statement-level trigger) runs once per chunk, not
        # once per row as it would for executemany's one INSERT a row.
        for part in _chunks(rows, chunk):
            copy_rows(conn, name, columns, part)
        return
    convert: list[tuple[int, Any]] = []
    for i, col in enumerate(columns):
        kind = target.c[col].type
        if isinstance(kind, Date):
            convert.append((i, _parse_day))
        elif isinstance(kind, JSON):
            convert.append((i, json.loads))
    for part in _chunks(rows, chunk):
        dicts = []
        for row in part:
            values = dict(zip(columns, row, strict=True))
            for i, fn in convert:
                if row[i] is not None:
                    values[columns[i]] = fn(row[i])
            dicts.append(values)
        conn.execute(stmt, dicts)


def set_coordinator_kind(conn: Connection, ids: Sequence[int], kind: str) -> None:
    """Give the coordinators ``ids`` the kind ``kind`` (an import that met more kinds)."""
    coordinators = tables_for(conn)["coordinators"]
    for part in _chunks(sorted(ids), 500):
        conn.execute(
            coordinators.update().where(coordinators.c.id.in_(list(part))).values(kind=kind)
        )


def _parse_day(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def sync_sequences(conn: Connection) -> None:
    """After inserting explicit ids, move PostgreSQL's sequences past them."""
    if conn.dialect.name != "postgresql":
        return
    for name in ID_TABLES:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
            )
        )
