"""The case journal (journalnotat): what a note must hold.

A note says what happened on a day — a call, a meeting, an e-mail, a letter — in the
caseworker's words. Pasientjournalloven § 22 and Normen ask that such records can be
reviewed: each note is kept with who wrote it and logged when it is added.
"""

from __future__ import annotations

import datetime as dt

from kecli.domain.checks import not_after_today, not_before
from kecli.errors import InvalidInput
from kecli.i18n.errors import journal as E

NOTE_KINDS = ("telefon", "mote", "epost", "brev", "annet")
"""The kinds of journal note, as typed on the command line and stored."""

_SPELLINGS = {"møte": "mote", "e-post": "epost", "e_post": "epost"}
"""Other ways a caseworker writes a kind (with the letters of bokmål)."""

NOTE_MAX = 10_000
"""The longest note, in characters: a journal note, not a document."""


def note_kind(value: str) -> str:
    """The kind of note as stored (``møte`` is ``mote``, ``e-post`` is ``epost``), or
    InvalidInput naming the kinds."""
    cleaned = value.strip().lower()
    cleaned = _SPELLINGS.get(cleaned, cleaned)
    if cleaned in NOTE_KINDS:
        return cleaned
    listed = "|".join(NOTE_KINDS)
    raise InvalidInput(E.INVALID_VALUE, E.VALID_VALUES, field="kind", value=value, listed=listed)


def check_note(
    text: str, kind: str, on: dt.date, *, received_on: dt.date, today: dt.date
) -> tuple[str, str]:
    """A note (text stripped, kind as stored) about a day from the inquiry up to today."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidInput(
            E.NOTE_CANNOT_EMPTY,
            E.WRITE_NOTE_AFTER_CASE,
            field="text",
        )
    if len(cleaned) > NOTE_MAX:
        raise InvalidInput(
            E.NOTE_LONGER_THAN_CHARACTERS,
            E.SPLIT_INTO_SEVERAL_NOTES,
            field="text",
            note_max=NOTE_MAX,
            value=len(cleaned),
        )
    not_after_today(on, today, "on")
    not_before(
        on,
        received_on,
        "on",
        E.INQUIRY_RECEIVED,
        E.NOTE_ABOUT_CASE_FROM,
    )
    return cleaned, note_kind(kind)
