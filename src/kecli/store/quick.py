"""Read-only lookups for Tab completion, with the stdlib's sqlite3 (no SQLAlchemy import)."""

from __future__ import annotations

import os
import re
import sqlite3

from kecli.store.location import resolve_url, sqlite_path

_SHORT_ID = re.compile(r"(\d{4})-([1-9]\d{0,5})")


def short_id_parts(prefix: str) -> tuple[int, str] | None:
    """``2026-7`` → (2026, "7"): a case id typed without its zeros, whose number so far
    may be the start of 7, 70–79, 700–799 …; None for anything else."""
    match = _SHORT_ID.fullmatch(prefix.strip())
    return (int(match.group(1)), match.group(2)) if match else None


def case_ids(db: str | None, prefix: str, limit: int = 200) -> list[str]:
    """Case ids starting with ``prefix``, newest first, then, for an id typed without its
    zeros (``2026-7``), the ids whose number starts with what was typed (2026-0007,
    2026-0070 …); empty when there is nothing to read."""
    short = short_id_parts(prefix)
    url = resolve_url(db, create=False)
    path = sqlite_path(url)
    if path is None:
        from kecli.store.db import session_scope
        from kecli.store.repo import case_ids_with_prefix, case_ids_with_short_number

        with session_scope(url) as session:
            found = case_ids_with_prefix(session, prefix, limit)
            if short is not None:
                found += case_ids_with_short_number(session, *short, limit)
            return _unique(found)[:limit]
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
        if short is not None:
            rows += conn.execute(
                "SELECT id FROM cases WHERE year = ? AND CAST(seq AS TEXT) LIKE ? "
                "ORDER BY seq LIMIT ?",
                (short[0], short[1] + "%", limit),
            ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()
    return _unique([row[0] for row in rows])[:limit]


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def case_kind(db: str | None, case_id: str) -> str | None:
    """The kind of the case ``case_id``, or None when there is none to read."""
    url = resolve_url(db, create=False)
    path = sqlite_path(url)
    if path is None:
        from kecli.store.db import session_scope
        from kecli.store.repo import get_case

        with session_scope(url) as session:
            row = get_case(session, case_id)
            return row.kind if row is not None else None
    if not os.path.isfile(path):
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        found = conn.execute("SELECT kind FROM cases WHERE id = ?", (case_id,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(found[0]) if found else None


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
