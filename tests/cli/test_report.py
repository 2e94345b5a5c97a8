"""``kecli report deadlines|stats`` through Typer's CliRunner: the three formats show the same
rows in the same order, exit 3 with --fail-on-overdue, bad input is exit 2."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from tests.services.test_reports import (
    appeal,
    appeal_forwarding,
    appeal_window,
    appoint,
    coordinator,
    decide,
    decision_unsent,
    new_case,
    plan,
    plan_evaluation,
    turns_18,
)

HEADER = "case_id,type,due,days_left,overdue,person,assignee,handler,kind,detail,estimated"
LABELS = {
    "Preliminary reply": "preliminary_reply",
    "Send decision": "decision_unsent",
    "Appeal window": "appeal_window",
    "Forward appeal": "appeal_forwarding",
    "Plan evaluation": "plan_evaluation",
    "Turns 18": "turns_18",
}


@pytest.fixture
def busy(kecli, prebuilt):
    """Six items, two of them overdue, with due dates that tie, and one coordinator."""
    return prebuilt("test_report.busy", lambda: build_busy(kecli))


def build_busy(kecli):
    first = new_case(kecli, "2026-10-20", name="Anne Aas")  # preliminary_reply 20 Nov: -8
    forwarding = appeal_forwarding(kecli)  # appeal_forwarding 1 Dec
    child = new_case(kecli, "2026-09-01", kind="barnekoordinator", birth="2008-11-05", name="Bo")
    decide(kecli, child, "2026-09-10")  # turns_18 5 Nov: -23
    plan(kecli, child, dt.date(2026, 12, 1))  # plan_evaluation 1 Dec
    new_case(kecli, "2026-11-01", name="Dag Dahl")  # preliminary_reply 1 Dec
    appeal_window(kecli)  # appeal_window 18 Dec
    appoint(kecli, child, coordinator(kecli, "Kim Koordinator"))
    return {"first": first, "forwarding": forwarding, "child": child}


def rows_of_table(stdout: str) -> list[tuple[str, str]]:
    """(case id, type) of each row of the people's table, top to bottom."""
    found = []
    for line in stdout.splitlines():
        for label, type_ in LABELS.items():
            if line.startswith("2026-") and label in line:
                found.append((line.split()[0], type_))
    return found


def test_table_json_and_csv_hold_the_same_rows_in_the_same_order(kecli, busy):
    table = kecli("report", "deadlines", "--within", "30")
    assert table.exit_code == 0, table.stderr
    as_json = kecli.json("report", "deadlines", "--within", "30")
    as_csv = kecli("report", "deadlines", "--within", "30", "--format", "csv")
    assert as_csv.exit_code == 0 and as_csv.stderr == ""
    from_csv = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    expected = [
        (busy["child"], "turns_18"),
        (busy["first"], "preliminary_reply"),
        (busy["forwarding"], "appeal_forwarding"),
        (busy["child"], "plan_evaluation"),
        ("2026-0004", "preliminary_reply"),
        ("2026-0005", "appeal_window"),
    ]
    assert rows_of_table(table.stdout) == expected
    assert [(i["case_id"], i["type"]) for i in as_json] == expected
    assert [(r["case_id"], r["type"]) for r in from_csv] == expected
    assert from_csv == [
        {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in item.items()}
        for item in as_json
    ]


def test_the_csv_has_the_item_keys_as_header_and_no_byte_order_mark(kecli, busy):
    result = kecli("report", "deadlines", "--format", "csv")
    lines = result.stdout.split("\n")
    assert lines[0] == HEADER
    assert not result.stdout.startswith("\ufeff")
    assert lines[1] == (
        f"{busy['child']},turns_18,2026-11-05,-23,true,Bo,Kim Koordinator,tester,barnekoordinator,"
        "granted_on=2026-09-10,false"
    )
    assert lines[2].startswith(f"{busy['first']},preliminary_reply,2026-11-20,-8,true,Anne Aas,")
    assert result.stdout.endswith("\n") and lines[-1] == ""


def test_an_empty_csv_is_just_the_header(kecli):
    result = kecli("report", "deadlines", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout == HEADER + "\n"


def test_json_is_an_array_of_items_with_the_contract_keys(kecli, busy):
    items = kecli.json("report", "deadlines")
    assert isinstance(items, list) and len(items) == 5
    first = items[0]
    assert first == {
        "case_id": busy["child"],
        "type": "turns_18",
        "due": "2026-11-05",
        "days_left": -23,
        "overdue": True,
        "person": "Bo",
        "assignee": "Kim Koordinator",
        "handler": "tester",
        "kind": "barnekoordinator",
        "detail": "granted_on=2026-09-10",
        "estimated": False,
    }
    assert items[1]["assignee"] == "tester"  # no coordinator: the case's handler
    assert kecli.json("report", "deadlines", "--format", "json") == items
    assert json.loads(kecli("report", "deadlines", "--format", "json").stdout) == items


def test_an_empty_report_is_an_empty_array(kecli):
    assert kecli.json("report", "deadlines") == []


def test_the_table_shows_each_row_and_a_summary(kecli, busy):
    result = kecli("report", "deadlines")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert "Deadlines as of 2026-11-28, up to 2026-12-12" in out
    for text in ("Bo", "Kim Koordinator", "Anne Aas", "Dag Dahl", "2026-11-05", "-23"):
        assert text in out
    assert "5 deadlines, 2 overdue." in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_the_table_is_in_norwegian_for_nb(kecli, busy, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    out = kecli("report", "deadlines").stdout
    assert "Frister per 2026-11-28" in out
    assert "Fyller 18 år" in out and "Foreløpig svar" in out
    assert "5 frister, 2 forfalt." in out


def test_an_empty_table_says_so(kecli):
    result = kecli("report", "deadlines")
    assert result.exit_code == 0
    assert "No deadlines up to 2026-12-12." in result.stdout


def test_overdue_rows_are_red_and_this_weeks_yellow(kecli, busy, monkeypatch):
    from rich.console import Console

    import kecli.render.console as console_module

    screen = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=140)
    monkeypatch.setattr(console_module, "console", lambda: screen)
    assert kecli("report", "deadlines", "--as-of", "2026-11-29", "--within", "30").exit_code == 0
    lines = screen.file.getvalue().splitlines()  # type: ignore[attr-defined]
    red, yellow = "\x1b[31m", "\x1b[33m"
    overdue = [line for line in lines if "Anne Aas" in line]  # -9 days
    this_week = [line for line in lines if "Dag Dahl" in line]  # 2 days left
    later = [line for line in lines if "2026-12-18" in line]  # the appeal window, 19 days
    assert overdue and red in overdue[0]
    assert later
    assert this_week and yellow in this_week[0] and red not in this_week[0]
    assert all(red not in line and yellow not in line for line in later)


def test_days_left_are_right_aligned(kecli, busy):
    lines = kecli("report", "deadlines", "--within", "30").stdout.splitlines()
    header = next(line for line in lines if line.startswith("Case"))
    end = header.index("Days") + len("Days")
    rows = [line for line in lines if line.startswith("2026-")]
    assert {line[end - 3 : end].strip() for line in rows} >= {"-23", "-8", "20"}
    assert all(line[end - 1].isdigit() and line[end] == " " for line in rows)


def test_fail_on_overdue_prints_the_report_then_exits_3(kecli, busy):
    result = kecli("report", "deadlines", "--fail-on-overdue", "--format", "csv")
    assert result.exit_code == 3
    assert result.stdout.startswith(HEADER)
    assert len(result.stdout.strip().splitlines()) == 6
    assert result.stderr.strip().splitlines() == [
        "2 deadline(s) overdue (--fail-on-overdue): exiting with code 3."
    ]
    assert "Error" not in result.stderr


def test_fail_on_overdue_with_json_keeps_stdout_one_document(kecli, busy):
    result = kecli("report", "deadlines", "--fail-on-overdue", "--json")
    assert result.exit_code == 3
    assert len(json.loads(result.stdout)) == 5


def test_fail_on_overdue_is_exit_0_when_nothing_is_overdue(kecli, busy):
    result = kecli("report", "deadlines", "--fail-on-overdue", "--type", "plan_evaluation")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""


def test_an_appeal_window_alone_never_fails_the_run(kecli):
    case_id = appeal_window(kecli)
    result = kecli("report", "deadlines", "--fail-on-overdue", "--as-of", "2026-12-18", "--json")
    assert result.exit_code == 0
    assert [i["case_id"] for i in json.loads(result.stdout)] == [case_id]


def test_without_the_flag_overdue_is_exit_0(kecli, busy):
    assert kecli("report", "deadlines").exit_code == 0


def test_type_filters_and_repeats(kecli, busy):
    only = kecli.json("report", "deadlines", "--type", "turns_18", "--within", "30")
    assert [i["type"] for i in only] == ["turns_18"]
    two = kecli.json(
        "report",
        "deadlines",
        "--type",
        "plan_evaluation",
        "--type",
        "appeal_window",
        "--within",
        "30",
    )
    assert [i["type"] for i in two] == ["plan_evaluation", "appeal_window"]


@pytest.fixture
def unsent_and_posted(kecli):
    """A decision not sent (due 1 Dec) and a refusal posted 20 Nov (estimated 28 Dec)."""
    unsent = decision_unsent(kecli)
    posted = new_case(kecli, "2026-11-02", name="Per Post")
    decide(kecli, posted, "2026-11-20", granted=False, notified=False)
    kecli.json("case", "notify", posted, "--sent-on", "2026-11-20", "--via", "post")
    return {"unsent": unsent, "posted": posted}


def test_decision_unsent_is_a_type_of_every_format(kecli, unsent_and_posted):
    unsent = unsent_and_posted["unsent"]
    [item] = kecli.json("report", "deadlines", "--type", "decision_unsent")
    assert (item["case_id"], item["type"], item["due"], item["estimated"]) == (
        unsent,
        "decision_unsent",
        "2026-12-01",
        False,
    )
    assert item["detail"] == "decided_on=2026-11-24"
    as_csv = kecli("report", "deadlines", "--type", "decision_unsent", "--format", "csv")
    assert as_csv.stdout.splitlines()[1].startswith(f"{unsent},decision_unsent,2026-12-01,3,")
    table = kecli("report", "deadlines", "--type", "decision_unsent").stdout
    assert rows_of_table(table) == [(unsent, "decision_unsent")]


def test_an_estimated_appeal_window_says_so_in_every_format(kecli, unsent_and_posted, monkeypatch):
    posted = unsent_and_posted["posted"]
    [item] = kecli.json("report", "deadlines", "--type", "appeal_window", "--within", "30")
    assert (item["case_id"], item["due"], item["estimated"]) == (posted, "2026-12-28", True)
    as_csv = kecli("report", "deadlines", "--type", "appeal_window", "--within", "30", "--format",
                   "csv")  # fmt: skip
    assert as_csv.stdout.splitlines()[1].endswith(",sent_on=2026-11-20 estimated,true")
    table = kecli("report", "deadlines", "--type", "appeal_window", "--within", "30").stdout
    assert "2026-12-28 (estimated)" in table
    monkeypatch.setenv("KECLI_LANG", "nb")
    table = kecli("report", "deadlines", "--within", "30").stdout
    assert "2026-12-28 (anslått)" in table and "Sende avgjørelse" in table


def test_as_of_and_within_move_the_window(kecli):
    case_id = turns_18(kecli)  # 5 Dec 2026
    assert kecli.json("report", "deadlines", "--as-of", "20.11.2026") == []
    [item] = kecli.json("report", "deadlines", "--as-of", "2026-11-21")
    assert (item["case_id"], item["days_left"]) == (case_id, 14)
    assert kecli.json("report", "deadlines", "--within", "6") == []
    [item] = kecli.json("report", "deadlines", "--within", "7")
    assert item["days_left"] == 7
    [item] = kecli.json("report", "deadlines", "--as-of", "2026-12-06", "--within", "0")
    assert (item["days_left"], item["overdue"]) == (-1, True)


def test_as_of_defaults_to_kecli_today(kecli, monkeypatch):
    turns_18(kecli)
    monkeypatch.setenv("KECLI_TODAY", "2026-12-05")
    [item] = kecli.json("report", "deadlines", "--within", "0")
    assert item["days_left"] == 0


def test_an_appeal_moves_an_item_from_window_to_forwarding(kecli):
    case_id = appeal_window(kecli)
    appeal(kecli, case_id, dt.date(2026, 11, 25))
    assert [i["type"] for i in kecli.json("report", "deadlines", "--within", "30")] == [
        "appeal_forwarding"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "nope"], "Invalid value for --type: 'nope'"),
        (["--type", "turns_18", "--type", "appeal"], "Valid values: preliminary_reply|"),
        (["--within", "-1"], "--within must be 0 or more, not -1"),
        (["--within", "two"], "--within"),
        (["--as-of", "31.02.2026"], "--as-of: Invalid date"),
        (["--as-of", "tomorrow"], "YYYY-MM-DD"),
        (["--format", "xml"], "Invalid value for --format: 'xml'"),
        (["--json", "--format", "csv"], "--json and --format csv cannot be used together"),
        (["--colour"], "No such option"),
        (["--within", "99999999"], "--within is too large: from 2026-11-28 it goes past year"),
        (["--within", "99999999999"], "--within is too large"),
        (["--as-of", "0001-01-02"], "--as-of 0001-01-02 is too early"),
    ],
)
def test_bad_input_is_exit_2_and_writes_nothing(kecli, busy, refused, args, message):
    refused(2, "report", "deadlines", *args, message=message)


def test_the_cli_knows_the_same_types_as_the_service():
    from kecli.cli.report import DEADLINE_TYPES as CLI_TYPES
    from kecli.views.deadlines import DEADLINE_TYPES

    assert CLI_TYPES == DEADLINE_TYPES


# --- report stats -------------------------------------------------------------------------


@pytest.fixture
def unit(kecli, prebuilt):
    prebuilt("test_report.unit", lambda: build_unit(kecli))


def build_unit(kecli):
    a = new_case(kecli, "2026-09-01", name="A")
    decide(kecli, a, "2026-09-11")
    b = new_case(kecli, "2026-10-01", name="B")
    decide(kecli, b, "2026-10-21", granted=False)
    appeal(kecli, b, dt.date(2026, 10, 25))
    new_case(kecli, "2026-10-15", name="C")
    appoint(kecli, a, coordinator(kecli, "Berit Travel", max_cases=2))
    coordinator(kecli, "Arne Ledig")


def test_stats_json_has_the_documented_keys_and_numbers(kecli, unit):
    view = kecli.json("report", "stats")
    assert set(view) >= {
        "cases_by_kind",
        "cases_by_status",
        "cases_by_month",
        "decisions",
        "appeals_by_outcome",
        "days_to_decision",
        "caseload",
    }
    assert view["cases_by_kind"] == {"koordinator": 3, "barnekoordinator": 0}
    assert view["cases_by_status"] == {"received": 1, "decided": 2, "closed": 0}
    assert view["cases_by_month"] == {"2026-09": 1, "2026-10": 2}
    assert view["decisions"] == {"innvilget": 1, "avslag": 1}
    assert view["appeals_by_outcome"]["open"] == 1
    assert view["days_to_decision"] == {"count": 2, "median": 15, "p90": 20}
    assert view["caseload"][0] == {
        "coordinator_id": 1,
        "name": "Berit Travel",
        "active_cases": 1,
        "max_cases": 2,
    }


def test_stats_from_and_to_filter_by_received_date(kecli, unit):
    view = kecli.json("report", "stats", "--from", "2026-10-01", "--to", "15.10.2026")
    assert (view["from"], view["to"]) == ("2026-10-01", "2026-10-15")
    assert view["cases_by_month"] == {"2026-10": 2}
    assert view["days_to_decision"] == {"count": 1, "median": 20, "p90": 20}


def test_stats_for_people_are_bar_charts(kecli, unit):
    result = kecli("report", "stats")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert "Statistics, cases received all time: 3 cases" in out
    for title in (
        "Cases by kind",
        "Cases by status",
        "Cases by month",
        "Current decisions",
        "Appeals by outcome",
        "Caseload per coordinator (active cases)",
    ):
        assert title in out
    assert "median 15 days, 90th percentile 20 days (2 cases)" in out
    month = next(line for line in out.splitlines() if line.startswith("2026-10"))
    assert "█" * 30 in month and month.rstrip().endswith("2")
    berit = next(line for line in out.splitlines() if "Berit Travel" in line)
    assert "█" in berit and "1/2" in berit
    arne = next(line for line in out.splitlines() if "Arne Ledig" in line)
    assert "█" not in arne
    assert "\x1b[" not in out


def test_stats_of_an_empty_database_for_people(kecli):
    result = kecli("report", "stats")
    assert result.exit_code == 0
    assert "no decided cases" in result.stdout
    assert "no coordinators" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-13-01"], "--from: Invalid date"),
        (["--to", "x"], "--to: Invalid date"),
        (["--from", "2026-10-02", "--to", "2026-10-01"], "--to 2026-10-01 is before --from"),
    ],
)
def test_stats_bad_input_is_exit_2(kecli, unit, refused, args, message):
    refused(2, "report", "stats", *args, message=message)


def test_plan_evaluation_scenario_shows_in_the_table(kecli):
    case_id = plan_evaluation(kecli)
    out = kecli("report", "deadlines", "--within", "30").stdout
    assert rows_of_table(out) == [(case_id, "plan_evaluation")]


@pytest.mark.sqlite_only
def test_a_database_error_on_the_fast_path_is_a_one_line_database_error(
    kecli, refused, monkeypatch
):
    """The deadline queries run on SQLite's own cursor; its errors read like any other."""
    import sqlite3

    from kecli.store import reports

    def busy(*_: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    from kecli.store.deadline_sql import SqliteDeadlines

    kecli.new_case()
    monkeypatch.setattr(SqliteDeadlines, "open", classmethod(lambda cls, url: None))
    monkeypatch.setattr(reports, "sqlite_cursor", busy)
    refused(1, "report", "deadlines", "--format", "json", message="database is locked")


@pytest.mark.sqlite_only
def test_a_database_error_on_the_sqlite3_path_is_a_one_line_database_error(
    kecli, refused, monkeypatch
):
    """The deadline queries on the sqlite3 module: their errors read like any other."""
    from kecli.store import deadline_sql

    kecli.new_case()
    broken = {**deadline_sql.QUERIES, "preliminary_reply": ("SELECT * FROM gone", ())}
    monkeypatch.setattr(deadline_sql, "QUERIES", broken)
    refused(1, "report", "deadlines", "--format", "json", message="Database error: no such table")


@pytest.mark.sqlite_only
def test_a_database_not_in_wal_mode_is_switched_by_the_first_report(kecli):
    # A restored backup copy is in rollback-journal mode; the report takes the general way,
    # which puts it in WAL as every kecli connection does (readers never block writers).
    import os
    import sqlite3
    import subprocess
    import sys

    from kecli.store.db import get_engine

    kecli.new_case()
    get_engine(kecli.url).dispose()  # this test process's pooled connections let go
    conn = sqlite3.connect(kecli.db)
    assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    conn.close()
    result = subprocess.run(
        [sys.executable, "-m", "kecli", "--db", str(kecli.db), "report", "deadlines", "--json"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(kecli.db)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_an_as_of_date_near_year_one_is_too_early(kecli, refused):
    result = refused(2, "report", "deadlines", "--as-of", "0010-01-01", "--within", "5",
                     message="--as-of 0010-01-01 is too early")  # fmt: skip
    assert "Give a later --as-of" in result.stderr


# --- --format ics and --output ---------------------------------------------------------


def _events(path) -> list[dict[str, str]]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    return [
        {key: str(event.get(key)) for key in ("uid", "summary", "description")}
        | {"start": event.decoded("dtstart").isoformat()}
        for event in calendar.walk("VEVENT")
    ]


def test_ics_is_one_all_day_event_per_item_with_uids_that_stay(kecli, busy, tmp_path):
    items = kecli.json("report", "deadlines", "--json")
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        result = kecli("report", "deadlines", "--format", "ics", "--output", str(target))
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        assert target.stat().st_mode & 0o777 == 0o600  # names of people: private
    events = _events(first)
    assert sorted((e["start"], e["description"].split("\n")[0]) for e in events) == sorted(
        (item["due"], f"Case: {item['case_id']}") for item in items
    )
    # A calendar that imports the file again updates its events instead of doubling them.
    assert [e["uid"] for e in events] == [e["uid"] for e in _events(second)]
    assert len({e["uid"] for e in events}) == len(events)


def test_ics_to_stdout_by_default(kecli, busy):
    result = kecli("report", "deadlines", "--format", "ics")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("BEGIN:VCALENDAR")
    assert result.stdout.count("BEGIN:VEVENT") == len(kecli.json("report", "deadlines", "--json"))


def test_json_to_a_file_is_what_stdout_would_have_been(kecli, busy, tmp_path):
    target = tmp_path / "d.json"
    assert kecli("report", "deadlines", "--json", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == kecli.json(
        "report", "deadlines", "--json"
    )


def test_output_refusals(kecli, refused, busy, tmp_path):
    refused(2, "report", "deadlines", "--output", str(tmp_path / "x"), message="not the table")
    existing = tmp_path / "old.ics"
    existing.write_text("keep", encoding="utf-8")
    refused(1, "report", "deadlines", "--format", "ics", "-o", str(existing), message="exists")
    assert existing.read_text(encoding="utf-8") == "keep"
    assert (
        kecli("report", "deadlines", "--format", "ics", "-o", str(existing), "--force").exit_code
        == 0
    )
    assert existing.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
