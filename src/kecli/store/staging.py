"""What an import needs before SQLAlchemy is loaded: the tables, on the database driver
alone, where an import keeps the keys it has met (:class:`SeenKeys`,
:class:`SeenCoordinators`) and a checking worker the rows it checked (:class:`Staging`).

The worker processes of a big import are started before the importing process loads
SQLAlchemy (≈ 0.3 s of start-up it then spends while they work), so nothing here
imports it; :mod:`kecli.store.merge` has the statements that write the staged rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: The columns of the case rows an import keeps (and inserts, or stages), in order.
CASE_COLUMNS = (
    "id", "year", "seq", "kind", "status", "received_on", "channel", "name", "fnr",
    "birth_date", "expected_birth_date", "guardians", "note", "wants_ip", "closed_on",
    "close_reason", "created_at", "created_by", "handler",
)  # fmt: skip

#: What a checking worker stages, per table: the tuples the import's checks keep (the
#: case rows whole; the others without the values that are the same on every row, which
#: the merge writes once).
STAGED: dict[str, tuple[str, ...]] = {
    "cases": CASE_COLUMNS,
    "decisions": (
        "case_id", "outcome", "decided_on", "notified_on", "appeal_deadline",
        "failed_criteria", "answers", "legal_basis", "wants_ip", "sent_on", "sent_via",
        "appeal_deadline_estimated",
    ),
    "appointments": ("case_id", "coordinator_id", "since"),
    # decision: the index of the appeal's decision among the worker's decisions (from 0).
    "appeals": (
        "case_id", "filed_on", "deadline", "timely", "status", "unit_outcome",
        "final_outcome", "decision",
    ),
    # active: the plan records the person's consent (a draft without).
    "plans": ("case_id", "next_evaluation", "active", "document"),
    # The search index of the cases (kecli.store.terms), made by the workers side by side.
    "case_terms": ("term", "case_id", "source"),
}  # fmt: skip

COORDINATOR_COLUMNS = (
    "id", "name", "unit", "kind", "independent", "trained_on", "max_cases", "active",
    "deactivated_on", "created_at", "created_by",
)  # fmt: skip


class RepeatedKey(Exception):
    """A key added to :class:`SeenKeys` (``look_up`` false) was there already."""


class SeenKeys:
    """The keys an import has met in earlier chunks (case ids, open people), each with
    the line it was on, and the coordinators it has met (:attr:`coordinators`): tables
    of the import's own connection, so memory stays flat
    however many rows the file has. Temporary tables of the import's connection (private
    to it, they need no write lock, so a dry run, a read transaction, has them too), or
    plain tables of a checking worker's staging file (:class:`Staging`), where the import
    then compares the workers' keys with each other.

    A row is looked up as it is checked, on the driver's own cursor (a prepared
    statement, a few microseconds); a chunk's keys are added when the chunk is done.
    With ``look_up`` false (a checking worker, which only needs to know whether all is
    well) no row is looked up: adding a chunk's keys raises :class:`RepeatedKey` when
    one is there already.
    """

    IDS = "kecli_import_ids"
    PEOPLE = "kecli_import_people"
    tables = (IDS, PEOPLE)

    def __init__(
        self, cursor: Any, *, sqlite: bool, temporary: bool = True, look_up: bool = True
    ) -> None:
        mark = "?" if sqlite else "%s"
        self._select = {t: f"SELECT line FROM {t} WHERE k = {mark}" for t in self.tables}
        self._insert = {
            t: f"INSERT INTO {t} (k, line) VALUES ({mark}, {mark})" for t in self.tables
        }
        key = "INTEGER" if sqlite else "BIGINT"  # SQLite: the rowid itself
        kind = "TEMPORARY TABLE" if temporary else "TABLE"
        for name in self.tables:
            cursor.execute(f"CREATE {kind} {name} (k {key} PRIMARY KEY, line INTEGER NOT NULL)")
        self._cursor = cursor
        self.empty = True
        self._look_up = look_up
        self.coordinators = SeenCoordinators(cursor, sqlite=sqlite, temporary=temporary)

    @classmethod
    def of(cls, conn: Connection) -> SeenKeys:
        """Temporary tables of ``conn``, in its transaction."""
        from kecli.store.tables import driver_cursor, is_sqlite

        return cls(driver_cursor(conn), sqlite=is_sqlite(conn))

    def line(self, table: str, key: int) -> int | None:
        """The line an earlier chunk had ``key`` on, or None."""
        if self.empty or not self._look_up:
            return None
        found = self._cursor.execute(self._select[table], (key,)).fetchone()
        return None if found is None else int(found[0])

    def add(self, table: str, pairs: Sequence[tuple[int, int]]) -> None:
        if not pairs:
            return
        if self._look_up:
            self._cursor.executemany(self._insert[table], list(pairs))
        else:
            import sqlite3

            try:
                self._cursor.executemany(self._insert[table], list(pairs))
            except sqlite3.IntegrityError:
                raise RepeatedKey from None
        self.empty = False

    def drop(self) -> None:
        """Drop the tables once the import is done. After an error the transaction's
        rollback removes them (PostgreSQL refuses any statement before it)."""
        for name in (*self.tables, SeenCoordinators.TABLE):
            self._cursor.execute(f"DROP TABLE IF EXISTS {name}")
        self._cursor.close()


class SeenCoordinators:
    """The coordinators an import file names: id → name, the kinds of their cases (bits:
    1 koordinator, 2 barnekoordinator) and the first line, and, once looked up, the name
    and kind stored before the import (``stored_*``) and the kind the import inserted it
    with. A table beside :class:`SeenKeys` (the same lifetime and place), so that memory
    does not grow with the number of coordinators; the import keeps a few thousand in
    memory as well.
    """

    TABLE = "kecli_import_coordinators"

    def __init__(self, cursor: Any, *, sqlite: bool, temporary: bool = True) -> None:
        m = "?" if sqlite else "%s"
        t = self.TABLE
        kind = "TEMPORARY TABLE" if temporary else "TABLE"
        key = "INTEGER" if sqlite else "BIGINT"  # SQLite: the rowid itself
        cursor.execute(
            f"CREATE {kind} {t} (id {key} PRIMARY KEY, name TEXT NOT NULL, "
            "kinds INTEGER NOT NULL, line INTEGER NOT NULL, stored_name TEXT, "
            "stored_kind TEXT, inserted_kind TEXT)"
        )
        self._cursor = cursor
        self._get = f"SELECT name, kinds, line FROM {t} WHERE id = {m}"
        self._add = f"INSERT INTO {t} (id, name, kinds, line) VALUES ({m}, {m}, {m}, {m})"
        self._kinds = f"UPDATE {t} SET kinds = {m} WHERE id = {m}"
        self._stored = f"UPDATE {t} SET stored_name = {m}, stored_kind = {m} WHERE id = {m}"
        self._inserted = f"UPDATE {t} SET inserted_kind = {m} WHERE id = {m}"

    def get(self, cid: int) -> tuple[str, int, int] | None:
        """(name, kinds, first line), or None if the file has not named it yet."""
        found = self._cursor.execute(self._get, (cid,)).fetchone()
        return None if found is None else (str(found[0]), int(found[1]), int(found[2]))

    def add(self, cid: int, name: str, kinds: int, line: int) -> None:
        self._cursor.execute(self._add, (cid, name, kinds, line))

    def set_kinds(self, cid: int, kinds: int) -> None:
        self._cursor.execute(self._kinds, (kinds, cid))

    def set_stored(self, stored: dict[int, tuple[str, str]]) -> None:
        """Record (name, kind) of those of them stored before the import."""
        if stored:
            rows = [(name, kind, cid) for cid, (name, kind) in stored.items()]
            self._cursor.executemany(self._stored, rows)

    def set_inserted(self, inserted: Sequence[tuple[int, str]]) -> None:
        """Record the kind each of (id, kind) was inserted with."""
        if inserted:
            self._cursor.executemany(self._inserted, [(kind, cid) for cid, kind in inserted])

    def stored(self) -> Iterator[tuple[int, str, int, int, str, str]]:
        """(id, name, kinds, line, stored name, stored kind) of those stored before the
        import, by line."""
        yield from self._cursor.execute(
            f"SELECT id, name, kinds, line, stored_name, stored_kind FROM {self.TABLE} "
            "WHERE stored_name IS NOT NULL ORDER BY line"
        )

    def inserted(self) -> Iterator[tuple[int, int, str]]:
        """(id, kinds, kind inserted with) of those the import inserted."""
        yield from self._cursor.execute(
            f"SELECT id, kinds, inserted_kind FROM {self.TABLE} WHERE inserted_kind IS NOT NULL"
        )

    def count_new(self) -> int:
        """How many were not stored before the import."""
        found = self._cursor.execute(
            f"SELECT count(*) FROM {self.TABLE} WHERE stored_name IS NULL"
        ).fetchone()
        return int(found[0])


#: SQLite's page cache of a staging file (KiB): the worker writes its rows once, in order.
STAGING_CACHE_KIB = 4096


class Staging:
    """A checking worker's own SQLite file: the rows it checked (:data:`STAGED`) and the
    keys it met (:class:`SeenKeys`). Written once, without a journal or syncs (a failed
    import just deletes it), read back by :func:`kecli.store.merge.merge_staged` inside the
    import's one transaction."""

    def __init__(self, path: str) -> None:
        import sqlite3

        # The driver binds None and bools by way of its adapter registry, which costs
        # four times an int when no adapter is found; with these (the values bind as
        # they always do: NULL, 1, 0) they cost half that (measured: 1.8 million
        # values, 1.04 → 0.47 s). Only worker processes, which end with the import,
        # stage rows, so the registry of the importing process is left as it was.
        sqlite3.register_adapter(type(None), {}.get)
        sqlite3.register_adapter(bool, int)
        self.db = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            f"cache_size = -{STAGING_CACHE_KIB}",
        ):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("BEGIN")
        self._insert = {}
        for name, columns in STAGED.items():
            self.db.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
            marks = ", ".join("?" * len(columns))
            self._insert[name] = f"INSERT INTO {name} VALUES ({marks})"
        self.seen = SeenKeys(self.db.cursor(), sqlite=True, temporary=False, look_up=False)

    def add(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.db.executemany(self._insert[table], rows)

    def close(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()
