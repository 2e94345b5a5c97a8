"""Date input, display and calendar arithmetic (SPEC § 3, DOMAIN §§ 2 and 5)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.dates import (
    add_months,
    age_on,
    eighteenth_birthday,
    format_date_en,
    format_date_nb,
    parse_date,
)
from kecli.errors import InvalidInput, Msg

TODAY = date(2026, 3, 15)
# Leave room so that adding or subtracting a few hundred years stays in range.
DATES = st.dates(date(1800, 1, 1), date(2200, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-28", date(2026, 12, 28)),
        ("28.12.2026", date(2026, 12, 28)),
        ("1.2.2026", date(2026, 2, 1)),
        ("29.02.2024", date(2024, 2, 29)),
        (" 2026-01-05 ", date(2026, 1, 5)),
        ("today", TODAY),
        ("Today", TODAY),
        ("TODAY", TODAY),
        ("i dag", TODAY),
        ("I  Dag", TODAY),
        ("idag", TODAY),
    ],
)
def test_a_date_in_an_accepted_form_is_parsed(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "tomorrow",
        "2026-02-31",
        "31.02.2026",
        "29.02.2025",
        "2026-13-01",
        "2026/12/28",
        "20261228",
        "28.12.26",
        "28-12-2026",
        "2026-W01-1",
        "2026-1-5",
        "２０２６-01-05",
    ],
)
def test_any_other_text_is_refused_quoting_it_and_listing_the_forms(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, today=TODAY)
    error = caught.value
    message, hint = error.message, error.hint
    assert error.exit_code == 2
    assert isinstance(message, Msg) and isinstance(hint, Msg)
    assert f"'{text}'" in message.en
    assert f"«{text}»" in message.nb
    for form in ("YYYY-MM-DD", "DD.MM.YYYY", "today"):
        assert form in hint.en
    for form in ("ÅÅÅÅ-MM-DD", "DD.MM.ÅÅÅÅ", "i dag"):
        assert form in hint.nb


def test_a_fødselsnummer_typed_as_a_date_is_masked_in_the_error() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date("15108695088", today=TODAY)
    message = caught.value.message
    assert isinstance(message, Msg)
    assert "95088" not in message.en and "95088" not in message.nb


@pytest.mark.parametrize(
    ("day", "nb", "en"),
    [
        (date(2026, 12, 28), "28. desember 2026", "28 December 2026"),
        (date(2026, 1, 1), "1. januar 2026", "1 January 2026"),
        (date(2028, 2, 29), "29. februar 2028", "29 February 2028"),
        (date(1999, 5, 17), "17. mai 1999", "17 May 1999"),
    ],
)
def test_dates_are_written_out_in_both_languages(day: date, nb: str, en: str) -> None:
    assert format_date_nb(day) == nb
    assert format_date_en(day) == en


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 5, 10), 12, date(2027, 5, 10)),
        (date(2026, 5, 10), -13, date(2025, 4, 10)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
    ],
)
def test_adding_months_counts_calendar_months_and_clamps_to_month_end(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (date(2008, 11, 30), date(2026, 11, 30)),  # the example of DOMAIN § 2
        (date(2008, 2, 29), date(2026, 3, 1)),
        (date(1882, 2, 28), date(1900, 2, 28)),
        (date(2010, 12, 31), date(2028, 12, 31)),
    ],
)
def test_the_eighteenth_birthday(birth: date, expected: date) -> None:
    assert eighteenth_birthday(birth) == expected


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2008, 11, 30), date(2026, 11, 29), 17),
        (date(2008, 11, 30), date(2026, 11, 30), 18),
        (date(2008, 11, 30), date(2008, 11, 30), 0),
        (date(2008, 2, 29), date(2009, 2, 28), 0),
        (date(2008, 2, 29), date(2009, 3, 1), 1),
        (date(2008, 2, 29), date(2012, 2, 29), 4),
        (date(2008, 2, 29), date(2012, 2, 28), 3),
    ],
)
def test_age_counts_completed_years(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_age_before_birth_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        age_on(date(2026, 5, 1), date(2026, 4, 30))


# --- properties -----------------------------------------------------------


@given(DATES, st.integers(-1200, 1200))
def test_adding_months_moves_the_month_and_keeps_the_day_when_it_exists(
    start: date, months: int
) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


@given(DATES, st.integers(-1200, 1200), st.integers(-1200, 1200))
def test_adding_months_in_steps_is_the_same_below_the_29th(
    start: date, first: int, second: int
) -> None:
    start = start.replace(day=min(start.day, 28))
    assert add_months(add_months(start, first), second) == add_months(start, first + second)
    assert add_months(add_months(start, first), -first) == start


@given(DATES)
def test_one_turns_18_on_the_eighteenth_birthday_and_not_the_day_before(birth: date) -> None:
    birthday = eighteenth_birthday(birth)
    assert birthday.year == birth.year + 18
    assert age_on(birth, birthday) == 18
    assert age_on(birth, birthday - timedelta(days=1)) == 17
    if (birth.month, birth.day) != (2, 29):
        assert (birthday.month, birthday.day) == (birth.month, birth.day)


@given(DATES, st.integers(0, 40_000), st.integers(0, 400))
def test_age_never_decreases_and_grows_by_one_in_a_year(birth: date, days: int, later: int) -> None:
    on = birth + timedelta(days=days)
    assert 0 <= age_on(birth, on) <= age_on(birth, on + timedelta(days=later))
    # 365 days never hold two birthdays, 366 days always hold one (but may hold two:
    # from 31 Dec 2025 to 1 Jan 2027).
    assert age_on(birth, on + timedelta(days=365)) - age_on(birth, on) in (0, 1)
    assert age_on(birth, on + timedelta(days=366)) - age_on(birth, on) >= 1


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        ("2026-11-29T05:52:10.123456+00:00", "2026-11-29 06:52"),  # winter: UTC+1
        ("2026-07-01T22:30:00+00:00", "2026-07-02 00:30"),  # summer: UTC+2, next day
        ("2026-03-29T00:59:00+00:00", "2026-03-29 01:59"),  # the hour before summer time
        ("2026-03-29T01:00:00+00:00", "2026-03-29 03:00"),  # summer time begins
        ("not a time at all", "not a time at all"[:16]),
    ],
)
def test_a_stored_moment_is_shown_on_the_units_clock(moment: str, shown: str) -> None:
    from kecli.domain.dates import oslo_minute

    assert oslo_minute(moment) == shown
