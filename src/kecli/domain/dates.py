"""Dates as the unit writes and counts them: input forms, display, months, ages.

Pure functions: "today" is always passed in, never read from a clock.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from kecli.errors import InvalidInput, Msg
from kecli.i18n.errors import dates as E

_ISO_FORM = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_NORWEGIAN_FORM = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", re.ASCII)
_TODAY_WORDS = frozenset({"today", "i dag", "idag"})

_ACCEPTED_FORMS = E.WRITE_DATE_YYYY_MM

_MONTHS_NB = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def parse_date(text: str, *, today: date) -> date:
    """A date typed by the user: YYYY-MM-DD, DD.MM.YYYY or today (SPEC § 3)."""
    cleaned = text.strip()
    if " ".join(cleaned.lower().split()) in _TODAY_WORDS:
        return today
    if match := _ISO_FORM.fullmatch(cleaned):
        year, month, day = match.groups()
    elif match := _NORWEGIAN_FORM.fullmatch(cleaned):
        day, month, year = match.groups()
    else:
        raise _bad_date(cleaned, nb="", en="")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _bad_date(
            cleaned, nb=" finnes ikke i kalenderen", en=" is not a day in the calendar"
        ) from None


def format_date_nb(d: date) -> str:
    """The date in Norwegian bokmål, '28. desember 2026'."""
    return f"{d.day}. {_MONTHS_NB[d.month - 1]} {d.year}"


def format_date_en(d: date) -> str:
    """The date in English, '28 December 2026'."""
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def week_of(d: date) -> tuple[date, date]:
    """The Monday and the Sunday of ``d``'s week (a Norwegian week begins on Monday)."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def add_months(d: date, months: int) -> date:
    """Calendar months, clamped to the month's last day: DOMAIN § 5, as dl § 148."""
    index = d.year * 12 + d.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def eighteenth_birthday(birth: date) -> date:
    """The day the right to a barnekoordinator ends: pbrl § 2-5 c, DOMAIN § 2.

    Someone born on 29 February turns 18 on 1 March when that year is not a
    leap year: only when 28 February has ended have they lived 18 full years.
    """
    return _birthday(birth, 18)


def age_on(birth: date, on: date) -> int:
    """Age in completed years on a day; leap-day births age on 1 March (see above).

    Raises ValueError when ``on`` is before ``birth``: that is a caller's bug.
    """
    if on < birth:
        raise ValueError("age_on: the day is before the birth date")
    years = on.year - birth.year
    return years if _birthday(birth, years) <= on else years - 1


def _birthday(birth: date, years: int) -> date:
    """The birthday ``years`` after ``birth``; 29 February moves to 1 March."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


def _bad_date(text: str, *, nb: str, en: str) -> InvalidInput:
    shown = _quotable(text)
    return InvalidInput(E.INVALID_DATE, hint=_ACCEPTED_FORMS, shown=shown, nb=Msg(nb, en))


def _quotable(text: str) -> str:
    """The text for an error message, masked if it could hold a fødselsnummer (DOMAIN § 7)."""
    if sum(c.isdigit() for c in text) >= 11:
        return text[:6] + "*****"
    return text[:40]


def oslo_minute(moment: str) -> str:
    """A stored UTC moment (ISO 8601) as the unit reads it: Europe/Oslo, to the minute
    (``YYYY-MM-DD HH:MM``); as stored, to the minute, if it cannot be converted."""
    import datetime as dt

    try:
        from zoneinfo import ZoneInfo

        local = dt.datetime.fromisoformat(moment).astimezone(ZoneInfo("Europe/Oslo"))
        return local.strftime("%Y-%m-%d %H:%M")
    except Exception:  # no tz database, or an odd stored value
        return moment[:16].replace("T", " ")
