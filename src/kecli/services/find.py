"""``case find``: the phone rings — find the case by a name, a guardian's name, a
fødselsnummer or its first six digits, a birth date or a case id; best match first."""

from __future__ import annotations

from kecli.domain.checks import at_most
from kecli.domain.search import Query, read_query
from kecli.errors import InvalidInput
from kecli.i18n.errors import find as E
from kecli.services.context import Ctx
from kecli.services.views import case_view
from kecli.store import reads, search
from kecli.store.db import Connection, read_scope, write_scope
from kecli.store.events import append_event
from kecli.views import CaseView

DEFAULT_LIMIT = 20


def read_search(text: str, option: str = "TEXT") -> Query:
    """The query, or InvalidInput when it holds nothing to look for."""
    query = read_query(text)
    if query.empty:
        raise InvalidInput(E.NOTHING_SEARCH, E.GIVE_NAME_FODSELSNUMMER_FIRST, field=option)
    return query


def log_search(conn: Connection, ctx: Ctx, query: Query, found: list[str], command: str) -> None:
    """A search by fødselsnummer (or its first six digits) is a look-up of a person: the
    audit log keeps who, when, the number masked, and which cases it found
    (pasientjournalloven § 22)."""
    if not query.by_identity_number:
        return
    append_event(
        conn,
        user=ctx.user,
        case_id=found[0] if len(found) == 1 else None,
        action="case.searched",
        details={"command": command, "query": query.shown(), "found": found},
    )


def find_cases(ctx: Ctx, text: str, *, limit: int = DEFAULT_LIMIT) -> list[CaseView]:
    """The cases that match ``text``, best first, at most ``limit``; never a voided one."""
    query = read_search(text)
    if limit < 1:
        raise InvalidInput(E.LIMIT_AT_LEAST_ONE, limit=limit)
    at_most(limit, "limit")
    scope = write_scope if query.by_identity_number else read_scope
    with scope(ctx.db_url) as conn:
        ids = search.find(conn, query, limit=limit)
        log_search(conn, ctx, query, ids, "case find")
        rows = {row.id: row for row in reads.get_cases(conn, ids)}
        bundle = reads.case_bundle(conn, ids)
        return [case_view(rows[i], bundle) for i in ids]
