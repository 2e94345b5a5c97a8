"""A row's values read as the checks need them: dates (remembered per text: a big file
has a few thousand distinct days), booleans, choices and texts; each raises a
:class:`.problems.RowError` naming its column.

These are the slow paths: the checks look the common values up in small dicts first
and come here when that fails, or for the message.
"""

from __future__ import annotations

import datetime as dt

from kecli.domain.dates import parse_date
from kecli.errors import InvalidInput
from kecli.i18n.errors import importing as E
from kecli.services.importing.problems import RowError, bad, prefixed
from kecli.services.importing.tuning import TUNING

#: A date as the checks keep it: (the date, its ISO text).
Day = tuple[dt.date, str]

_BOOL_WORDS = {"true": True, "false": False}


class Days:
    """Date columns, read and remembered by their text (:attr:`known`: look there first)."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        #: text → (date, ISO text) of the date texts met so far (or of the latest ones).
        self.known: dict[str, Day] = {}
        #: Those of them that are not after today: ``past_known.get(text) or past(…)``
        #: is a dict lookup for nearly every date of the unit's own work.
        self.past_known: dict[str, Day] = {}

    def day(self, value: str | None, column: str, *, keep: bool = True) -> Day | None:
        """A date column: (date, ISO text), or None when empty; remembered per text unless
        ``keep`` is false (birth dates: nearly every one differs, and they would push the
        dates of the unit's own work, a few thousand in all, out of the cache)."""
        if value is None:
            return None
        found = self.known.get(value)
        if found is None:
            parsed = None
            if (
                len(value) == 10
                and value[4] == "-"
                and value[7] == "-"
                and value.isascii()
                and value[:4].isdigit()
                and value[5:7].isdigit()
                and value[8:].isdigit()
            ):
                try:
                    parsed = dt.date.fromisoformat(value)
                except ValueError:  # not a day in the calendar: parse_date words it
                    parsed = None
            if parsed is None:
                try:
                    parsed = parse_date(value, today=self.today)
                except InvalidInput as error:
                    raise prefixed(column, error) from None
            found = (parsed, parsed.isoformat())
            if not keep:
                return found
            if len(self.known) >= TUNING.days_kept:  # memory stays flat, whatever the dates
                self.known.clear()
                self.past_known.clear()
            self.known[value] = found
        return found

    def past(self, value: str | None, column: str) -> Day | None:
        """A date column that only the past can have (not after today)."""
        if value is None:
            return None
        found = self.past_known.get(value)
        if found is None:
            found = self.day(value, column)
            assert found is not None  # a text was given
            if found[0] > self.today:
                raise self.after_today(found, column)
            self.past_known[value] = found  # as long as it is known (cleared together)
        return found

    def after_today(self, found: Day, column: str) -> RowError:
        return bad(
            column,
            E.AFTER_TODAY.fill(found=found[1], today=self.today.isoformat()),
        )


def before(later: Day, column: str, earlier: Day, what: str) -> RowError:
    """``column`` is before the date ``what`` gives."""
    return bad(
        column,
        E.BEFORE_EARLIER.fill(later=later[1], what=what, earlier=earlier[1]),
    )


def as_bool(value: str | None, column: str) -> bool | None:
    """``true`` or ``false`` (any case, spaces around), or None when empty."""
    if value is None:
        return None
    found = _BOOL_WORDS.get(value.strip().lower())
    if found is None:
        raise bad(
            column,
            E.WRITE_TRUE_FALSE.fill(value=value),
        )
    return found


def choice(value: str | None, choices: tuple[str, ...], column: str) -> str:
    """One of ``choices`` (any case, spaces around); required."""
    word = (value or "").strip().lower()
    if word in choices:
        return word
    listed = "|".join(choices)
    if not word:
        raise bad(column, E.MISSING_LISTED.fill(listed=listed))
    raise bad(column, E.INVALID_VALUE_LISTED.fill(value=value, listed=listed))


def cleaned(value: str | None, column: str, limit: int) -> str | None:
    """A text with its spaces tidied, None when empty; at most ``limit`` characters."""
    if value is None:
        return None
    text = " ".join(value.split())
    if len(text) > limit:
        raise bad(column, E.LONGER_THAN_CHARACTERS_2.fill(limit=limit))
    return text or None
