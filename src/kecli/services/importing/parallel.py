"""Checking a big file in parallel (SQLite).

A big file is cut into parts at record boundaries (:mod:`.parts`), and each part is
checked by a worker process of its own (:mod:`.workers`; forked: nothing is imported
again), which stages the rows it checked in an SQLite file of its own
(store.staging.Staging). The workers start before SQLAlchemy is loaded: the importing
process loads it, and reads the database's settings, while they work. It then compares
the parts with each other and with the database, and writes the staged rows with one
INSERT … SELECT per table and part, inside SQLite, in the import's one transaction
(:mod:`.merging`). Python's work per row — reading, checking, handing values to SQLite
— is spread over the machine's cores; what stays serial is SQLite's own.

The fast path is only for files that can be imported: at the first bad row, a key
repeated from an earlier chunk, a synthetic number the database does not take, or if
the parts clash (an id or an open person in two parts, a coordinator named two ways),
the workers' work is thrown away and the file is checked again in one process, which
lists every bad row exactly as it always does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kecli.domain import deadlines
from kecli.env import now_utc
from kecli.errors import InvalidInput
from kecli.i18n.errors import importing as E
from kecli.services.context import Ctx
from kecli.services.importing.folders import staging_prefix
from kecli.services.importing.kept import ImportResult, Progress
from kecli.services.importing.parts import layout
from kecli.services.importing.workers import Job, Workers
from kecli.store.location import sqlite_path

#: The most worker processes an import starts by itself.
MAX_WORKERS = 4
#: The most KECLI_IMPORT_WORKERS may ask for: the merge attaches one staging file per
#: worker, and SQLite attaches at most 10 databases.
MOST_WORKERS = 8


def worker_count() -> int:
    """How many processes may check a file: KECLI_IMPORT_WORKERS (at most MOST_WORKERS),
    else the cores this process may use (at most MAX_WORKERS); 1 where processes
    cannot be forked."""
    wanted = os.environ.get("KECLI_IMPORT_WORKERS", "").strip()
    if wanted and (not wanted.isdigit() or int(wanted) < 1):
        raise InvalidInput(E.WORKERS_NOT_WHOLE_NUMBER, wanted=wanted[:20])
    # fork() is what makes a worker cheap; elsewhere (macOS, Windows) one process checks.
    if not sys.platform.startswith("linux"):
        return 1
    if wanted:
        return min(int(wanted), MOST_WORKERS)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(MAX_WORKERS, cores or 1)


def import_in_parts(
    ctx: Ctx,
    file: Path,
    fmt: str,
    delimiter: str | None,
    dry_run: bool,
    progress: Progress | None,
    workers: int,
    folder: str | None,
) -> ImportResult | None:
    """The import with one worker per part of the file, staged in ``folder`` (None: the
    system's temp folder); None when the file is to be checked in one process (too
    small, or a bad row or a clash somewhere)."""
    cut = layout(file, fmt, delimiter, workers)
    if cut is None:
        return None
    now = now_utc()
    try:
        staging = tempfile.TemporaryDirectory(prefix=staging_prefix(), dir=folder)
    except OSError:  # no room for staging files: one process needs none
        return None
    postal_days = postal_days_of(ctx.db_url)
    with staging as tmp:
        jobs = [
            Job(
                file=str(file),
                fmt=fmt,
                sep=cut.sep,
                order=cut.order,
                width=cut.width,
                start=start,
                end=end,
                first_line=line,
                staging=os.path.join(tmp, f"part{index}.db"),
                today=ctx.today,
                user=ctx.user,
                now=now,
                parent=os.getpid(),
                postal_days=postal_days,
            )
            for index, (start, end, line) in enumerate(cut.parts)
        ]
        return _check_and_merge(ctx, file.name, fmt, jobs, now, dry_run, progress)


def _check_and_merge(
    ctx: Ctx,
    name: str,
    fmt: str,
    jobs: list[Job],
    now: str,
    dry_run: bool,
    progress: Progress | None,
) -> ImportResult | None:
    """Start the workers on their jobs, and merge what they staged; None when the file
    is to be checked in one process."""
    size = jobs[-1].end
    # Every avslag's appeal deadline is counted (a file's is checked against the law's):
    # the holiday tables, loaded once here, are shared with the workers by the fork.
    deadlines.load_holidays()
    with Workers(jobs) as running:
        if not running.started:
            return None
        if progress is not None:
            progress("check", 0, size)
        # While they work: SQLAlchemy loads (≈ 0.3 s), the schema is brought up to
        # date, and the database says whether it takes synthetic numbers.
        from kecli.services.importing import database, merging

        synthetic_allowed = database.allows_synthetic_ids(ctx)
        # Not allowed and met: the file is checked in one process, which refuses
        # them row by row, with their lines.
        parts = running.results(progress, size, synthetic_allowed=synthetic_allowed)
    if parts is None:
        return None
    if progress is not None:
        progress("check", size, size)
    try:
        return merging.merge_parts(
            ctx,
            name,
            fmt,
            [job.staging for job in jobs],
            jobs[0].postal_days,
            [part.result for part in parts],
            now,
            dry_run,
            synthetic=any(part.synthetic for part in parts),
            progress=progress,
        )
    except merging.Again:
        return None


def postal_days_of(url: str) -> int:
    """The SQLite database's postal_days, read with the standard library before the workers
    fork (SQLAlchemy is not loaded yet); the default when it cannot be read. The merge
    compares it with the setting in its transaction and checks the file in one process
    when they differ."""
    import sqlite3

    from kecli.domain.config import settings_from

    path = sqlite_path(url)
    if not path or not os.path.isfile(path):
        return deadlines.POSTAL_DAYS
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            found = conn.execute("SELECT value FROM config WHERE key = 'postal_days'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return deadlines.POSTAL_DAYS
    if found is None:
        return deadlines.POSTAL_DAYS
    try:
        return settings_from({"postal_days": str(found[0])}).postal_days
    except ValueError:
        return deadlines.POSTAL_DAYS
