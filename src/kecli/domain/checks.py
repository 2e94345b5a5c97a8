"""Checks of what a caseworker gives, shared by every use case: dates in their order, names,
lengths, reasons.

Each raises InvalidInput about a ``field`` (``on``, ``received_on``): the message names it
``{field}``, and the presenter shows it as its user knows it (``--on``, a column).
"""

from __future__ import annotations

import datetime as dt
import re

from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import checks as E

#: The longest name, unit and user the database keeps (PostgreSQL enforces the column's
#: length, SQLite does not: the same limit for both).
NAME_MAX = 200
USER_MAX = 100

#: The largest whole number both databases keep (PostgreSQL's integer; SQLite's reach
#: 2⁶³ − 1): a count, a limit or a number beyond it is refused, never sent to the driver.
INT_MAX = 2**31 - 1


def at_most(value: int, field: str, most: int = INT_MAX) -> None:
    """A number a field gives is no larger than the database keeps (exit 2)."""
    if value > most:
        raise InvalidInput(E.AT_MOST, field=field, most=most)


#: What no text value may hold: NUL (PostgreSQL refuses it in text, SQLite would keep it
#: and cut it short elsewhere) and lone surrogates (bytes that were not UTF-8, as Python
#: hands them over: no database can store them).
_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


def bad_text(text: str, where: str) -> None:
    """InvalidInput (exit 2, naming ``where``: an option, an argument or a file's line, as
    the caller shows it) when ``text`` is not valid UTF-8 or holds a NUL byte."""
    found = _BAD_TEXT.search(text)
    if found is None:
        return
    if found.group() == "\x00":
        raise InvalidInput(E.HOLDS_NUL, E.REMOVE_NUL, where=where)
    raise InvalidInput(E.NOT_UTF8, E.GIVE_AS_UTF8, where=where)


def not_after_today(
    value: dt.date,
    today: dt.date,
    field: str,
    hint: Msg | None = None,
) -> None:
    """A date that only the past can have (received, decided, filed, sent …) is not after
    today. ``field``: the value (``on``), or a plan document's path (``consent.on:``, shown
    as it is); ``hint``: why, where the use case says it its own way."""
    if value > today:
        raise InvalidInput(
            E.AFTER_TODAY,
            hint or E.GIVE_DATE_UP_INCLUDING,
            field=field,
            value=value.isoformat(),
            today=today.isoformat(),
        )


def not_before(
    value: dt.date,
    limit: dt.date,
    field: str,
    what: Msg,
    hint: Msg | None = None,
    *,
    shown: Msg | None = None,
) -> None:
    """A date is not before the one that must come first (``what`` names it: "avgjørelsen" /
    "the decision"); ``shown`` instead of ``limit`` where the message says more than the day."""
    if value < limit:
        raise InvalidInput(
            E.BEFORE_LIMIT,
            hint,
            field=field,
            value=value.isoformat(),
            what=what,
            limit=shown or limit.isoformat(),
        )


def limited(text: str, field: str, most: int) -> str:
    """``text``, or InvalidInput (about ``field``) when it is longer than ``most``."""
    if len(text) > most:
        raise InvalidInput(E.LONGER_THAN_CHARACTERS, field=field, most=most, value=len(text))
    return text


def required_name(raw: str) -> str:
    """A person's name with its spaces tidied; InvalidInput (naming --name) when empty."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput(
            E.NAME_CANNOT_EMPTY,
            E.GIVE_NAME,
            field="name",
        )
    return limited(name, "name", NAME_MAX)


def handler_name(raw: str, field: str = "handler") -> str:
    """A caseworker's name as a case's handler, its spaces tidied: any name (users come and
    go), but not an empty one (InvalidInput about ``field``)."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput(E.FIELD_EMPTY, E.GIVE_CASEWORKERS_USER_NAME, field=field)
    return limited(name, field, USER_MAX)


def required_reason(reason: str | None) -> str:
    """A reason the record keeps (closing, reopening), stripped; InvalidInput when empty."""
    text = (reason or "").strip()
    if not text:
        raise InvalidInput(
            E.REASON_MUST_GIVEN,
            E.GIVE_REASON,
            field="reason",
        )
    return text


def reason_for_force(force: bool, reason: str | None, example: Msg) -> str:
    """The reason given for ``--force``, stripped: required with it (exit 2 otherwise)."""
    why = (reason or "").strip()
    if force and not why:
        raise InvalidInput(E.FORCE_NEEDS_REASON, example, field="reason")
    return why


def check_period(first: dt.date | None, last: dt.date | None) -> None:
    """A period of received dates (``--from``/``--to``, both ends included) that is not empty."""
    if first is not None and last is not None and last < first:
        raise InvalidInput(
            E.TO_BEFORE_FROM,
            E.SWAP_DATES,
            field="received_to",
            last=last.isoformat(),
            first=first.isoformat(),
        )
