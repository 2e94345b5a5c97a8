"""The import in one process, where it meets the database: every chunk of rows checked
against the database (ids taken, open cases, coordinators stored) and, while no row
has been bad and not a dry run, inserted in the import's one transaction.

Imported only once the file is to be written or compared with the database: this
module loads SQLAlchemy (through the store), and a big file's worker processes are
started before that.
"""

from __future__ import annotations

import os
from typing import IO, Any

from kecli.env import now_utc
from kecli.errors import redact
from kecli.i18n.errors import importing as E
from kecli.services.config import settings_of
from kecli.services.context import Ctx
from kecli.services.importing.checking import Checker
from kecli.services.importing.coordinators import check_stored_coordinators, kind_of
from kecli.services.importing.documents import plan_documents
from kecli.services.importing.kept import (
    CASE_FNR,
    CASE_ID,
    CASE_KIND,
    CASE_STATUS,
    ImportResult,
    Kept,
    Progress,
)
from kecli.services.importing.problems import BadRows, FileProblem
from kecli.services.importing.reading import csv_rows, first_line_not_utf8, jsonl_rows
from kecli.services.importing.run import Run
from kecli.store import imports as store
from kecli.store.db import read_scope, write_scope
from kecli.store.events import append_event
from kecli.store.staging import SeenKeys
from kecli.store.terms import TERM_COLUMNS, case_row_terms


def import_in_one_process(
    ctx: Ctx,
    handle: IO[str],
    name: str,
    fmt: str,
    delimiter: str | None,
    dry_run: bool,
    progress: Progress | None,
) -> ImportResult:
    """Check every row in this process against the database and (unless ``dry_run``)
    write them chunk by chunk in one transaction."""
    if dry_run:
        # Checks only: a read transaction, rolled back when it ends.
        with read_scope(ctx.db_url) as conn:
            run = DatabaseRun(conn, ctx, settings_of(conn), write=False)
            rows = run.read_file(handle, fmt, delimiter, progress)
            run.finish(name)
        return run.result(name, fmt, rows, dry_run=True)
    with write_scope(ctx.db_url) as conn:
        with store.import_session(conn):
            run = DatabaseRun(conn, ctx, settings_of(conn), write=True)
            rows = run.read_file(handle, fmt, delimiter, progress)
            run.finish(name)  # raises BadRows: write_scope rolls every chunk back
        result = run.result(name, fmt, rows, dry_run=False)
        log_import(conn, ctx, result)
    return result


def allows_synthetic_ids(ctx: Ctx) -> bool:
    """The database's allow_synthetic_ids (and its schema brought up to date)."""
    with read_scope(ctx.db_url) as conn:
        return bool(settings_of(conn).allow_synthetic_ids)


def log_import(conn: Any, ctx: Ctx, result: ImportResult) -> None:
    """The import's ``import.cases`` entry in the audit log."""
    append_event(
        conn,
        user=ctx.user,
        case_id=None,
        action="import.cases",
        details={
            # The name only: never the path's folders, never the contents, never a number.
            "file": redact(result.file),
            "format": result.format,
            "rows": result.rows,
            "dry_run": False,
            "cases": result.cases,
            "coordinators_created": result.coordinators_created,
            **(
                {"deadlines_corrected": result.deadlines_corrected}
                if result.deadlines_corrected
                else {}
            ),
        },
    )


class DatabaseRun(Run):
    """The import in one process: every chunk checked against the database and (while no
    row is bad, and not a dry run) inserted."""

    def __init__(self, conn: Any, ctx: Ctx, settings: Any, *, write: bool) -> None:
        self.conn = conn
        self.ctx = ctx
        self.write = write
        self.now = now_utc()
        self.seen = SeenKeys.of(conn)
        super().__init__(
            Checker(
                today=ctx.today,
                user=ctx.user,
                allow_synthetic=settings.allow_synthetic_ids,
                now=self.now,
                seen=self.seen,
                postal_days=settings.postal_days,
            )
        )
        # Before this import writes anything: whether ids and people can clash at all.
        self.db_has_cases = store.has_cases(conn)
        self.ids = store.next_ids(conn) if write else {}
        self.written = {"decisions": 0, "appointments": 0, "appeals": 0, "plan_versions": 0}
        self._raw: Any = None  # the file's bytes, once read_file has it
        self.coordinators_created = 0

    def read_file(
        self, handle: IO[str], fmt: str, delimiter: str | None, progress: Progress | None
    ) -> int:
        """Read and check every row, chunk by chunk; returns how many rows the file holds."""
        problems = self.problems
        raw = getattr(handle, "buffer", None)
        self._raw = raw
        size = 0
        if progress is not None:
            try:
                size = os.fstat(handle.fileno()).st_size
            except (OSError, ValueError):
                size = 0

        def tick() -> None:
            if progress is not None:
                progress("check", raw.tell() if raw is not None else 0, size)

        records = (
            csv_rows(handle, delimiter, problems) if fmt == "csv" else jsonl_rows(handle, problems)
        )
        total = self.read(records, tick)
        if progress is not None:
            progress("check", size, size)
        return total

    def line_of(self, error: FileProblem) -> int:
        if error.not_utf8 and self._raw is not None and self._raw.seekable():
            return first_line_not_utf8(self._raw) or error.line
        return error.line

    def chunk(self, kept: Kept) -> None:
        """Check the chunk against the database; insert it if all is well so far."""
        conn = self.conn
        stored: dict[int, tuple[str, str]] = {}
        if kept.new_coordinators:
            stored = store.coordinators_by_id(conn, kept.new_coordinators)
            self.seen.coordinators.set_stored(stored)
        if kept.cases and self.db_has_cases:
            self._check_cases(kept)
        if self.write and not self.problems.count:
            self._insert(kept, stored)

    def _check_cases(self, kept: Kept) -> None:
        """Ids already taken, open cases of the same person and kind (stored before the
        import: the rows of earlier chunks cannot clash, the checks of the file saw them)."""
        problems = self.problems
        taken = store.existing_case_ids(self.conn, [row[CASE_ID] for row in kept.cases])
        people = [
            row[CASE_FNR]
            for row in kept.cases
            if row[CASE_FNR] is not None and row[CASE_STATUS] != "closed"
        ]
        stored = store.open_cases_of(self.conn, people) if people else {}
        for row, line in zip(kept.cases, kept.lines, strict=True):
            case_id, kind, fnr = row[CASE_ID], row[CASE_KIND], row[CASE_FNR]
            if case_id in taken:
                problems.add(
                    line,
                    E.ID_CASE_ALREADY_EXISTS.fill(case_id=case_id),
                    1,
                )
                continue
            if fnr is not None and row[CASE_STATUS] != "closed":
                other = stored.get((fnr, kind))
                if other is not None:
                    problems.add(
                        line,
                        E.FNR_PERSON_ALREADY_OPEN.fill(kind=kind, other=other),
                        1,
                    )

    def _insert(self, kept: Kept, stored: dict[int, tuple[str, str]]) -> None:
        """Insert the chunk's tuples: one executemany per table. ``stored``: the chunk's
        new coordinators that are stored already (the others are inserted)."""
        conn = self.conn
        now, user = self.now, self.ctx.user
        created = []
        for cid in kept.new_coordinators:
            if cid not in stored:
                wanted = self.checker.coordinators.named(cid)
                assert wanted is not None  # the chunk's rows named it
                created.append(
                    (cid, wanted.name, None, kind_of(wanted.kinds), False, None, None, True,
                     None, now, user)
                )  # fmt: skip
        self.seen.coordinators.set_inserted([(row[0], row[3]) for row in created])
        if created:
            store.insert_rows(conn, "coordinators", store.COORDINATOR_COLUMNS, created)
        store.insert_rows(conn, "cases", store.CASE_COLUMNS, kept.cases)
        # The search index (case find): id, name, guardians, birth_date, fnr.
        store.insert_rows(conn, "case_terms", TERM_COLUMNS, case_row_terms(kept.cases))
        written = self.written
        base = self.ids["decisions"]
        first = base + written["decisions"]
        store.insert_rows(
            conn,
            "decisions",
            store.DECISION_COLUMNS,
            [
                (first + n, case_id, outcome, decided, notified, deadline, failed, answers, "{}",
                 None, basis, wants_ip, False, True, "import", now, user, sent, via, estimated)
                for n, (case_id, outcome, decided, notified, deadline, failed, answers, basis,
                        wants_ip, sent, via, estimated)
                in enumerate(kept.decisions)
            ],
        )  # fmt: skip
        written["decisions"] += len(kept.decisions)
        first = self.ids["appointments"] + written["appointments"]
        store.insert_rows(
            conn,
            "appointments",
            store.APPOINTMENT_COLUMNS,
            [
                (first + n, case_id, cid, since, None, None, now, user)
                for n, (case_id, cid, since) in enumerate(kept.appointments)
            ],
        )
        written["appointments"] += len(kept.appointments)
        first = self.ids["appeals"] + written["appeals"]
        store.insert_rows(
            conn,
            "appeals",
            store.APPEAL_COLUMNS,
            [
                (first + n, case_id, None if index is None else base + index, filed, deadline,
                 timely, None, True, status, unit, None, None, final, None, None, now, user)
                for n, (case_id, filed, deadline, timely, status, unit, final, index)
                in enumerate(kept.appeals)
            ],
        )  # fmt: skip
        written["appeals"] += len(kept.appeals)
        if kept.plans:
            self._insert_plans(kept)

    def _insert_plans(self, kept: Kept) -> None:
        """The chunk's plans, active where the file records consent, else drafts (pbrl
        § 2-5), each with its first version."""
        conn, now, user = self.conn, self.now, self.ctx.user
        documents = plan_documents(kept.plans)
        store.insert_rows(
            conn,
            "plans",
            store.PLAN_COLUMNS,
            [(case_id, 1, doc, day, active, now, user) for case_id, day, active, doc in documents],
        )
        first = self.ids["plan_versions"] + self.written["plan_versions"]
        store.insert_rows(
            conn,
            "plan_versions",
            store.PLAN_VERSION_COLUMNS,
            [
                (first + n, case_id, 1, doc, now, user)
                for n, (case_id, _, _, doc) in enumerate(documents)
            ],
        )
        self.written["plan_versions"] += len(documents)

    def finish(self, name: str) -> None:
        """Check the coordinators against those stored; raise BadRows if any row is bad;
        else bring the coordinators this import inserted up to date."""
        problems = self.problems
        book = self.seen.coordinators
        check_stored_coordinators(book.stored(), problems)
        if problems.count:
            raise BadRows(name, problems.listed(), problems.count)
        self.coordinators_created = book.count_new()
        # A coordinator inserted for a koordinator case serves barnekoordinator cases too
        # when later rows gave it one.
        grown = [cid for cid, kinds, kind in book.inserted() if kind != kind_of(kinds)]
        self.seen.drop()
        if not self.write:
            return
        if grown:
            store.set_coordinator_kind(self.conn, grown, "begge")
        store.sync_sequences(self.conn)

    def result(self, name: str, fmt: str, rows: int, *, dry_run: bool) -> ImportResult:
        result = self.checker.kept.result(name, fmt, rows, dry_run=dry_run)
        result.coordinators_created = self.coordinators_created
        return result
