"""``report deadlines`` on SQLite without SQLAlchemy: the deadline queries compiled
once for SQLite (by :func:`kecli.store.reports.sqlite_deadline_queries`; a test keeps the
block below equal to them; ``python scripts/gen_deadline_sql.py`` writes it, then ``ruff
format``), run on the standard library's ``sqlite3``.

A nightly report is a short process whose time is mostly its imports: SQLAlchemy alone is
a third of it. Where the database is an SQLite file at this kecli's schema, the report
reads it here; anything else (PostgreSQL, an older schema to upgrade first, an SQLite
without ``MATERIALIZED``) goes through :mod:`kecli.store.reports` as before, with the same
statements and the same rows.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from kecli.errors import database_error
from kecli.store.location import sqlite_path
from kecli.store.schema import SCHEMA_HEAD


class Dated(NamedTuple):
    """One candidate deadline: the case and the people who should act on it, the dates it
    is counted from, and a reference.

    ``start`` is the date the due date is counted from (or the due date itself,
    see each query); ``other`` an optional second date; ``ref`` a number that
    names the record (decision id, appeal id, plan version); ``flag`` a yes/no of
    the item (appeal_window: the deadline is estimated), None where the query has none.
    """

    case_id: str
    person: str
    kind: str
    handler: str
    appointment_id: int | None
    coordinator: str | None
    start: dt.date
    other: dt.date | None
    ref: int | None
    flag: bool | None


def dated(rows: Iterable[Sequence[Any]]) -> list[Dated]:
    """The rows of a deadline query (columns: case id, name, kind, handler,
    appointment id, coordinator name, start, other, ref, flag) as Dated, one per case item.

    A case with two open appointments (which the services never leave behind)
    would come back twice: the newest appointment wins.
    """
    found: dict[tuple[str, int | None], Any] = {}
    for row in rows:
        key = (row[0], row[8])
        kept = found.get(key)
        if kept is None or (row[4] or 0) > (kept[4] or 0):
            found[key] = row
    day = _day
    return [
        Dated(a, b, c, d, e, f, day(start), day(other), ref, None if flag is None else bool(flag))
        for a, b, c, d, e, f, start, other, ref, flag in found.values()
    ]


def _day(value: Any) -> Any:
    return dt.date.fromisoformat(value) if type(value) is str else value


# BEGIN GENERATED (scripts/gen_deadline_sql.py): name -> (SQL, parameters; "$N" = argument N)
QUERIES: dict[str, tuple[str, tuple[Any, ...]]] = {
    "appeal_forwarding": (
        "SELECT cases.id, cases.name, cases.kind, cases.handler, "
        "appointments.id AS id_1, coordinators.name AS name_1, "
        "appeals.filed_on, NULL AS anon_1, appeals.id AS id_2, NULL AS "
        "anon__1 \n"
        "FROM appeals JOIN cases ON cases.id = appeals.case_id LEFT OUTER JOIN "
        "appointments ON appointments.case_id = cases.id AND appointments.until "
        "IS NULL LEFT OUTER JOIN coordinators ON coordinators.id = "
        "appointments.coordinator_id \n"
        "WHERE appeals.status IN (?, ?) AND appeals.filed_on <= ?",
        ("filed", "awaiting_forwarding", "$0"),
    ),
    "appeal_window": (
        "SELECT cases.id, cases.name, cases.kind, cases.handler, appointments.id AS "
        "id_1, coordinators.name AS name_1, decisions.appeal_deadline, "
        "coalesce(decisions.notified_on, decisions.sent_on) AS coalesce_1, "
        "decisions.id AS id_2, decisions.appeal_deadline_estimated \n"
        "FROM decisions JOIN cases ON cases.id = decisions.case_id LEFT OUTER JOIN "
        "appointments ON appointments.case_id = cases.id AND appointments.until IS "
        "NULL LEFT OUTER JOIN coordinators ON coordinators.id = "
        "appointments.coordinator_id \n"
        "WHERE decisions.is_current = 1 AND decisions.set_aside = 0 AND "
        "decisions.outcome = ? AND decisions.appeal_deadline >= ? AND "
        "decisions.appeal_deadline <= ? AND cases.status != ? AND NOT (EXISTS "
        "(SELECT * \n"
        "FROM appeals \n"
        "WHERE appeals.decision_id = decisions.id AND (appeals.status != ? OR "
        "appeals.final_outcome IS NOT NULL OR appeals.unit_outcome = ?)))",
        ("avslag", "$0", "$1", "closed", "closed", "medhold"),
    ),
    "decision_unsent": (
        "SELECT cases.id, cases.name, cases.kind, cases.handler, appointments.id "
        "AS id_1, coordinators.name AS name_1, decisions.decided_on, NULL AS "
        "anon_1, decisions.id AS id_2, NULL AS anon__1 \n"
        "FROM decisions JOIN cases ON cases.id = decisions.case_id LEFT OUTER "
        "JOIN appointments ON appointments.case_id = cases.id AND "
        "appointments.until IS NULL LEFT OUTER JOIN coordinators ON "
        "coordinators.id = appointments.coordinator_id \n"
        "WHERE decisions.sent_on IS NULL AND decisions.notified_on IS NULL AND "
        "decisions.decided_on <= ? AND coalesce(decisions.is_current, 0) = 1 AND "
        "decisions.set_aside = 0 AND cases.status != ?",
        ("$0", "closed"),
    ),
    "expected_decision": (
        "SELECT cases.id, cases.name, cases.kind, cases.handler, "
        "appointments.id AS id_1, coordinators.name AS name_1, "
        "cases.decision_expected_on, cases.replied_on, NULL AS anon_1, NULL AS "
        "anon__1 \n"
        "FROM cases LEFT OUTER JOIN appointments ON appointments.case_id = "
        "cases.id AND appointments.until IS NULL LEFT OUTER JOIN coordinators "
        "ON coordinators.id = appointments.coordinator_id \n"
        "WHERE cases.status = ? AND cases.decision_expected_on <= ? AND "
        "cases.replied_on >= coalesce((SELECT max(appeals.resolved_on) AS "
        "max_1 \n"
        "FROM appeals \n"
        "WHERE appeals.case_id = cases.id AND appeals.final_outcome = ?), "
        "cases.received_on) AND NOT (EXISTS (SELECT * \n"
        "FROM decisions \n"
        "WHERE decisions.case_id = cases.id AND coalesce(decisions.is_current, "
        "0) = 1 AND decisions.set_aside = 0))",
        ("received", "$0", "opphevet"),
    ),
    "plan_evaluation": (
        "WITH due_plans AS MATERIALIZED \n"
        "(SELECT plans.case_id AS case_id, plans.version AS version, "
        "plans.next_evaluation AS next_evaluation \n"
        "FROM plans \n"
        "WHERE plans.active = 1 AND plans.next_evaluation IS NOT NULL AND "
        "plans.next_evaluation <= ? ORDER BY plans.case_id)\n"
        " SELECT cases.id, cases.name, cases.kind, cases.handler, appointments.id "
        "AS id_1, coordinators.name AS name_1, due_plans.next_evaluation, NULL AS "
        "anon_1, due_plans.version, NULL AS anon__1 \n"
        "FROM due_plans JOIN cases ON cases.id = due_plans.case_id LEFT OUTER "
        "JOIN appointments ON appointments.case_id = cases.id AND "
        "appointments.until IS NULL LEFT OUTER JOIN coordinators ON "
        "coordinators.id = appointments.coordinator_id \n"
        "WHERE cases.status != ?",
        ("$0", "closed"),
    ),
    "preliminary_reply": (
        "SELECT cases.id, cases.name, cases.kind, cases.handler, "
        "appointments.id AS id_1, coordinators.name AS name_1, "
        "cases.received_on, (SELECT max(appeals.resolved_on) AS max_1 \n"
        "FROM appeals \n"
        "WHERE appeals.case_id = cases.id AND appeals.final_outcome = ?) AS "
        "anon_1, NULL AS anon_2, NULL AS anon__1 \n"
        "FROM cases LEFT OUTER JOIN appointments ON appointments.case_id = "
        "cases.id AND appointments.until IS NULL LEFT OUTER JOIN coordinators "
        "ON coordinators.id = appointments.coordinator_id \n"
        "WHERE cases.status = ? AND cases.received_on <= ? AND "
        "(cases.replied_on IS NULL OR cases.replied_on < coalesce((SELECT "
        "max(appeals.resolved_on) AS max_2 \n"
        "FROM appeals \n"
        "WHERE appeals.case_id = cases.id AND appeals.final_outcome = ?), "
        "cases.received_on)) AND NOT (EXISTS (SELECT * \n"
        "FROM decisions \n"
        "WHERE decisions.case_id = cases.id AND coalesce(decisions.is_current, "
        "0) = 1 AND decisions.set_aside = 0))",
        ("opphevet", "received", "$0", "opphevet"),
    ),
    "turns_18": (
        "SELECT cases.id, cases.name, cases.kind, cases.handler, appointments.id AS "
        "id_1, coordinators.name AS name_1, cases.birth_date, decisions.decided_on, "
        "decisions.id AS id_2, NULL AS anon_1 \n"
        "FROM decisions JOIN cases ON cases.id = decisions.case_id AND cases.kind = ? "
        "AND cases.status != ? AND cases.birth_date IS NOT NULL AND cases.birth_date <= "
        "? LEFT OUTER JOIN appointments ON appointments.case_id = cases.id AND "
        "appointments.until IS NULL LEFT OUTER JOIN coordinators ON coordinators.id = "
        "appointments.coordinator_id \n"
        "WHERE coalesce(decisions.is_current, 0) = 1 AND decisions.set_aside = 0 AND "
        "decisions.outcome = ?",
        ("barnekoordinator", "closed", "$0", "innvilget"),
    ),
}
# END GENERATED


class SqliteDeadlines:
    """The deadline queries of one report, on one read transaction of an SQLite file."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, url: str) -> SqliteDeadlines | None:
        """The file behind ``url`` when it is an SQLite database at this kecli's schema,
        read in one transaction (one snapshot for every query); None when the report must
        go the general way (another database, a schema to upgrade, an old SQLite)."""
        path = sqlite_path(url)
        if path is None or not os.path.isfile(path) or sqlite3.sqlite_version_info < (3, 35):
            return None
        try:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        except sqlite3.Error:
            return None
        try:
            # Not in WAL mode (a restored backup copy): the general way switches it, as
            # every kecli connection does, so that this read never blocks a writer.
            if conn.execute("PRAGMA journal_mode").fetchone() != ("wal",):
                conn.close()
                return None
            conn.execute("BEGIN")
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            if exc.sqlite_errorcode & 0xFF in _BUSY:  # waited the busy timeout once already
                raise database_error(exc) from None
            return None  # a new database, not a database at all: the general way says
        if found is None or found[0] != SCHEMA_HEAD:
            conn.close()
            return None
        return cls(conn)

    def candidates(self, name: str, *days: dt.date) -> list[Dated]:
        sql, params = QUERIES[name]
        bound = [
            days[int(p[1:])].isoformat() if isinstance(p, str) and p.startswith("$") else p
            for p in params
        ]
        try:
            rows = self.conn.execute(sql, bound).fetchall()
        except sqlite3.Error as exc:  # locked past the busy timeout, a damaged file, …
            raise database_error(exc) from None
        return dated(rows)

    def config_values(self) -> dict[str, str]:
        try:
            found = self.conn.execute("SELECT key, value FROM config").fetchall()
        except sqlite3.Error as exc:
            raise database_error(exc) from None
        return {str(k): str(v) for k, v in found}

    def close(self) -> None:
        self.conn.close()  # ends the read transaction too


#: SQLITE_BUSY and SQLITE_LOCKED (an extended code's low byte is its primary code).
_BUSY = (5, 6)
