"""Numbers and dates at the edges: a number the database cannot keep is exit 2 naming the
option (never the driver's overflow as an internal error); the calendar's last day works."""

from __future__ import annotations

import pytest

TOO_BIG = ["2147483648", "9223372036854775808", "99999999999999999999999"]


@pytest.mark.parametrize("number", TOO_BIG)
@pytest.mark.parametrize(
    ("command", "option"),
    [
        (["audit", "list"], "--limit"),
        (["coordinator", "add", "--name", "Kari", "--kind", "koordinator"], "--max-cases"),
        (["plan", "show", "2026-0001"], "--version"),
    ],
)
def test_a_number_beyond_what_the_database_keeps_is_exit_2(refused, command, option, number):
    refused(2, *command, option, number, message=f"{option} can be at most 2147483647.")


def test_the_largest_numbers_are_taken(kecli):
    assert kecli("audit", "list", "--limit", "2147483647").exit_code == 0
    added = kecli.json(
        "coordinator", "add", "--name", "Kari", "--kind", "koordinator",
        "--max-cases", "2147483647",
    )  # fmt: skip
    assert added["max_cases"] == 2147483647


@pytest.mark.parametrize("number", TOO_BIG)
def test_a_coordinator_number_no_one_has_is_not_found(refused, number):
    refused(1, "export", "cases", "--coordinator", number, message="does not exist")
    refused(1, "case", "list", "--coordinator", number, message="does not exist")


def test_the_calendars_last_day_is_a_day_like_any(kecli):
    kecli.new_case()
    [entry] = kecli.json("audit", "list", "--to", "9999-12-31")
    assert entry["action"] == "case.created"
    assert kecli.json("audit", "list", "--from", "9999-12-31") == []
    stats = kecli.json("report", "stats", "--from", "9999-11-01", "--to", "9999-12-31")
    assert stats["cases_by_month"] == {"9999-11": 0, "9999-12": 0}
    assert kecli("report", "stats", "--from", "9999-12-31", "--to", "9999-12-31").exit_code == 0
