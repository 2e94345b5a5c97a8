"""The queries and bulk writes behind ``export cases`` and ``import cases``.

Built for a million cases: SQLAlchemy Core over one connection, rows fetched
in chunks as plain tuples (never one ORM object per row), and writes as one
``executemany`` per table and chunk, over the Core constructs of
:mod:`kecli.store.tables` instead of the SQLModel classes.

On SQLite, dates and JSON columns are read and written as the text SQLite
stores (``YYYY-MM-DD``, JSON text): ``tables_for`` declares them ``String``, which skips
SQLAlchemy's per-value conversions, which would cost more than the query.
Other databases get the real types (and casts to text when reading).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    Date,
    String,
    and_,
    cast,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.sql import ColumnElement

from kecli.store.staging import COLUMNS as COLUMNS  # re-exported: the columns of an export
from kecli.store.staging import COORDINATOR_COLUMNS, STAGED, SeenCoordinators, SeenKeys
from kecli.store.staging import TEXT_COLUMNS as TEXT_COLUMNS  # re-exported
from kecli.store.tables import driver_cursor, is_sqlite, sqlite_cursor, tables_for

DATE_COLUMNS = frozenset(
    {
        "received_on",
        "birth_date",
        "expected_birth_date",
        "closed_on",
        "decided_on",
        "sent_on",
        "notified_on",
        "appeal_deadline",
        "coordinator_since",
        "appeal_filed_on",
        "next_evaluation",
    }
)
BOOL_COLUMNS = frozenset({"wants_ip", "appeal_timely", "appeal_deadline_estimated", "plan_consent"})
LIST_COLUMNS = frozenset({"guardians", "failed_criteria"})

_INDEX = {name: i for i, name in enumerate(COLUMNS)}

CHUNK_ROWS = 256
#: SQLite's page cache while an export reads (KiB; SQLite's default is 2000).
EXPORT_CACHE_KIB = 256


# --- export ---------------------------------------------------------------------


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
    plan it may have (kept, a draft too). The fødselsnummer is masked in SQL, so a full number never reaches Python
    unless ``include_fnr``."""
    sqlite = is_sqlite(conn)
    t = tables_for(conn)
    cases, decisions, appeals, plans = t["cases"], t["decisions"], t["appeals"], t["plans"]
    appointments, coordinators = t["appointments"], t["coordinators"]
    newest_appeal = appeals.alias("newest_appeal")
    active_appointment = appointments.alias("active_appointment")

    def as_text(col: ColumnElement[Any]) -> ColumnElement[Any]:
        # SQLite already hands back the stored text; elsewhere dates and JSON become text
        # (ISO dates with PostgreSQL's default DateStyle).
        return col if sqlite else cast(col, String)

    fnr: ColumnElement[Any] = (
        cases.c.fnr if include_fnr else func.substr(cases.c.fnr, 1, 6).concat(literal("*****"))
    )
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
    stmt = select(
        cases.c.id,
        cases.c.kind,
        cases.c.status,
        as_text(cases.c.received_on),
        cases.c.channel,
        cases.c.name,
        fnr,
        as_text(cases.c.birth_date),
        as_text(cases.c.expected_birth_date),
        as_text(cases.c.guardians),
        cases.c.note,
        cases.c.wants_ip,
        as_text(cases.c.closed_on),
        cases.c.close_reason,
        decisions.c.outcome,
        as_text(decisions.c.decided_on),
        as_text(decisions.c.sent_on),
        decisions.c.sent_via,
        as_text(decisions.c.notified_on),
        as_text(decisions.c.appeal_deadline),
        decisions.c.appeal_deadline_estimated,
        as_text(decisions.c.failed_criteria),
        decisions.c.legal_basis,
        coordinators.c.id,
        coordinators.c.name,
        as_text(appointments.c.since),
        appeals.c.status,
        as_text(appeals.c.filed_on),
        appeals.c.timely,
        appeals.c.unit_outcome,
        appeals.c.final_outcome,
        as_text(plans.c.next_evaluation),
        plans.c.active,
        cases.c.created_by,
    ).select_from(source)
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


def stream_export_rows(
    conn: Connection, stmt: Any, chunk: int = CHUNK_ROWS
) -> Generator[list[list[Any]], None, None]:
    """The export rows in chunks: each a list in :data:`COLUMNS` order, with ISO date
    strings, bools, sequences of strings, the coordinator id as int, and None for empty."""
    wants_ip, timely = _INDEX["wants_ip"], _INDEX["appeal_timely"]
    estimated, consent = _INDEX["appeal_deadline_estimated"], _INDEX["plan_consent"]
    guardians, failed = _INDEX["guardians"], _INDEX["failed_criteria"]
    truth, items, none = _TRUTH, _items, _NO_ITEMS
    for batch in _fetch(conn, stmt, chunk):
        rows = [list(r) for r in batch]
        for row in rows:
            row[wants_ip] = truth[row[wants_ip]]
            row[timely] = truth[row[timely]]
            row[estimated] = truth[row[estimated]]
            row[consent] = truth[row[consent]]
            value = row[guardians]
            row[guardians] = none if value == "[]" else items(value)
            value = row[failed]
            row[failed] = none if value is None or value == "[]" else items(value)
        yield rows


# --- import -----------------------------------------------------------------------


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
            cases.c.fnr.in_(list(part)), cases.c.status != "closed"
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
CASE_TABLES = ("cases", "decisions", "appointments", "appeals", "plans", "plan_versions")


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


# --- checking in parallel (SQLite) ----------------------------------------------------

#: Per table: the columns the merge writes and what it selects from the staged rows into
#: them (``?`` in order: the table's first id for this worker, then now, then the user).
_MERGE: dict[str, tuple[str, str]] = {
    "cases": (", ".join(STAGED["cases"]), ", ".join(STAGED["cases"])),
    "decisions": (
        "id, case_id, outcome, decided_on, notified_on, appeal_deadline, failed_criteria, "
        "answers, notes, reason, legal_basis, wants_ip, set_aside, is_current, source, "
        "created_at, created_by, sent_on, sent_via, appeal_deadline_estimated",
        "rowid - 1 + ?, case_id, outcome, decided_on, notified_on, appeal_deadline, "
        "failed_criteria, answers, '{}', NULL, legal_basis, wants_ip, 0, 1, 'import', ?, ?, "
        "sent_on, sent_via, appeal_deadline_estimated",
    ),
    "appointments": (
        "id, case_id, coordinator_id, since, until, end_reason, created_at, created_by",
        "rowid - 1 + ?, case_id, coordinator_id, since, NULL, NULL, ?, ?",
    ),
    "appeals": (
        "id, case_id, decision_id, filed_on, deadline, timely, grounds, signed, status, "
        "unit_outcome, unit_decided_on, forwarded_on, final_outcome, resolved_on, "
        "force_reason, created_at, created_by",
        "rowid - 1 + ?, case_id, decision + ?, filed_on, deadline, timely, NULL, 1, status, "
        "unit_outcome, NULL, NULL, final_outcome, NULL, NULL, ?, ?",
    ),
    "plans": (
        "case_id, version, document, next_evaluation, active, updated_at, updated_by",
        # Active where the file's plan_consent is true (pbrl § 2-5), else a draft.
        "case_id, 1, document, next_evaluation, active, ?, ?",
    ),
    "plan_versions": (
        "id, case_id, version, document, saved_at, saved_by",
        "rowid - 1 + ?, case_id, 1, document, ?, ?",
    ),
}


def staged_clash(conn: Connection, parts: Sequence[str], db_has_cases: bool) -> bool:
    """Whether the staged rows of the attached ``parts`` (schema names, in file order)
    clash with each other (an id or an open person in two parts) or with the cases
    stored. The import then checks the file again row by row, for the messages."""
    cursor = driver_cursor(conn)
    try:
        for j, later in enumerate(parts):
            for earlier in parts[:j]:
                for table in SeenKeys.tables:
                    found = cursor.execute(
                        f"SELECT 1 FROM {later}.{table} JOIN {earlier}.{table} USING (k) LIMIT 1"
                    ).fetchone()
                    if found is not None:
                        return True
        if not db_has_cases:
            return False
        for part in parts:
            for sql in (
                f"SELECT 1 FROM {part}.cases s JOIN main.cases c ON c.id = s.id LIMIT 1",
                f"SELECT 1 FROM {part}.cases s JOIN main.cases c ON c.fnr = s.fnr "
                "AND c.kind = s.kind AND c.status != 'closed' "
                "WHERE s.fnr IS NOT NULL AND s.status != 'closed' LIMIT 1",
            ):
                if cursor.execute(sql).fetchone() is not None:
                    return True
        return False
    finally:
        cursor.close()


def _staged_coordinators(parts: Sequence[str]) -> str:
    """A WITH clause: the coordinators the ``parts`` name, one row per id (the kinds of
    all parts, the first line of all)."""
    union = " UNION ALL ".join(
        f"SELECT id, name, kinds, line FROM {part}.{SeenCoordinators.TABLE}" for part in parts
    )
    return (
        "WITH named AS (SELECT id, min(name) AS name, max(kinds & 1) | max(kinds & 2) AS kinds, "
        f"min(line) AS line, count(DISTINCT name) AS names FROM ({union}) GROUP BY id)"
    )


def staged_coordinators_clash(conn: Connection, parts: Sequence[str]) -> bool:
    """Whether two parts name one coordinator id with two names."""
    sql = f"{_staged_coordinators(parts)} SELECT 1 FROM named WHERE names > 1 LIMIT 1"
    return conn.exec_driver_sql(sql).first() is not None


def staged_coordinators_stored(
    conn: Connection, parts: Sequence[str]
) -> list[tuple[int, str, int, int, str, str]]:
    """(id, name, kinds, first line, stored name, stored kind) of the coordinators the
    parts name that are stored already, by line."""
    sql = (
        f"{_staged_coordinators(parts)} SELECT named.id, named.name, named.kinds, named.line, "
        "c.name, c.kind FROM named JOIN main.coordinators c ON c.id = named.id "
        "ORDER BY named.line"
    )
    return [tuple(row) for row in conn.exec_driver_sql(sql)]  # type: ignore[misc]


def merge_staged_coordinators(
    conn: Connection,
    parts: Sequence[str],
    kind_of: Callable[[int], str],
    now: str,
    user: str,
    *,
    write: bool,
) -> int:
    """Insert the coordinators the parts name that are not stored (their kind from the
    kinds of their cases, ``kind_of``); how many (with ``write`` false: would be)."""
    new = f"{_staged_coordinators(parts)} SELECT {{}} FROM named WHERE id NOT IN (SELECT id FROM main.coordinators)"
    if not write:
        return int(conn.exec_driver_sql(new.format("count(*)")).scalar_one())
    kinds = "CASE kinds WHEN 1 THEN ? WHEN 2 THEN ? ELSE ? END"
    values = f"id, name, NULL, {kinds}, 0, NULL, NULL, 1, NULL, ?, ?"
    cursor = driver_cursor(conn)
    try:
        cursor.execute(
            f"INSERT INTO coordinators ({', '.join(COORDINATOR_COLUMNS)}) "
            + new.format(values)
            + " ORDER BY id",
            (kind_of(1), kind_of(2), kind_of(3), now, user),
        )
        return int(cursor.rowcount)
    finally:
        cursor.close()


def merge_staged(
    conn: Connection, part: str, first_ids: dict[str, int], now: str, user: str
) -> None:
    """Write the staged rows of the attached ``part`` into the case tables, in the order
    the worker checked them, the integer ids counted on from ``first_ids`` (per table,
    as :func:`next_ids`); one INSERT … SELECT per table, inside SQLite."""
    cursor = driver_cursor(conn)
    try:
        for table, (columns, values) in _MERGE.items():
            source = "plans" if table == "plan_versions" else table
            params: tuple[Any, ...] = (now, user)
            if table == "appeals":
                params = (first_ids["appeals"], first_ids["decisions"], now, user)
            elif table in ID_TABLES:
                params = (first_ids[table], now, user)
            elif table == "cases":
                params = ()
            cursor.execute(
                f"INSERT INTO {table} ({columns}) SELECT {values} FROM {part}.{source} "
                "ORDER BY rowid",
                params,
            )
    finally:
        cursor.close()


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
        # psycopg sends text untyped, so PostgreSQL reads the ISO dates and the JSON text
        # as the columns' types: the tuples go to the driver's executemany as they are.
        sql = (
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        )
        for part in _chunks(rows, chunk):
            conn.exec_driver_sql(sql, list(part))
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
