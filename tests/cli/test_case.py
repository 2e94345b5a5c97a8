"""``kecli case new|list|show|close|reopen`` through Typer's CliRunner."""

from __future__ import annotations

import json

import pytest

from tests.fnr import ADULT, CHILD, H_NUMBER, SYNTHETIC


def test_new_case_returns_the_case_object_with_the_contract_keys(kecli):
    case = kecli.new_case("--fnr", ADULT, "--received", "20.11.2026", "--channel", "telefon")
    assert case["id"] == "2026-0001"
    assert case["status"] == "received"
    assert case["received_on"] == "2026-11-20"
    assert case["channel"] == "telefon"
    assert case["person"] == {
        "name": "Kari Nordmann",
        "fnr": "010180*****",
        "birth_date": "1980-01-01",
        "expected_birth_date": None,
    }
    for key in (
        "kind",
        "guardians",
        "wants_ip",
        "decision",
        "decisions",
        "coordinator",
        "coordinators",
        "appeals",
        "plan",
    ):
        assert key in case
    assert case["decision"] is None and case["decisions"] == []


def test_case_ids_count_up_within_the_year(kecli):
    assert kecli.new_case()["id"] == "2026-0001"
    assert kecli.new_case(name="Per")["id"] == "2026-0002"


def test_received_defaults_to_today_and_accepts_the_word_today(kecli):
    assert kecli.new_case()["received_on"] == "2026-11-28"
    assert kecli.new_case("--received", "today", name="B")["received_on"] == "2026-11-28"


def test_human_output_names_the_case_and_the_next_command(kecli):
    result = kecli("case", "new", "--name", "Kari", "--kind", "koordinator")
    assert result.exit_code == 0
    assert "2026-0001" in result.stdout
    assert "Next: kecli case assess 2026-0001" in result.stdout


def test_child_case_keeps_guardians_and_birth_date_from_fnr(kecli):
    case = kecli.new_case(
        "--fnr",
        CHILD,
        "--guardian",
        "Mor",
        "--guardian",
        "Far",
        kind="barnekoordinator",
        name="Lille",
    )
    assert case["guardians"] == ["Mor", "Far"]
    assert case["person"]["birth_date"] == "2015-06-15"


def test_a_child_may_be_expected_up_to_ten_months_after_the_inquiry(kecli):
    case = kecli.new_case("--expected-birth-date", "2027-09-28", kind="barnekoordinator")
    assert case["person"]["expected_birth_date"] == "2027-09-28"


def test_unborn_child_case_records_the_expected_birth_date(kecli):
    case = kecli.new_case("--expected-birth-date", "2027-03-01", kind="barnekoordinator")
    assert case["person"]["expected_birth_date"] == "2027-03-01"


def test_case_new_never_refuses_by_age(kecli):
    case = kecli.new_case("--fnr", ADULT, kind="barnekoordinator")
    assert case["kind"] == "barnekoordinator"


def test_a_second_open_case_of_the_same_kind_is_refused_and_names_the_first(kecli, refused):
    kecli.new_case("--fnr", ADULT)
    result = refused(
        1,
        "case",
        "new",
        "--name",
        "Kari",
        "--kind",
        "koordinator",
        "--fnr",
        ADULT,
        message="2026-0001",
    )
    assert ADULT not in result.stderr


def test_the_same_person_may_have_one_open_case_of_each_kind(kecli):
    kecli.new_case("--fnr", CHILD, kind="koordinator")
    assert kecli.new_case("--fnr", CHILD, kind="barnekoordinator")["id"] == "2026-0002"


def test_a_closed_case_does_not_block_a_new_one(kecli):
    kecli.new_case("--fnr", ADULT)
    kecli.json("case", "close", "2026-0001", "--reason", "moved away")
    assert kecli.new_case("--fnr", ADULT)["id"] == "2026-0002"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "koordinator"], "--name"),
        (["--name", "Kari"], "--kind"),
        (["--name", "Kari", "--kind", "plan"], "Invalid value for --kind"),
        (["--name", "Kari", "--kind", "koordinator", "--channel", "fax"], "--channel"),
        (["--name", "Kari", "--kind", "koordinator", "--received", "2026-13-01"], "2026-13-01"),
        (["--name", "Kari", "--kind", "koordinator", "--received", "2026-12-01"], "after today"),
        (["--name", "Kari", "--kind", "koordinator", "--received", "yesterday"], "YYYY-MM-DD"),
        (["--name", "Kari", "--kind", "koordinator", "--fnr", "01018012346"], "fødselsnummer"),
        (["--name", "Kari", "--kind", "koordinator", "--fnr", "123"], "fødselsnummer"),
        (
            [
                "--name",
                "Kari",
                "--kind",
                "koordinator",
                "--fnr",
                ADULT,
                "--birth-date",
                "1980-01-02",
            ],
            "does not agree",
        ),
        (
            ["--name", "Kari", "--kind", "koordinator", "--expected-birth-date", "2027-01-01"],
            "barnekoordinator only",
        ),
        (
            [
                "--name",
                "Kari",
                "--kind",
                "barnekoordinator",
                "--fnr",
                CHILD,
                "--expected-birth-date",
                "2027-01-01",
            ],
            "expected birth date",
        ),
        (
            ["--name", "Baby", "--kind", "barnekoordinator", "--expected-birth-date", "2029-03-01"],
            "--expected-birth-date 2029-03-01 is more than 10 months after the inquiry "
            "(2026-11-28)",
        ),
        (["--name", "  ", "--kind", "koordinator"], "name"),
        (["--name", "Kari", "--kind", "koordinator", "--bogus"], "No such option"),
    ],
)
def test_bad_input_to_case_new_exits_2_and_writes_nothing(kecli, refused, args, message):
    kecli.new_case(name="Someone else")  # a database with something in it
    refused(2, "case", "new", *args, message=message)


def test_an_fnr_valid_only_under_the_2032_rule_needs_a_birth_date(kecli, refused):
    refused(
        2,
        "case",
        "new",
        "--name",
        "N",
        "--kind",
        "koordinator",
        "--fnr",
        "30108299939",
        message="--birth-date",
    )
    case = kecli.new_case("--fnr", "30108299939", "--birth-date", "1982-10-30")
    assert case["person"]["birth_date"] == "1982-10-30"


def test_synthetic_numbers_need_the_config_switch(kecli, refused):
    synthetic = SYNTHETIC
    result = refused(
        2,
        "case",
        "new",
        "--name",
        "T",
        "--kind",
        "koordinator",
        "--fnr",
        synthetic,
        message="allow_synthetic_ids",
    )
    assert synthetic not in result.stderr
    kecli.json("config", "set", "allow_synthetic_ids", "true")
    assert kecli.new_case("--fnr", synthetic)["person"]["birth_date"] == "1980-01-01"


def test_an_h_number_is_refused(kecli, refused):
    h_number = H_NUMBER
    refused(
        2,
        "case",
        "new",
        "--name",
        "H",
        "--kind",
        "koordinator",
        "--fnr",
        h_number,
        message="H-number",
    )


def test_the_fnr_never_appears_in_an_error_message(kecli, refused):
    bad = ADULT[:-1] + str((int(ADULT[-1]) + 1) % 10)
    result = refused(
        2,
        "case",
        "new",
        "--name",
        "K",
        "--kind",
        "koordinator",
        "--fnr",
        bad,
        message="fødselsnummer",
    )
    assert bad not in result.stderr


def test_list_filters_by_status_and_kind(kecli):
    kecli.new_case(name="A")
    kecli.new_case(name="B", kind="barnekoordinator")
    kecli.json("case", "close", "2026-0001", "--reason", "withdrawn")
    assert [c["id"] for c in kecli.json("case", "list")] == ["2026-0001", "2026-0002"]
    assert [c["id"] for c in kecli.json("case", "list", "--status", "closed")] == ["2026-0001"]
    assert [c["id"] for c in kecli.json("case", "list", "--kind", "barnekoordinator")] == [
        "2026-0002"
    ]


def test_list_refuses_an_unknown_status(kecli, refused):
    refused(2, "case", "list", "--status", "open", message="--status")


def test_list_of_an_empty_register_is_an_empty_array(kecli):
    assert kecli.json("case", "list") == []


def test_list_by_a_coordinator_that_does_not_exist_exits_1(kecli, refused):
    refused(1, "case", "list", "--coordinator", "99", message="99")


def test_show_accepts_a_short_id_and_gives_the_history(kecli):
    kecli.new_case("--fnr", ADULT)
    case = kecli.json("case", "show", "2026-1")
    assert case["id"] == "2026-0001"
    assert case["person"]["fnr"] == "010180*****"
    assert [e["action"] for e in case["history"]] == ["case.created"]
    assert case["history"][0]["user"] == "tester"


def test_show_fnr_shows_the_full_number_and_logs_it(kecli):
    kecli.new_case("--fnr", ADULT)
    case = kecli.json("case", "show", "2026-0001", "--show-fnr")
    assert case["person"]["fnr"] == ADULT
    history = kecli.json("case", "show", "2026-0001")["history"]
    assert [e["action"] for e in history] == ["case.created", "fnr.displayed"]
    assert ADULT not in json.dumps(history)


@pytest.mark.parametrize("ref", ["2026-0099", "abc", "01018012345", ""])
def test_show_of_a_case_that_does_not_exist_exits_1(kecli, refused, ref):
    kecli.new_case()
    result = refused(1, "case", "show", ref, message="does not exist")
    assert "01018012345" not in result.stderr


def test_human_show_lists_the_person_and_history(kecli):
    kecli.new_case("--fnr", ADULT, "--note", "called by GP")
    result = kecli("case", "show", "2026-0001")
    assert result.exit_code == 0
    assert "Kari Nordmann" in result.stdout and "010180*****" in result.stdout
    assert ADULT not in result.stdout
    assert "case registered" in result.stdout and "case.created" not in result.stdout


def test_close_and_reopen_record_the_reason_and_restore_the_status(kecli):
    kecli.new_case("--received", "2026-11-01")
    closed = kecli.json(
        "case", "close", "2026-0001", "--reason", "consent withdrawn", "--on", "2026-11-27"
    )
    assert closed["status"] == "closed"
    assert closed["closed_on"] == "2026-11-27"
    assert closed["close_reason"] == "consent withdrawn"
    reopened = kecli.json("case", "reopen", "2026-0001", "--reason", "new consent")
    assert reopened["status"] == "received"
    assert reopened["closed_on"] is None
    actions = [e["action"] for e in kecli.json("case", "show", "2026-0001")["history"]]
    assert actions == ["case.created", "case.closed", "case.reopened"]


def test_closing_twice_is_refused(kecli, refused):
    kecli.new_case()
    kecli.json("case", "close", "2026-0001", "--reason", "x")
    refused(1, "case", "close", "2026-0001", "--reason", "again", message="already closed")


def test_reopening_an_open_case_is_refused(kecli, refused):
    kecli.new_case()
    refused(1, "case", "reopen", "2026-0001", "--reason", "x", message="not closed")


def test_close_needs_a_reason_when_it_cannot_ask(kecli, refused):
    kecli.new_case()
    refused(2, "case", "close", "2026-0001", message="--reason")
    refused(2, "case", "close", "2026-0001", "--reason", " ", message="reason")


def test_close_date_must_not_be_in_the_future_or_before_the_inquiry(kecli, refused):
    kecli.new_case("--received", "2026-11-20")
    refused(
        2,
        "case",
        "close",
        "2026-0001",
        "--reason",
        "x",
        "--on",
        "2026-12-01",
        message="after today",
    )
    refused(
        2,
        "case",
        "close",
        "2026-0001",
        "--reason",
        "x",
        "--on",
        "2026-11-19",
        message="before the inquiry",
    )


def test_reopen_is_refused_while_another_open_case_of_the_kind_exists(kecli, refused):
    kecli.new_case("--fnr", ADULT)
    kecli.json("case", "close", "2026-0001", "--reason", "x")
    kecli.new_case("--fnr", ADULT)
    refused(1, "case", "reopen", "2026-0001", "--reason", "y", message="2026-0002")


def test_norwegian_messages_with_kecli_lang_nb(kecli, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    result = kecli("case", "show", "2026-0042")
    assert result.exit_code == 1
    assert result.stderr.startswith("Feil: Saken 2026-0042 finnes ikke.")
    assert "Tips:" in result.stderr


def test_json_keys_and_values_do_not_change_with_the_language(kecli, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    nb = kecli.new_case(name="A")
    monkeypatch.setenv("KECLI_LANG", "en")
    en = kecli.json("case", "show", "2026-0001")
    en.pop("history")
    assert nb == en


def test_global_db_option_points_at_another_database(kecli, tmp_path):
    other = tmp_path / "other.db"
    result = kecli(
        "--db", str(other), "case", "new", "--name", "X", "--kind", "koordinator", "--json"
    )
    assert result.exit_code == 0
    assert other.exists()
    assert kecli.json("case", "list") == []


def test_global_user_option_is_recorded_on_the_change(kecli):
    result = kecli(
        "--user", "anne", "case", "new", "--name", "X", "--kind", "koordinator", "--json"
    )
    assert json.loads(result.stdout)["created_by"] == "anne"
    assert kecli.json("case", "show", "2026-0001")["history"][0]["user"] == "anne"


def test_a_bad_kecli_today_is_exit_2(kecli, monkeypatch):
    monkeypatch.setenv("KECLI_TODAY", "28.11.2026")
    result = kecli("case", "list")
    assert result.exit_code == 2
    assert "KECLI_TODAY" in result.stderr


@pytest.mark.parametrize("value", ["yes", "ja", "1", "on", "TRUE "])
def test_booleans_in_config_are_written_true_or_false(kecli, refused, value):
    if value.strip().lower() == "true":
        assert kecli.json("config", "set", "allow_synthetic_ids", value)["value"] is True
    else:
        refused(2, "config", "set", "allow_synthetic_ids", value, message="true or false")


def test_a_guardian_name_with_a_semicolon_is_refused(kecli, refused):
    refused(
        2,
        "case",
        "new",
        "--name",
        "Barn",
        "--kind",
        "barnekoordinator",
        "--guardian",
        "Mor;Far",
        message="';'",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["case", "new", "--name", "Å" * 201, "--kind", "koordinator"],
            "--name is longer than 200",
        ),
        (["coordinator", "add", "--name", "Å" * 201], "--name is longer than 200"),
        (
            ["coordinator", "add", "--name", "Anne", "--unit", "u" * 201],
            "--unit is longer than 200",
        ),
        (
            ["--user", "x" * 101, "case", "new", "--name", "A", "--kind", "koordinator"],
            "--user is longer than 100",
        ),
    ],
    ids=["case name", "coordinator name", "unit", "user"],
)
def test_values_longer_than_the_database_keeps_are_exit_2_on_every_backend(
    kecli, refused, args, message
):
    # PostgreSQL enforces the columns' lengths, SQLite does not: the same refusal for both.
    refused(2, *args, message=message)


def test_a_blank_user_is_the_os_login(kecli, monkeypatch):
    monkeypatch.delenv("KECLI_USER", raising=False)
    import getpass

    created = kecli.json("--user", "   ", "case", "new", "--name", "U", "--kind", "koordinator")
    assert created["created_by"] == getpass.getuser()


def test_case_show_gives_the_history_on_the_units_clock(kecli):
    # As plan show and plan history do: a caseworker compares them.
    from kecli.domain.dates import oslo_minute

    case_id = kecli.new_case()["id"]
    (event,) = kecli.json("case", "show", case_id)["history"]
    shown = kecli("case", "show", case_id).stdout
    assert oslo_minute(event["at"]) in shown


def test_config_show_json_gives_each_value_its_type(kecli):
    # A script reads `.allow_synthetic_ids == false`, not the string "false".
    kecli.json("config", "set", "forwarding_target_days", "14")
    kecli.json("config", "set", "municipality", "Bærum kommune")
    shown = kecli.json("config", "show")
    assert shown["allow_synthetic_ids"] is False
    assert shown["require_independent_barnekoordinator"] is False
    assert shown["forwarding_target_days"] == 14
    assert shown["municipality"] == "Bærum kommune"
    assert shown["unit_address"] is None
    changed = kecli.json("config", "set", "forwarding_target_days", "21")
    assert changed["value"] == 21 and changed["previous"] == 14


def test_config_show_lists_postal_days_and_send_target_days_with_their_defaults(kecli):
    shown = kecli.json("config", "show")
    assert (shown["postal_days"], shown["send_target_days"]) == (7, 7)
    table = kecli("config", "show").stdout
    assert "postal_days" in table and "send_target_days" in table
    assert kecli.json("config", "set", "postal_days", "0")["value"] == 0  # counted from posting
    assert kecli.json("config", "set", "send_target_days", "365")["value"] == 365


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("postal_days", "-1", "postal_days must be a whole number from 0 to 60, not '-1'"),
        ("postal_days", "61", "postal_days must be a whole number from 0 to 60, not '61'"),
        ("postal_days", "sju", "postal_days must be a whole number from 0 to 60"),
        ("send_target_days", "0", "send_target_days must be a whole number from 1 to 365"),
        ("send_target_days", "366", "send_target_days must be a whole number from 1 to 365"),
    ],
)
def test_postal_and_send_target_days_out_of_range_are_exit_2(kecli, refused, key, value, message):
    refused(2, "config", "set", key, value, message=message)
