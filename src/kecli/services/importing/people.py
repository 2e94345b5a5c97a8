"""The person and inquiry of a row, as ``case new`` would register them: the common
case (a valid name, kind and channel, a number whose birth date the row repeats) as
check_new_case would clean it, anything else (and every error, in its words, its
options named as columns) through check_new_case itself."""

from __future__ import annotations

import datetime as dt

from kecli.domain.cases import CHANNELS, KINDS
from kecli.domain.identity import identity_number_fields
from kecli.errors import InvalidInput
from kecli.i18n.errors import importing as E
from kecli.services.checks import NewCase, check_new_case
from kecli.services.importing.problems import as_columns, bad
from kecli.services.importing.rows import Row
from kecli.services.importing.values import Day, Days

_KIND_SET = frozenset(KINDS)
_CHANNEL_SET = frozenset(CHANNELS)

#: identity_number_fields: (the number, is a D-number, is synthetic, its birth date).
Number = tuple[str, bool, bool, dt.date | None]


#: The case's person and inquiry, as ``case new`` keeps them: (kind, name, channel, the
#: fødselsnummer, the birth date, the birth date as kept (as the row wrote it when it is
#: that day, else ISO text), the expected birth date, the guardians, the note). A plain
#: tuple: the checks unpack it into names at once (a NamedTuple unpacks slower).
Person = tuple[
    str, str, str, str | None, dt.date | None, str | None, Day | None, list[str], str | None
]


def person_of(row: Row, received: Day, days: Days, allow_synthetic: bool) -> Person:
    """The person as ``case new`` would register them: the common case as
    check_new_case would clean it; anything else (and every error, in its words)
    through check_new_case itself."""
    fnr = row.fnr
    number: Number | None = None
    if fnr is not None:
        try:
            number = identity_number_fields(fnr, allow_synthetic=allow_synthetic)
        except InvalidInput:  # check_new_case words it, below
            number = None
    birth = None
    raw = row.birth_date
    if raw is not None:
        # Nearly every row of an export gives the birth date its number has: the same
        # text needs no parsing.
        if number is not None and number[3] is not None and raw == number[3].isoformat():
            birth = (number[3], raw)
        else:
            birth = days.known.get(raw) or days.day(raw, "birth_date", keep=False)
    raw = row.expected_birth_date
    expected = (
        None
        if raw is None
        else days.known.get(raw) or days.day(raw, "expected_birth_date", keep=False)
    )
    name = " ".join(row.name.split()) if row.name else ""
    kind, channel = row.kind or "", row.channel or "skjema"
    birth_day = birth[0] if birth else None
    fast = name != "" and kind in _KIND_SET and channel in _CHANNEL_SET
    fast = fast and received[0] <= days.today and expected is None
    clean_fnr: str | None = None
    if fast and fnr is not None and fnr.strip():
        if number is None or (birth_day is None and number[3] is None):
            fast = False
        else:
            clean_fnr = number[0]
            # A number under the 2032 rule has no birth date: check_new_case compares
            # day and month.
            fast = birth_day is None or birth_day == number[3]
            birth_day = birth_day or number[3]
    if fast and birth_day is not None and birth_day > days.today:
        fast = False
    if fast:
        guardians = [" ".join(g.split()) for g in row.guardians if g.strip()]
        note = row.note.strip() or None if row.note else None
        text = birth[1] if birth is not None else birth_day.isoformat() if birth_day else None
        person = (kind, name, channel, clean_fnr, birth_day, text, expected, guardians, note)
    else:
        person = _new_case(row, received, birth, expected, days.today, allow_synthetic)
    if len(person[1]) > 200:  # its name
        raise bad("name", E.LONGER_THAN_CHARACTERS)
    return person


def _new_case(
    row: Row,
    received: Day,
    birth: Day | None,
    expected: Day | None,
    today: dt.date,
    allow_synthetic: bool,
) -> Person:
    """The person through check_new_case, its errors worded for columns."""
    try:
        clean = check_new_case(
            NewCase(
                name=row.name or "",
                kind=row.kind,  # type: ignore[arg-type]  # not None: _received checked
                fnr=row.fnr,
                birth_date=birth[0] if birth else None,
                expected_birth_date=expected[0] if expected else None,
                received_on=received[0],
                channel=row.channel or "skjema",
                guardians=row.guardians,
                note=row.note,
            ),
            today=today,
            allow_synthetic=allow_synthetic,
            typed_now=False,
        )
    except InvalidInput as error:
        raise as_columns(error) from None
    day = clean.birth_date
    text = None
    if day is not None:
        text = birth[1] if birth is not None and birth[0] == day else day.isoformat()
    return (
        clean.kind, clean.name, clean.channel, clean.fnr, day, text, expected,
        clean.guardians, clean.note,
    )  # fmt: skip
