"""``import cases``: how a file is imported (by worker processes, or in this one), and
the import itself."""

from __future__ import annotations

import gc
import os
from pathlib import Path

from kecli.errors import InvalidInput
from kecli.i18n.errors import importing as E
from kecli.services.context import Ctx
from kecli.services.importing import folders, parallel
from kecli.services.importing.kept import ImportResult, Progress
from kecli.services.importing.reading import format_of, open_text
from kecli.store.location import is_sqlite


def import_cases(
    ctx: Ctx,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    delimiter: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Check every row of the file and (unless ``dry_run``) write them chunk by chunk in
    one transaction; one bad row and it is rolled back (BadRows lists the bad rows)."""
    file = Path(path)
    chosen = format_of(file, fmt)
    if delimiter is not None and chosen != "csv":
        raise InvalidInput(E.APPLIES_CSV_ONLY)
    workers = parallel.worker_count()
    # Nothing here makes cycles; the cycle collector would only rescan the compact keys
    # (ids, people) again and again as they grow, so it rests until the import is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(ctx, file, chosen, delimiter, dry_run, progress, workers)
    finally:
        if collecting:
            gc.enable()


def _import(
    ctx: Ctx,
    file: Path,
    fmt: str,
    delimiter: str | None,
    dry_run: bool,
    progress: Progress | None,
    workers: int,
) -> ImportResult:
    sqlite = is_sqlite(ctx.db_url)
    # Beside the database: the stale staging files are looked for, and new ones made, there.
    folder = folders.staging_folder(ctx.db_url) if sqlite else None
    if sqlite:
        # Whatever this import does (one process, a dry run), the staging files a killed
        # import left beside the database go now: they hold fødselsnumre.
        folders.remove_stale_staging(folder)
    with open_text(file) as handle:
        if workers > 1 and sqlite:
            done = parallel.import_in_parts(
                ctx, file, fmt, delimiter, dry_run, progress, workers, folder
            )
            if done is not None:
                return done
        from kecli.services.importing import database

        return database.import_in_one_process(
            ctx, handle, file.name, fmt, delimiter, dry_run, progress
        )
