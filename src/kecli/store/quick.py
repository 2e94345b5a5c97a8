"""Read-only lookups for Tab completion, with the stdlib's sqlite3 (no SQLAlchemy import)."""

from __future__ import annotations

import os
import sqlite3

from kecli.store.location import resolve_url, sqlite_path


def case_ids(db: str | None, prefix: str, limit: int = 200) -> list[str]:
    """Case ids starting with ``prefix``, newest first; empty when there is nothing to read."""
    url = resolve_url(db, create=False)
    path = sqlite_path(url)
    if path is None:
        from kecli.store.db import session_scope
        from kecli.store.repo import case_ids_with_prefix

        with session_scope(url) as session:
            return case_ids_with_prefix(session, prefix, limit)
    if not os.path.isfile(path):  # nothing to read, and nothing is created
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return []
    try:
        rows = conn.execute(
            "SELECT id FROM cases WHERE id >= ? AND id < ? ORDER BY id DESC LIMIT ?",
            (prefix, prefix + "\uffff", limit),
        ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    return [row[0] for row in rows]


def coordinator_ids(db: str | None, prefix: str, limit: int = 200) -> list[tuple[str, str]]:
    """Active coordinators whose id starts with ``prefix``: (id, name)."""
    url = resolve_url(db, create=False)
    path = sqlite_path(url)
    if path is None:
        from kecli.store.db import session_scope
        from kecli.store.repo import list_coordinators

        with session_scope(url) as session:
            rows = list_coordinators(session, include_inactive=False)
            found = [(str(r.id), r.name) for r in rows]
    elif not os.path.isfile(path):  # nothing to read, and nothing is created
        return []
    else:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        except sqlite3.Error:
            return []
        try:
            found = [
                (str(i), n)
                for i, n in conn.execute(
                    "SELECT id, name FROM coordinators WHERE active ORDER BY id"
                ).fetchall()
            ]
        except sqlite3.Error:
            return []
        finally:
            conn.close()
    return [(i, n) for i, n in found if i.startswith(prefix)][:limit]
