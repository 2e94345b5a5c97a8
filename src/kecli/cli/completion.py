"""Values for Tab completion, read without importing SQLAlchemy."""

from __future__ import annotations

from kecli.cli.state import STATE


def case_ids(incomplete: str) -> list[str]:
    try:
        from kecli.services.completion import case_ids as lookup

        return lookup(STATE.db, incomplete)
    except Exception:  # completion must never print a traceback into the shell
        return []


def coordinator_ids(incomplete: str) -> list[tuple[str, str]]:
    try:
        from kecli.services.completion import coordinator_ids as lookup

        return lookup(STATE.db, incomplete)
    except Exception:
        return []


def criterion_codes(prefix: str, case: str) -> list[str]:
    try:
        from kecli.services.completion import criterion_codes as lookup

        return lookup(STATE.db, prefix, case)
    except Exception:
        return []
