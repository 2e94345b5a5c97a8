"""The case journal: ``case note add`` and ``case note list``."""

from __future__ import annotations

import datetime as dt

from kecli.domain.journal import check_note
from kecli.services.context import Ctx
from kecli.services.lookup import case_not_found, load_case, normalize_case_id
from kecli.services.views import note_view
from kecli.store import reads, repo
from kecli.store.db import read_scope, session_scope
from kecli.views import NoteView


def add_note(ctx: Ctx, ref: str, *, text: str, kind: str, on: dt.date | None) -> NoteView:
    """Write a note in the case's journal; the audit log records who added which note
    (never its text, which the journal keeps)."""
    from kecli.store.models import NoteRow

    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        day = on or ctx.today
        cleaned, kind_code = check_note(
            text, kind, day, received_on=row.received_on, today=ctx.today
        )
        note = NoteRow(
            case_id=row.id,
            on=day,
            kind=kind_code,
            text=cleaned,
            created_at=repo.now_utc(),
            created_by=ctx.user,
        )
        session.add(note)
        session.flush()
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="note.added",
            details={"note_id": note.id, "kind": kind_code, "on": day},
        )
        return note_view(note)  # a fødselsnummer in the text masked


def list_notes(ctx: Ctx, ref: str) -> list[NoteView]:
    """The case's journal, newest first; a fødselsnummer in a note's text masked."""
    with read_scope(ctx.db_url) as conn:
        case = reads.get_case(conn, normalize_case_id(ref))
        if case is None:
            raise case_not_found(ref)
        return [note_view(n) for n in reads.notes_of(conn, case.id)]
