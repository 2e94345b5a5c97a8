"""Deadline counting (DOMAIN § 4 and § 5).

Every expected date in the tables below was worked out by hand from the
calendar, never produced by the code under test. Anchors used:

    1 Jan: 2026 Thu, 2027 Fri, 2028 Sat (leap year), 2029 Mon, 2030 Tue, 2031 Wed.
    Easter Sunday: 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21.

    year  skjærtors  langfre  2.påske  Kr.himmelf (E+39)  1.pinse (E+49)  2.pinse (E+50)
    2026  Thu 02.04  Fri 03.04  Mon 06.04  Thu 14.05     Sun 24.05       Mon 25.05
    2027  Thu 25.03  Fri 26.03  Mon 29.03  Thu 06.05     Sun 16.05       Mon 17.05 (= 17 May)
    2028  Thu 13.04  Fri 14.04  Mon 17.04  Thu 25.05     Sun 04.06       Mon 05.06
    2029  Thu 29.03  Fri 30.03  Mon 02.04  Thu 10.05     Sun 20.05       Mon 21.05
    2030  Thu 18.04  Fri 19.04  Mon 22.04  Thu 30.05     Sun 09.06       Mon 10.06

    1 May:  2026 Fri, 2027 Sat, 2028 Mon, 2029 Tue, 2030 Wed.
    17 May: 2026 Sun, 2027 Mon, 2028 Wed, 2029 Thu, 2030 Fri.
    25 Dec: 2026 Fri, 2027 Sat, 2028 Mon, 2029 Tue, 2030 Wed (24 and 31 Dec one day earlier
            and six days later in the week).

Four weeks after a day is the same weekday, so each row's notified date has
the weekday of the day it lands on.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.deadlines import (
    Notice,
    appeal_barred,
    appeal_deadline,
    appeal_forwarding_due,
    appeal_is_timely,
    appeal_too_old,
    check_notice,
    days_left,
    decision_unsent_due,
    is_public_holiday,
    is_working_day,
    next_working_day_on_or_after,
    notice,
    preliminary_reply_due,
)
from kecli.errors import InvalidInput, MissingInput

D = date.fromisoformat

APPEAL_DEADLINES = [
    # DOMAIN § 4's own examples
    ("2026-03-05", "2026-04-07"),  # Thu -> skjærtorsdag 02.04; Thu-Mon of Easter off -> Tue
    ("2026-11-27", "2026-12-28"),  # Fri -> 25.12 Fri; 26.12 Sat, 27.12 Sun -> Mon 28.12
    ("2026-11-26", "2026-12-24"),  # Thu -> 24.12 Thu, an ordinary working day
    ("2027-12-04", "2028-01-03"),  # Sat -> 01.01.2028 Sat (and holiday), Sun 02.01 -> Mon
    # Easter
    ("2026-03-04", "2026-04-01"),  # Wed -> onsdag før skjærtorsdag is a working day
    ("2026-03-06", "2026-04-07"),  # Fri -> langfredag 03.04 -> Tue after 2. påskedag
    ("2026-03-07", "2026-04-07"),  # Sat -> påskeaften 04.04 (weekend, not a holiday) -> Tue
    ("2026-03-08", "2026-04-07"),  # Sun -> 1. påskedag 05.04 -> Tue
    ("2026-03-09", "2026-04-07"),  # Mon -> 2. påskedag 06.04 -> Tue
    ("2027-02-25", "2027-03-30"),  # Thu -> skjærtorsdag 25.03.2027 (across a 28-day Feb) -> Tue
    ("2027-03-01", "2027-03-30"),  # Mon -> 2. påskedag 29.03.2027 -> Tue
    ("2028-03-17", "2028-04-18"),  # Fri -> langfredag 14.04.2028 -> Tue 18.04
    ("2028-03-19", "2028-04-18"),  # Sun -> 1. påskedag 16.04.2028 -> Tue 18.04
    ("2029-03-01", "2029-04-03"),  # Thu -> skjærtorsdag 29.03.2029; Easter spans into April
    ("2029-03-05", "2029-04-03"),  # Mon -> 2. påskedag 02.04.2029 -> Tue
    ("2030-03-21", "2030-04-23"),  # Thu -> skjærtorsdag 18.04.2030 -> Tue 23.04
    ("2030-03-25", "2030-04-23"),  # Mon -> 2. påskedag 22.04.2030 -> Tue
    # Kristi himmelfartsdag (always a Thursday; the Friday after is a working day)
    ("2026-04-16", "2026-05-15"),  # Thu -> 14.05.2026 -> Fri
    ("2027-04-08", "2027-05-07"),  # Thu -> 06.05.2027 -> Fri
    ("2028-04-27", "2028-05-26"),  # Thu -> 25.05.2028 -> Fri
    ("2029-04-12", "2029-05-11"),  # Thu -> 10.05.2029 -> Fri
    ("2030-05-02", "2030-05-31"),  # Thu -> 30.05.2030 -> Fri
    # pinse
    ("2026-04-26", "2026-05-26"),  # Sun -> 1. pinsedag 24.05.2026, then 2. pinsedag -> Tue
    ("2026-04-27", "2026-05-26"),  # Mon -> 2. pinsedag 25.05.2026 -> Tue
    ("2027-04-19", "2027-05-18"),  # Mon -> 17.05.2027, both 2. pinsedag and 17 May -> Tue
    ("2028-05-08", "2028-06-06"),  # Mon -> 2. pinsedag 05.06.2028 -> Tue
    ("2029-04-22", "2029-05-22"),  # Sun -> 1. pinsedag 20.05.2029, 2. pinsedag 21.05 -> Tue
    ("2030-05-13", "2030-06-11"),  # Mon -> 2. pinsedag 10.06.2030 -> Tue
    # 1 May
    ("2026-04-03", "2026-05-04"),  # Fri -> 01.05 Fri, then weekend -> Mon (notified on langfredag)
    ("2027-04-03", "2027-05-03"),  # Sat -> 01.05 Sat, Sun -> Mon
    ("2028-04-03", "2028-05-02"),  # Mon -> 01.05 Mon -> Tue
    ("2029-04-03", "2029-05-02"),  # Tue -> 01.05 Tue -> Wed
    ("2030-04-03", "2030-05-02"),  # Wed -> 01.05 Wed -> Thu
    # 17 May (2027's Monday is the pinse row above)
    ("2026-04-19", "2026-05-18"),  # Sun -> 17.05 Sun -> Mon
    ("2028-04-19", "2028-05-18"),  # Wed -> 17.05 Wed -> Thu
    ("2029-04-19", "2029-05-18"),  # Thu -> 17.05 Thu -> Fri
    ("2030-04-19", "2030-05-20"),  # Fri -> 17.05 Fri, then weekend -> Mon
    # year ends
    ("2026-12-03", "2026-12-31"),  # Thu -> 31.12 Thu, an ordinary working day
    ("2026-12-04", "2027-01-04"),  # Fri -> 01.01.2027 Fri, then weekend -> Mon
    ("2027-11-26", "2027-12-24"),  # Fri -> 24.12 Fri, working day
    ("2027-11-27", "2027-12-27"),  # Sat -> 25.12 Sat, 26.12 Sun -> Mon 27.12 (no substitute day)
    ("2028-11-26", "2028-12-27"),  # Sun -> 24.12 Sun (weekend), 25 and 26 Dec Mon-Tue -> Wed
    ("2028-11-27", "2028-12-27"),  # Mon -> 25.12 Mon, 26.12 Tue -> Wed
    ("2028-12-04", "2029-01-02"),  # Mon -> 01.01.2029 Mon -> Tue
    ("2029-11-26", "2029-12-24"),  # Mon -> 24.12 Mon, working day
    ("2029-11-28", "2029-12-27"),  # Wed -> 26.12 Wed -> Thu
    ("2029-12-03", "2029-12-31"),  # Mon -> 31.12 Mon, working day
    ("2029-12-04", "2030-01-02"),  # Tue -> 01.01.2030 Tue -> Wed
    ("2030-11-27", "2030-12-27"),  # Wed -> 25.12 Wed, 26.12 Thu -> Fri
    ("2030-12-03", "2030-12-31"),  # Tue -> 31.12 Tue, working day
    ("2030-12-04", "2031-01-02"),  # Wed -> 01.01.2031 Wed -> Thu
    # ordinary weeks
    ("2026-01-10", "2026-02-09"),  # Sat -> Sat 07.02 -> Mon
    ("2026-01-11", "2026-02-09"),  # Sun -> Sun 08.02 -> Mon
    ("2026-01-12", "2026-02-09"),  # Mon -> Mon 09.02, nothing to move
    ("2026-06-30", "2026-07-28"),  # Tue -> Tue 28.07, across a 30-day month end
    ("2028-02-01", "2028-02-29"),  # Tue -> Tue 29.02 in a leap year
    ("2029-02-01", "2029-03-01"),  # Thu -> Thu 01.03 in a common year
]


@pytest.mark.parametrize(("notified", "expected"), APPEAL_DEADLINES)
def test_appeal_deadline_is_four_weeks_moved_to_the_next_working_day(
    notified: str, expected: str
) -> None:
    assert appeal_deadline(D(notified)) == D(expected)


def test_the_deadline_table_has_no_duplicate_notified_dates() -> None:
    notified = [row[0] for row in APPEAL_DEADLINES]
    assert len(notified) == len(set(notified)) >= 30


PUBLIC_HOLIDAYS_2026 = [
    ("2026-01-01", True),  # nyttårsdag
    ("2026-04-02", True),  # skjærtorsdag
    ("2026-04-03", True),  # langfredag
    ("2026-04-05", True),  # 1. påskedag (a Sunday, but a named holiday)
    ("2026-04-06", True),  # 2. påskedag
    ("2026-05-01", True),  # 1. mai
    ("2026-05-14", True),  # Kristi himmelfartsdag
    ("2026-05-17", True),  # 17. mai (a Sunday)
    ("2026-05-24", True),  # 1. pinsedag
    ("2026-05-25", True),  # 2. pinsedag
    ("2026-12-25", True),  # 1. juledag
    ("2026-12-26", True),  # 2. juledag (a Saturday)
    ("2026-12-24", False),  # julaften: a working day
    ("2026-12-31", False),  # nyttårsaften: a working day
    ("2026-01-04", False),  # a plain Sunday
    ("2026-04-04", False),  # påskeaften (Saturday)
    ("2026-05-15", False),  # the Friday after Kristi himmelfartsdag
    ("2026-12-27", False),  # Sunday after Christmas: no substitute day
    ("2026-03-04", False),  # a plain Wednesday
]


@pytest.mark.parametrize(("day", "expected"), PUBLIC_HOLIDAYS_2026)
def test_public_holidays_of_2026_are_the_named_days_only(day: str, expected: bool) -> None:
    assert is_public_holiday(D(day)) is expected


def test_2026_has_exactly_twelve_public_holidays() -> None:
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    found = {d for d in days if is_public_holiday(d)}
    assert found == {D(day) for day, holiday in PUBLIC_HOLIDAYS_2026 if holiday}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-01-04", False),  # a plain Sunday is not a working day
        ("2026-01-03", False),  # a plain Saturday
        ("2026-01-05", True),  # Monday
        ("2026-12-24", True),  # julaften, Thursday
        ("2026-12-31", True),  # nyttårsaften, Thursday
        ("2026-05-01", False),  # 1. mai, Friday
        ("2026-05-14", False),  # Kristi himmelfartsdag, Thursday
    ],
)
def test_a_working_day_is_a_weekday_that_is_not_a_public_holiday(day: str, expected: bool) -> None:
    assert is_working_day(D(day)) is expected


def test_next_working_day_of_a_working_day_is_itself() -> None:
    assert next_working_day_on_or_after(D("2026-12-24")) == D("2026-12-24")


def test_next_working_day_skips_the_whole_of_easter() -> None:
    assert next_working_day_on_or_after(D("2026-04-02")) == D("2026-04-07")


# --- properties --------------------------------------------------------------

notified_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31))


@given(notified_dates)
def test_the_deadline_is_never_a_weekend_or_holiday(notified: date) -> None:
    deadline = appeal_deadline(notified)
    assert deadline.weekday() < 5
    assert not is_public_holiday(deadline)


@given(notified_dates)
def test_the_deadline_is_four_weeks_or_the_first_working_day_after(notified: date) -> None:
    four_weeks = notified + timedelta(days=28)
    deadline = appeal_deadline(notified)
    assert four_weeks <= deadline <= four_weeks + timedelta(days=5)
    # the longest run of non-working days is Easter: skjærtorsdag to 2. påskedag
    skipped = [four_weeks + timedelta(days=n) for n in range((deadline - four_weeks).days)]
    assert not any(is_working_day(d) for d in skipped)


@given(notified_dates, notified_dates)
def test_a_later_notification_never_gives_an_earlier_deadline(a: date, b: date) -> None:
    first, second = sorted((a, b))
    assert appeal_deadline(first) <= appeal_deadline(second)


@given(notified_dates)
def test_an_appeal_on_the_last_day_is_timely_and_the_day_after_is_not(notified: date) -> None:
    deadline = appeal_deadline(notified)
    assert appeal_is_timely(deadline, deadline)
    assert not appeal_is_timely(deadline + timedelta(days=1), deadline)


def test_five_days_is_reached_when_four_weeks_lands_on_skjærtorsdag() -> None:
    assert appeal_deadline(D("2030-03-21")) - D("2030-03-21") == timedelta(days=28 + 5)


# --- the other due dates -----------------------------------------------------


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-01-31", "2026-02-28"),  # clamped to the end of a common February
        ("2028-01-31", "2028-02-29"),  # clamped to the end of a leap February
        ("2028-02-29", "2028-03-29"),  # leap day -> same day number next month
        ("2026-03-31", "2026-04-30"),  # 31 -> 30-day month
        ("2026-04-30", "2026-05-30"),  # 30 stays 30 in a 31-day month
        ("2026-05-31", "2026-06-30"),  # 31 -> 30-day month
        ("2026-12-31", "2027-01-31"),  # across the year end
        ("2026-12-15", "2027-01-15"),  # across the year end, mid-month
        ("2026-01-07", "2026-02-07"),  # lands on a Saturday and is not moved
        ("2026-03-02", "2026-04-02"),  # lands on skjærtorsdag and is not moved
    ],
)
def test_preliminary_reply_is_due_one_calendar_month_after_receipt(
    received: str, expected: str
) -> None:
    assert preliminary_reply_due(D(received)) == D(expected)


@pytest.mark.parametrize(
    ("filed", "target_days", "expected"),
    [
        ("2026-03-05", 21, "2026-03-26"),  # three weeks
        ("2026-03-13", 21, "2026-04-03"),  # lands on langfredag and is not moved
        ("2026-12-20", 14, "2027-01-03"),  # a configured target, across the year end
    ],
)
def test_appeal_forwarding_is_due_a_plain_number_of_days_after_filing(
    filed: str, target_days: int, expected: str
) -> None:
    assert appeal_forwarding_due(D(filed), target_days) == D(expected)


def test_appeal_forwarding_defaults_to_three_weeks() -> None:
    assert appeal_forwarding_due(D("2026-03-05")) == D("2026-03-26")


@pytest.mark.parametrize(
    ("filed", "decided", "expected"),
    [
        ("2026-03-10", "2026-03-10", False),  # same day
        ("2027-03-10", "2026-03-10", False),  # exactly one year: still not too old
        ("2027-03-11", "2026-03-10", True),  # one year and one day
        ("2029-02-28", "2028-02-29", False),  # leap day + 1 year = 28 Feb
        ("2029-03-01", "2028-02-29", True),  # the day after that
        ("2028-02-28", "2027-02-28", False),  # exactly one year, into a leap year
        ("2028-02-29", "2027-02-28", True),  # one day more, the leap day
        ("2026-12-31", "2025-12-31", False),  # year end
        ("2027-01-01", "2025-12-31", True),  # one day more
    ],
)
def test_an_appeal_filed_more_than_a_year_after_the_decision_is_too_old(
    filed: str, decided: str, expected: bool
) -> None:
    assert appeal_too_old(D(filed), D(decided)) is expected


@pytest.mark.parametrize(
    ("filed", "deadline", "decided", "expected"),
    [
        ("2027-03-11", "2026-04-07", "2026-03-10", True),  # late, a year and a day: barred
        ("2027-03-10", "2026-04-07", "2026-03-10", False),  # late, exactly a year: heard
        ("2026-05-01", "2026-04-07", "2026-03-10", False),  # late, within the year
        # Notified a year after the decision: within its own deadline, heard at any age.
        ("2027-03-20", "2027-04-06", "2026-03-10", False),
        ("2027-04-06", "2027-04-06", "2026-03-10", False),  # its last day
        ("2027-04-07", "2027-04-06", "2026-03-10", True),  # the day after: late and old
    ],
)
def test_only_a_late_appeal_is_barred_after_a_year(
    filed: str, deadline: str, decided: str, expected: bool
) -> None:
    assert appeal_barred(D(filed), D(deadline), D(decided)) is expected


@given(notified_dates, notified_dates, st.integers(min_value=0, max_value=800))
def test_a_timely_appeal_is_never_barred(decided: date, notified: date, days: int) -> None:
    deadline = appeal_deadline(max(decided, notified))
    filed = max(decided, notified) + timedelta(days=days)
    barred = appeal_barred(filed, deadline, decided)
    if appeal_is_timely(filed, deadline):
        assert not barred
    else:
        assert barred is appeal_too_old(filed, decided)


@pytest.mark.parametrize(
    ("due", "as_of", "expected"),
    [
        ("2026-03-10", "2026-03-10", 0),  # due today
        ("2026-03-10", "2026-03-09", 1),  # due tomorrow
        ("2026-03-10", "2026-03-11", -1),  # overdue by a day
        ("2027-01-01", "2026-12-31", 1),  # across the year end
        ("2028-03-01", "2028-02-28", 2),  # across a leap day
        ("2026-04-07", "2026-04-02", 5),  # calendar days, holidays count
    ],
)
def test_days_left_is_negative_only_when_overdue(due: str, as_of: str, expected: int) -> None:
    assert days_left(D(due), D(as_of)) == expected


@pytest.mark.parametrize(
    ("filed", "deadline", "expected"),
    [
        ("2026-04-07", "2026-04-07", True),  # on the last day
        ("2026-04-06", "2026-04-07", True),  # the day before
        ("2026-04-08", "2026-04-07", False),  # the day after
    ],
)
def test_an_appeal_on_or_before_the_deadline_is_timely(
    filed: str, deadline: str, expected: bool
) -> None:
    assert appeal_is_timely(D(filed), D(deadline)) is expected


# --- when the deadline starts (pbrl § 7-5) ------------------------------------


@pytest.mark.parametrize(
    ("notified", "sent", "via", "postal_days", "expected"),
    [
        # Not sent, nothing recorded: no deadline runs.
        (None, None, None, 7, (None, None, False)),
        # Handed over or sent to the digital mailbox: it reached the person that day.
        (None, "2026-11-26", "hand", 7, ("2026-11-26", "2026-12-24", False)),
        (None, "2026-11-26", "digital", 7, ("2026-11-26", "2026-12-24", False)),
        # Posted Fri 20 Nov, arrival not recorded: estimated from Fri 27 Nov → Mon 28 Dec.
        (None, "2026-11-20", "post", 7, (None, "2026-12-28", True)),
        # Posted Thu 19 Nov + 7 = Thu 26 Nov → Thu 24 Dec (not a holiday).
        (None, "2026-11-19", "post", 7, (None, "2026-12-24", True)),
        # postal_days 0: counted from the posting day itself, still an estimate.
        (None, "2026-11-26", "post", 0, (None, "2026-12-24", True)),
        # Posted Thu 26 Feb 2026 + 7 = Thu 5 Mar → Tue 7 Apr (Easter).
        (None, "2026-02-26", "post", 7, (None, "2026-04-07", True)),
        # The day it arrived is recorded: the law's deadline, whatever the sending.
        ("2026-11-23", "2026-11-20", "post", 7, ("2026-11-23", "2026-12-21", False)),
        ("2026-11-27", None, None, 7, ("2026-11-27", "2026-12-28", False)),
        # A recorded day wins over the day a hand-over would give.
        ("2026-11-27", "2026-11-26", "hand", 7, ("2026-11-27", "2026-12-28", False)),
    ],
)
def test_the_deadline_runs_from_the_day_the_decision_reached_the_person(
    notified: str | None, sent: str | None, via: str | None, postal_days: int, expected: tuple
) -> None:
    day = lambda text: None if text is None else D(text)  # noqa: E731
    found = notice(
        notified_on=day(notified), sent_on=day(sent), sent_via=via, postal_days=postal_days
    )
    assert found == Notice(day(expected[0]), day(expected[1]), expected[2])


@given(notified_dates, st.integers(min_value=0, max_value=60), st.integers(0, 60))
def test_an_estimate_never_gives_less_time_than_an_arrival_within_the_postal_days(
    sent: date, postal_days: int, arrived_after: int
) -> None:
    # DOMAIN § 4: an estimate errs late; a letter that arrived within postal_days had a
    # deadline on or before the estimated one.
    estimate = notice(notified_on=None, sent_on=sent, sent_via="post", postal_days=postal_days)
    assert estimate.estimated and estimate.notified_on is None
    assert estimate.deadline == appeal_deadline(sent + timedelta(days=postal_days))
    if arrived_after <= postal_days:
        assert appeal_deadline(sent + timedelta(days=arrived_after)) <= estimate.deadline


@given(notified_dates, st.sampled_from(["hand", "digital"]))
def test_a_letter_handed_over_or_sent_digitally_reached_the_person_that_day(
    sent: date, via: str
) -> None:
    assert notice(notified_on=None, sent_on=sent, sent_via=via) == Notice(
        sent, appeal_deadline(sent), False
    )


def test_an_appeal_with_no_deadline_yet_is_timely() -> None:
    assert appeal_is_timely(D("2031-01-01"), None) is True


@pytest.mark.parametrize(
    ("filed", "deadline", "estimated", "expected"),
    [
        # Decided 10 Mar 2026. A known deadline missed, more than a year after: barred.
        ("2027-03-11", "2026-04-07", False, True),
        # The same, late only against an estimated deadline: never barred.
        ("2027-03-11", "2026-04-07", True, False),
        # Never sent or notified: no deadline ran, never barred however late.
        ("2030-06-01", None, False, False),
    ],
)
def test_the_one_year_bar_needs_a_known_deadline_that_was_missed(
    filed: str, deadline: str | None, estimated: bool, expected: bool
) -> None:
    due = None if deadline is None else D(deadline)
    assert appeal_barred(D(filed), due, D("2026-03-10"), estimated=estimated) is expected


@given(notified_dates, notified_dates, st.integers(min_value=0, max_value=2000))
def test_an_estimated_or_missing_deadline_never_bars(decided: date, sent: date, days: int) -> None:
    estimate = notice(notified_on=None, sent_on=sent, sent_via="post")
    filed = max(decided, sent) + timedelta(days=days)
    assert not appeal_barred(filed, estimate.deadline, decided, estimated=True)
    assert not appeal_barred(filed, None, decided)


@pytest.mark.parametrize(
    ("decided", "target", "expected"),
    [
        ("2026-11-24", 7, "2026-12-01"),  # plain calendar days
        ("2026-12-24", 7, "2026-12-31"),  # holidays count: an alarm, not a legal deadline
        ("2026-11-28", 1, "2026-11-29"),
    ],
)
def test_the_unsent_alarm_is_a_plain_number_of_days_after_the_decision(
    decided: str, target: int, expected: str
) -> None:
    assert decision_unsent_due(D(decided), target) == D(expected)


TODAY = D("2026-11-28")
DECIDED = D("2026-11-20")


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({}, "Give sent_on DATE via post|digital|hand, or on DATE."),
        ({"sent_via": "fax", "sent_on": DECIDED}, "Invalid value for via: 'fax'"),
        ({"sent_via": "post"}, "via needs sent_on"),
        ({"sent_on": DECIDED}, "sent_on needs via"),
        ({"sent_on": D("2026-11-29"), "sent_via": "post"}, "sent_on 2026-11-29 is after today"),
        ({"sent_on": D("2026-11-19"), "sent_via": "post"}, "is before the decision"),
        ({"on": D("2026-11-29")}, "on 2026-11-29 is after today"),
        ({"on": D("2026-11-19")}, "on 2026-11-19 is before the decision"),
        (
            {"sent_on": D("2026-11-24"), "sent_via": "post", "on": D("2026-11-23")},
            "on 2026-11-23 is before sent_on 2026-11-24",
        ),
        (
            {"on": D("2026-11-23"), "recorded_sent_on": D("2026-11-24")},
            "on 2026-11-23 is before the letter was sent (2026-11-24)",
        ),
        (
            {"sent_on": D("2026-11-25"), "sent_via": "post", "recorded_notified_on": DECIDED},
            "sent_on 2026-11-25 is after the day the decision reached the person",
        ),
    ],
)
def test_what_cannot_have_happened_is_refused_naming_the_option(given: dict, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_notice(
            decided_on=DECIDED,
            today=TODAY,
            sent_on=given.get("sent_on"),
            sent_via=given.get("sent_via"),
            on=given.get("on"),
            recorded_sent_on=given.get("recorded_sent_on"),
            recorded_notified_on=given.get("recorded_notified_on"),
        )
    assert message in str(caught.value)
    assert isinstance(caught.value, MissingInput) is (given == {})


@pytest.mark.parametrize(
    "given",
    [
        {"sent_on": DECIDED, "sent_via": "post"},
        {"sent_on": TODAY, "sent_via": "hand", "on": TODAY},
        {"on": DECIDED},
        # Handed over after the recorded day: the hand-over is the new fact.
        {"sent_on": TODAY, "sent_via": "hand", "recorded_notified_on": DECIDED},
        {"on": TODAY, "recorded_sent_on": DECIDED},
    ],
)
def test_what_can_have_happened_passes(given: dict) -> None:
    check_notice(
        decided_on=DECIDED,
        today=TODAY,
        sent_on=given.get("sent_on"),
        sent_via=given.get("sent_via"),
        on=given.get("on"),
        recorded_sent_on=given.get("recorded_sent_on"),
        recorded_notified_on=given.get("recorded_notified_on"),
    )
