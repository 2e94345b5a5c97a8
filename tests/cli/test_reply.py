"""``kecli case reply``: a foreløpig svar (fvl § 11 a) recorded on the case."""

from __future__ import annotations

import pytest

KOORDINATOR = [
    f"--answer={code}=yes"
    for code in ("services", "long_term", "complex", "coordination", "consent", "participation")
]


def test_a_reply_is_recorded_on_the_case_and_in_its_history(kecli):
    case_id = kecli.new_case("--received", "2026-10-20")["id"]
    case = kecli.json("case", "reply", case_id, "--on", "2026-11-20", "--expect", "04.12.2026")
    assert case["preliminary_reply"] == {"on": "2026-11-20", "expect": "2026-12-04"}
    shown = kecli.json("case", "show", case_id)
    assert shown["preliminary_reply"] == case["preliminary_reply"]
    [event] = [e for e in shown["history"] if e["action"] == "case.replied"]
    assert event["details"] == {"on": "2026-11-20", "expect": "2026-12-04"}


def test_the_reply_is_sent_today_unless_on_says_otherwise(kecli):
    case_id = kecli.new_case()["id"]
    case = kecli.json("case", "reply", case_id, "--expect", "2026-12-20")
    assert case["preliminary_reply"] == {"on": "2026-11-28", "expect": "2026-12-20"}


def test_people_read_the_promise_and_the_next_step(kecli):
    case_id = kecli.new_case()["id"]
    result = kecli("case", "reply", case_id, "--expect", "2026-12-20")
    assert result.exit_code == 0, result.stderr
    assert "decision promised by 2026-12-20" in result.stdout
    assert f"Next: kecli case assess {case_id}" in result.stdout
    shown = kecli("case", "show", case_id)
    assert "Preliminary reply" in shown.stdout and "2026-12-20" in shown.stdout


def test_a_case_without_a_reply_shows_none(kecli):
    assert kecli.new_case()["preliminary_reply"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "--expect is missing"),
        (["--expect", "2026-13-01"], "--expect"),
        (["--expect", "2026-12-01", "--on", "2026-11-29"], "--on 2026-11-29 is after today"),
        (["--expect", "2026-12-01", "--on", "2026-10-19"], "before the inquiry was received"),
        (["--expect", "2026-11-20", "--on", "2026-11-21"], "before the preliminary reply"),
    ],
)
def test_bad_input_is_exit_2_and_writes_nothing(kecli, refused, args, message):
    case_id = kecli.new_case("--received", "2026-10-20")["id"]
    refused(2, "case", "reply", case_id, *args, "--no-input", message=message)


def test_a_decided_or_closed_case_takes_no_reply(kecli, refused):
    decided = kecli.new_case()["id"]
    kecli.json("case", "assess", decided, *KOORDINATOR)
    refused(1, "case", "reply", decided, "--expect", "2026-12-20", message="already decided")
    closed = kecli.new_case(name="B")["id"]
    kecli.json("case", "close", closed, "--reason", "trukket")
    refused(1, "case", "reply", closed, "--expect", "2026-12-20", message="is closed")
    refused(1, "case", "reply", "2026-0099", "--expect", "2026-12-20", message="does not exist")
