"""The tables as lightweight SQLAlchemy Core ``table()`` constructs, for the fast paths.

Building the SQLModel classes of :mod:`kecli.store.models` (and the ORM behind
them) costs more start-up than ``case show``, a nightly ``report deadlines`` or
a Tab press may spend, and one ORM object per row costs more than a
million-row export may. The read paths and the bulk paths therefore use these
constructs and plain Core statements instead. ``tests/store/test_tables.py``
keeps every column here equal, in name and kind, to the model it mirrors.

Two flavours:

- :data:`TYPED`: the real types (dates as ``datetime.date``, JSON parsed), on every
  database; for reads that build views.
- :func:`tables_for`: on SQLite dates and JSON as the text SQLite stores
  (``YYYY-MM-DD``, JSON text), which skips SQLAlchemy's per-value conversions
  for the bulk export and import; elsewhere the same as TYPED.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Connection, Date, Integer, String, TableClause, column, table

#: Each table's columns in stored order: name and kind (text, int, bool, day, doc).
SCHEMA: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (
        ("id", "text"), ("year", "int"), ("seq", "int"), ("kind", "text"), ("status", "text"),
        ("received_on", "day"), ("channel", "text"), ("name", "text"), ("fnr", "text"),
        ("birth_date", "day"), ("expected_birth_date", "day"), ("guardians", "doc"),
        ("note", "text"), ("wants_ip", "bool"), ("closed_on", "day"), ("close_reason", "text"),
        ("created_at", "text"), ("created_by", "text"), ("address", "text"),
        ("postcode", "text"), ("city", "text"), ("phone", "text"), ("email", "text"),
        ("guardian_contacts", "doc"), ("from_case", "text"), ("replied_on", "day"),
        ("decision_expected_on", "day"), ("handler", "text"), ("voided_on", "day"),
        ("void_reason", "text"),
    ),
    "case_terms": (("term", "text"), ("case_id", "text"), ("source", "int")),
    "case_notes": (
        ("id", "int"), ("case_id", "text"), ("on", "day"), ("kind", "text"), ("text", "text"),
        ("created_at", "text"), ("created_by", "text"),
    ),
    "decisions": (
        ("id", "int"), ("case_id", "text"), ("outcome", "text"), ("decided_on", "day"),
        ("notified_on", "day"), ("appeal_deadline", "day"), ("failed_criteria", "doc"),
        ("answers", "doc"), ("notes", "doc"), ("reason", "text"), ("legal_basis", "text"),
        ("wants_ip", "bool"), ("set_aside", "bool"), ("is_current", "bool"), ("source", "text"),
        ("created_at", "text"), ("created_by", "text"), ("sent_on", "day"), ("sent_via", "text"),
        ("appeal_deadline_estimated", "bool"),
    ),
    "events": (
        ("id", "int"), ("at", "text"), ("user", "text"), ("case_id", "text"), ("action", "text"),
        ("details", "doc"), ("prev_hash", "text"), ("hash", "text"), ("db_role", "text"),
    ),
    "kecli_tx": (("txid", "int"), ("audited", "bool")),
    "audit_head": (("id", "int"), ("event_id", "int"), ("hash", "text")),
    "config": (("key", "text"), ("value", "text")),
    "coordinators": (
        ("id", "int"), ("name", "text"), ("unit", "text"), ("kind", "text"),
        ("independent", "bool"), ("trained_on", "day"), ("max_cases", "int"), ("active", "bool"),
        ("deactivated_on", "day"), ("created_at", "text"), ("created_by", "text"),
    ),
    "appointments": (
        ("id", "int"), ("case_id", "text"), ("coordinator_id", "int"), ("since", "day"),
        ("until", "day"), ("end_reason", "text"), ("created_at", "text"), ("created_by", "text"),
    ),
    "plans": (
        ("case_id", "text"), ("version", "int"), ("document", "doc"), ("next_evaluation", "day"),
        ("active", "bool"), ("updated_at", "text"), ("updated_by", "text"),
    ),
    "plan_versions": (
        ("id", "int"), ("case_id", "text"), ("version", "int"), ("document", "doc"),
        ("saved_at", "text"), ("saved_by", "text"),
    ),
    "appeals": (
        ("id", "int"), ("case_id", "text"), ("decision_id", "int"), ("filed_on", "day"),
        ("deadline", "day"), ("timely", "bool"), ("grounds", "text"), ("signed", "bool"),
        ("status", "text"), ("unit_outcome", "text"), ("unit_decided_on", "day"),
        ("forwarded_on", "day"), ("final_outcome", "text"), ("resolved_on", "day"),
        ("force_reason", "text"), ("created_at", "text"), ("created_by", "text"),
    ),
    "appeal_steps": (
        ("id", "int"), ("appeal_id", "int"), ("step", "text"), ("on", "day"),
        ("outcome", "text"), ("note", "text"), ("status_after", "text"), ("at", "text"),
        ("user", "text"),
    ),
}  # fmt: skip


def _tables(raw_sqlite: bool) -> dict[str, TableClause]:
    kinds: dict[str, Any] = {
        "text": String,
        "int": Integer,
        "bool": Boolean,
        "day": String if raw_sqlite else Date,
        "doc": String if raw_sqlite else JSON,
    }
    return {
        name: table(name, *(column(col, kinds[kind]) for col, kind in columns))
        for name, columns in SCHEMA.items()
    }


TYPED = _tables(raw_sqlite=False)
_RAW_SQLITE = _tables(raw_sqlite=True)


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def tables_for(conn: Connection) -> dict[str, TableClause]:
    """The bulk flavour: stored text for dates and JSON on SQLite, real types elsewhere."""
    return _RAW_SQLITE if is_sqlite(conn) else TYPED


def driver_cursor(conn: Connection) -> Any:
    """A cursor of the database driver itself, in the connection's transaction (begun
    here if need be; the caller's scope ends it): for the hot paths, where SQLAlchemy's
    work per statement or per row costs more than the database's."""
    if not conn.in_transaction():
        conn.begin()
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    return dbapi.cursor()


def sqlite_cursor(conn: Connection, stmt: Any) -> Any:
    """Run a Core SELECT on SQLite's own cursor: rows as plain tuples with the values as
    stored, without SQLAlchemy's Row object and type conversion per row (a fifth of a
    big export or report). Dates bound as ISO text."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = [_stored(compiled.params[name]) for name in compiled.positiontup or ()]
    cursor = driver_cursor(conn)
    cursor.execute(str(compiled), params)
    return cursor


def _stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def copy_rows(conn: Connection, name: str, columns: Sequence[str], rows: Iterable[Any]) -> None:
    """PostgreSQL (psycopg): ``rows`` (tuples in ``columns`` order; dates as ISO text or
    dates, JSON as text) into table ``name`` with one COPY. Quicker than executemany's one
    INSERT a row, and the guard that every change comes with an audit entry
    (kecli.store.guards, a statement-level trigger) runs once, not once a row."""
    names = ", ".join(f'"{c}"' for c in columns)
    with driver_cursor(conn).copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)
