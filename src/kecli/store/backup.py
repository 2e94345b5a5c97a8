"""Online, consistent copies of a live SQLite database (SQLite's backup API)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

from kecli.store.location import sqlite_path


def backup_sqlite(url: str, target: str) -> int:
    """Copy the database behind ``url`` into the (new, empty, private) file ``target``;
    returns its size in bytes.

    The backup API copies pages while other processes keep writing, and the copy is
    a consistent snapshot; WAL content is included. The copy is written without a
    journal (a failed copy is deleted whole, and no journal file is left beside it),
    then set to the rollback journal, so that it is one self-contained file.
    """
    source_path = sqlite_path(url)
    assert source_path is not None
    with closing(sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)) as source:
        with closing(sqlite3.connect(target, isolation_level=None)) as destination:
            destination.execute("PRAGMA journal_mode=OFF")
            source.backup(destination, pages=4096)
            destination.execute("PRAGMA journal_mode=DELETE")
    return os.stat(target).st_size


def quick_check(path: str) -> str:
    """SQLite's ``PRAGMA quick_check`` of the file at ``path``: ``ok``, or its first finding."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as copy:
        found = copy.execute("PRAGMA quick_check(1)").fetchone()
    return str(found[0]) if found else "no answer"
