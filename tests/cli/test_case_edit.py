"""``kecli case edit``: correcting and completing a case, each change logged, a
contradiction of a decision only on purpose, and the letters using the addresses."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fnr import ADULT, CHILD, with_controls

B_ANSWERS = [
    "--answer", "serious_condition=yes", "--answer", "complex_needs=yes",
    "--answer", "consent=yes",
]  # fmt: skip


def edits(kecli: Any, case_id: str) -> list[dict[str, Any]]:
    return [
        entry["details"]
        for entry in kecli.json("audit", "list", "--case", case_id)
        if entry["action"] == "case.edited"
    ]


def expected_child(kecli: Any) -> str:
    return str(
        kecli.new_case(
            "--expected-birth-date", "2027-01-10", "--guardian", "Mor A", "--guardian", "Far B",
            kind="barnekoordinator", name="Lille Ola",
        )["id"]
    )  # fmt: skip


def granted_child(kecli: Any, born: str = "2010-01-01") -> str:
    case_id = str(
        kecli.new_case("--birth-date", born, "--received", "2026-11-02", kind="barnekoordinator")[
            "id"
        ]
    )
    kecli.json("case", "assess", case_id, *B_ANSWERS, "--decided-on", "2026-11-20")
    return case_id


def test_edit_corrects_the_person_and_logs_each_change_with_old_and_new(kecli):
    case_id = kecli.new_case("--channel", "telefon")["id"]
    case = kecli.json(
        "case", "edit", "2026-1", "--name", "Kari  Nordmann-Berg", "--fnr", ADULT,
        "--received", "2026-11-20", "--channel", "brev", "--note", "ringte selv",
    )  # fmt: skip
    assert case["id"] == case_id
    assert case["person"] == {
        "name": "Kari Nordmann-Berg",
        "fnr": "010180*****",
        "birth_date": "1980-01-01",
        "expected_birth_date": None,
    }
    assert (case["received_on"], case["channel"], case["note"]) == (
        "2026-11-20",
        "brev",
        "ringte selv",
    )
    assert edits(kecli, case_id) == [
        {"field": "name", "old": "Kari Nordmann", "new": "Kari Nordmann-Berg"},
        {"field": "fnr", "old": None, "new": "010180*****"},
        {"field": "birth_date", "old": None, "new": "1980-01-01"},
        {"field": "received_on", "old": "2026-11-28", "new": "2026-11-20"},
        {"field": "channel", "old": "telefon", "new": "brev"},
        {"field": "note", "old": None, "new": "ringte selv"},
    ]


def test_the_log_never_holds_the_full_fodselsnummer(kecli):
    kecli.new_case("--fnr", ADULT)
    other = with_controls("020280120")
    kecli.json("case", "edit", "2026-0001", "--fnr", other)
    log = kecli("audit", "list", "--json").stdout
    assert ADULT not in log and other not in log
    assert {"field": "fnr", "old": "010180*****", "new": "020280*****"} in edits(kecli, "2026-0001")


def test_contact_details_of_the_person_and_each_guardian_are_stored_and_shown(kecli):
    case_id = expected_child(kecli)
    case = kecli.json(
        "case", "edit", case_id, "--address", "Storgata 1", "--postcode", "0150",
        "--city", "Oslo", "--phone", "+47 912 34 567", "--email", "ola@example.no",
        "--guardian-address", "mor a=Vei 2", "--guardian-phone", "Far B=22 33 44 55",
    )  # fmt: skip
    assert case["contact"] == {
        "address": "Storgata 1",
        "postcode": "0150",
        "city": "Oslo",
        "phone": "+47 912 34 567",
        "email": "ola@example.no",
    }
    empty = dict.fromkeys(("address", "postcode", "city", "phone", "email"))
    assert case["guardian_contacts"] == [
        {"name": "Mor A", **empty, "address": "Vei 2"},
        {"name": "Far B", **empty, "phone": "22 33 44 55"},
    ]
    assert kecli.json("case", "show", case_id)["contact"] == case["contact"]
    assert {"field": "address", "guardian": "Mor A", "old": None, "new": "Vei 2"} in edits(
        kecli, case_id
    )
    cleared = kecli.json("case", "edit", case_id, "--phone", "", "--guardian-phone", "Far B=")
    assert cleared["contact"]["phone"] is None
    assert cleared["guardian_contacts"][1]["phone"] is None


def test_guardians_are_added_and_removed(kecli):
    case_id = expected_child(kecli)
    kecli.json("case", "edit", case_id, "--guardian-phone", "Far B=22334455")
    case = kecli.json(
        "case", "edit", case_id, "--remove-guardian", "far b", "--add-guardian", "Ny Far",
    )  # fmt: skip
    assert case["guardians"] == ["Mor A", "Ny Far"]
    assert all(g["phone"] is None for g in case["guardian_contacts"])
    assert edits(kecli, case_id)[-1] == {
        "field": "guardians",
        "old": ["Mor A", "Far B"],
        "new": ["Mor A", "Ny Far"],
    }


def test_recording_the_birth_of_an_expected_child_starts_turns_18(kecli):
    case_id = expected_child(kecli)
    kecli.json("case", "assess", case_id, *B_ANSWERS)

    def turns_18() -> list[Any]:
        return kecli.json("report", "deadlines", "--type", "turns_18", "--within", "7000")

    assert turns_18() == []
    case = kecli.json("case", "edit", case_id, "--birth-date", "2026-11-20")
    assert case["person"]["birth_date"] == "2026-11-20"
    assert case["person"]["expected_birth_date"] is None  # only in the history now
    assert {"field": "expected_birth_date", "old": "2027-01-10", "new": None} in edits(
        kecli, case_id
    )
    assert [(i["case_id"], i["due"]) for i in turns_18()] == [(case_id, "2044-11-20")]


def test_a_fodselsnummer_records_the_birth_too(kecli):
    case_id = expected_child(kecli)
    person = kecli.json("case", "edit", case_id, "--fnr", CHILD)["person"]
    assert (person["birth_date"], person["expected_birth_date"]) == ("2015-06-15", None)


def test_a_birth_date_that_makes_a_granted_child_18_on_the_decision_day_needs_force(kecli, refused):
    case_id = granted_child(kecli)
    refused(
        1, "case", "edit", case_id, "--birth-date", "2008-11-20",
        message="the child was 18 when the decision of 2026-11-20 was made",
    )  # fmt: skip
    refused(
        2, "case", "edit", case_id, "--birth-date", "2008-11-20", "--force",
        message="--force needs --reason",
    )  # fmt: skip
    case = kecli.json(
        "case", "edit", case_id, "--birth-date", "2008-11-20", "--force", "--reason", "feil i skjema"
    )  # fmt: skip
    assert case["person"]["birth_date"] == "2008-11-20"
    assert edits(kecli, case_id)[-1] == {
        "field": "birth_date",
        "old": "2010-01-01",
        "new": "2008-11-20",
        "reason": "feil i skjema",
        "forced": True,
    }


def test_a_birth_date_that_keeps_the_child_under_18_needs_no_force(kecli):
    case_id = granted_child(kecli)
    assert kecli.json("case", "edit", case_id, "--birth-date", "2008-11-21")["person"][
        "birth_date"
    ] == ("2008-11-21")


def test_a_received_date_after_the_decision_needs_force(kecli, refused):
    case_id = granted_child(kecli)
    refused(
        1, "case", "edit", case_id, "--received", "2026-11-21",
        message="Received 2026-11-21 is after the decision of 2026-11-20",
    )  # fmt: skip
    case = kecli.json(
        "case", "edit", case_id, "--received", "2026-11-21", "--force", "--reason", "x"
    )
    assert case["received_on"] == "2026-11-21"


def test_a_fodselsnummer_of_another_open_case_of_the_same_kind_is_refused_naming_it(kecli, refused):
    kecli.new_case("--fnr", ADULT)
    kecli.new_case(name="Kari N.")
    refused(
        1, "case", "edit", "2026-0002", "--fnr", ADULT, message="open koordinator case: 2026-0001"
    )
    kecli.json("case", "close", "2026-0001", "--reason", "dobbel")
    assert kecli.json("case", "edit", "2026-0002", "--fnr", ADULT)["person"]["fnr"] == "010180*****"


def test_a_closed_case_may_take_the_number_of_an_open_one_but_not_be_reopened_beside_it(
    kecli, refused
):
    kecli.new_case("--fnr", ADULT)
    kecli.new_case(name="Kari N.")
    kecli.json("case", "close", "2026-0002", "--reason", "registrert to ganger")
    assert kecli.json("case", "edit", "2026-0002", "--fnr", ADULT)["person"]["fnr"]
    refused(1, "case", "reopen", "2026-0002", "--reason", "x", message="2026-0001")


def test_a_fodselsnummer_of_an_open_case_of_the_other_kind_is_allowed(kecli):
    kecli.new_case("--fnr", CHILD, kind="barnekoordinator")
    kecli.new_case(name="Kari N.")
    assert kecli.json("case", "edit", "2026-0002", "--fnr", CHILD)["person"]["fnr"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "Nothing to change in 2026-0001"),
        (["--name", "Lille Ola"], "Nothing to change in 2026-0001"),
        (["--force", "--reason", "x"], "Nothing to change"),
        (["--name", " "], "The name cannot be empty"),
        (["--fnr", "12345678901"], "Invalid fødselsnummer"),
        (["--birth-date", "2026-11-29"], "--birth-date 2026-11-29 is after today"),
        (["--birth-date", "31.02.2026"], "--birth-date"),
        (["--received", "tomorrow"], "--received"),
        (["--channel", "fax"], "Invalid value for --channel"),
        (["--postcode", "12345"], "Invalid postcode for --postcode"),
        (["--phone", "123"], "Invalid phone number for --phone"),
        (["--email", "ola@"], "Invalid e-mail address for --email"),
        (["--remove-guardian", "Ukjent"], "--remove-guardian: 'Ukjent' is not a guardian"),
        (["--add-guardian", "MOR A"], "'MOR A' is already a guardian"),
        (["--guardian-address", "Vei 2"], "--guardian-address must be written NAME=VALUE"),
        (["--guardian-email", "Ukjent=a@b.no"], "--guardian-email: 'Ukjent' is not a guardian"),
    ],
)
def test_bad_input_is_exit_2_and_writes_nothing(kecli, refused, args, message):
    expected_child(kecli)
    refused(2, "case", "edit", "2026-0001", *args, message=message)


def test_an_unknown_case_is_exit_1(kecli, refused):
    refused(1, "case", "edit", "2026-0099", "--name", "X", message="Case 2026-0099 does not exist")


def test_the_message_is_in_bokmal_when_the_run_is(kecli, refused, monkeypatch):
    expected_child(kecli)
    monkeypatch.setenv("KECLI_LANG", "nb")
    refused(2, "case", "edit", "2026-0001", "--postcode", "1", message="Ugyldig postnummer")


def test_the_result_for_people_lists_each_change(kecli):
    expected_child(kecli)
    result = kecli("case", "edit", "2026-0001", "--birth-date", "2026-11-20", "--city", "Oslo")
    assert result.exit_code == 0, result.stderr
    assert "birth date: — → 2026-11-20" in result.stdout
    assert "expected birth date: 2027-01-10 → —" in result.stdout
    assert "city: — → Oslo" in result.stdout
    assert "Next: kecli case show 2026-0001" in result.stdout


def letter(kecli: Any, case_id: str) -> str:
    result = kecli("case", "letter", case_id)
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def test_the_decision_letter_is_addressed_to_the_persons_address(kecli):
    kecli.new_case()
    kecli.json(
        "case", "assess", "2026-0001", "--answer", "services=yes", "--answer", "long_term=yes",
        "--answer", "complex=yes", "--answer", "coordination=yes", "--answer", "consent=yes",
        "--answer", "participation=yes",
    )  # fmt: skip
    kecli.json(
        "case", "edit", "2026-0001", "--address", "Storgata 1", "--postcode", "0150",
        "--city", "Oslo",
    )  # fmt: skip
    assert "Kari Nordmann  \nStorgata 1  \n0150 Oslo\n" in letter(kecli, "2026-0001")


def test_guardians_at_one_address_share_it_and_others_get_their_own(kecli):
    case_id = expected_child(kecli)
    kecli.json("case", "assess", case_id, *B_ANSWERS)
    kecli.json(
        "case", "edit", case_id, "--address", "Storgata 1", "--postcode", "0150", "--city", "Oslo"
    )  # fmt: skip
    assert "Mor A  \nFar B  \nStorgata 1  \n0150 Oslo\n" in letter(kecli, case_id)
    kecli.json(
        "case", "edit", case_id, "--guardian-address", "Far B=Vei 2",
        "--guardian-postcode", "Far B=1337", "--guardian-city", "Far B=Sandvika",
    )  # fmt: skip
    assert "Mor A  \nStorgata 1  \n0150 Oslo  \nFar B  \nVei 2  \n1337 Sandvika\n" in letter(
        kecli, case_id
    )


@pytest.mark.sqlite_only
def test_migration_0012_adds_the_contacts_to_stored_cases_and_undoes_cleanly(kecli):
    from tests.conftest import sqlite_migrated

    case_id = expected_child(kecli)
    kecli.json("case", "edit", case_id, "--address", "Storgata 1")
    with sqlite_migrated(kecli.db, "0011", down=True) as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(cases)")}
        assert "address" not in columns and "from_case" not in columns
        indexes = {row[1] for row in conn.exec_driver_sql("PRAGMA index_list(cases)")}
        assert "ix_cases_open_kind_birth_date" in indexes  # kept through the table's copy
    case = kecli.json("case", "show", case_id)  # upgraded again on first use
    assert case["contact"]["address"] is None and case["related"] == []
    assert case["person"]["expected_birth_date"] == "2027-01-10"
