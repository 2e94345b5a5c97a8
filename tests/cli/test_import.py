"""``kecli import cases``: every row checked first, line-numbered errors, round trips."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_export import COLUMNS, KOORDINATOR_YES, build_cases
from tests.fnr import ADULT, CHILD, SYNTHETIC

HEADER = ",".join(COLUMNS)


@pytest.fixture
def empty_db(empty_database: Any) -> str:
    """A second, empty database of the same kind."""
    return str(empty_database())


@pytest.fixture(autouse=True, params=["one process", "workers"])
def import_workers(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    db_backend: str,
    kecli: Any,
    tmp_path: Path,
) -> Iterator[str]:
    """Every test here runs twice: with the file checked in the importing process, and
    (SQLite) cut into parts that worker processes check, even when it is tiny. Users must
    not be able to tell the two apart: the same rows written, the same bad rows listed.

    The workers' merge writes without SQLite's foreign key checks (its rows refer to each
    other by construction): after every test, every reference in its databases holds."""
    from kecli.services.importing import TUNING

    if request.param == "workers":
        if db_backend != "sqlite":
            pytest.skip("worker processes check files for SQLite databases only")
        monkeypatch.setattr(TUNING, "parallel_min_bytes", 1)
        monkeypatch.setenv("KECLI_IMPORT_WORKERS", "3")
    else:
        monkeypatch.setenv("KECLI_IMPORT_WORKERS", "1")
    yield str(request.param)
    import sqlite3

    databases = {kecli.db} if kecli.db is not None else set()
    databases |= {p for p in tmp_path.rglob("*.db") if "import" not in p.parent.name}
    for path in sorted(p for p in databases if p.exists()):
        with contextlib.closing(sqlite3.connect(path)) as db:
            assert db.execute("PRAGMA foreign_key_check").fetchall() == [], path.name


def ok(kecli: Any, *args: str) -> Any:
    result = kecli(*args)
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result


def row(**values: str) -> str:
    """One CSV line with the given columns filled in (a plain, valid case by default)."""
    base = {
        "id": "2026-0001",
        "kind": "koordinator",
        "status": "received",
        "received_on": "2026-10-01",
        "channel": "skjema",
        "name": "Kari Nordmann",
        "wants_ip": "false",
        "created_by": "gammelt-system",
    }
    base.update(values)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([base.get(c, "") for c in COLUMNS])
    return out.getvalue()


def write(tmp_path: Path, *lines: str, name: str = "cases.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + "".join(lines)).encode("utf-8"))
    return path


def import_(kecli: Any, path: Path, *args: str) -> Any:
    return kecli("import", "cases", str(path), *args)


def bad_lines(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("line ")]


def test_imported_cases_are_found_by_case_find(kecli, tmp_path):
    path = write(
        tmp_path,
        row(id="2025-0001", name="Åse Ødegård", birth_date="1980-01-01"),
        row(id="2025-0002", name="Per Hansen", guardians="Mor Ødegaard", kind="barnekoordinator",
            birth_date="2020-02-02"),
    )  # fmt: skip
    ok(kecli, "import", "cases", str(path))
    found = kecli.json("case", "find", "odegard")
    assert [c["id"] for c in found] == ["2025-0001", "2025-0002"]  # the name before a guardian
    assert [c["id"] for c in kecli.json("case", "find", "01.01.1980")] == ["2025-0001"]


# --- round trips -----------------------------------------------------------------------


def round_trip(kecli: Any, tmp_path: Path, empty_db: str, *options: str, fmt: str = "csv") -> Any:
    """Export with --include-fnr (and ``options``), import into ``empty_db``, export that
    again: the same bytes. Returns the import's result (run with --json)."""
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"
    ok(kecli, "export", "cases", "--include-fnr", *options, "-o", str(first))
    result = ok(kecli, "--db", empty_db, "import", "cases", str(first), "--json")
    ok(kecli, "--db", empty_db, "export", "cases", "--include-fnr", *options, "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    return result


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_import_export_gives_the_same_bytes(kecli, tmp_path, empty_db, fmt, prebuilt):
    prebuilt("test_export.cases", lambda: build_cases(kecli, tmp_path))
    result = round_trip(kecli, tmp_path, empty_db, fmt=fmt)
    assert json.loads(result.stdout)["cases"] == 5 and result.stderr == ""


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("closed", [False, True])
def test_a_case_whose_decision_was_set_aside_round_trips(kecli, tmp_path, empty_db, fmt, closed):
    # Statsforvalteren's opphevet, no new decision yet: the export has the appeal but not
    # the decision set aside; the import keeps the appeal without it (and exports it again).
    kecli.new_case("--received", "2026-10-01", name="Opp Hevet")
    answers = [a.replace("consent=yes", "consent=no") for a in KOORDINATOR_YES]
    ok(kecli, "case", "assess", "2026-0001", *answers, "--decided-on", "2026-10-10")
    ok(kecli, "appeal", "file", "2026-0001", "--filed-on", "2026-10-20")
    ok(kecli, "appeal", "escalate", "2026-0001", "--on", "2026-11-02")
    ok(kecli, "appeal", "resolve", "2026-0001", "--outcome", "opphevet", "--on", "2026-11-20")
    if closed:
        ok(kecli, "case", "close", "2026-0001", "--reason", "withdrawn", "--on", "2026-11-25")
    result = round_trip(kecli, tmp_path, empty_db, fmt=fmt)
    assert json.loads(result.stdout)["appeals"] == 1
    appeal = kecli.json("--db", empty_db, "case", "show", "2026-0001")["appeals"][0]
    assert appeal["final_outcome"] == "opphevet" and appeal["decision_id"] is None


#: Typed text a spreadsheet would run as a formula, and text that begins with the
#: apostrophe that marks a cell as text: (typed, as the CSV cell holds it).
FORMULAS = [
    ('=HYPERLINK("http://x.example","klikk")', '\'=HYPERLINK("http://x.example","klikk")'),
    ("+47 22 00 00 00", "'+47 22 00 00 00"),
    ("-mor", "'-mor"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("'Ola", "''Ola"),
    ("'=Kari", "''=Kari"),
]


@pytest.mark.parametrize(("typed", "cell"), FORMULAS)
def test_csv_cells_a_spreadsheet_would_run_are_text_and_round_trip(
    kecli, tmp_path, empty_db, typed, cell
):
    ok(kecli, "--user", typed, "case", "new", "--name", typed, "--kind", "koordinator",
       "--note", typed, "--guardian", typed, "--guardian", "=far")  # fmt: skip
    ok(kecli, "case", "close", "2026-0001", "--reason", typed)
    masked = tmp_path / "masked.csv"
    ok(kecli, "export", "cases", "-o", str(masked))
    [exported] = list(csv.DictReader(io.StringIO(masked.read_text(encoding="utf-8-sig"))))
    for column in ("name", "note", "close_reason", "created_by"):
        assert exported[column] == cell, column
    assert exported["guardians"] == f"{cell}; =far"  # only a cell's start is read so
    assert exported["id"] == "2026-0001" and exported["received_on"] == "2026-11-28"
    round_trip(kecli, tmp_path, empty_db)
    case = kecli.json("--db", empty_db, "case", "show", "2026-0001")
    assert case["person"]["name"] == typed and case["note"] == typed
    assert case["guardians"] == [typed, "=far"] and case["close_reason"] == typed
    # JSON lines are for programs: the values themselves
    (line,) = kecli("export", "cases", "--format", "jsonl").stdout.splitlines()
    assert json.loads(line)["name"] == typed


def test_an_appeal_without_a_decision_is_only_one_set_aside(kecli, tmp_path, refused):
    values = {"appeal_status": "closed", "appeal_filed_on": "2026-11-05"}
    refused(2, "import", "cases", str(write(tmp_path, row(**values))),
            message="line 2: appeal_status: given without decision_outcome")  # fmt: skip
    values |= {"appeal_final_outcome": "opphevet", "appeal_unit_outcome": "ikke-medhold"}
    refused(2, "import", "cases", str(write(tmp_path, row(**values))),
            message="line 2: appeal_timely: missing (the decision appealed was set aside")  # fmt: skip


def test_semicolon_csv_round_trips_and_its_delimiter_is_read_from_the_header(
    kecli, tmp_path, empty_db, prebuilt
):
    prebuilt("test_export.cases", lambda: build_cases(kecli, tmp_path))
    round_trip(kecli, tmp_path, empty_db, "--delimiter", ";")


def _plain(value: Any) -> str:
    """A JSON or XLSX value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value)


def test_json_and_xlsx_carry_the_same_rows_as_csv(kecli, tmp_path, prebuilt):
    from openpyxl import load_workbook

    prebuilt("test_export.cases", lambda: build_cases(kecli, tmp_path))
    csv_text = ok(kecli, "export", "cases").stdout_bytes.decode("utf-8-sig")
    from_csv = [list(r) for r in csv.reader(io.StringIO(csv_text, newline=""))]
    from_json = [COLUMNS] + [
        [_plain(v) for v in r.values()]
        for r in json.loads(ok(kecli, "export", "cases", "--format", "json").stdout)
    ]
    path = tmp_path / "cases.xlsx"
    ok(kecli, "export", "cases", "-o", str(path))
    from_xlsx = [[_plain(c.value) for c in r] for r in load_workbook(path).active.iter_rows()]
    assert from_json == from_csv
    assert from_xlsx == from_csv


def test_imported_cases_are_whole_cases(kecli, tmp_path, empty_db, prebuilt):
    prebuilt("test_export.cases", lambda: build_cases(kecli, tmp_path))
    path = tmp_path / "cases.jsonl"
    ok(kecli, "export", "cases", "--include-fnr", "-o", str(path))
    ok(kecli, "--db", empty_db, "import", "cases", str(path))
    case = json.loads(ok(kecli, "--db", empty_db, "case", "show", "2026-0001", "--json").stdout)
    assert case["decision"]["outcome"] == "innvilget"
    assert case["decision"]["answers"] == dict.fromkeys(
        ("services", "long_term", "complex", "coordination", "consent", "participation"), True
    )
    assert case["decision"]["source"] == "import"
    assert case["coordinator"] == {"id": 1, "name": "Siri Åsen", "since": "2026-11-04"}
    assert case["plan"]["version"] == 1 and case["plan"]["next_evaluation"] == "2027-02-01"
    child = json.loads(ok(kecli, "--db", empty_db, "case", "show", "2026-0002", "--json").stdout)
    assert child["decision"]["answers"]["serious_condition"] is False
    assert child["decision"]["appeal_deadline"] == "2026-12-03"
    (appeal,) = child["appeals"]
    assert (appeal["status"], appeal["unit_outcome"], appeal["deadline"]) == (
        "awaiting_forwarding",
        "delvis-medhold",
        "2026-12-03",
    )
    assert appeal["decision_id"] == child["decision"]["id"]
    # The new database goes on as any other: the next case gets the next number,
    # the next coordinator the next id.
    ok(kecli, "--db", empty_db, "coordinator", "add", "--name", "Ny", "--json")
    coordinators = json.loads(ok(kecli, "--db", empty_db, "coordinator", "list", "--json").stdout)
    assert sorted(c["id"] for c in coordinators) == [1, 2]
    assert ok(kecli, "--db", empty_db, "audit", "verify").exit_code == 0


def test_import_is_logged_once_with_the_file_name_only(kecli, tmp_path):
    folder = tmp_path / "fra-gammelt-system"
    folder.mkdir()
    path = write(folder, row(fnr=ADULT), row(id="2026-0002", name="Per"))
    result = ok(kecli, "import", "cases", str(path))
    assert result.stdout.splitlines()[-1] == "Next: kecli case list"
    events = kecli.json("audit", "list")
    assert [e["action"] for e in events] == ["import.cases"]
    details = events[0]["details"]
    assert details["file"] == "cases.csv"
    assert (details["rows"], details["cases"], details["dry_run"]) == (2, 2, False)
    assert ADULT not in json.dumps(events) and "fra-gammelt-system" not in json.dumps(events)


def test_imported_case_keeps_its_id_and_who_registered_it(kecli, tmp_path):
    ok(kecli, "import", "cases", str(write(tmp_path, row(id="2025-0042"))))
    case = kecli.json("case", "show", "2025-42")
    assert (case["id"], case["created_by"]) == ("2025-0042", "gammelt-system")
    assert kecli.new_case()["id"] == "2026-0001"


def test_json_summary(kecli, tmp_path):
    path = write(tmp_path, row(), row(id="2026-0002", name="Per"))
    summary = kecli.json("import", "cases", str(path))
    assert summary == {
        "file": "cases.csv",
        "format": "csv",
        "rows": 2,
        "dry_run": False,
        "cases": 2,
        "decisions": 0,
        "coordinators_created": 0,
        "appointments": 0,
        "appeals": 0,
        "plans": 0,
        "deadlines_corrected": 0,
        "first_corrected_line": None,
    }


# --- --dry-run ---------------------------------------------------------------------------


def test_dry_run_checks_everything_and_writes_nothing(kecli, tmp_path):
    kecli.new_case(name="Already here")
    before = kecli.snapshot()
    path = write(tmp_path, row(id="2025-0001"), row(id="2025-0002", name="Per"))
    result = ok(kecli, "import", "cases", str(path), "--dry-run")
    assert "Checked 2 rows" in result.stdout and "nothing was written" in result.stdout
    assert kecli.snapshot() == before


def test_dry_run_also_finds_rows_that_clash_with_the_database(kecli, tmp_path, refused):
    kecli.new_case(name="Already here")
    path = write(tmp_path, row())
    refused(2, "import", "cases", str(path), "--dry-run",
            message="line 2: id: case 2026-0001 already exists in the database")  # fmt: skip


# --- bad rows ------------------------------------------------------------------------------


def test_one_bad_row_writes_nothing_and_names_its_line(kecli, tmp_path, refused):
    path = write(tmp_path, row(), row(id="2026-0002", received_on="2026-12-01"))
    result = refused(2, "import", "cases", str(path), message="1 bad row in cases.csv")
    assert bad_lines(result) == [
        "line 3: received_on 2026-12-01 is after today (2026-11-28).",
    ]
    assert result.stderr.splitlines()[-1] == (
        "Error: 1 bad row in cases.csv; nothing was imported."
    )


def test_every_bad_row_is_listed_with_its_physical_line(kecli, tmp_path):
    path = write(
        tmp_path,
        row(note="a note\nover\nthree lines"),  # lines 2-4
        row(id="2026-0002", fnr=ADULT[:6] + "*****"),  # line 5
        row(id="2026-0003", kind="ip"),  # line 6
        row(id="2026-0004", note='quoted "x",\nand a comma'),  # lines 7-8
        row(id="2026-0005", received_on="31.02.2026"),  # line 9
    )
    before = kecli.snapshot()
    result = import_(kecli, path)
    assert result.exit_code == 2 and result.stdout == ""
    assert bad_lines(result) == [
        "line 5: fnr: the fødselsnummer is masked; export with --include-fnr to move cases",
        "line 6: Invalid value for kind: 'ip'.",
        "line 9: received_on: Invalid date: '31.02.2026' is not a day in the calendar",
    ]
    assert result.stderr.splitlines()[-1] == "Error: 3 bad rows in cases.csv; nothing was imported."
    assert kecli.snapshot() == before


def test_the_listing_stops_at_50_and_counts_the_rest(kecli, tmp_path):
    rows = [row(id=f"2026-{n:04d}", wants_ip="maybe") for n in range(1, 61)]
    result = import_(kecli, write(tmp_path, *rows))
    assert result.exit_code == 2
    listed = bad_lines(result)
    assert len(listed) == 50
    assert listed[0] == "line 2: wants_ip: write true or false, not 'maybe'"
    assert listed[-1].startswith("line 51: ")
    assert "… and 10 more bad rows" in result.stderr
    assert "60 bad rows" in result.stderr


def test_jsonl_errors_name_the_line_of_the_file(kecli, tmp_path):
    good = {"id": "2026-0001", "kind": "koordinator", "status": "received",
            "received_on": "2026-10-01", "name": "Kari"}  # fmt: skip
    path = tmp_path / "cases.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                "",
                json.dumps({**good, "id": "2026-0002", "wants_ip": "yes"}),
                "{not json",
                json.dumps({**good, "id": "2026-0003", "colour": "blue"}),
                json.dumps(["a", "list"]),
                json.dumps({**good, "id": "2026-0004", "guardians": "Mor"}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = import_(kecli, path)
    assert result.exit_code == 2
    listed = bad_lines(result)
    assert [line.split(":")[0] for line in listed] == [
        "line 3", "line 4", "line 5", "line 6", "line 7",
    ]  # fmt: skip
    assert listed[0] == "line 3: wants_ip: must be true or false"
    assert listed[2] == "line 5: unknown key 'colour'"
    assert listed[4] == "line 7: guardians: must be a list of strings"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"id": "26-1"}, "id: '26-1' is not a case id YYYY-NNNN"),
        ({"id": "2026-00001"}, "id: '2026-00001' is not a case id"),
        ({"name": ""}, "The name cannot be empty."),
        ({"fnr": "12345678901"}, "Invalid fødselsnummer: the control digits do not match"),
        ({"fnr": SYNTHETIC}, "Invalid fødselsnummer: synthetic test numbers are not allowed"),
        ({"fnr": ADULT, "birth_date": "1980-01-02"}, "birth_date does not agree with"),
        ({"channel": "fax"}, "Invalid value for channel: 'fax'"),
        ({"status": "open"}, "status: invalid value 'open' (received|decided|closed)"),
        ({"status": "decided"}, "decision_outcome: missing for status decided"),
        ({"status": "closed"}, "closed_on: missing for a closed case"),
        ({"close_reason": "x"}, "close_reason: only given when status is closed"),
        ({"expected_birth_date": "2027-01-01"}, "expected_birth_date applies to barnekoordinator"),
        ({"decided_on": "2026-11-01"}, "decided_on: given without decision_outcome"),
        ({"coordinator_name": "Siri"}, "coordinator_name: given without coordinator_id"),
        (
            {"status": "decided", "decision_outcome": "innvilget", "decided_on": "2026-09-30"},
            "decided_on: 2026-09-30 is before received_on (2026-10-01)",
        ),
        (
            {"status": "decided", "decision_outcome": "innvilget", "decided_on": "2026-11-29"},
            "decided_on: 2026-11-29 is after today (2026-11-28)",
        ),
        (
            {"status": "decided", "decision_outcome": "ja", "decided_on": "2026-11-01"},
            "decision_outcome: invalid value 'ja' (innvilget|avslag)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "notified_on": "2026-10-31",
            },
            "notified_on: 2026-10-31 is before decided_on (2026-11-01)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
            },
            "decision_outcome: innvilget does not follow from failed_criteria [consent]",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "sent_on": "2026-11-02",
                "sent_via": "fax",
            },
            "sent_via: invalid value 'fax' (post|digital|hand)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "sent_via": "post",
            },
            "sent_via: given without sent_on",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "sent_on": "2026-11-02",
            },
            "sent_on: given without sent_via",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "sent_on": "2026-10-31",
                "sent_via": "post",
            },
            "sent_on: 2026-10-31 is before decided_on (2026-11-01)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "sent_on": "2026-11-29",
                "sent_via": "post",
            },
            "sent_on: 2026-11-29 is after today (2026-11-28)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "sent_on": "2026-11-03",
                "sent_via": "post",
                "notified_on": "2026-11-02",
            },
            "notified_on: 2026-11-02 is before sent_on (2026-11-03)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "appeal_deadline_estimated": "kanskje",
            },
            "appeal_deadline_estimated: write true or false, not 'kanskje'",
        ),
        ({"sent_on": "2026-11-02"}, "sent_on: given without decision_outcome"),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "long_term",
            },
            "failed_criteria: [long_term] cannot be the only criteria not met",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "child_age",
            },
            "failed_criteria: unknown criterion for koordinator: child_age",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "coordinator_id": "x1",
                "coordinator_name": "Siri",
                "coordinator_since": "2026-11-02",
            },
            "coordinator_id: 'x1' is not a coordinator id",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "coordinator_id": "1",
                "coordinator_name": "Siri",
            },
            "coordinator_since: missing",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "appeal_status": "filed",
                "appeal_filed_on": "2026-09-30",
            },
            "appeal_filed_on: 2026-09-30 is before received_on (2026-10-01)",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "appeal_status": "waiting",
                "appeal_filed_on": "2026-11-05",
            },
            "appeal_status: invalid value 'waiting'",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "appeal_status": "filed",
                "appeal_filed_on": "2026-11-05",
                "appeal_final_outcome": "omgjort",
            },
            "appeal_final_outcome: only given when appeal_status is closed (not filed)",
        ),
        (
            {"appeal_status": "closed", "appeal_filed_on": "2026-11-05"},
            "appeal_status: given without decision_outcome",
        ),
        ({"next_evaluation": "snart"}, "next_evaluation: Invalid date: 'snart'"),
        (
            {
                "kind": "barnekoordinator",
                "birth_date": "2000-01-01",
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
            },
            "failed_criteria: child_age is not met on 2026-11-01 by the birth date",
        ),
        (
            {
                "kind": "barnekoordinator",
                "birth_date": "2015-01-01",
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "child_age",
            },
            "failed_criteria: child_age is met on 2026-11-01 by the birth date",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "coordinator_id": "5",
                "coordinator_name": "Siri",
                "coordinator_since": "2026-11-02",
            },
            "coordinator_id: a coordinator needs decision_outcome innvilget",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "appeal_status": "forwarded",
                "appeal_filed_on": "2026-11-05",
                "appeal_unit_outcome": "medhold",
            },
            "appeal_status: an appeal cannot be forwarded with appeal_unit_outcome medhold and "
            "appeal_final_outcome empty",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "appeal_status": "closed",
                "appeal_filed_on": "2026-11-05",
                "appeal_unit_outcome": "medhold",
                "appeal_final_outcome": "stadfestet",
            },
            "appeal_status: an appeal cannot be closed with appeal_unit_outcome medhold and "
            "appeal_final_outcome stadfestet",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "wants_ip": "true",
                "next_evaluation": "2027-02-01",
            },
            "next_evaluation: a plan needs decision_outcome innvilget and wants_ip true",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "wants_ip": "false",
                "next_evaluation": "2027-02-01",
            },
            "next_evaluation: a plan needs decision_outcome innvilget and wants_ip true",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "avslag",
                "decided_on": "2026-11-01",
                "failed_criteria": "consent",
                "wants_ip": "true",
                "plan_consent": "true",
            },
            "plan_consent: a plan needs decision_outcome innvilget and wants_ip true",
        ),
        (
            {"plan_consent": "false"},
            "plan_consent: a plan needs decision_outcome innvilget and wants_ip true",
        ),
        (
            {
                "status": "decided",
                "decision_outcome": "innvilget",
                "decided_on": "2026-11-01",
                "wants_ip": "true",
                "next_evaluation": "2027-02-01",
                "plan_consent": "ja",
            },
            "plan_consent: write true or false, not 'ja'",
        ),
        ({"created_by": "x" * 101}, "created_by: longer than 100 characters"),
    ],
)
def test_each_rule_names_the_column(kecli, tmp_path, refused, values, message):
    refused(2, "import", "cases", str(write(tmp_path, row(**values))), message=f"line 2: {message}")


def test_an_id_twice_in_the_file_names_the_first_line(kecli, tmp_path, refused):
    path = write(tmp_path, row(), row(name="Per"))
    refused(2, "import", "cases", str(path), message="line 3: id: 2026-0001 is also on line 2")


def test_a_second_open_case_of_the_same_kind_for_the_same_person_is_a_bad_row(
    kecli, tmp_path, refused
):
    path = write(tmp_path, row(fnr=ADULT), row(id="2026-0002", fnr=ADULT))
    refused(2, "import", "cases", str(path),
            message="line 3: fnr: the person has another open koordinator case on line 2")  # fmt: skip
    kecli.new_case("--fnr", CHILD, kind="barnekoordinator")
    path = write(tmp_path, row(id="2025-0001", fnr=CHILD, kind="barnekoordinator"))
    refused(2, "import", "cases", str(path),
            message="line 2: fnr: the person already has an open barnekoordinator case: 2026-0001")  # fmt: skip


def test_synthetic_numbers_pass_when_config_allows_them(kecli, tmp_path):
    ok(kecli, "config", "set", "allow_synthetic_ids", "true")
    ok(kecli, "import", "cases", str(write(tmp_path, row(fnr=SYNTHETIC))))


def test_synthetic_numbers_in_a_big_file_follow_the_databases_setting(
    kecli, tmp_path, monkeypatch, import_workers
):
    """Workers start before the database's setting is read, and let synthetic numbers
    pass: where the database does not take them, the file is checked again in one
    process, which refuses them row by row; where it does, the parts are merged."""
    from kecli.services.importing import merging

    merged = []
    real_merge = merging.merge_parts
    monkeypatch.setattr(
        merging, "merge_parts", lambda *a, **k: merged.append(1) or real_merge(*a, **k)
    )
    rows = [row(id=f"2025-{n:04d}", name=f"Person {n}") for n in range(1, 31)]
    rows[24] = row(id="2025-0025", fnr=SYNTHETIC)  # line 26, in the last of three parts
    path = write(tmp_path, *rows)
    before = kecli.snapshot()
    result = import_(kecli, path)
    assert result.exit_code == 2 and result.stdout == ""
    assert bad_lines(result) == [
        "line 26: Invalid fødselsnummer: synthetic test numbers are not allowed in this database"
    ]
    assert kecli.snapshot() == before and merged == []
    ok(kecli, "config", "set", "allow_synthetic_ids", "true")
    ok(kecli, "import", "cases", str(path))
    assert len(kecli.json("case", "list")) == 30
    assert merged == ([1] if import_workers == "workers" else [])


def test_a_coordinator_must_match_the_one_stored_with_that_id(kecli, tmp_path, refused):
    ok(kecli, "coordinator", "add", "--name", "Siri Åsen", "--kind", "barnekoordinator", "--json")
    granted = {"status": "decided", "decision_outcome": "innvilget", "decided_on": "2026-11-01",
               "coordinator_id": "1", "coordinator_since": "2026-11-02"}  # fmt: skip
    refused(2, "import", "cases", str(write(tmp_path, row(**granted, coordinator_name="Siri"))),
            message="line 2: coordinator_name: coordinator 1 is 'Siri Åsen' in the database, "
            "not 'Siri'")  # fmt: skip
    refused(2, "import", "cases",
            str(write(tmp_path, row(**granted, coordinator_name="Siri Åsen"))),
            message="coordinator 1 is barnekoordinator and cannot serve a koordinator case")  # fmt: skip
    path = write(tmp_path, row(**granted, coordinator_name="Siri Åsen", kind="barnekoordinator"))
    summary = kecli.json("import", "cases", str(path))
    assert (summary["appointments"], summary["coordinators_created"]) == (1, 0)


def test_one_coordinator_id_with_two_names_in_the_file_is_a_bad_row(kecli, tmp_path, refused):
    granted = {"status": "decided", "decision_outcome": "innvilget", "decided_on": "2026-11-01",
               "coordinator_id": "7", "coordinator_since": "2026-11-02"}  # fmt: skip
    path = write(
        tmp_path,
        row(**granted, coordinator_name="Siri"),
        row(**granted, id="2026-0002", coordinator_name="Sara"),
    )
    refused(2, "import", "cases", str(path),
            message="line 3: coordinator_name: coordinator 7 is 'Siri' on line 2")  # fmt: skip


def test_coordinators_beyond_those_kept_at_hand_are_checked_the_same(
    kecli, tmp_path, refused, monkeypatch
):
    """The checks keep a few thousand coordinators in memory and look the rest up: a
    coordinator met again after it left memory still has its name, kinds and line."""
    from kecli.services.importing import TUNING

    monkeypatch.setattr(TUNING, "coordinators_kept", 2)
    granted = {"status": "decided", "decision_outcome": "innvilget", "decided_on": "2026-11-01",
               "coordinator_since": "2026-11-02"}  # fmt: skip
    child = {"kind": "barnekoordinator", "fnr": CHILD}
    rows = [
        row(**granted, id="2026-0001", coordinator_id="1", coordinator_name="Anne"),
        row(**granted, id="2026-0002", coordinator_id="2", coordinator_name="Bo"),
        row(**granted, id="2026-0003", coordinator_id="3", coordinator_name="Cato"),
        row(**granted, **child, id="2026-0004", coordinator_id="1", coordinator_name="Anne"),
    ]
    clash = row(**granted, id="2026-0005", coordinator_id="2", coordinator_name="Berit")
    refused(2, "import", "cases", str(write(tmp_path, *rows, clash)),
            message="line 6: coordinator_name: coordinator 2 is 'Bo' on line 3")  # fmt: skip
    summary = kecli.json("import", "cases", str(write(tmp_path, *rows)))
    assert (summary["cases"], summary["coordinators_created"]) == (4, 3)
    kinds = {c["id"]: c["kind"] for c in kecli.json("coordinator", "list")}
    assert kinds == {1: "begge", 2: "koordinator", 3: "koordinator"}


# --- bad files -------------------------------------------------------------------------------


def test_unknown_and_missing_columns_are_line_1(kecli, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("id,kind,colour\r\n2026-0001,koordinator,blue\r\n", encoding="utf-8")
    result = import_(kecli, path)
    assert result.exit_code == 2
    assert bad_lines(result) == [
        "line 1: unknown column 'colour'",
        "line 1: missing columns status, received_on, name",
    ]


def test_a_row_with_the_wrong_number_of_fields(kecli, tmp_path, refused):
    path = write(tmp_path, "2026-0001,koordinator\r\n")
    refused(2, "import", "cases", str(path),
            message=f"line 2: 2 fields, the header has {len(COLUMNS)} (check quotes and the "
                    "delimiter)")  # fmt: skip


def test_an_unclosed_quote_stops_at_its_line(kecli, tmp_path, refused):
    path = write(tmp_path, row(), '2026-0002,"koordinator\r\n')
    refused(2, "import", "cases", str(path), message="line 3: CSV:")


def test_a_file_that_is_not_utf8(kecli, tmp_path, refused):
    path = tmp_path / "cases.csv"
    path.write_bytes((HEADER + "\r\n").encode() + row(name="Kåre").encode("latin-1"))
    refused(2, "import", "cases", str(path), message="the file is not UTF-8 text")


@pytest.mark.parametrize("bad", [2, 1501])
def test_bytes_that_are_not_utf8_are_reported_on_their_own_line(kecli, tmp_path, refused, bad):
    # The decoder reads ahead in blocks; the line named is the one with the bad bytes.
    rows = [row(id=f"2026-{n:04d}", name=f"Person {n}").encode() for n in range(1, 3000)]
    rows[bad - 2] = rows[bad - 2].replace(b"Person", b"P\xf8rson")
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\r\n").encode() + b"".join(rows))
    refused(2, "import", "cases", str(path), message=f"line {bad}: the file is not UTF-8 text")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_export_of_no_cases_imports_as_nothing(kecli, tmp_path, fmt):
    # A nightly move whose filter matched nothing: exit 0, a warning, nothing written.
    target = tmp_path / f"none.{fmt}"
    ok(kecli, "export", "cases", "--include-fnr", "--status", "closed", "--output", str(target))
    result = kecli("import", "cases", str(target), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["cases"] == 0
    assert "has no rows" in result.stderr
    assert kecli.json("case", "list") == []


def test_a_file_without_a_header(kecli, tmp_path, refused):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused(2, "import", "cases", str(empty), message="line 1: the header row is missing")


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("cases.txt", [], "Cannot tell the format from the file name cases.txt"),
        ("cases.json", [], "Cannot tell the format"),
        ("cases.csv", ["--format", "xlsx"], "Invalid value for --format: 'xlsx'"),
        ("cases.jsonl", ["--delimiter", ";"], "--delimiter applies to csv only"),
        ("cases.csv", ["--delimiter", "|"], "Invalid delimiter: '|'"),
    ],
)
def test_bad_options_exit_2(kecli, tmp_path, refused, name, args, message):
    path = write(tmp_path, row(), name=name)
    refused(2, "import", "cases", str(path), *args, message=message)


def test_format_option_wins_over_the_file_name(kecli, tmp_path):
    path = write(tmp_path, row(), name="cases.txt")
    ok(kecli, "import", "cases", str(path), "--format", "csv")


def test_a_missing_file_exits_2(kecli, tmp_path, refused):
    refused(2, "import", "cases", str(tmp_path / "nope.csv"), message="does not exist")


def test_a_bad_row_after_many_chunks_leaves_the_database_and_audit_log_unchanged(kecli, tmp_path):
    from kecli.services.importing import TUNING

    kecli.new_case(name="Already here")
    before = kecli.snapshot()
    events = kecli.json("audit", "list")
    count = TUNING.chunk_rows * 2 + 10
    rows = [row(id=f"2025-{n:04d}", name=f"Person {n}") for n in range(1, count + 1)]
    rows.append(row(id="2024-0001", received_on="2026-12-01"))
    rows.append(row(id="2025-0001", name="Again"))
    result = import_(kecli, write(tmp_path, *rows))
    assert result.exit_code == 2 and result.stdout == ""
    assert bad_lines(result) == [
        f"line {count + 2}: received_on 2026-12-01 is after today (2026-11-28).",
        f"line {count + 3}: id: 2025-0001 is also on line 2",
    ]
    assert kecli.snapshot() == before
    assert kecli.json("audit", "list") == events


@pytest.mark.parametrize("dry_run", [False, True])
def test_repeats_across_chunks_name_the_first_line_and_write_nothing(kecli, tmp_path, dry_run):
    """The checks of a chunk see earlier chunks through the import's temporary tables
    (memory stays flat): the messages are those of repeats within one chunk."""
    from kecli.services.importing import TUNING

    before = kecli.snapshot()
    rows = [row(id="2025-0001", fnr=ADULT)]
    rows += [row(id=f"2025-{n:04d}", name=f"Person {n}") for n in range(2, TUNING.chunk_rows + 5)]
    rows.append(row(id="2024-0001", fnr=ADULT))  # the same person, another open case
    rows.append(row(id="2025-0002", name="Again"))  # an id of the first chunk
    rows.append(row(id="2024-0002"))  # fine: only the bad rows are listed
    rows.append(row(id="2024-0003", fnr=ADULT))  # again: the first line is still line 2
    rows.append(row(id="2025-0002", name="Thrice"))
    last = len(rows) + 1
    result = import_(kecli, write(tmp_path, *rows), *(["--dry-run"] if dry_run else []))
    assert result.exit_code == 2 and result.stdout == ""
    assert bad_lines(result) == [
        f"line {last - 4}: fnr: the person has another open koordinator case on line 2",
        f"line {last - 3}: id: 2025-0002 is also on line 3",
        f"line {last - 1}: fnr: the person has another open koordinator case on line 2",
        f"line {last}: id: 2025-0002 is also on line 3",
    ]
    assert kecli.snapshot() == before


@pytest.mark.parametrize("repeat", ["person", "id"])
def test_a_repeat_across_chunks_of_one_part_is_listed_as_always(
    kecli, tmp_path, monkeypatch, import_workers, repeat
):
    """Chunks of four rows, and (workers) two parts, lines 2–16 and 17–30: a worker that
    meets a key of an earlier chunk of its own part gives up before any merge, and the
    file, checked again in one process, lists the row as it always does."""
    from kecli.services.importing import TUNING, merging

    monkeypatch.setattr(TUNING, "chunk_rows", 4)
    if import_workers == "workers":
        monkeypatch.setenv("KECLI_IMPORT_WORKERS", "2")
    merged = []
    real_merge = merging.merge_parts
    monkeypatch.setattr(
        merging, "merge_parts", lambda *a, **k: merged.append(1) or real_merge(*a, **k)
    )
    before = kecli.snapshot()
    rows = [row(id=f"2025-{n:04d}", name=f"Person {n}") for n in range(1, 30)]
    if repeat == "person":
        rows[20] = row(id="2025-0021", fnr=ADULT)  # line 22
        rows[25] = row(id="2025-0026", fnr=ADULT)  # line 27: another open case
        expected = "line 27: fnr: the person has another open koordinator case on line 22"
    else:
        rows[26] = row(id="2025-0020", name="Again")  # line 28; 2025-0020 is on line 21
        expected = "line 28: id: 2025-0020 is also on line 21"
    result = import_(kecli, write(tmp_path, *rows))
    assert result.exit_code == 2 and result.stdout == ""
    assert bad_lines(result) == [expected]
    assert kecli.snapshot() == before
    assert merged == []  # the workers' parts were never merged
    rows[25], rows[26] = row(id="2025-0026"), row(id="2025-0027")
    ok(kecli, "import", "cases", str(write(tmp_path, *rows)))
    assert len(kecli.json("case", "list")) == 29
    assert merged == ([1] if import_workers == "workers" else [])


_K = ("services", "long_term", "complex", "coordination", "consent", "participation")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_unsent_posted_and_handed_over_decisions_round_trip(kecli, tmp_path, empty_db, fmt):
    refused = [a.replace("consent=yes", "consent=no") for a in KOORDINATOR_YES]
    for n, name in enumerate(("Ikke Sendt", "Post Lagt", "Post Kommet", "For Hand"), start=1):
        kecli.new_case("--received", "2026-10-01", name=name)
        ok(kecli, "case", "assess", f"2026-{n:04d}", *refused, "--decided-on", "2026-11-20")
    ok(kecli, "case", "notify", "2026-0002", "--sent-on", "2026-11-20", "--via", "post")
    ok(kecli, "case", "notify", "2026-0003", "--sent-on", "2026-11-20", "--via", "post",
       "--on", "2026-11-24")  # fmt: skip
    ok(kecli, "case", "notify", "2026-0004", "--sent-on", "2026-11-23", "--via", "hand")
    ok(kecli, "appeal", "file", "2026-0001", "--filed-on", "2026-11-25")  # no deadline yet
    result = round_trip(kecli, tmp_path, empty_db, fmt=fmt)
    assert json.loads(result.stdout)["deadlines_corrected"] == 0 and result.stderr == ""
    moved = {c["id"]: c for c in kecli.json("--db", empty_db, "case", "list")}
    keys = ("sent_on", "sent_via", "notified_on", "appeal_deadline", "appeal_deadline_estimated")
    assert {i: tuple(c["decision"][k] for k in keys) for i, c in moved.items()} == {
        "2026-0001": (None, None, None, None, False),
        "2026-0002": ("2026-11-20", "post", None, "2026-12-28", True),
        "2026-0003": ("2026-11-20", "post", "2026-11-24", "2026-12-22", False),
        "2026-0004": ("2026-11-23", "hand", "2026-11-23", "2026-12-21", False),
    }
    appeal = moved["2026-0001"]["appeals"][0]
    assert (appeal["deadline"], appeal["timely"]) == (None, True)
    report = kecli.json("--db", empty_db, "report", "deadlines", "--within", "30")
    assert {(i["case_id"], i["type"], i["estimated"]) for i in report} == {
        ("2026-0002", "appeal_window", True),
        ("2026-0003", "appeal_window", False),
        ("2026-0004", "appeal_window", False),
        ("2026-0001", "decision_unsent", False),  # appealed, but still to be sent
        ("2026-0001", "appeal_forwarding", False),
    }


def test_an_empty_notified_on_is_unknown_and_a_posting_is_estimated_by_this_databases_postal_days(
    kecli, tmp_path
):
    kecli.json("config", "set", "postal_days", "3")
    refused = {"status": "decided", "decision_outcome": "avslag", "failed_criteria": "consent",
               "decided_on": "2026-11-20"}  # fmt: skip
    path = write(
        tmp_path,
        row(id="2026-0001", name="A", **refused),
        row(id="2026-0002", name="B", sent_on="2026-11-20", sent_via="post", **refused),
        row(id="2026-0003", name="C", sent_on="2026-11-20", sent_via="digital", **refused),
    )
    result = import_(kecli, path, "--json")
    assert result.exit_code == 0, result.stderr
    shown = {
        c["id"]: (c["decision"]["notified_on"], c["decision"]["appeal_deadline"],
                  c["decision"]["appeal_deadline_estimated"])
        for c in kecli.json("case", "list")
    }  # fmt: skip
    assert shown == {
        "2026-0001": (None, None, False),  # not sent: no deadline, never the decision day
        "2026-0002": (None, "2026-12-21", True),  # 20 Nov + 3 = Mon 23 Nov → Mon 21 Dec
        "2026-0003": ("2026-11-20", "2026-12-18", False),  # digital: that day
    }
    [unsent] = kecli.json("report", "deadlines", "--type", "decision_unsent")
    assert (unsent["case_id"], unsent["due"]) == ("2026-0001", "2026-11-27")


def test_an_estimate_the_file_gives_wrongly_is_counted_as_corrected(kecli, tmp_path):
    refused = {"status": "decided", "decision_outcome": "avslag", "failed_criteria": "consent",
               "decided_on": "2026-11-20", "sent_on": "2026-11-20", "sent_via": "post"}  # fmt: skip
    path = write(
        tmp_path,
        row(id="2026-0001", name="A", appeal_deadline="2026-12-28",
            appeal_deadline_estimated="false", **refused),
        row(id="2026-0002", name="B", appeal_deadline="2026-12-28",
            appeal_deadline_estimated="true", **refused),
    )  # fmt: skip
    result = import_(kecli, path, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["deadlines_corrected"] == 1
    assert all(c["decision"]["appeal_deadline_estimated"] for c in kecli.json("case", "list"))


def test_an_appeal_deadline_other_than_the_laws_is_stored_as_the_laws_with_a_warning(
    kecli, tmp_path
):
    # An older kecli stored a file's deadline as it was: such a database must still move,
    # and the deadline kecli counts by is the law's (a wrong one made late appeals timely).
    decided = {"status": "decided", "decided_on": "2026-11-20", "notified_on": "2026-11-23"}
    path = write(
        tmp_path,
        row(id="2026-0001", name="A", decision_outcome="avslag", failed_criteria="consent",
            appeal_deadline="2026-12-21", **decided),
        row(id="2026-0002", name="B", decision_outcome="avslag", failed_criteria="consent",
            appeal_deadline="2027-06-30", **decided),
        row(id="2026-0003", name="C", decision_outcome="innvilget",
            appeal_deadline="2026-12-18", **decided),
        row(id="2026-0004", name="D", decision_outcome="avslag", failed_criteria="consent",
            **decided),
    )  # fmt: skip
    result = import_(kecli, path, "--json")
    assert result.exit_code == 0, result.stderr
    assert "2 rows gave an appeal_deadline that is not the law's (first on line 3)" in (
        result.stderr
    )
    assert json.loads(result.stdout)["deadlines_corrected"] == 2
    shown = {c["id"]: c["decision"]["appeal_deadline"] for c in kecli.json("case", "list")}
    assert shown == {
        "2026-0001": "2026-12-21",
        "2026-0002": "2026-12-21",
        "2026-0003": None,
        "2026-0004": "2026-12-21",
    }
    logged = kecli.json("audit", "list", "--action", "import")[-1]["details"]
    assert logged["deadlines_corrected"] == 2
    late = kecli.json("appeal", "file", "2026-0002", "--filed-on", "2026-11-28")
    assert late["appeals"][0]["deadline"] == "2026-12-21"


def test_a_case_closed_before_its_decision_moves_as_it_was_registered(kecli, tmp_path):
    # case close refuses it now; an older kecli did not, and such a database must move.
    path = write(
        tmp_path,
        row(status="closed", closed_on="2026-10-05", decision_outcome="innvilget",
            decided_on="2026-11-20"),
    )  # fmt: skip
    assert import_(kecli, path).exit_code == 0
    assert kecli.json("case", "show", "2026-0001")["closed_on"] == "2026-10-05"


def test_an_expected_birth_date_far_ahead_moves_as_it_was_registered(kecli, tmp_path):
    # The 10-month check is for what a caseworker types in case new, not for a move.
    path = write(tmp_path, row(kind="barnekoordinator", expected_birth_date="2029-03-01"))
    assert import_(kecli, path).exit_code == 0
    shown = kecli.json("case", "show", "2026-0001")
    assert shown["person"]["expected_birth_date"] == "2029-03-01"


@pytest.mark.parametrize("final", ["stadfestet", "omgjort"])
def test_a_case_whose_appeal_statsforvalteren_answered_round_trips(
    kecli, tmp_path, empty_db, final
):
    case_id = kecli.new_case("--received", "2026-10-01")["id"]
    answers = [
        f"--answer={c}={'no' if c in ('long_term', 'complex') else 'yes'}"
        for c in ("services", "long_term", "complex", "coordination", "consent", "participation")
    ]
    ok(kecli, "case", "assess", case_id, *answers, "--decided-on", "2026-10-10")
    ok(kecli, "appeal", "file", case_id, "--filed-on", "2026-10-20")
    ok(kecli, "appeal", "escalate", case_id, "--on", "2026-10-25")
    ok(kecli, "appeal", "resolve", case_id, "--outcome", final, "--on", "2026-11-20")
    round_trip(kecli, tmp_path, empty_db)
    shown = kecli.json("--db", empty_db, "case", "show", case_id)
    assert shown["appeals"][0]["final_outcome"] == final
    assert shown["appeals"][0]["unit_outcome"] == "ikke-medhold"
    # Moved or not, statsforvalteren's answer stays final (fvl § 28): no appeal against it.
    for db in (None, empty_db):
        where = ("--db", db) if db else ()
        result = kecli(*where, "appeal", "file", case_id, "--filed-on", "2026-11-25")
        assert result.exit_code == 1, result.output
        assert "cannot be appealed (fvl § 28" in result.stderr


# Appeal paths the exchange carries as (status, unit outcome, final outcome), each of
# them a row of the export that imports and exports again unchanged.
APPEAL_PATHS = {
    "unit avvist": ([["decide", "--outcome", "avvist"]], ("awaiting_forwarding", "avvist", None)),
    "unit avvist forwarded": (
        [["decide", "--outcome", "avvist"], ["escalate"]],
        ("forwarded", "avvist", None),
    ),
    "statsforvalteren avvist": (
        [["escalate"], ["resolve", "--outcome", "avvist"]],
        ("closed", "ikke-medhold", "avvist"),
    ),
    "medhold after forwarding": (
        [["escalate"], ["decide", "--outcome", "medhold"]],
        ("closed", "medhold", None),
    ),
    "withdrawn": ([["withdraw"]], ("closed", None, None)),
    "withdrawn after avvist": (
        [["decide", "--outcome", "avvist"], ["withdraw"]],
        ("closed", "avvist", None),
    ),
}


@pytest.mark.parametrize("path", list(APPEAL_PATHS))
def test_every_new_appeal_path_round_trips(kecli, tmp_path, empty_db, path):
    steps, state = APPEAL_PATHS[path]
    case_id = kecli.new_case("--received", "2026-10-01")["id"]
    refuse = [f"--answer={c}={'no' if c in ('long_term', 'complex') else 'yes'}" for c in _K]
    ok(kecli, "case", "assess", case_id, *refuse, "--decided-on", "2026-11-10",
       "--notified-on", "2026-11-10")  # fmt: skip
    ok(kecli, "appeal", "file", case_id, "--filed-on", "2026-11-12")
    for step in steps:
        ok(kecli, "appeal", *step[:1], case_id, *step[1:], "--on", "2026-11-20")
    round_trip(kecli, tmp_path, empty_db)
    here = kecli.json("case", "show", case_id)
    moved = kecli.json("--db", empty_db, "case", "show", case_id)
    for view in (here, moved):
        appeal = view["appeals"][-1]
        assert (appeal["status"], appeal["unit_outcome"], appeal["final_outcome"]) == state
        assert appeal["withdrawn"] is path.startswith("withdrawn")
    assert moved["decision"]["outcome"] == here["decision"]["outcome"]
    # A withdrawn appeal leaves the window open after the move too (deadline 8 Dec).
    for db in (None, empty_db):
        where = ("--db", db) if db else ()
        deadlines = kecli.json(*where, "report", "deadlines", "--type", "appeal_window")
        assert [d["case_id"] for d in deadlines] == ([case_id] if "withdrawn" in path else [])
    if state[0] == "closed" and state[1] != "medhold":
        # Withdrawn, or statsforvalteren's avvist (not final, fvl § 28): appeal again.
        for db in (None, empty_db):
            where = ("--db", db) if db else ()
            ok(kecli, *where, "appeal", "file", case_id, "--filed-on", "2026-11-25")


def _plans(kecli: Any, tmp_path: Path, *documents: dict[str, Any]) -> list[str]:
    """A granted case with a plan wanted per document, its plan saved from it; the ids."""
    ids = []
    for n, document in enumerate(documents):
        case_id = kecli.new_case("--received", "2026-10-01", name=f"P{n}")["id"]
        ok(kecli, "case", "assess", case_id, *[f"--answer={c}=yes" for c in _K], "--wants-ip")
        plan = tmp_path / f"plan{n}.json"
        plan.write_text(json.dumps(document))
        ok(kecli, "plan", "edit", case_id, "--from-file", str(plan))
        ids.append(case_id)
    return ids


_EVALUATIONS = ("report", "deadlines", "--type", "plan_evaluation")


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_consented_plan_moves_in_use_and_a_draft_as_a_draft(kecli, tmp_path, empty_db, fmt):
    # The exchange carries the plan's consent: a consented plan keeps its evaluation
    # alarm after a move, a draft stays a draft; a plan without an evaluation date moves
    # too. The plan itself is not carried: an empty one, to be filled in with plan edit.
    consented, draft, undated = _plans(
        kecli,
        tmp_path,
        {"next_evaluation": "2026-12-01", "consent": {"given": True, "on": "2026-11-20"}},
        {"next_evaluation": "2026-12-01", "consent": {"given": False}},
        {"consent": {"given": True, "on": "2026-11-20", "by": "Kari"}},
    )
    refused = kecli.new_case("--received", "2026-10-01", name="Ingen plan")["id"]
    no = [f"--answer={c}={'no' if c == 'consent' else 'yes'}" for c in _K]
    ok(kecli, "case", "assess", refused, *no)
    assert [d["case_id"] for d in kecli.json(*_EVALUATIONS)] == [consented]
    result = round_trip(kecli, tmp_path, empty_db, fmt=fmt)
    assert json.loads(result.stdout)["plans"] == 3
    exported = (tmp_path / f"first.{fmt}").read_text(encoding="utf-8-sig")
    if fmt == "csv":
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(exported, newline=""))}
        expected: dict[str, Any] = {consented: "true", draft: "false", undated: "true"}
        expected[refused] = ""
    else:
        rows = {r["id"]: r for r in map(json.loads, exported.splitlines())}
        expected = {consented: True, draft: False, undated: True, refused: None}
    assert {k: r["plan_consent"] for k, r in rows.items()} == expected
    assert rows[undated]["next_evaluation"] in ("", None)
    assert [d["case_id"] for d in kecli.json("--db", empty_db, *_EVALUATIONS)] == [consented]
    moved = {c: kecli.json("--db", empty_db, "case", "show", c)["plan"] for c in expected}
    assert {c: (p and (p["active"], p["next_evaluation"])) for c, p in moved.items()} == {
        consented: (True, "2026-12-01"),
        draft: (False, "2026-12-01"),
        undated: (True, None),
        refused: None,
    }
    # Consent without a date or a name: shown as given, and plan edit goes on from it.
    document = kecli.json("--db", empty_db, "plan", "show", consented)
    assert document["consent"] == {
        "given": True, "on": None, "by": None, "share_information": False
    }  # fmt: skip
    shown = ok(kecli, "--db", empty_db, "plan", "show", consented).stdout
    assert re.search(r"Consent\s+given\s", shown) and "Draft" not in shown
    assert "Draft" in ok(kecli, "--db", empty_db, "plan", "show", draft).stdout
    markdown = ok(kecli, "--db", empty_db, "plan", "show", consented, "--markdown").stdout
    assert "You have consented to the plan." in markdown and "Draft" not in markdown
    document["consent"]["on"] = "2026-11-20"
    plan = tmp_path / "dated.json"
    plan.write_text(json.dumps(document))
    saved = kecli.json("--db", empty_db, "plan", "edit", consented, "--from-file", str(plan))
    assert (saved["version"], saved["consent"]["on"]) == (2, "2026-11-20")
    assert kecli.json("--db", empty_db, "case", "show", consented)["plan"]["active"] is True


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_older_file_without_plan_consent_makes_its_plans_drafts(kecli, tmp_path, fmt):
    # An older kecli's export has no plan_consent: its plans move as drafts, as before.
    values = {
        "status": "decided",
        "decision_outcome": "innvilget",
        "decided_on": "2026-11-01",
        "wants_ip": "true",
        "next_evaluation": "2026-12-01",
    }
    if fmt == "csv":
        old = [c for c in COLUMNS if c != "plan_consent"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerows(
            [
                old,
                [
                    (
                        {
                            **values,
                            "id": "2026-0001",
                            "kind": "koordinator",
                            "received_on": "2026-10-01",
                            "name": "Kari",
                        }
                    ).get(c, "")
                    for c in old
                ],
            ]
        )
        path = tmp_path / "old.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
    else:
        record = {**values, "id": "2026-0001", "kind": "koordinator",
                  "received_on": "2026-10-01", "name": "Kari", "wants_ip": True}  # fmt: skip
        path = tmp_path / "old.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert kecli.json("import", "cases", str(path))["plans"] == 1
    plan = kecli.json("case", "show", "2026-0001")["plan"]
    assert (plan["active"], plan["next_evaluation"]) == (False, "2026-12-01")
    assert kecli.json("plan", "show", "2026-0001")["consent"]["given"] is False
    assert kecli.json(*_EVALUATIONS) == []


@pytest.mark.parametrize("final", ["stadfestet", "omgjort", "withdrawn"])
def test_a_new_assessment_after_an_appeal_can_be_appealed_after_a_move(
    kecli, tmp_path, empty_db, final
):
    # The row's decision came after the appeal ended: the appeal is kept against an
    # earlier decision (not in the file), so the new one stays open to appeal (fvl § 28
    # bars only statsforvalteren's own answer) and a notification does not recount it.
    case_id = kecli.new_case("--received", "2026-09-01")["id"]
    refuse = [f"--answer={c}={'no' if c == 'consent' else 'yes'}" for c in _K]
    ok(kecli, "case", "assess", case_id, *refuse, "--decided-on", "2026-09-10")
    ok(kecli, "appeal", "file", case_id, "--filed-on", "2026-09-20")
    if final == "withdrawn":
        ok(kecli, "appeal", "withdraw", case_id, "--on", "2026-09-25")
    else:
        ok(kecli, "appeal", "escalate", case_id, "--on", "2026-09-25")
        ok(kecli, "appeal", "resolve", case_id, "--outcome", final, "--on", "2026-10-20")
    ok(kecli, "case", "assess", case_id, *refuse, "--decided-on", "2026-11-02")
    round_trip(kecli, tmp_path, empty_db)
    moved = kecli.json("--db", empty_db, "case", "show", case_id)
    assert moved["appeals"][0]["decision_id"] is None
    notified = kecli.json("--db", empty_db, "case", "notify", case_id, "--on", "2026-11-05")
    assert notified["appeals"][0] == moved["appeals"][0]  # not recounted
    for db in (None, empty_db):
        where = ("--db", db) if db else ()
        ok(kecli, *where, "appeal", "file", case_id, "--filed-on", "2026-11-20")


# --- worker processes ------------------------------------------------------------------


def _table_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the case tables, by id, without the moment of the import (and every
    reference between them holds)."""
    import sqlite3

    skip = {"created_at", "updated_at", "saved_at"}
    out = {}
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in (
            "cases", "decisions", "appointments", "appeals", "plans", "plan_versions",
            "coordinators",
        ):  # fmt: skip
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(c for c in columns if c not in skip)
            key = "case_id" if table == "plans" else "id"
            out[table] = conn.execute(f"SELECT {keep} FROM {table} ORDER BY {key}").fetchall()
    return out


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_workers_write_exactly_what_one_process_writes(
    kecli, tmp_path, monkeypatch, import_workers, fmt
):
    """A generated unit (every status, both outcomes, appeals at every stage, plans): its
    first 200 cases imported in one process, then the other 400 cut into three parts —
    the same rows, ids and links as checked in one process, counted on from the stored
    ones, with coordinators the first import stored."""
    if import_workers != "workers":
        pytest.skip("compares the two ways itself")
    import sqlite3

    from bench.generate import generate

    from kecli.services.importing import merging

    source = tmp_path / "source.db"
    generate(600, source)
    exported = tmp_path / f"cases.{fmt}"
    ok(kecli, "--db", str(source), "export", "cases", "--include-fnr", "-o", str(exported))
    first, rest = tmp_path / f"first.{fmt}", tmp_path / f"rest.{fmt}"
    if fmt == "csv":
        with exported.open(newline="", encoding="utf-8-sig") as handle:
            records = list(csv.reader(handle))
        for path, part in ((first, records[1:201]), (rest, records[201:])):
            with path.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerows([records[0], *part])
    else:
        lines = exported.read_text(encoding="utf-8").splitlines(keepends=True)
        first.write_text("".join(lines[:200]), encoding="utf-8")
        rest.write_text("".join(lines[200:]), encoding="utf-8")
    merged = []
    real_merge = merging.merge_parts
    monkeypatch.setattr(
        merging, "merge_parts", lambda *a, **k: merged.append(1) or real_merge(*a, **k)
    )
    written = {}
    for workers in ("1", "3"):
        target = tmp_path / f"target-{workers}" / "kecli.db"
        target.parent.mkdir()
        ok(kecli, "--db", str(target), "config", "set", "allow_synthetic_ids", "true")
        monkeypatch.setenv("KECLI_IMPORT_WORKERS", "1")
        ok(kecli, "--db", str(target), "import", "cases", str(first))
        # The first file made its coordinators serve the kinds of its cases only; as in
        # the unit, they serve both (else the later cases of the other kind are refused).
        with contextlib.closing(sqlite3.connect(target)) as db, db:
            db.execute("UPDATE coordinators SET kind = 'begge'")
        monkeypatch.setenv("KECLI_IMPORT_WORKERS", workers)
        done = kecli.json("--db", str(target), "import", "cases", str(rest), "--json")
        assert done["cases"] == 400
        written[workers] = _table_rows(target)
        assert sorted(p.name for p in target.parent.iterdir() if "import" in p.name) == []
    assert merged == [1]  # the file went through the workers, not back to one process
    assert written["3"] == written["1"]
    assert len(written["3"]["cases"]) == 600
    for table in ("decisions", "appointments", "appeals", "plans"):
        assert {row[1 if table != "plans" else 0] for row in written["3"][table]} & {
            r[0] for r in written["3"]["cases"][200:]
        }, table  # the second file wrote rows of this table too


def test_the_workers_start_before_sqlalchemy_is_loaded(kecli, tmp_path, import_workers):
    """Loading SQLAlchemy takes ≈ 0.3 s of the importing process's start: the workers are
    already checking by then (and the file is imported through them)."""
    if import_workers != "workers" or kecli.db is None:
        pytest.skip("about the workers")
    import os
    import subprocess
    import sys

    path = write(tmp_path, *(row(id=f"2025-{n:04d}", name=f"P {n}") for n in range(1, 31)))
    code = (
        "import sys\n"
        "from kecli.services.importing import TUNING, workers\n"
        "TUNING.parallel_min_bytes = 1\n"
        "loaded = []\n"
        "enter = workers.Workers.__enter__\n"
        "def spy(self):\n"
        "    loaded.append('sqlalchemy' in sys.modules)\n"
        "    return enter(self)\n"
        "workers.Workers.__enter__ = spy\n"
        "results = workers.Workers.results\n"
        "def results_spy(self, *a, **k):\n"  # the merge is loaded by now
        "    merging = sys.modules['kecli.services.importing.merging']\n"
        "    merge = merging.merge_parts\n"
        "    def merged(*a, **k):\n"
        "        loaded.append('merged')\n"
        "        return merge(*a, **k)\n"
        "    merging.merge_parts = merged\n"
        "    return results(self, *a, **k)\n"
        "workers.Workers.results = results_spy\n"
        "from kecli.cli.app import app\n"
        "try:\n"
        f"    app(['--db', {str(kecli.db)!r}, 'import', 'cases', {str(path)!r}], prog_name='kecli')\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "print(loaded)\n"
    )
    env = {**os.environ, "KECLI_IMPORT_WORKERS": "2"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[False, 'merged']"
    assert len(kecli.json("case", "list")) == 30


def test_a_file_that_is_not_a_database_is_refused_and_nothing_is_left_behind(
    kecli, tmp_path, import_workers
):
    """With workers, the database is opened while they check: its error is the one
    the import in one process gives, the workers are stopped, the staging removed."""
    import multiprocessing

    junk = tmp_path / "folder" / "notes.sqlite"
    junk.parent.mkdir()
    notes = "Referat fra møtet\n".encode() * 300
    junk.write_bytes(notes)
    path = write(tmp_path, *(row(id=f"2025-{n:04d}", name=f"P {n}") for n in range(1, 31)))
    result = kecli("--db", str(junk), "import", "cases", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines()[0] == "Error: Database error: file is not a database"
    assert junk.read_bytes() == notes
    assert sorted(p.name for p in junk.parent.iterdir()) == ["notes.sqlite"]
    assert multiprocessing.active_children() == []


def test_progress_counts_the_bytes_checked_then_the_cases_written(kecli, tmp_path, import_workers):
    """What the progress bar on a terminal shows: the file's bytes checked, and (when
    workers checked it) the cases written from their staging files."""
    if kecli.db is None:
        pytest.skip("the service is called with the SQLite file")
    from kecli.services.context import Ctx
    from kecli.services.importing import import_cases
    from kecli.store.location import resolve_url

    path = write(tmp_path, *(row(id=f"2025-{n:04d}", name=f"P {n}") for n in range(1, 31)))
    told: list[tuple[str, int, int]] = []
    ctx = Ctx(db_url=resolve_url(str(kecli.db)), user="anne", today=dt.date(2026, 11, 28))
    assert import_cases(ctx, path, progress=lambda *a: told.append(a)).cases == 30
    checked = [(done, total) for stage, done, total in told if stage == "check"]
    size = path.stat().st_size
    assert checked[-1] == (size, size)
    assert [done for done, _ in checked] == sorted(done for done, _ in checked)
    written = [(done, total) for stage, done, total in told if stage == "write"]
    if import_workers == "workers":
        assert written[-1] == (30, 30) and len(written) == 3  # one step per part
        assert told.index(("check", size, size)) < told.index(("write", 30, 30))
    else:
        assert written == []  # rows are written as they are checked


def test_a_bad_workers_setting_is_refused(kecli, tmp_path, monkeypatch, refused):
    monkeypatch.setenv("KECLI_IMPORT_WORKERS", "many")
    refused(
        2,
        "import",
        "cases",
        str(write(tmp_path, row())),
        message="KECLI_IMPORT_WORKERS must be a whole number from 1, not 'many'.",
    )


@pytest.mark.parametrize(
    "trouble", ["a worker fails", "no room for staging files", "no more processes"]
)
def test_without_workers_the_import_is_done_in_one_process(
    kecli, tmp_path, monkeypatch, import_workers, trouble
):
    if import_workers != "workers":
        pytest.skip("about the workers")
    from kecli.services.importing import folders, workers

    if trouble == "a worker fails":

        def broken(*args: Any) -> Any:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(workers, "check_part", broken)
    elif trouble == "no room for staging files":
        monkeypatch.setattr(folders, "staging_folder", lambda url: str(tmp_path / "gone"))
    else:
        import multiprocessing.context

        def refused_fork(self: Any) -> None:
            raise BlockingIOError(11, "Resource temporarily unavailable")

        monkeypatch.setattr(multiprocessing.context.ForkProcess, "start", refused_fork)
    rows = [row(id=f"2025-{n:04d}", name=f"Person {n}") for n in range(1, 41)]
    summary = kecli.json("import", "cases", str(write(tmp_path, *rows)), "--json")
    assert summary["cases"] == 40
    assert len(kecli.json("case", "list")) == 40


def test_a_byte_order_mark_inside_the_file_is_part_of_its_row(kecli, tmp_path, refused):
    """Only the file's first bytes may be a byte-order mark; a worker whose part begins
    with one must not skip it either."""
    path = write(tmp_path, "\ufeff" + row(), row(id="2026-0002"), row(id="2026-0003"))
    result = refused(2, "import", "cases", str(path), message="line 2: id: '")
    assert "is not a case id YYYY-NNNN" in result.stderr


def test_more_workers_than_sqlite_can_attach_are_not_started(kecli, tmp_path, import_workers):
    if import_workers != "workers":
        pytest.skip("about the workers")
    import os

    os.environ["KECLI_IMPORT_WORKERS"] = "40"  # restored by the fixture's monkeypatch
    rows = [row(id=f"2025-{n:04d}", name=f"Person {n}") for n in range(1, 61)]
    summary = kecli.json("import", "cases", str(write(tmp_path, *rows)), "--json")
    assert summary["cases"] == 60


@pytest.mark.parametrize("dry_run", [False, True])
def test_staging_folders_of_imports_that_died_are_removed(kecli, tmp_path, import_workers, dry_run):
    # By any import into the database's folder: one process or workers, dry run or not.
    if kecli.db is None:
        pytest.skip("about the workers' staging files beside an SQLite database")
    import os

    from kecli.services.importing.folders import host_tag

    folder = kecli.db.parent
    dead = folder / f"kecli-import-999999999-{host_tag()}-abc_12"  # no such process here
    old_style = folder / "kecli-import-999999998-abc_12"  # named before machines were
    alive = folder / f"kecli-import-{os.getpid()}-{host_tag()}-xyz"
    elsewhere = folder / "kecli-import-999999997-h0badf00d-xyz"  # another machine's
    for stale in (dead, old_style, alive, elsewhere):
        stale.mkdir()
        (stale / "part0.db").write_bytes(b"rows")
    dry = ["--dry-run"] if dry_run else []
    ok(kecli, "import", "cases", str(write(tmp_path, row(), row(id="2026-0002"))), *dry)
    assert not dead.exists() and not old_style.exists()
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("kecli-import-")) == (
        sorted([alive.name, elsewhere.name])
    )


def test_workers_whose_import_was_killed_stop_and_remove_their_rows(
    kecli, tmp_path, import_workers
):
    # kill -9 of the importing process: its workers notice, stop reading, and delete the
    # part they staged (names, fødselsnumre); the next import removes the empty folder.
    if import_workers != "workers" or kecli.db is None:
        pytest.skip("about the workers of an SQLite import")
    import os
    import signal
    import subprocess
    import sys
    import time

    rows = [row(id=f"2026-{n:04d}", name=f"Person {n}") for n in range(1, 9999)]
    path = write(tmp_path, *rows)
    env = {**os.environ, "KECLI_IMPORT_WORKERS": "2"}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLABLE, str(kecli.db), str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    folder = kecli.db.parent
    parts: list[Path] = []
    deadline = time.monotonic() + 60  # a loaded machine starts Python slowly
    while not parts and time.monotonic() < deadline:
        parts = list(folder.glob("kecli-import-*/part*.db"))
        time.sleep(0.02)
    assert parts, "the workers did not start"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60  # a loaded machine starts Python slowly
    while any(p.exists() for p in parts) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(p.exists() for p in parts)


#: An import whose workers check slowly (each row takes a little while), so that the
#: test can kill the importing process while they work.
KILLABLE = """
import sys, time
from kecli.services.importing import TUNING, checking
TUNING.parallel_min_bytes = 1
check = checking.Checker.check
def slow(self, *args, **kwargs):
    time.sleep(0.0003)
    return check(self, *args, **kwargs)
checking.Checker.check = slow
from kecli.cli.app import main
sys.argv = ["kecli", "--db", sys.argv[1], "import", "cases", sys.argv[2]]
main()
"""
