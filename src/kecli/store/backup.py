"""Online, consistent copies of a live SQLite database (SQLite's backup API)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kecli.store.location import sqlite_path


def backup_sqlite(url: str, target: Path, *, overwrite: bool) -> int:
    """Copy the database behind ``url`` to ``target`` (created 0600); returns its size in bytes.

    The backup API copies pages while other processes keep writing, and the copy is
    a consistent snapshot; WAL content is included.
    """
    source_path = sqlite_path(url)
    assert source_path is not None
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination, pages=4096)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
    except BaseException:  # a half copy is no backup, and it holds personal data
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    if target.exists() and not overwrite:  # appeared while we copied
        partial.unlink()
        raise FileExistsError(target)
    os.replace(partial, target)
    return target.stat().st_size
