"""The search index of the cases (``case find``, ``case list --search``): the table
``case_terms`` holds, per case, the folded words of the person's and the guardians' names
and the digits of the birth date and of the fødselsnummer's first six
(:func:`kecli.domain.search.case_terms`), with an index on the term. A name word is found
by its prefix as a range of that index (``odeg`` ≤ term < ``odeh``); the terms are ASCII
letters and digits and compared byte by byte (PostgreSQL's column has collation "C"), so
the range is exact. Never a scan of the cases in Python.

Kept on write: the ORM's inserts and updates of a case's name, guardians, birth date or
fødselsnummer re-index it (:func:`listen`); the bulk paths (import, benchmark data, the
migration that made the table) call :func:`index_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    case,
    delete,
    func,
    literal,
    select,
    union_all,
)

from kecli.domain.search import BIRTH, GUARDIAN, NAME, Query, prefix_end
from kecli.store.imports import insert_rows
from kecli.store.tables import TYPED
from kecli.store.terms import TERM_COLUMNS, term_rows

terms = TYPED["case_terms"]
cases = TYPED["cases"]

#: What a match of one query word is worth: a word of the person's name above a guardian's,
#: the whole word above its start; a birth date or fødselsnummer as much as a whole name.
_EXACT, _PREFIX, _GUARDIAN_EXACT, _GUARDIAN_PREFIX = 5, 4, 2, 1

MIN_PREFIX = 2
"""A query word this long or longer also finds the words it begins."""


def index_rows(conn: Connection, rows: Iterable[Sequence[Any]], *, replace: bool = False) -> int:
    """Index cases given as (id, name, guardians, birth_date, fnr) tuples (guardians a list
    or JSON text, the date a date or ISO text); ``replace``: their old terms go first.
    Returns how many cases were indexed."""
    cases = list(rows)
    if replace and cases:
        conn.execute(delete(terms).where(terms.c.case_id.in_([row[0] for row in cases])))
    # Tuples on the driver's executemany (kecli.store.imports.insert_rows): a dict a term
    # through Core's insert took most of an import's merge (≈ 6 µs a term).
    insert_rows(conn, "case_terms", TERM_COLUMNS, term_rows(cases))
    return len(cases)


def listen(case_model: Any) -> None:
    """Keep the index of a case up to date whenever the ORM inserts it or changes what it
    is found by."""
    from sqlalchemy import event, inspect

    watched = ("name", "guardians", "birth_date", "fnr")

    def _reindex(_mapper: Any, connection: Connection, target: Any) -> None:
        index_rows(
            connection,
            [(target.id, target.name, target.guardians, target.birth_date, target.fnr)],
            replace=True,
        )

    def _after_update(mapper: Any, connection: Connection, target: Any) -> None:
        state = inspect(target)
        if any(state.attrs[name].history.has_changes() for name in watched):
            _reindex(mapper, connection, target)

    event.listen(case_model, "after_insert", _reindex)
    event.listen(case_model, "after_update", _after_update)


def find(conn: Connection, query: Query, *, limit: int | None, voided: bool = False) -> list[str]:
    """The ids of the cases that match every part of ``query``, best first (then open
    before closed, newest first); voided cases only with ``voided`` (and then only they)."""
    kept = cases.c.status == "voided" if voided else cases.c.status != "voided"
    order = (
        case((cases.c.status == "closed", 1), else_=0),
        cases.c.year.desc(),
        cases.c.seq.desc(),
    )
    if query.case_id is not None:
        stmt = select(cases.c.id).where(cases.c.id == query.case_id, kept)
        return [str(i) for i in conn.execute(stmt).scalars()]
    identity = [cases.c.fnr.in_(query.fnrs)] if query.fnrs else []
    words = [*query.names, *query.births]
    if not words:
        stmt = select(cases.c.id).where(kept, *identity).order_by(*order).limit(limit)
        return [str(i) for i in conn.execute(stmt).scalars()]
    parts = []
    for n, word in enumerate(query.names):
        score = case(
            (terms.c.source == NAME, case((terms.c.term == word, _EXACT), else_=_PREFIX)),
            else_=case((terms.c.term == word, _GUARDIAN_EXACT), else_=_GUARDIAN_PREFIX),
        )
        # A single letter is a whole word (an initial): as a prefix it would match most names.
        matches = (
            [terms.c.term == word]
            if len(word) < MIN_PREFIX
            else [terms.c.term >= word, terms.c.term < prefix_end(word)]
        )
        parts.append(
            select(terms.c.case_id, literal(n).label("w"), score.label("score")).where(
                *matches, terms.c.source.in_((NAME, GUARDIAN))
            )
        )
    for n, digits in enumerate(query.births, start=len(query.names)):
        parts.append(
            select(terms.c.case_id, literal(n).label("w"), literal(_EXACT).label("score")).where(
                terms.c.term == digits, terms.c.source == BIRTH
            )
        )
    found = union_all(*parts).subquery("found")
    per_word = (
        select(found.c.case_id, found.c.w, func.max(found.c.score).label("best"))
        .group_by(found.c.case_id, found.c.w)
        .subquery("per_word")
    )
    per_case = (
        select(per_word.c.case_id, func.sum(per_word.c.best).label("score"))
        .group_by(per_word.c.case_id)
        .having(func.count() == len(words))
        .subquery("per_case")
    )
    stmt = (
        select(cases.c.id)
        .select_from(per_case.join(cases, cases.c.id == per_case.c.case_id))
        .where(kept, *identity)
        .order_by(per_case.c.score.desc(), *order)
        .limit(limit)
    )
    return [str(i) for i in conn.execute(stmt).scalars()]
