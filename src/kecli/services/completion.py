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


def criterion_codes(db: str | None, prefix: str, case: str = "") -> list[str]:
    """``CODE=`` for each criterion of the case's kind (of both kinds when the case is not
    given or not found) that starts with ``prefix``: Tab after ``case assess --answer``."""
    from kecli.domain.eligibility import Kind
    from kecli.domain.eligibility import criterion_codes as codes_of
    from kecli.services.lookup import normalize_case_id
    from kecli.store.quick import case_kind

    kind = case_kind(db, normalize_case_id(case)) if case.strip() else None
    kinds = [Kind(kind)] if kind in tuple(Kind) else list(Kind)
    codes = dict.fromkeys(code for k in kinds for code in codes_of(k))
    return [f"{code}=" for code in codes if f"{code}=".startswith(prefix)]
