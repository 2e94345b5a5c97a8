"""Deadlines: counting days the way the law counts them (DOMAIN § 4 and § 5).

Only the appeal deadline is a legal deadline and moves off weekends and
public holidays; the other due dates are alarms in plain calendar days.
Pure functions: "today" is always passed in.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from kecli.domain.dates import add_months

APPEAL_DAYS = 28
"""Four weeks (pbrl § 7-5), counted from the day after notification (dl § 148)."""

APPEAL_FORWARDING_DAYS = 21
"""kecli's internal target for forwarding an appeal (DOMAIN § 4, config)."""


@cache
def _public_holidays_in(year: int) -> frozenset[date]:
    # Imported here: `holidays` loads every country's tables and kecli's
    # start-up (and every Tab completion) must not pay for it.
    from holidays.countries.norway import Norway

    # Sundays are "helligdager" in Norwegian law and holidays.Norway can list
    # them all; weekends are handled separately, so ask for the named days only.
    norway = Norway(years=year, include_sundays=False)
    return frozenset(norway.keys())


def load_holidays() -> None:
    """Import the holiday tables now: a process about to fork workers that count appeal
    deadlines shares one copy with them instead of each importing its own (≈ 12 MiB)."""
    from holidays.countries.norway import Norway  # noqa: F401


def is_public_holiday(d: date) -> bool:
    """Public holiday: helligdagsfredloven § 2 and lov 26. april 1947 nr. 1 (1 and 17 May)."""
    return d in _public_holidays_in(d.year)


def is_working_day(d: date) -> bool:
    """Working day: not a Saturday, Sunday or public holiday (dl § 149 by analogy)."""
    return d.weekday() < 5 and not is_public_holiday(d)


def next_working_day_on_or_after(d: date) -> date:
    """First working day on or after d: dl § 149 (2) moves a deadline to the next working day."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def appeal_deadline(notified_on: date) -> date:
    """Appeal deadline: pbrl § 7-5, four weeks; dl §§ 148-149 move it off weekends and holidays."""
    return next_working_day_on_or_after(notified_on + timedelta(days=APPEAL_DAYS))


def appeal_is_timely(filed_on: date, deadline: date) -> bool:
    """Timely appeal: pbrl § 7-5, filed (posted or delivered) no later than the last day."""
    return filed_on <= deadline


def appeal_too_old(filed_on: date, decided_on: date) -> bool:
    """Too old to be heard at all: fvl § 31 (2), filed more than one year after the decision."""
    return filed_on > add_months(decided_on, 12)


def appeal_barred(filed_on: date, deadline: date, decided_on: date) -> bool:
    """Not to be heard without --force: fvl § 31 lets statsforvalteren hear a *late* appeal,
    but not one filed more than a year after the decision. A timely appeal (a decision
    notified long after it was made) is never barred."""
    return not appeal_is_timely(filed_on, deadline) and appeal_too_old(filed_on, decided_on)


def preliminary_reply_due(received_on: date) -> date:
    """Preliminary reply alarm: fvl § 11 a, one calendar month after receipt (kecli's rule)."""
    return add_months(received_on, 1)


def appeal_forwarding_due(filed_on: date, target_days: int = APPEAL_FORWARDING_DAYS) -> date:
    """Forwarding target: fvl § 33 (4) "without delay", kecli's plain-day target after filing."""
    return filed_on + timedelta(days=target_days)


def days_left(due: date, as_of: date) -> int:
    """Days left: due minus as_of in calendar days, negative when overdue (DOMAIN § 5)."""
    return (due - as_of).days
