"""The rows of the search index ``case_terms`` of cases as the store holds them, without
SQLAlchemy: a checking worker of a big import (forked before SQLAlchemy is loaded) stages
the terms of its cases, and :func:`kecli.store.search.index_rows` writes them elsewhere.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from kecli.domain.search import case_terms
from kecli.store.staging import CASE_COLUMNS

#: The columns of ``case_terms``, in the order of :func:`term_rows`' tuples.
TERM_COLUMNS = ("term", "case_id", "source")


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _names(value: Any) -> Sequence[str]:
    if value is None or value == "[]":  # most cases: no guardians
        return ()
    if isinstance(value, str):  # JSON text, as SQLite stores it
        return [str(v) for v in json.loads(value)]
    return [str(v) for v in value]


def term_rows(cases: Iterable[Sequence[Any]]) -> list[tuple[str, str, int]]:
    """(term, case_id, source) of cases given as (id, name, guardians, birth_date, fnr)
    tuples (guardians a list or JSON text, the date a date or ISO text)."""
    return [
        (term, case_id, source)
        for case_id, name, guardians, birth_date, fnr in cases
        for term, source in case_terms(name, _names(guardians), _day(birth_date), fnr)
    ]


_ID, _NAME, _GUARDIANS, _BIRTH, _FNR = (
    CASE_COLUMNS.index(c) for c in ("id", "name", "guardians", "birth_date", "fnr")
)


def case_row_terms(rows: Iterable[Sequence[Any]]) -> list[tuple[str, str, int]]:
    """:func:`term_rows` of case rows as an import keeps them (:data:`CASE_COLUMNS`)."""
    return term_rows((r[_ID], r[_NAME], r[_GUARDIANS], r[_BIRTH], r[_FNR]) for r in rows)
