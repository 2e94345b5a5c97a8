"""Deadlines: counting days the way the law counts them (DOMAIN § 4 and § 5).

Only the appeal deadline is a legal deadline and moves off weekends and
public holidays; the other due dates are alarms in plain calendar days.
Pure functions: "today" is always passed in.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from kecli.domain.checks import not_after_today, not_before
from kecli.domain.dates import add_months
from kecli.errors import InvalidInput, MissingInput
from kecli.i18n.errors import deadlines as E

APPEAL_DAYS = 28
"""Four weeks (pbrl § 7-5), counted from the day after notification (dl § 148)."""

APPEAL_FORWARDING_DAYS = 21
"""kecli's internal target for forwarding an appeal (DOMAIN § 4, config)."""

POSTAL_DAYS = 7
"""Days a posted letter is taken to need before it reaches the person, while the day it
arrived is not recorded (config ``postal_days``): an estimate that errs late on purpose."""

SEND_TARGET_DAYS = 7
"""kecli's alarm for a decision not yet sent: days after the decision (config)."""

SEND_VIAS = ("post", "digital", "hand")
"""How a decision letter leaves the unit: by post, to the digital mailbox, or by hand."""


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


class Notice(NamedTuple):
    """When the appeal deadline of a decision runs (pbrl § 7-5): the day the decision
    reached the person (None while unknown), the deadline (None while the decision is
    not sent) and whether that deadline is an estimate (posted, arrival not recorded)."""

    notified_on: date | None
    deadline: date | None
    estimated: bool


def notice(
    *,
    notified_on: date | None,
    sent_on: date | None,
    sent_via: str | None,
    postal_days: int = POSTAL_DAYS,
) -> Notice:
    """When the deadline starts: pbrl § 7-5, four weeks from the day the decision reached
    the person. A letter handed over or sent to the digital mailbox reaches them that
    day; a posted one not yet confirmed gives an estimated deadline, counted from the
    sending day + ``postal_days`` (late rather than early); one not sent, no deadline."""
    if notified_on is None and sent_on is not None and sent_via in ("hand", "digital"):
        notified_on = sent_on
    if notified_on is not None:
        return Notice(notified_on, appeal_deadline(notified_on), False)
    if sent_on is not None and sent_via == "post":
        return Notice(None, appeal_deadline(sent_on + timedelta(days=postal_days)), True)
    return Notice(None, None, False)


def check_notice(
    *,
    decided_on: date,
    today: date,
    sent_on: date | None,
    sent_via: str | None,
    on: date | None,
    recorded_sent_on: date | None = None,
    recorded_notified_on: date | None = None,
) -> None:
    """What ``case notify`` records must be possible: the letter is sent (``--sent-on``
    with ``--via``) and reaches the person (``--on``) on or after the decision, by today,
    and it cannot reach them before it was sent (also as recorded before: a new ``--on``
    against the recorded sending day, a new posting against the recorded day it arrived).
    InvalidInput naming the option."""
    if sent_on is None and sent_via is None and on is None:
        raise MissingInput(
            E.GIVE_DATE_POST_DIGITAL,
            E.LETTER_SENT_REACHED_PERSON,
        )
    if sent_via is not None and sent_via not in SEND_VIAS:
        listed = "|".join(SEND_VIAS)
        raise InvalidInput(E.INVALID_VALUE, E.VALID_VALUES, sent_via=sent_via, listed=listed)
    if (sent_on is None) != (sent_via is None):
        needs = E.SENT_ON_NEEDS_VIA if sent_via is None else E.VIA_NEEDS_SENT_ON
        raise InvalidInput(needs, E.EXAMPLE_POST_DIGITAL_HAND)
    for option, value in (("sent_on", sent_on), ("on", on)):
        if value is None:
            continue
        not_after_today(
            value,
            today,
            option,
            E.RECORD_ONCE_HAPPENED,
        )
        not_before(
            value,
            decided_on,
            option,
            E.THE_DECISION,
            E.DECISION_CANNOT_SENT_REACH,
        )
    if on is not None and sent_on is not None and on < sent_on:
        raise InvalidInput(
            E.ON_BEFORE_SENT_ON,
            E.LETTER_CANNOT_REACH_PERSON,
            field="on",
            on=on.isoformat(),
            sent_on=sent_on.isoformat(),
        )
    if on is not None and sent_on is None and recorded_sent_on is not None:
        not_before(
            on,
            recorded_sent_on,
            "on",
            E.THE_LETTER_WAS_SENT,
            E.IF_SENDING_DAY_WRONG,
        )
    if (
        sent_via == "post"
        and sent_on is not None
        and on is None
        and recorded_notified_on is not None
        and recorded_notified_on < sent_on
    ):
        raise InvalidInput(
            E.AFTER_DAY_DECISION_REACHED,
            E.IF_THAT_DAY_WRONG,
            sent_on=sent_on.isoformat(),
            recorded_notified_on=recorded_notified_on.isoformat(),
        )


def appeal_is_timely(filed_on: date, deadline: date | None) -> bool:
    """Timely appeal: pbrl § 7-5, filed (posted or delivered) no later than the last day;
    against a decision not yet sent no deadline runs, so any appeal is timely."""
    return deadline is None or filed_on <= deadline


def appeal_too_old(filed_on: date, decided_on: date) -> bool:
    """Too old to be heard at all: fvl § 31 (2), filed more than one year after the decision."""
    return filed_on > add_months(decided_on, 12)


def appeal_barred(
    filed_on: date, deadline: date | None, decided_on: date, *, estimated: bool = False
) -> bool:
    """Not to be heard without --force: fvl § 31 lets statsforvalteren hear a *late* appeal,
    but not one filed more than a year after the decision. Only where a known deadline
    ran and was missed: a timely appeal, one against a decision never sent or notified,
    and one late only against an estimated deadline are never barred."""
    if deadline is None or estimated:
        return False
    return not appeal_is_timely(filed_on, deadline) and appeal_too_old(filed_on, decided_on)


def preliminary_reply_due(received_on: date) -> date:
    """Preliminary reply alarm: fvl § 11 a, one calendar month after receipt (kecli's rule)."""
    return add_months(received_on, 1)


def decision_unsent_due(decided_on: date, target_days: int = SEND_TARGET_DAYS) -> date:
    """Alarm for a decision not yet sent: kecli's plain-day target after the decision
    (config ``send_target_days``); until it is sent no appeal deadline runs (pbrl § 7-5)."""
    return decided_on + timedelta(days=target_days)


def appeal_forwarding_due(filed_on: date, target_days: int = APPEAL_FORWARDING_DAYS) -> date:
    """Forwarding target: fvl § 33 (4) "without delay", kecli's plain-day target after filing."""
    return filed_on + timedelta(days=target_days)


def days_left(due: date, as_of: date) -> int:
    """Days left: due minus as_of in calendar days, negative when overdue (DOMAIN § 5)."""
    return (due - as_of).days


def check_within(within: int) -> None:
    """How far ahead a deadline report looks: 0 days (today) or more; overdue ones always show."""
    if within < 0:
        raise InvalidInput(
            E.WITHIN_NOT_NEGATIVE, E.OVERDUE_DEADLINES_ALWAYS_SHOWN, field="within", within=within
        )
