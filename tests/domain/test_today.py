"""The pieces of a caseworker's day: the week, this week's plan meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.dates import week_of
from kecli.domain.today import meetings_between


@pytest.mark.parametrize(
    ("day", "monday", "sunday"),
    [
        ("2026-11-28", "2026-11-23", "2026-11-29"),  # a Saturday
        ("2026-11-23", "2026-11-23", "2026-11-29"),  # a Monday
        ("2026-11-29", "2026-11-23", "2026-11-29"),  # a Sunday
        ("2026-12-31", "2026-12-28", "2027-01-03"),  # across the new year
    ],
)
def test_a_week_runs_from_monday_to_sunday(day, monday, sunday):
    assert week_of(dt.date.fromisoformat(day)) == (
        dt.date.fromisoformat(monday),
        dt.date.fromisoformat(sunday),
    )


@given(st.dates())
def test_every_day_lies_in_its_week(day):
    try:
        monday, sunday = week_of(day)
    except OverflowError:  # the first and last days the calendar has
        return
    assert monday.weekday() == 0 and (sunday - monday).days == 6 and monday <= day <= sunday


def test_only_the_dated_meetings_within_the_days_are_taken():
    document = {
        "meetings": [
            {"date": "2026-11-23", "purpose": "first day"},
            {"date": "2026-11-29", "purpose": "last day"},
            {"date": "2026-11-30", "purpose": "next week"},
            {"date": None, "purpose": "not dated"},
            {"date": "not a date", "purpose": "bad"},
        ]
    }
    found = list(meetings_between(document, dt.date(2026, 11, 23), dt.date(2026, 11, 29)))
    assert found == [
        (dt.date(2026, 11, 23), "first day"),
        (dt.date(2026, 11, 29), "last day"),
    ]
    assert list(meetings_between({}, dt.date(2026, 11, 23), dt.date(2026, 11, 29))) == []
