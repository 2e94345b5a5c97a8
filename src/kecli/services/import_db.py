"""``import cases`` where it meets the database: the import in one process, and the
merge of the workers' staged rows (see :mod:`kecli.services.imports`).

Imported only once the file is to be written or compared with the database: this
module loads SQLAlchemy, and a big file's worker processes are started before that.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import IO, Any

from kecli.domain.coordinators import covers
from kecli.env import now_utc
from kecli.errors import Msg, redact
from kecli.services.config import settings_of
from kecli.services.context import Ctx

# One service in two modules (this one loads SQLAlchemy, that one must not): the
# underscored names are shared between the two, and no one else.
from kecli.services.imports import (
    _KIND_BITS,
    BadRows,
    ImportResult,
    Progress,
    _Again,
    _Checker,
    _csv_rows,
    _FileProblem,
    _Job,
    _jsonl_rows,
    _Plan,
    _plan_documents,
    _Problems,
    _Run,
    first_line_not_utf8,
)
from kecli.store import imports as store
from kecli.store import merge
from kecli.store.db import read_scope, write_scope
from kecli.store.events import append_event
from kecli.store.imports import (
    APPEAL_COLUMNS,
    APPOINTMENT_COLUMNS,
    CASE_COLUMNS,
    COORDINATOR_COLUMNS,
    DECISION_COLUMNS,
    PLAN_COLUMNS,
    PLAN_VERSION_COLUMNS,
)
from kecli.store.staging import SeenKeys


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
            run = _DatabaseRun(conn, ctx, settings_of(conn), write=False)
            rows = run.read_file(handle, fmt, delimiter, progress)
            run.finish(name)
        return run.result(name, fmt, rows, dry_run=True)
    with write_scope(ctx.db_url) as conn:
        with store.import_session(conn):
            run = _DatabaseRun(conn, ctx, settings_of(conn), write=True)
            rows = run.read_file(handle, fmt, delimiter, progress)
            run.finish(name)  # raises BadRows: write_scope rolls every chunk back
        result = run.result(name, fmt, rows, dry_run=False)
        _log_import(conn, ctx, result)
    return result


def allows_synthetic_ids(ctx: Ctx) -> bool:
    """The database's allow_synthetic_ids (and its schema brought up to date)."""
    with read_scope(ctx.db_url) as conn:
        return bool(settings_of(conn).allow_synthetic_ids)


def _log_import(conn: Any, ctx: Ctx, result: ImportResult) -> None:
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


class _DatabaseRun(_Run):
    """The import in one process: every chunk checked against the database and (while no
    row is bad, and not a dry run) inserted."""

    def __init__(self, conn: Any, ctx: Ctx, settings: Any, *, write: bool) -> None:
        self.conn = conn
        self.ctx = ctx
        self.write = write
        self.now = now_utc()
        self.seen = SeenKeys.of(conn)
        super().__init__(
            _Checker(
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
            _csv_rows(handle, delimiter, problems)
            if fmt == "csv"
            else _jsonl_rows(handle, problems)
        )
        total = self.read(records, tick)
        if progress is not None:
            progress("check", size, size)
        return total

    def line_of(self, error: _FileProblem) -> int:
        if error.not_utf8 and self._raw is not None and self._raw.seekable():
            return first_line_not_utf8(self._raw) or error.line
        return error.line

    def chunk(self, plan: _Plan) -> None:
        """Check the chunk against the database; insert it if all is well so far."""
        conn = self.conn
        stored: dict[int, tuple[str, str]] = {}
        if plan.new_coordinators:
            stored = store.coordinators_by_id(conn, plan.new_coordinators)
            self.seen.coordinators.set_stored(stored)
        if plan.cases and self.db_has_cases:
            self._check_cases()
        if self.write and not self.problems.count:
            self._insert(stored)

    def _check_cases(self) -> None:
        """Ids already taken, open cases of the same person and kind (stored before the
        import: the rows of earlier chunks cannot clash, the checks of the file saw them)."""
        plan = self.checker.plan
        problems = self.problems
        taken = store.existing_case_ids(self.conn, [row[0] for row in plan.cases])
        people = [row[8] for row in plan.cases if row[8] is not None and row[4] != "closed"]
        stored = store.open_cases_of(self.conn, people) if people else {}
        for row, line in zip(plan.cases, plan.lines, strict=True):
            if row[0] in taken:
                problems.add(
                    line,
                    Msg(
                        f"id: saken {row[0]} finnes allerede i databasen",
                        f"id: case {row[0]} already exists in the database",
                    ),
                    1,
                )
                continue
            if row[8] is not None and row[4] != "closed":
                other = stored.get((row[8], row[3]))
                if other is not None:
                    problems.add(
                        line,
                        Msg(
                            f"fnr: personen har allerede en åpen {row[3]}-sak: {other}",
                            f"fnr: the person already has an open {row[3]} case: {other}",
                        ),
                        1,
                    )

    def _insert(self, stored: dict[int, tuple[str, str]]) -> None:
        """Insert the chunk's tuples: one executemany per table. ``stored``: the chunk's
        new coordinators that are stored already (the others are inserted)."""
        plan = self.checker.plan
        conn = self.conn
        now, user = self.now, self.ctx.user
        created = []
        for cid in plan.new_coordinators:
            if cid not in stored:
                wanted = self.checker.named(cid)
                assert wanted is not None  # the chunk's rows named it
                created.append(
                    (cid, wanted.name, None, _kind_of(wanted.kinds), False, None, None, True,
                     None, now, user)
                )  # fmt: skip
        self.seen.coordinators.set_inserted([(row[0], row[3]) for row in created])
        if created:
            store.insert_rows(conn, "coordinators", COORDINATOR_COLUMNS, created)
        store.insert_rows(conn, "cases", CASE_COLUMNS, plan.cases)
        written = self.written
        base = self.ids["decisions"]
        first = base + written["decisions"]
        store.insert_rows(
            conn,
            "decisions",
            DECISION_COLUMNS,
            [
                (first + n, case_id, outcome, decided, notified, deadline, failed, answers, "{}",
                 None, basis, wants_ip, False, True, "import", now, user, sent, via, estimated)
                for n, (case_id, outcome, decided, notified, deadline, failed, answers, basis,
                        wants_ip, sent, via, estimated)
                in enumerate(plan.decisions)
            ],
        )  # fmt: skip
        written["decisions"] += len(plan.decisions)
        first = self.ids["appointments"] + written["appointments"]
        store.insert_rows(
            conn,
            "appointments",
            APPOINTMENT_COLUMNS,
            [
                (first + n, case_id, cid, since, None, None, now, user)
                for n, (case_id, cid, since) in enumerate(plan.appointments)
            ],
        )
        written["appointments"] += len(plan.appointments)
        first = self.ids["appeals"] + written["appeals"]
        store.insert_rows(
            conn,
            "appeals",
            APPEAL_COLUMNS,
            [
                (first + n, case_id, None if index is None else base + index, filed, deadline,
                 timely, None, True, status, unit, None, None, final, None, None, now, user)
                for n, (case_id, filed, deadline, timely, status, unit, final, index)
                in enumerate(plan.appeals)
            ],
        )  # fmt: skip
        written["appeals"] += len(plan.appeals)
        if plan.plans:
            documents = _plan_documents(plan.plans)
            store.insert_rows(
                conn,
                "plans",
                PLAN_COLUMNS,
                # Active where the file records consent, else a draft (pbrl § 2-5).
                [
                    (case_id, 1, doc, day, active, now, user)
                    for case_id, day, active, doc in documents
                ],
            )
            first = self.ids["plan_versions"] + written["plan_versions"]
            store.insert_rows(
                conn,
                "plan_versions",
                PLAN_VERSION_COLUMNS,
                [
                    (first + n, case_id, 1, doc, now, user)
                    for n, (case_id, _, _, doc) in enumerate(documents)
                ],
            )
            written["plan_versions"] += len(documents)

    def finish(self, name: str) -> None:
        """Check the coordinators against those stored; raise BadRows if any row is bad;
        else bring the coordinators this import inserted up to date."""
        problems = self.problems
        book = self.seen.coordinators
        _check_stored_coordinators(book.stored(), problems)
        if problems.count:
            raise BadRows(name, problems.listed(), problems.count)
        self.coordinators_created = book.count_new()
        # A coordinator inserted for a koordinator case serves barnekoordinator cases too
        # when later rows gave it one.
        grown = [cid for cid, kinds, kind in book.inserted() if kind != _kind_of(kinds)]
        self.seen.drop()
        if not self.write:
            return
        if grown:
            store.set_coordinator_kind(self.conn, grown, "begge")
        store.sync_sequences(self.conn)

    def result(self, name: str, fmt: str, rows: int, *, dry_run: bool) -> ImportResult:
        result = self.checker.plan.result(name, fmt, rows, dry_run=dry_run)
        result.coordinators_created = self.coordinators_created
        return result


def merge_parts(
    ctx: Ctx,
    name: str,
    fmt: str,
    jobs: list[_Job],
    parts: list[ImportResult],
    now: str,
    dry_run: bool,
    *,
    synthetic: bool,
    progress: Progress | None = None,
) -> ImportResult:
    """Compare the parts with each other and the database, and (unless ``dry_run``)
    write them in one transaction. Raises _Again if anything would be a bad row.
    ``synthetic``: whether a staged row has a synthetic number (the setting is read
    again here, in the transaction that writes them)."""
    result = ImportResult(
        file=name,
        format=fmt,
        rows=sum(p.rows for p in parts),
        dry_run=dry_run,
        cases=sum(p.cases for p in parts),
        decisions=sum(p.decisions for p in parts),
        appointments=sum(p.appointments for p in parts),
        appeals=sum(p.appeals for p in parts),
        plans=sum(p.plans for p in parts),
        deadlines_corrected=sum(p.deadlines_corrected for p in parts),
        first_corrected_line=min(
            (p.first_corrected_line for p in parts if p.first_corrected_line is not None),
            default=None,
        ),
    )
    schemas = [f"kecli_part{index}" for index in range(len(jobs))]
    attach = [(schema, job.staging) for schema, job in zip(schemas, jobs, strict=True)]

    def check(conn: Any) -> None:
        settings = settings_of(conn)
        if synthetic and not settings.allow_synthetic_ids:
            raise _Again
        if any(job.postal_days != settings.postal_days for job in jobs):
            raise _Again  # changed while the workers counted: count again here
        if merge.staged_clash(conn, schemas, store.has_cases(conn)):
            raise _Again
        if merge.staged_coordinators_clash(conn, schemas):
            raise _Again
        problems = _Problems()
        _check_stored_coordinators(merge.staged_coordinators_stored(conn, schemas), problems)
        if problems.count:
            raise _Again

    if dry_run:
        with read_scope(ctx.db_url, attach=attach) as conn:
            check(conn)
            result.coordinators_created = merge.merge_staged_coordinators(
                conn, schemas, _kind_of, now, ctx.user, write=False
            )
        return result
    # The staged rows refer to each other by construction (a decision to the case of its
    # row, an appeal to its decision, an appointment to a coordinator the merge inserts
    # when it is not stored): SQLite's foreign key checks, half the merge's time, are off.
    with write_scope(ctx.db_url, attach=attach, foreign_keys=False) as conn:
        with store.import_session(conn):
            check(conn)
            result.coordinators_created = merge.merge_staged_coordinators(
                conn, schemas, _kind_of, now, ctx.user, write=True
            )
            first = store.next_ids(conn)
            written = 0
            for schema, part in zip(schemas, parts, strict=True):
                merge.merge_staged(conn, schema, first, now, ctx.user)
                first["decisions"] += part.decisions
                first["appointments"] += part.appointments
                first["appeals"] += part.appeals
                first["plan_versions"] += part.plans
                written += part.cases
                if progress is not None:
                    progress("write", written, result.cases)
        _log_import(conn, ctx, result)
    return result


def _check_stored_coordinators(
    named: Iterable[tuple[int, str, int, int, str, str]], problems: _Problems
) -> None:
    """The coordinators of the file that are stored already, as (id, name, kinds, first
    line, stored name, stored kind): the same name, and a kind that serves the kinds of
    the cases the file gives them."""
    for cid, name, kinds, line, stored_name, kind in named:
        if stored_name != name:
            problems.add(
                line,
                Msg(
                    f"coordinator_name: koordinator {cid} heter «{stored_name}» i databasen, "
                    f"ikke «{name}»",
                    f"coordinator_name: coordinator {cid} is '{stored_name}' in the database, "
                    f"not '{name}'",
                ),
                2,
            )
            continue
        for case_kind in _kinds_of(kinds):
            if not covers(kind, case_kind):
                problems.add(
                    line,
                    Msg(
                        f"coordinator_id: koordinator {cid} er {kind} og kan ikke ha en "
                        f"{case_kind}-sak",
                        f"coordinator_id: coordinator {cid} is {kind} and cannot serve a "
                        f"{case_kind} case",
                    ),
                    2,
                )
                break


def _kind_of(bits: int) -> str:
    """The kind of a coordinator the import inserts for cases of these kinds."""
    kinds = _kinds_of(bits)
    return kinds[0] if len(kinds) == 1 else "begge"


def _kinds_of(bits: int) -> list[str]:
    """The case kinds of a bit set, in name order."""
    return sorted(kind for kind, bit in _KIND_BITS.items() if bits & bit)
