"""Ids for Tab completion. The store answers an SQLite file with the stdlib's sqlite3 and
imports it only here, inside the functions, so that Tab never pays for SQLAlchemy."""

from __future__ import annotations


def case_ids(db: str | None, prefix: str) -> list[str]:
    """Case ids starting with ``prefix``, newest first; none when there is no database."""
    from kecli.store.quick import case_ids as lookup

    return lookup(db, prefix)


def coordinator_ids(db: str | None, prefix: str) -> list[tuple[str, str]]:
    """Active coordinators whose id starts with ``prefix``: (id, name)."""
    from kecli.store.quick import coordinator_ids as lookup

    return lookup(db, prefix)
