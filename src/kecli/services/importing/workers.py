"""The checking workers of a big import (SQLite; see :mod:`.parallel`): one forked
process per part of the file (:class:`Workers`), each checking its rows and staging
them in an SQLite file of its own (:func:`check_part`)."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from typing import Any, NamedTuple

from kecli.domain import deadlines
from kecli.services.importing.checking import Checker
from kecli.services.importing.documents import plan_documents
from kecli.services.importing.kept import ImportResult, Kept, Progress
from kecli.services.importing.parts import Slice
from kecli.services.importing.reading import bounded_lines, csv_records, jsonl_rows
from kecli.services.importing.run import Run
from kecli.store.staging import RepeatedKey, Staging
from kecli.store.terms import case_row_terms


@dataclass(frozen=True)
class Job:
    """One worker's part of the file and what its checks need."""

    file: str
    fmt: str
    sep: str
    order: list[int]
    width: int
    start: int
    end: int
    first_line: int
    staging: str
    today: dt.date
    user: str
    now: str
    #: The importing process (taken before the fork: a worker that starts after its
    #: parent died would otherwise take init for its parent).
    parent: int = 0
    #: The database's postal_days as read before the fork (the merge checks it again).
    postal_days: int = deadlines.POSTAL_DAYS


class StagedRun(Run):
    """A worker's pass over its part: the checked rows go to its staging file."""

    stop_at_problem = True

    def __init__(self, checker: Checker, staging: Staging) -> None:
        super().__init__(checker)
        self.staging = staging

    def chunk(self, kept: Kept) -> None:
        if self.problems.count:
            return
        add = self.staging.add
        add("cases", kept.cases)
        add("decisions", kept.decisions)
        add("appointments", kept.appointments)
        add("appeals", kept.appeals)
        add("plans", plan_documents(kept.plans))
        add("case_terms", case_row_terms(kept.cases))


class Part(NamedTuple):
    """What a worker kept of its part (the rows and the coordinators it met are in its
    staging file), and whether a kept row has a synthetic number."""

    result: ImportResult
    synthetic: bool


def check_part(job: Job, index: int, done: Any, synthetic: Any) -> Part | None:
    """A worker: check the rows of one part of the file and stage them; None if a row
    was bad, a key repeated one of an earlier chunk, or the part had no rows. ``done``
    and ``synthetic`` (shared with the importing process) are told, every few thousand
    rows, the bytes read and whether a kept row has had a synthetic number.

    Synthetic numbers pass (the importing process reads the database's setting while
    the workers work, and checks the file in one process if they are not allowed)."""
    staging = Staging(job.staging)
    checker = Checker(
        today=job.today,
        user=job.user,
        allow_synthetic=True,
        now=job.now,
        seen=staging.seen,
        postal_days=job.postal_days,
    )
    run = StagedRun(checker, staging)
    with open(job.file, "rb", buffering=0) as raw:
        raw.seek(job.start)
        part = Slice(raw, job.end - job.start)
        # A byte-order mark is skipped at the start of the file only (as the import in
        # one process does): elsewhere it is part of the row, and refused with it.
        encoding = "utf-8-sig" if job.start == 0 else "utf-8"
        handle = io.TextIOWrapper(io.BufferedReader(part, 1 << 16), encoding=encoding, newline="")
        records = (
            csv_records(
                csv.reader(bounded_lines(handle, job.first_line), delimiter=job.sep, strict=True),
                job.order,
                job.width,
                job.first_line,
                run.problems,
            )
            if job.fmt == "csv"
            else jsonl_rows(handle, run.problems, job.first_line)
        )

        parent = job.parent or os.getppid()

        def tick() -> None:
            if os.getppid() != parent:
                # The importing process was killed: nobody will read this part. Stop, and
                # take its rows (fødselsnumre) with us; the next import removes the folder.
                staging.db.close()
                with contextlib.suppress(OSError):
                    os.unlink(job.staging)
                os._exit(1)
            done[index] = job.end - job.start - part.left
            synthetic[index] = checker.synthetic

        try:
            rows = run.read(records, tick)
        except RepeatedKey:  # an id or an open person of an earlier chunk
            return None
        tick()
    staging.close()
    if run.problems.count or rows == 0:
        return None
    result = checker.kept.result(os.path.basename(job.file), job.fmt, rows, dry_run=False)
    return Part(result, checker.synthetic)


def work(job: Job, index: int, done: Any, synthetic: Any, send: Any) -> None:
    """A worker process's whole life: its result, or None when anything went wrong (the
    import then runs in one process, where the error is reported as it always is; no
    traceback, which could hold row data, is printed here)."""
    import signal

    # The importing process stops its workers with SIGTERM: they just end (its own
    # handler, inherited by the fork, would unwind them as an interruption).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    result: Part | None
    try:
        result = check_part(job, index, done, synthetic)
    except BaseException:  # noqa: BLE001 - the import in one process reports it
        result = None
    try:
        send.send(result)
    except OSError:  # the importing process has stopped listening
        pass
    finally:
        send.close()


class Workers:
    """One forked worker per job, started on entering (``started`` is false when the
    system refused a process or a pipe: one process can do it all), and stopped on
    leaving, whatever they are doing."""

    def __init__(self, jobs: list[Job]) -> None:
        self.jobs = jobs
        self.started = False
        self._processes: list[Any] = []
        self._waiting: dict[Any, int] = {}
        self._done: Any = None
        self._synthetic: Any = None

    def __enter__(self) -> Workers:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        try:
            self._done = context.Array("q", len(self.jobs), lock=False)
            self._synthetic = context.Array("b", len(self.jobs), lock=False)
            for index, job in enumerate(self.jobs):
                receive, send = context.Pipe(duplex=False)
                self._waiting[receive] = index
                process = context.Process(
                    target=work,
                    args=(job, index, self._done, self._synthetic, send),
                    daemon=True,
                )
                self._processes.append(process)
                try:
                    process.start()
                finally:
                    send.close()
        except OSError:  # no more processes or open files
            return self
        except BaseException:
            self.__exit__()
            raise
        self.started = True
        return self

    def results(
        self, progress: Progress | None, size: int, *, synthetic_allowed: bool
    ) -> list[Part] | None:
        """Their results in job order; None as soon as one failed, or met a synthetic
        number where they are not allowed."""
        from multiprocessing.connection import Connection, wait

        waiting = self._waiting
        by_index: dict[int, Part] = {}
        while waiting:
            if not synthetic_allowed and any(self._synthetic):
                return None
            for ready in wait(list(waiting), timeout=0.2):
                assert isinstance(ready, Connection)
                index = waiting.pop(ready)
                try:
                    found: Part | None = ready.recv()
                except EOFError:  # the worker died
                    found = None
                ready.close()
                if found is None:
                    return None  # the others' work is not needed any more
                by_index[index] = found
            if progress is not None:
                progress("check", sum(self._done), size)
        if not synthetic_allowed and any(self._synthetic):
            return None  # met in the last replies: one process checks the file (no merge)
        return [by_index[index] for index in range(len(self.jobs))]

    def __exit__(self, *_: object) -> None:
        for receive in self._waiting:
            receive.close()
        for process in self._processes:
            if process.pid is None:  # never started
                continue
            if process.is_alive():
                process.terminate()
            process.join()
