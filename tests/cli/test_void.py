"""``kecli case void|unvoid``: a case registered by mistake leaves lists, reports, statistics
and exports; and ``case new`` warns of a likely second registration."""

from __future__ import annotations

import json

import pytest

from tests.fnr import ADULT

KOORDINATOR = [
    f"--answer={code}=yes"
    for code in ("services", "long_term", "complex", "coordination", "consent", "participation")
]


def test_a_voided_case_leaves_lists_reports_statistics_and_exports(kecli, tmp_path):
    kept = kecli.new_case("--received", "2026-10-01", name="A")["id"]
    mistake = kecli.new_case("--received", "2026-10-01", name="B")["id"]
    case = kecli.json("case", "void", mistake, "--reason", "registrert to ganger")
    assert (case["status"], case["voided"]) == ("voided", True)
    assert (case["voided_on"], case["void_reason"]) == ("2026-11-28", "registrert to ganger")
    assert [c["id"] for c in kecli.json("case", "list")] == [kept]
    assert [c["id"] for c in kecli.json("case", "list", "--voided")] == [mistake]
    assert [i["case_id"] for i in kecli.json("report", "deadlines")] == [kept]
    stats = kecli.json("report", "stats")
    assert stats["cases"] == 1 and "voided" not in stats["cases_by_status"]
    out = tmp_path / "x.json"
    assert kecli("export", "cases", "--format", "json", "--output", str(out)).exit_code == 0
    assert [r["id"] for r in json.loads(out.read_text(encoding="utf-8"))] == [kept]


def test_the_audit_log_and_case_show_keep_a_voided_case(kecli):
    case_id = kecli.new_case()["id"]
    kecli.json("case", "void", case_id, "--reason", "feil person")
    shown = kecli.json("case", "show", case_id)
    assert shown["voided"] is True
    [event] = [e for e in shown["history"] if e["action"] == "case.voided"]
    assert event["details"] == {"reason": "feil person", "previous_status": "received"}
    people = kecli("case", "show", case_id).stdout
    assert "voided" in people and "feil person" in people


def test_unvoid_brings_the_case_back_as_it_was(kecli):
    waiting = kecli.new_case(name="A")["id"]
    kecli.json("case", "void", waiting, "--reason", "feil")
    case = kecli.json("case", "unvoid", waiting, "--reason", "var riktig likevel")
    assert (case["status"], case["voided"], case["void_reason"]) == ("received", False, None)
    assert [c["id"] for c in kecli.json("case", "list")] == [waiting]
    closed = kecli.new_case(name="B")["id"]
    kecli.json("case", "close", closed, "--reason", "trukket")
    kecli.json("case", "void", closed, "--reason", "feil")
    assert kecli.json("case", "unvoid", closed, "--reason", "angret")["status"] == "closed"
    events = [e["action"] for e in kecli.json("case", "show", waiting)["history"]]
    assert events[-2:] == ["case.voided", "case.unvoided"]


def test_a_voided_case_does_not_block_registering_the_person_again(kecli, refused):
    first = kecli.new_case("--fnr", ADULT)["id"]
    kecli.json("case", "void", first, "--reason", "feil type")
    second = kecli.new_case("--fnr", ADULT)["id"]
    refused(1, "case", "unvoid", first, "--reason", "x", message=f"open koordinator case: {second}")


def test_a_decided_case_cannot_be_voided(kecli, refused):
    case_id = kecli.new_case()["id"]
    kecli.json("case", "assess", case_id, *KOORDINATOR)
    refused(1, "case", "void", case_id, "--reason", "feil", message="has a decision")


def test_a_voided_case_takes_no_steps_until_unvoided(kecli, refused):
    case_id = kecli.new_case()["id"]
    kecli.json("case", "void", case_id, "--reason", "feil")
    for args in (
        ["case", "assess", case_id, *KOORDINATOR],
        ["case", "close", case_id, "--reason", "x"],
        ["case", "reply", case_id, "--expect", "2026-12-20"],
        ["case", "void", case_id, "--reason", "igjen"],
    ):
        refused(1, *args, message="voided")
    refused(
        1, "case", "unvoid", kecli.new_case(name="B")["id"], "--reason", "x", message="not voided"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["case", "void", "2026-0001", "--no-input"],
        ["case", "void", "2026-0001", "--reason", "  "],
        ["case", "list", "--voided", "--status", "received"],
    ],
)
def test_a_missing_reason_or_a_clash_of_filters_is_exit_2(kecli, refused, args):
    kecli.new_case()
    refused(2, *args, message="--")


def test_case_new_warns_of_an_open_case_of_the_same_name_and_birth_date(kecli):
    first = kecli.new_case("--birth-date", "1980-01-01", name="Åse Ødegård")["id"]
    case, warned = kecli.json_warned(
        "case", "new", "--name", "aase  odegaard", "--kind", "koordinator",
        "--fnr", ADULT,
    )  # fmt: skip
    assert case["id"] == "2026-0002"
    assert first in warned and "same name and birth date" in warned
    assert len(warned.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "other",
    [
        ["--birth-date", "1980-01-02"],  # another birth date
        ["--birth-date", "1980-01-01", "--kind", "koordinator"],  # closed, below
    ],
)
def test_case_new_is_quiet_when_the_people_differ_or_the_case_is_closed(kecli, other):
    first = kecli.new_case("--birth-date", "1980-01-01", name="Kari")["id"]
    if other[-1] == "koordinator":
        kecli.json("case", "close", first, "--reason", "trukket")
    result = kecli("case", "new", "--name", "Kari", "--kind", "koordinator", *other[:2], "--json")
    assert result.exit_code == 0 and result.stderr == ""


def test_two_fodselsnumre_tell_the_people_apart(kecli):
    from tests.fnr import with_controls

    twin = with_controls("010180124")  # born the same day as ADULT
    kecli.new_case("--fnr", ADULT, name="Kari")
    result = kecli(
        "case", "new", "--name", "Kari", "--kind", "koordinator", "--fnr", twin, "--json"
    )
    assert result.exit_code == 0 and result.stderr == ""
