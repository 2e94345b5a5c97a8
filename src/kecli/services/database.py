"""Schema upgrades on request (``kecli db upgrade``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kecli.errors import Conflict, InvalidInput, KecliError, Msg, RuleViolation, redact
from kecli.services.checks import check_output_file
from kecli.services.context import Ctx
from kecli.store import repo
from kecli.store.backup import backup_sqlite
from kecli.store.db import ensure_schema, get_engine, session_scope, upgrade_now
from kecli.store.location import is_sqlite, sqlite_path
from kecli.views import BackupView, UpgradeView


def upgrade_schema(ctx: Ctx) -> UpgradeView:
    engine = get_engine(ctx.db_url)
    before, after = upgrade_now(engine)
    return {"before": before, "after": after}


def backup_database(ctx: Ctx, target: Path, *, force: bool = False) -> BackupView:
    """``db backup``: an online copy for SQLite; PostgreSQL has pg_dump for that."""
    if not is_sqlite(ctx.db_url):
        raise RuleViolation(
            Msg(
                "db backup kopierer bare SQLite-databaser.",
                "db backup copies SQLite databases only.",
            ),
            Msg(
                "For PostgreSQL: pg_dump --format=custom --file=kecli.dump DATABASE",
                "For PostgreSQL: pg_dump --format=custom --file=kecli.dump DATABASE",
            ),
        )
    target = target.expanduser().resolve()
    source = sqlite_path(ctx.db_url)
    if source is not None and Path(source).resolve() == target:
        raise InvalidInput(
            Msg("Kan ikke kopiere databasen til seg selv.", "Cannot copy the database onto itself.")
        )
    check_output_file(str(target), force=force, option=None)
    ensure_schema(get_engine(ctx.db_url))
    try:
        size = backup_sqlite(ctx.db_url, target, overwrite=force)
    except FileExistsError:
        raise Conflict(Msg(f"{target} finnes allerede.", f"{target} already exists.")) from None
    except (OSError, sqlite3.Error) as exc:  # a full disk, a file size limit, …
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
        raise KecliError(
            Msg(
                f"Kopien kunne ikke skrives: {reason}. Ingenting ble lagret.",
                f"The copy could not be written: {reason}. Nothing was kept.",
            ),
            Msg("Sjekk plassen på disken.", "Check the space on the disk."),
        ) from None
    # Logged once the copy is whole: the log never tells of a backup that does not exist.
    with session_scope(ctx.db_url, write=True) as session:
        repo.record_event(
            session,
            user=ctx.user,
            case_id=None,
            action="db.backup",
            details={"target": redact(str(target)), "bytes": size},
        )
    return {"target": str(target), "bytes": size}
