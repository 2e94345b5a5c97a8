"""``kecli case new --from``: the koordinator inquiry after a refused or ended barnekoordinator."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fnr import CHILD

B_ANSWERS = ["--answer", "complex_needs=yes", "--answer", "consent=yes"]


def child_case(kecli: Any, *extra: str) -> str:
    case_id = str(
        kecli.new_case(
            "--fnr", CHILD, "--received", "2026-11-02", "--guardian", "Mor A", *extra,
            kind="barnekoordinator", name="Lille Ola",
        )["id"]
    )  # fmt: skip
    kecli.json(
        "case", "edit", case_id, "--address", "Storgata 1", "--postcode", "0150", "--city", "Oslo",
        "--guardian-phone", "Mor A=91234567",
    )  # fmt: skip
    return case_id


def refused_child(kecli: Any) -> str:
    case_id = child_case(kecli)
    kecli.json("case", "assess", case_id, "--answer", "serious_condition=no", *B_ANSWERS)
    return case_id


def test_from_copies_the_person_guardians_and_contacts_and_links_both_cases(kecli):
    source = refused_child(kecli)
    case = kecli.json("case", "new", "--from", source, "--channel", "telefon")
    assert case["kind"] == "koordinator"
    assert case["channel"] == "telefon"
    assert case["person"] == {
        "name": "Lille Ola",
        "fnr": "150615*****",
        "birth_date": "2015-06-15",
        "expected_birth_date": None,
    }
    assert case["guardians"] == ["Mor A"]
    assert case["contact"]["address"] == "Storgata 1"
    assert case["guardian_contacts"][0]["phone"] == "91234567"
    assert case["related"] == [source]
    assert kecli.json("case", "show", source)["related"] == [case["id"]]
    assert [c["related"] for c in kecli.json("case", "list")] == [[case["id"]], [source]]
    created = kecli.json("audit", "list", "--case", case["id"])[0]
    assert created["details"]["from"] == source
    linked = kecli.json("audit", "list", "--case", source)[-1]
    assert (linked["action"], linked["details"]) == ("case.linked", {"related": case["id"]})


def test_a_closed_barnekoordinator_may_be_followed_whatever_its_outcome(kecli):
    source = child_case(kecli)
    kecli.json("case", "assess", source, "--answer", "serious_condition=yes", *B_ANSWERS)
    kecli.json("case", "close", source, "--reason", "flyttet")
    assert kecli.json("case", "new", "--kind", "koordinator", "--from", source)["related"] == [
        source
    ]


def test_a_child_who_has_turned_18_may_be_followed_without_closing(kecli):
    source = str(
        kecli.new_case("--birth-date", "2008-11-01", kind="barnekoordinator", name="Per")["id"]
    )
    kecli.json("case", "assess", source, "--answer", "serious_condition=yes", *B_ANSWERS,
               "--answer", "child_age=no")  # fmt: skip
    assert kecli.json("case", "new", "--from", source)["person"]["birth_date"] == "2008-11-01"


@pytest.mark.parametrize(
    ("setup", "args", "code", "message"),
    [
        ("granted", [], 1, "is neither refused nor ended"),
        ("received", [], 1, "is neither refused nor ended"),
        ("koordinator", [], 1, "is about koordinator, not barnekoordinator"),
        ("refused", ["--kind", "barnekoordinator"], 2, "--from registers an inquiry about a koordinator"),
        ("refused", ["--name", "X"], 2, "--name cannot be given with --from"),
        ("refused", ["--fnr", CHILD], 2, "--fnr cannot be given with --from"),
        ("refused", ["--guardian", "Far"], 2, "--guardian cannot be given with --from"),
        ("refused", ["--received", "2026-11-29"], 2, "--received 2026-11-29 is after today"),
        ("missing", [], 1, "Case 2026-0099 does not exist"),
    ],
)  # fmt: skip
def test_what_cannot_be_followed_is_refused_and_writes_nothing(
    kecli, refused, setup, args, code, message
):
    source = "2026-0099"
    if setup == "refused":
        source = refused_child(kecli)
    elif setup == "granted":
        source = child_case(kecli)
        kecli.json("case", "assess", source, "--answer", "serious_condition=yes", *B_ANSWERS)
    elif setup == "received":
        source = child_case(kecli)
    elif setup == "koordinator":
        source = kecli.new_case()["id"]
    refused(code, "case", "new", "--from", source, *args, message=message)


def test_a_second_open_koordinator_case_for_the_same_person_is_refused_naming_it(kecli, refused):
    source = refused_child(kecli)
    first = kecli.json("case", "new", "--from", source)["id"]
    refused(1, "case", "new", "--from", source, message=f"open koordinator case: {first}")


def test_without_a_fodselsnummer_the_link_itself_keeps_a_second_inquiry_out(kecli, refused):
    source = str(
        kecli.new_case("--birth-date", "2015-06-15", kind="barnekoordinator", name="Per")["id"]
    )
    kecli.json("case", "assess", source, "--answer", "serious_condition=no", *B_ANSWERS)
    first = kecli.json("case", "new", "--from", source)["id"]
    refused(1, "case", "new", "--from", source, message=f"already followed by an open koordinator case: {first}")  # fmt: skip
    kecli.json("case", "close", first, "--reason", "trukket")
    assert kecli.json("case", "new", "--from", source)["related"] == [source]
    assert kecli.json("case", "show", source)["related"] == [first, "2026-0003"]


def test_an_expected_child_must_be_born_first(kecli, refused):
    source = str(
        kecli.new_case("--expected-birth-date", "2027-01-10", kind="barnekoordinator")["id"]
    )
    kecli.json("case", "close", source, "--reason", "x")
    refused(1, "case", "new", "--from", source, message="is not recorded as born")
