"""Handlers (saksbehandler): ``case new --handler``, ``case handover``, ``case list
--mine/--handler``, and the handler in show, lists, deadline items and exports."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_a_new_case_is_handled_by_the_acting_user_unless_another_is_named(kecli):
    assert kecli.new_case()["handler"] == "tester"
    assert kecli.new_case("--handler", "  kari  ", name="B")["handler"] == "kari"
    result = kecli("--user", "ola", "case", "new", "--name", "C", "--kind", "koordinator", "--json")
    assert json.loads(result.stdout)["handler"] == "ola"


def test_handover_changes_the_handler_and_the_history_keeps_who_had_it(kecli):
    case_id = kecli.new_case()["id"]
    case = kecli.json("case", "handover", case_id, "--to", "kari")
    assert case["handler"] == "kari"
    shown = kecli.json("case", "show", case_id)
    assert shown["handler"] == "kari"
    [event] = [e for e in shown["history"] if e["action"] == "case.handed_over"]
    assert event["details"] == {"from": "tester", "to": "kari"}
    assert event["user"] == "tester"


def test_people_see_the_handler_in_show_list_and_the_handover(kecli):
    case_id = kecli.new_case("--handler", "kari")["id"]
    assert "kari" in kecli("case", "show", case_id).stdout
    listed = kecli("case", "list")
    assert "Handler" in listed.stdout and "kari" in listed.stdout
    result = kecli("case", "handover", case_id, "--to", "ola")
    assert result.exit_code == 0, result.stderr
    assert "now handled by ola" in result.stdout


def test_list_mine_and_by_handler(kecli):
    mine = kecli.new_case(name="A")["id"]
    hers = kecli.new_case("--handler", "kari", name="B")["id"]
    assert [c["id"] for c in kecli.json("case", "list", "--mine")] == [mine]
    assert [c["id"] for c in kecli.json("case", "list", "--handler", "kari")] == [hers]
    assert kecli.json("case", "list", "--handler", "nobody") == []  # users come and go
    result = kecli("--user", "kari", "case", "list", "--mine", "--json")
    assert [c["id"] for c in json.loads(result.stdout)] == [hers]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["case", "new", "--name", "A", "--kind", "koordinator", "--handler", " "], "--handler"),
        (["case", "list", "--handler", ""], "--handler cannot be empty"),
        (["case", "list", "--mine", "--handler", "kari"], "cannot be used together"),
        (["case", "handover", "2026-0001", "--to", " "], "--to cannot be empty"),
        (["case", "handover", "2026-0001", "--no-input"], "--to is missing"),
        (["case", "new", "--name", "A", "--kind", "koordinator", "--handler", "x" * 101], "100"),
    ],
)
def test_empty_handlers_are_bad_input(kecli, refused, args, message):
    kecli.new_case()
    refused(2, *args, message=message)


def test_handover_to_the_same_handler_or_of_no_case_is_refused(kecli, refused):
    case_id = kecli.new_case()["id"]
    refused(1, "case", "handover", case_id, "--to", "tester", message="already handles")
    refused(1, "case", "handover", "2026-0042", "--to", "kari", message="does not exist")


def test_deadline_items_carry_the_handler_and_it_is_the_assignee_without_coordinator(kecli):
    kecli.new_case("--handler", "kari", "--received", "2026-10-01")
    [item] = kecli.json("report", "deadlines")
    assert item["handler"] == "kari"
    assert item["assignee"] == "kari"
    rows = list(csv.DictReader(io.StringIO(kecli("report", "deadlines", "--format", "csv").stdout)))
    assert rows[0]["handler"] == "kari"


def test_the_export_carries_the_handler_and_the_import_takes_it_back(
    kecli, empty_database, tmp_path
):
    kecli.new_case("--handler", "kari")
    kecli.new_case(name="B")
    path = tmp_path / "saker.csv"
    exported = kecli("export", "cases", "--format", "csv", "--output", str(path))
    assert exported.exit_code == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [r["handler"] for r in rows] == ["kari", "tester"]
    target = empty_database()
    result = kecli("--db", target, "import", "cases", str(path))
    assert result.exit_code == 0, result.stderr
    listed = kecli("--db", target, "case", "list", "--json")
    assert [c["handler"] for c in json.loads(listed.stdout)] == ["kari", "tester"]


def test_an_import_file_without_handlers_takes_the_one_who_registered(kecli, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(
        "id,kind,status,received_on,name,created_by\n"
        "2025-0001,koordinator,received,2025-05-01,Gammel,per\n"
        "2025-0002,koordinator,received,2025-05-01,Ny,\n",
        encoding="utf-8",
    )
    result = kecli("import", "cases", str(path))
    assert result.exit_code == 0, result.stderr
    assert [c["handler"] for c in kecli.json("case", "list")] == ["per", "tester"]
