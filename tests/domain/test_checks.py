"""The checks every use case shares: dates in their order, names, lengths, reasons."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.checks import (
    NAME_MAX,
    check_period,
    limited,
    not_after_today,
    not_before,
    reason_for_force,
    required_name,
    required_reason,
)
from kecli.errors import InvalidInput, Msg

D = dt.date.fromisoformat
TODAY = D("2026-11-28")


@pytest.mark.parametrize(
    ("day", "refused"),
    [("2026-11-27", False), ("2026-11-28", False), ("2026-11-29", True), ("2027-01-01", True)],
)
def test_a_past_date_may_be_today_but_not_tomorrow(day: str, refused: bool) -> None:
    if not refused:
        not_after_today(D(day), TODAY, "on")
        return
    with pytest.raises(InvalidInput) as caught:
        not_after_today(D(day), TODAY, "on")
    assert caught.value.message == Msg(
        f"on {day} er etter i dag (2026-11-28).", f"on {day} is after today (2026-11-28)."
    )
    assert caught.value.hint == Msg(
        "Gi en dato til og med i dag for on.", "Give on a date up to and including today."
    )
    assert caught.value.field == "on"


def test_a_use_case_may_say_why_in_its_own_hint() -> None:
    why = Msg("En avgjørelse kan ikke dateres fram i tid.", "A decision cannot be dated …")
    with pytest.raises(InvalidInput) as caught:
        not_after_today(D("2026-12-01"), TODAY, "decided_on", why)
    assert caught.value.hint == why
    assert caught.value.field == "decided_on"


@pytest.mark.parametrize(
    ("value", "limit", "refused"),
    [
        ("2026-03-01", "2026-03-01", False),  # the same day is not before
        ("2026-03-02", "2026-03-01", False),
        ("2026-02-28", "2026-03-01", True),
    ],
)
def test_a_date_is_not_before_what_must_come_first(value: str, limit: str, refused: bool) -> None:
    what = Msg("avgjørelsen", "the decision")
    if not refused:
        not_before(D(value), D(limit), "filed_on", what)
        return
    with pytest.raises(InvalidInput) as caught:
        not_before(D(value), D(limit), "filed_on", what)
    assert caught.value.message == Msg(
        f"filed_on {value} er før avgjørelsen ({limit}).",
        f"filed_on {value} is before the decision ({limit}).",
    )
    assert caught.value.hint is None
    assert caught.value.field == "filed_on"


def test_the_limit_may_be_shown_with_more_than_its_day() -> None:
    with pytest.raises(InvalidInput) as caught:
        not_before(
            D("2026-03-01"),
            D("2026-03-05"),
            "on",
            Msg("forrige oppnevning sluttet", "the previous appointment ended"),
            shown=Msg("2026-03-05, koordinator 2", "2026-03-05, coordinator 2"),
        )
    assert caught.value.message == Msg(
        "on 2026-03-01 er før forrige oppnevning sluttet (2026-03-05, koordinator 2).",
        "on 2026-03-01 is before the previous appointment ended (2026-03-05, coordinator 2).",
    )


@given(st.dates(), st.dates())
def test_not_before_refuses_exactly_the_earlier_dates(value: dt.date, limit: dt.date) -> None:
    try:
        not_before(value, limit, "on", Msg("x", "x"))
    except InvalidInput:
        assert value < limit
    else:
        assert value >= limit


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Kari Nordmann", "Kari Nordmann"), ("  Kari   Nordmann ", "Kari Nordmann"), ("Å", "Å")],
)
def test_a_name_has_its_spaces_tidied(raw: str, expected: str) -> None:
    assert required_name(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "\t\n", "x" * (NAME_MAX + 1)])
def test_an_empty_or_overlong_name_is_refused(raw: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        required_name(raw)
    assert caught.value.field == "name"


@pytest.mark.parametrize(("length", "refused"), [(0, False), (10, False), (11, True)])
def test_a_text_is_limited_to_its_column(length: int, refused: bool) -> None:
    text = "x" * length
    if not refused:
        assert limited(text, "unit", 10) == text
        return
    with pytest.raises(InvalidInput) as caught:
        limited(text, "unit", 10)
    assert caught.value.message == Msg(
        "unit er lengre enn 10 tegn (11).", "unit is longer than 10 characters (11)."
    )


@pytest.mark.parametrize(
    ("reason", "expected"), [(" moved away ", "moved away"), ("x", "x"), (None, None), ("  ", None)]
)
def test_a_reason_is_required_and_stripped(reason: str | None, expected: str | None) -> None:
    if expected is not None:
        assert required_reason(reason) == expected
        return
    with pytest.raises(InvalidInput, match="A reason must be given"):
        required_reason(reason)


@pytest.mark.parametrize(
    ("force", "reason", "expected"),
    [
        (False, None, ""),
        (False, " kept ", "kept"),
        (True, " asked for ", "asked for"),
        (True, None, None),
        (True, "  ", None),
    ],
)
def test_force_needs_a_reason(force: bool, reason: str | None, expected: str | None) -> None:
    example = Msg('Eksempel: force reason "…"', 'Example: force reason "…"')
    if expected is not None:
        assert reason_for_force(force, reason, example) == expected
        return
    with pytest.raises(InvalidInput) as caught:
        reason_for_force(force, reason, example)
    assert caught.value.hint == example


@pytest.mark.parametrize(
    ("first", "last", "refused"),
    [
        (None, None, False),
        ("2026-01-01", None, False),
        (None, "2026-01-01", False),
        ("2026-01-01", "2026-01-01", False),
        ("2026-01-02", "2026-01-01", True),
    ],
)
def test_a_period_is_not_empty(first: str | None, last: str | None, refused: bool) -> None:
    start, end = (D(first) if first else None), (D(last) if last else None)
    if not refused:
        check_period(start, end)
        return
    with pytest.raises(InvalidInput, match="to 2026-01-01 is before from 2026-01-02"):
        check_period(start, end)
