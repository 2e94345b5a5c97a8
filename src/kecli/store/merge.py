"""The merge of a big import file's staged parts (SQLite): a checking worker staged the
rows of its part in an SQLite file of its own (:class:`kecli.store.staging.Staging`);
the importing process attaches them, compares them with each other and with the cases
stored, and writes them with one INSERT … SELECT per table and part, inside SQLite, in
the import's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection

from kecli.store.imports import ID_TABLES
from kecli.store.staging import COORDINATOR_COLUMNS, STAGED, SeenCoordinators, SeenKeys
from kecli.store.tables import driver_cursor

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
                "AND c.kind = s.kind AND c.status NOT IN ('closed', 'voided') "
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
    as :func:`kecli.store.imports.next_ids`); one INSERT … SELECT per table, inside SQLite."""
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


def merge_staged_terms(conn: Connection, parts: Sequence[str]) -> None:
    """Write the search terms the attached ``parts`` staged (:mod:`kecli.store.terms`) in
    one INSERT … SELECT, in the order of the table's key: its index is then built as it
    is written, where the cases' order scattered the terms over it (1.2 against 2.0
    CPU-seconds for 100k cases, in the import's page cache)."""
    columns = ", ".join(STAGED["case_terms"])
    union = " UNION ALL ".join(f"SELECT {columns} FROM {part}.case_terms" for part in parts)
    conn.exec_driver_sql(
        f"INSERT INTO case_terms ({columns}) SELECT {columns} FROM ({union}) ORDER BY term, case_id"
    )
