"""``kecli export cases``: the flat rows in CSV, JSON, JSONL and XLSX, masked, filtered, logged."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.fnr import ADULT, CHILD

COLUMNS = [
    "id", "kind", "status", "received_on", "channel", "name", "fnr", "birth_date",
    "expected_birth_date", "guardians", "note", "wants_ip", "closed_on", "close_reason",
    "decision_outcome", "decided_on", "sent_on", "sent_via", "notified_on", "appeal_deadline",
    "appeal_deadline_estimated", "failed_criteria", "legal_basis", "coordinator_id", "coordinator_name", "coordinator_since", "appeal_status",
    "appeal_filed_on", "appeal_timely", "appeal_unit_outcome", "appeal_final_outcome",
    "next_evaluation", "plan_consent", "created_by", "handler",
]  # fmt: skip

KOORDINATOR_YES = [
    f"--answer={code}=yes"
    for code in ("services", "long_term", "complex", "coordination", "consent", "participation")
]


def ok(kecli: Any, *args: str) -> Any:
    result = kecli(*args)
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result


def build_cases(kecli: Any, tmp_path: Path) -> None:
    """Five cases that between them fill every column."""
    # 2026-0001: granted, coordinator, plan; a name with a comma and quotes, a two-line note.
    kecli.new_case(
        "--fnr", ADULT, "--received", "2026-10-01",
        "--note", "første linje\nandre, med komma",
        name='Kåre "K" Ødegård, jr.',
    )  # fmt: skip
    ok(kecli, "case", "assess", "2026-0001", *KOORDINATOR_YES, "--wants-ip",
       "--decided-on", "2026-11-02", "--json")  # fmt: skip
    ok(kecli, "case", "notify", "2026-0001", "--sent-on", "2026-11-02", "--via", "hand", "--json")
    ok(kecli, "coordinator", "add", "--name", "Siri Åsen", "--kind", "begge", "--json")
    ok(kecli, "coordinator", "assign", "2026-0001", "1", "--on", "2026-11-04", "--json")
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"next_evaluation": "2027-02-01"}), encoding="utf-8")
    ok(kecli, "plan", "edit", "2026-0001", "--from-file", str(plan), "--json")
    # 2026-0002: a child, refused, appealed; the unit agrees in part.
    kecli.new_case(
        "--fnr", CHILD, "--guardian", "Mor Ås", "--guardian", "Far Øy",
        "--received", "2026-10-02", kind="barnekoordinator", name="Lille Ærlig",
    )  # fmt: skip
    ok(kecli, "case", "assess", "2026-0002", "--answer", "serious_condition=no",
       "--answer", "complex_needs=yes", "--answer", "consent=yes",
       "--decided-on", "2026-11-03", "--notified-on", "2026-11-05", "--json")  # fmt: skip
    ok(kecli, "appeal", "file", "2026-0002", "--filed-on", "2026-11-10", "--json")
    ok(kecli, "appeal", "decide", "2026-0002", "--outcome", "delvis-medhold",
       "--on", "2026-11-12", "--json")  # fmt: skip
    # 2026-0003: an expected child, by telephone, not decided.
    kecli.new_case(
        "--expected-birth-date", "2027-03-01", "--channel", "telefon",
        "--received", "2026-10-03", kind="barnekoordinator", name="Ufødt Barn",
    )  # fmt: skip
    # 2026-0004: closed without a decision.
    kecli.new_case("--received", "2026-09-01", name="Per Lukket")
    ok(kecli, "case", "close", "2026-0004", "--reason", "flyttet; til Bergen",
       "--on", "2026-11-01", "--json")  # fmt: skip
    # 2026-0005: refused, appealed, granted by the unit (medhold: a new decision).
    kecli.new_case("--received", "2026-10-05", name="Mona Medhold")
    answers = [a.replace("consent=yes", "consent=no") for a in KOORDINATOR_YES]
    ok(kecli, "case", "assess", "2026-0005", *answers, "--decided-on", "2026-11-06", "--json")
    ok(kecli, "appeal", "file", "2026-0005", "--filed-on", "2026-11-20", "--json")
    ok(kecli, "appeal", "decide", "2026-0005", "--outcome", "medhold", "--on", "2026-11-25",
       "--json")  # fmt: skip


@pytest.fixture
def cases(kecli: Any, tmp_path: Path, prebuilt: Any) -> Any:
    prebuilt("test_export.cases", lambda: build_cases(kecli, tmp_path))
    return kecli


def export(kecli: Any, *args: str) -> Any:
    result = ok(kecli, "export", "cases", *args)
    return result


def csv_rows(data: bytes, delimiter: str = ",") -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in rows}


# --- CSV -------------------------------------------------------------------------------


def test_csv_is_utf8_with_a_bom_crlf_and_a_header_row(cases):
    data = export(cases).stdout_bytes
    assert data.startswith(b"\xef\xbb\xbf" + b"id,kind,status,received_on,")
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 6  # the header and five cases; the note's line break ...
    # ... is written as it is (a bare LF inside a quoted field), as RFC 4180 allows.
    assert b'"f\xc3\xb8rste linje\nandre, med komma"' in data
    header = data[3:].split(b"\r\n")[0].decode()
    assert header.split(",") == COLUMNS


def test_csv_quotes_fields_with_commas_quotes_and_line_breaks(cases):
    data = export(cases).stdout_bytes.decode("utf-8-sig")
    assert '"Kåre ""K"" Ødegård, jr."' in data
    rows = by_id(csv_rows(export(cases).stdout_bytes))
    assert rows["2026-0001"]["name"] == 'Kåre "K" Ødegård, jr.'
    assert rows["2026-0001"]["note"] == "første linje\nandre, med komma"
    assert rows["2026-0004"]["close_reason"] == "flyttet; til Bergen"


def test_norwegian_letters_survive(cases):
    rows = by_id(csv_rows(export(cases).stdout_bytes))
    assert rows["2026-0002"]["name"] == "Lille Ærlig"
    assert rows["2026-0002"]["guardians"] == "Mor Ås; Far Øy"
    assert rows["2026-0001"]["coordinator_name"] == "Siri Åsen"


def test_semicolon_delimiter_for_excel_set_up_for_norway(cases):
    data = export(cases, "--delimiter", ";").stdout_bytes
    assert data.startswith(b"\xef\xbb\xbfid;kind;status;")
    rows = by_id(csv_rows(data, delimiter=";"))
    assert rows["2026-0001"]["name"] == 'Kåre "K" Ødegård, jr.'
    assert rows["2026-0002"]["legal_basis"] == "pbrl § 2-5 c, hol § 7-2 a"
    # A field holding the delimiter is quoted; a comma no longer needs it.
    assert '"flyttet; til Bergen"' in data.decode("utf-8-sig")
    assert ";pbrl § 2-5 c, hol § 7-2 a;" in data.decode("utf-8-sig")


def test_tab_delimiter(cases):
    data = export(cases, "--delimiter", "tab").stdout_bytes
    assert data.startswith(b"\xef\xbb\xbfid\tkind\t")


def test_every_column_of_a_row(cases):
    rows = by_id(csv_rows(export(cases).stdout_bytes))
    assert rows["2026-0001"] == {
        "id": "2026-0001",
        "kind": "koordinator",
        "status": "decided",
        "received_on": "2026-10-01",
        "channel": "skjema",
        "name": 'Kåre "K" Ødegård, jr.',
        "fnr": ADULT[:6] + "*****",
        "birth_date": "1980-01-01",
        "expected_birth_date": "",
        "guardians": "",
        "note": "første linje\nandre, med komma",
        "wants_ip": "true",
        "closed_on": "",
        "close_reason": "",
        "decision_outcome": "innvilget",
        "decided_on": "2026-11-02",
        "sent_on": "2026-11-02",
        "sent_via": "hand",
        "notified_on": "2026-11-02",
        "appeal_deadline": "",
        "appeal_deadline_estimated": "false",
        "failed_criteria": "",
        "legal_basis": "pbrl § 2-5 b, hol § 7-2",
        "coordinator_id": "1",
        "coordinator_name": "Siri Åsen",
        "coordinator_since": "2026-11-04",
        "appeal_status": "",
        "appeal_filed_on": "",
        "appeal_timely": "",
        "appeal_unit_outcome": "",
        "appeal_final_outcome": "",
        "next_evaluation": "2027-02-01",
        "plan_consent": "false",
        "created_by": "tester",
        "handler": "tester",
    }
    child = rows["2026-0002"]
    assert (child["decision_outcome"], child["failed_criteria"]) == ("avslag", "serious_condition")
    assert (child["notified_on"], child["appeal_deadline"]) == ("2026-11-05", "2026-12-03")
    assert (child["appeal_status"], child["appeal_filed_on"], child["appeal_timely"]) == (
        "awaiting_forwarding",
        "2026-11-10",
        "true",
    )
    assert child["appeal_unit_outcome"] == "delvis-medhold"
    granted = rows["2026-0005"]
    assert (granted["decision_outcome"], granted["decided_on"]) == ("innvilget", "2026-11-25")
    assert (granted["appeal_status"], granted["appeal_unit_outcome"]) == ("closed", "medhold")
    assert rows["2026-0003"]["expected_birth_date"] == "2027-03-01"
    assert rows["2026-0003"]["channel"] == "telefon"
    assert (rows["2026-0004"]["status"], rows["2026-0004"]["closed_on"]) == (
        "closed",
        "2026-11-01",
    )


def test_an_empty_export_has_the_header_only(kecli):
    assert export(kecli).stdout_bytes == b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n"
    assert json.loads(export(kecli, "--format", "json").stdout) == []
    assert export(kecli, "--format", "jsonl").stdout == ""


# --- masking ---------------------------------------------------------------------------


def test_fnr_is_masked_by_default_in_every_format(cases, tmp_path):
    from openpyxl import load_workbook

    for fmt in ("csv", "json", "jsonl"):
        out = export(cases, "--format", fmt).stdout
        assert ADULT not in out and CHILD not in out, fmt
        assert ADULT[:6] + "*****" in out, fmt
    path = tmp_path / "cases.xlsx"
    export(cases, "--output", str(path))
    values = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert ADULT not in values and CHILD not in values
    assert ADULT[:6] + "*****" in values


def test_include_fnr_gives_the_full_number_in_every_format(cases, tmp_path):
    from openpyxl import load_workbook

    for fmt in ("csv", "json", "jsonl"):
        out = export(cases, "--format", fmt, "--include-fnr").stdout
        assert ADULT in out and CHILD in out, fmt
    path = tmp_path / "cases.xlsx"
    export(cases, "--output", str(path), "--include-fnr")
    values = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert ADULT in values  # as text: a number would lose a leading zero


# --- JSON and JSONL ------------------------------------------------------------------------


def test_json_is_one_array_of_flat_rows_with_typed_values(cases):
    rows = json.loads(export(cases, "--format", "json").stdout)
    assert [r["id"] for r in rows] == [f"2026-000{n}" for n in range(1, 6)]
    assert all(list(r) == COLUMNS for r in rows)
    first, child = rows[0], rows[1]
    assert first["wants_ip"] is True and first["coordinator_id"] == 1
    assert first["guardians"] == [] and first["expected_birth_date"] is None
    assert child["guardians"] == ["Mor Ås", "Far Øy"]
    assert child["failed_criteria"] == ["serious_condition"]
    assert child["appeal_timely"] is True
    assert first["appeal_timely"] is None


def test_jsonl_is_one_object_per_line(cases):
    out = export(cases, "--format", "jsonl").stdout
    lines = out.splitlines()
    assert len(lines) == 5 and out.endswith("\n")
    assert [json.loads(line) for line in lines] == json.loads(
        export(cases, "--format", "json").stdout
    )


# --- XLSX ----------------------------------------------------------------------------------


def test_xlsx_has_a_header_dates_as_dates_and_column_widths(cases, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "cases.xlsx"
    result = export(cases, "--format", "xlsx", "--output", str(path))
    assert "Exported 5 cases" in result.stderr
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == COLUMNS
    assert all(c.font.b for c in rows[0])
    assert sheet.freeze_panes == "A2"
    received = rows[1][COLUMNS.index("received_on")]
    assert received.is_date and received.value.date() == dt.date(2026, 10, 1)
    assert received.number_format == "yyyy-mm-dd"
    assert rows[1][COLUMNS.index("coordinator_id")].value == 1
    assert rows[1][COLUMNS.index("wants_ip")].value is True
    assert rows[2][COLUMNS.index("guardians")].value == "Mor Ås; Far Øy"
    assert sheet.column_dimensions["F"].width == 28  # name
    assert len(rows) == 6


def test_xlsx_writes_a_date_excel_cannot_show_as_text(kecli, tmp_path):
    # Births from 1854 are valid; Excel's dates begin in 1900 (a negative serial is #####).
    from openpyxl import load_workbook

    kecli.new_case("--birth-date", "1899-05-05", name="Eldst")
    kecli.new_case("--birth-date", "1900-03-01", name="Nest eldst")
    path = tmp_path / "cases.xlsx"
    export(kecli, "--output", str(path))
    rows = list(load_workbook(path).active.iter_rows())
    old, first = (row[COLUMNS.index("birth_date")] for row in rows[1:3])
    assert old.data_type == "s" and old.value == "1899-05-05"
    assert first.is_date and first.value.date() == dt.date(1900, 3, 1)


def test_xlsx_leaves_out_control_characters_and_says_so(kecli, tmp_path):
    from openpyxl import load_workbook

    kecli.new_case("--note", "ring\x07 mor", name="Ola")
    path = tmp_path / "cases.xlsx"
    result = export(kecli, "--output", str(path))
    assert "1 cells held control characters XLSX cannot store" in result.stderr
    cell = list(load_workbook(path).active.iter_rows())[1][COLUMNS.index("note")]
    assert cell.value == "ring mor"
    csv_result = export(kecli)  # CSV keeps them, and says nothing
    assert "\x07" in csv_result.stdout and "control characters" not in csv_result.stderr


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text(kecli, tmp_path):
    from openpyxl import load_workbook

    kecli.new_case("--note", '=HYPERLINK("http://x")', name="Ola")
    path = tmp_path / "cases.xlsx"
    export(kecli, "--output", str(path))
    cell = list(load_workbook(path).active.iter_rows())[1][COLUMNS.index("note")]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'


def test_format_follows_the_output_suffix(cases, tmp_path):
    path = tmp_path / "cases.jsonl"
    export(cases, "-o", str(path))
    assert len(path.read_text(encoding="utf-8").splitlines()) == 5


# --- output files ------------------------------------------------------------------------


def test_output_file_is_private_and_stdout_stays_empty(cases, tmp_path):
    path = tmp_path / "cases.csv"
    result = export(cases, "--output", str(path))
    assert result.stdout == ""
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_bytes() == export(cases).stdout_bytes


def test_force_overwrites_and_makes_the_file_private(cases, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("old")
    path.chmod(0o644)
    export(cases, "--output", str(path), "--force")
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


# --- filters -----------------------------------------------------------------------------


def ids(kecli: Any, *args: str) -> list[str]:
    return [r["id"] for r in json.loads(export(kecli, "--format", "json", *args).stdout)]


def test_filters_as_case_list(cases):
    assert ids(cases, "--status", "received") == ["2026-0003"]
    assert ids(cases, "--status", "closed", "--status", "received") == ["2026-0003", "2026-0004"]
    assert ids(cases, "--kind", "barnekoordinator") == ["2026-0002", "2026-0003"]
    assert ids(cases, "--coordinator", "1") == ["2026-0001"]
    assert ids(cases, "--kind", "KOORDINATOR", "--status", "decided") == [
        "2026-0001",
        "2026-0005",
    ]


def test_received_range_includes_both_ends(cases):
    assert ids(cases, "--received-from", "2026-10-02", "--received-to", "03.10.2026") == [
        "2026-0002",
        "2026-0003",
    ]
    assert ids(cases, "--received-to", "2026-09-30") == ["2026-0004"]
    assert ids(cases, "--received-from", "today") == []


# --- the audit log -------------------------------------------------------------------------


def export_events(kecli: Any) -> list[dict[str, Any]]:
    return [e for e in kecli.json("audit", "list") if e["action"].startswith("export.cases")]


def test_every_export_is_logged_before_its_first_row_and_when_it_ends(cases, tmp_path):
    export(cases, "--status", "decided", "--received-from", "2026-10-01")
    export(cases, "--format", "xlsx", "-o", str(tmp_path / "alle.xlsx"), "--include-fnr")
    began, ended, began_xlsx, ended_xlsx = export_events(cases)
    assert began["action"] == "export.cases" and ended["action"] == "export.cases.end"
    assert began["user"] == "tester" and began["case_id"] is None
    assert began["details"] == {
        "format": "csv",
        "filters": {"status": ["decided"], "received_from": "2026-10-01"},
        "include_fnr": False,
        "output": "stdout",
    }
    assert ended["details"] == {"export": began["id"], "rows": 3, "complete": True}
    assert began_xlsx["details"]["include_fnr"] is True
    assert began_xlsx["details"]["output"] == "alle.xlsx"  # the name, not the folders
    assert ended_xlsx["details"] == {"export": began_xlsx["id"], "rows": 5, "complete": True}
    assert ADULT not in json.dumps(cases.json("audit", "list"))


def test_an_export_that_finds_nothing_is_logged_with_zero_rows(kecli):
    export(kecli, "--kind", "barnekoordinator")
    _, ended = export_events(kecli)
    assert ended["details"]["rows"] == 0 and ended["details"]["complete"] is True


def test_a_failed_write_removes_the_file_and_logs_the_rows_it_began_to_write(
    cases, tmp_path, monkeypatch
):
    from kecli.render import writers

    def broken(self, rows):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(writers.CsvWriter, "write", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    result = cases("export", "cases", "-o", str(folder / "cases.csv"))
    assert result.exit_code == 1, result.stderr
    assert result.stderr.strip() == "Error: The export could not be written: disk full."
    assert list(folder.iterdir()) == []  # nor a temporary file
    began, ended = export_events(cases)
    # The write of the first chunk (all five cases) failed after it began: the log never
    # says fewer rows than may have left kecli.
    assert ended["details"] == {"export": began["id"], "rows": 5, "complete": False}


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "pdf"], "Invalid value for --format: 'pdf'"),
        (["--format", "xlsx"], "--format xlsx needs --output FILE"),
        (["--delimiter", "|"], "Invalid delimiter: '|'"),
        (["--format", "json", "--delimiter", ";"], "--delimiter applies to --format csv only"),
        (["--status", "open"], "Invalid value for --status: 'open'"),
        (["--kind", "ip"], "Invalid value for --kind: 'ip'"),
        (["--received-from", "1.13.2026"], "--received-from: Invalid date: '1.13.2026'"),
        (["--received-to", "yesterday"], "--received-to: Invalid date"),
        (
            ["--received-from", "2026-11-02", "--received-to", "2026-11-01"],
            "--received-from 2026-11-02 is after --received-to 2026-11-01",
        ),
        (["--output", "/no/such/folder/x.csv"], "The folder /no/such/folder does not exist"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(cases, refused, args, message):
    refused(2, "export", "cases", *args, message=message)


def test_an_existing_file_is_not_overwritten_without_force(cases, refused, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("keep me")
    # An existing file is a conflict (exit 1), as for db backup; a bad path is bad input.
    refused(1, "export", "cases", "-o", str(path), message=f"{path} already exists")
    assert path.read_text() == "keep me"


def test_output_dash_is_stdout(cases, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cases("export", "cases", "--output", "-")
    assert result.exit_code == 0, result.stderr
    assert len(csv_rows(result.stdout_bytes)) == 5
    assert not (tmp_path / "-").exists()
    assert export_events(cases)[-2]["details"]["output"] == "stdout"


@pytest.fixture
def read_only_url(kecli, db_backend, request):
    """The same database for someone who may read it but not write (a read-only SQLite
    file, a PostgreSQL role granted SELECT only)."""
    if db_backend == "sqlite":
        yield f"sqlite:///file:{kecli.db}?mode=ro&uri=true"
        return
    import uuid

    from sqlalchemy.engine import make_url

    server = request.getfixturevalue("pg_server")
    role = f"reader_{uuid.uuid4().hex[:8]}"
    server._execute(f'CREATE ROLE "{role}" LOGIN')
    server._execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"', kecli.url)
    url = make_url(kecli.url).set(username=role).render_as_string(hide_password=False)
    yield url
    from kecli.store.db import get_engine

    get_engine(url).dispose()
    server._execute(f'DROP OWNED BY "{role}"', kecli.url)
    server._execute(f'DROP ROLE "{role}"')


#: The hint for a database that may not be written from here: a read-only SQLite file, a
#: PostgreSQL role granted SELECT only.
NO_CHANGES = {
    "sqlite": "Hint: The database takes no changes from here (opened read-only",
    "postgresql": "Hint: Your database role may not do this",
}


@pytest.mark.parametrize("to_file", [True, False])
def test_an_export_that_cannot_be_logged_sends_out_no_row(
    cases, read_only_url, tmp_path, to_file, db_backend
):
    # Every export is in the audit log: its entry is committed before the first row
    # leaves, so one that could not be logged leaves no personal data nobody knows of.
    before = cases.snapshot()
    folder = tmp_path / "out"
    folder.mkdir()
    where = ["-o", str(folder / "cases.csv")] if to_file else []
    result = cases("--db", read_only_url, "export", "cases", "--include-fnr", *where)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: Database error: "), result.stderr
    assert NO_CHANGES[db_backend] in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 2
    assert result.stdout == ""
    assert list(folder.iterdir()) == []
    assert cases.snapshot() == before


def test_a_change_where_the_database_takes_none_says_so(cases, read_only_url, db_backend):
    before = cases.snapshot()
    result = cases("--db", read_only_url, "case", "new", "--name", "Ny", "--kind", "koordinator")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: Database error: ")
    assert NO_CHANGES[db_backend] in result.stderr
    assert "--db" not in result.stderr
    assert cases.snapshot() == before


def test_an_export_whose_end_cannot_be_logged_puts_no_file_in_place(cases, tmp_path, monkeypatch):
    from kecli.services import exports

    calls = []
    real = exports.append_event

    def flaky(conn, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs["action"])
        if len(calls) == 2:  # the export's beginning was logged; its end fails
            raise OSError("the disk went away")
        return real(conn, **kwargs)

    monkeypatch.setattr(exports, "append_event", flaky)
    folder = tmp_path / "out"
    folder.mkdir()
    result = cases("export", "cases", "--include-fnr", "-o", str(folder / "cases.csv"))
    assert result.exit_code == 1
    assert calls == ["export.cases", "export.cases.end"]
    assert list(folder.iterdir()) == []
    # The log says the export began (with fødselsnumre), and never that it was done.
    ((began),) = [(e["action"], e["details"]["include_fnr"]) for e in export_events(cases)]
    assert began == ("export.cases", True)


def test_output_that_is_a_folder_is_refused(cases, refused, tmp_path):
    refused(2, "export", "cases", "-o", str(tmp_path), message="is a directory")


def test_output_that_is_a_device_is_refused_even_with_force(cases, refused):
    refused(2, "export", "cases", "-o", "/dev/null", "--force", message="not a regular file")
    assert Path("/dev/null").is_char_device()


def test_an_unknown_coordinator_exits_1(cases, refused):
    refused(1, "export", "cases", "--coordinator", "99", message="Coordinator 99 does not exist")
    refused(1, "export", "cases", "--coordinator", "Siri", message="Coordinator Siri does not")


#: An export that writes slowly (each chunk of rows takes a while), so that the test can
#: stop it with SIGTERM half-way.
SLOW_EXPORT = """
import sys, time
from kecli.store import exports
stream = exports.stream_export_rows
def slow(*args, **kwargs):
    for chunk in stream(*args, **kwargs):
        time.sleep(0.3)
        yield chunk
exports.stream_export_rows = slow
from kecli.cli.app import main
sys.argv = ["kecli", "--db", sys.argv[1], "export", "cases", "--include-fnr",
            "--output", sys.argv[2]]
main()
"""


def many_cases(kecli: Any, tmp_path: Path, count: int = 800) -> None:
    lines = ["id,kind,status,received_on,name,fnr"]
    lines += [
        f"2026-{n:04d},koordinator,received,2026-10-01,Person {n},{ADULT if n == 1 else ''}"
        for n in range(1, count + 1)
    ]
    source = tmp_path / "many.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kecli("import", "cases", str(source)).exit_code == 0


def database(kecli: Any) -> str:
    """The test's database, for a kecli in another process."""
    return str(kecli.db) if kecli.db is not None else kecli.url


def test_an_export_stopped_by_sigterm_removes_its_file_and_is_logged_incomplete(kecli, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    many_cases(kecli, tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.csv"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_EXPORT, database(kecli), str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60  # a loaded machine starts Python slowly
    begun: list[Path] = []
    while not any(p.stat().st_size > 0 for p in begun) and time.monotonic() < deadline:
        begun = list(folder.glob(".kecli-*.tmp"))  # the file, until it is whole
        time.sleep(0.02)
    assert begun, "the export did not begin"
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    # What was saved is said: the log entries, not the rows.
    assert "Interrupted after saving: cases exported" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []
    began, ended = kecli.json("audit", "list", "--action", "export")[-2:]
    assert began["details"]["include_fnr"] is True
    assert ended["details"]["export"] == began["id"]
    assert ended["details"]["complete"] is False and 0 < ended["details"]["rows"] < 800


#: An export killed (kill -9) the moment its last row has been written (and flushed).
KILLED_AT_THE_LAST_ROW = """
import os, signal, sys
from kecli.render import writers
close = writers._Target.close
def then_killed(self):
    close(self)
    os.kill(os.getpid(), signal.SIGKILL)
writers._Target.close = then_killed
from kecli.cli.app import main
sys.argv = ["kecli", "--db", sys.argv[1], "export", "cases", "--include-fnr", *sys.argv[2:]]
main()
"""


@pytest.mark.parametrize("to_file", [False, True])
def test_an_export_killed_at_its_last_row_has_left_its_entry(kecli, tmp_path, to_file):
    import signal
    import subprocess
    import sys

    many_cases(kecli, tmp_path, 300)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cases.csv"
    where = ["--output", str(target)] if to_file else []
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_AT_THE_LAST_ROW, database(kecli), *where],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    if not to_file:  # every row left kecli, full numbers and all
        assert len(csv_rows(proc.stdout)) == 300 and ADULT.encode() in proc.stdout
    else:  # the file never appeared; its private temporary is left for the next writer
        assert not target.exists()
        (left,) = folder.iterdir()
        assert left.name.startswith(".kecli-") and stat.S_IMODE(left.stat().st_mode) == 0o600
    # Logged before the first row: who, what, with fødselsnumre — and never ended.
    (began,) = export_events(kecli)
    assert began["action"] == "export.cases" and began["user"] == "tester"
    assert began["details"]["include_fnr"] is True
    if to_file:  # the next export into that folder removes what the killed one left
        export(kecli, "--output", str(folder / "again.csv"))
        assert [p.name for p in folder.iterdir()] == ["again.csv"]


@pytest.mark.slow
def test_an_xlsx_export_on_a_full_disk_is_one_error_and_leaves_no_rows_behind(cases, tmp_path):
    # A file size limit as the full disk: one clear error, no traceback from openpyxl's
    # writer, no export file, and none of openpyxl's temporary files with the rows.
    if cases.db is None:
        pytest.skip("a subprocess on the SQLite test database")
    import os
    import resource
    import sqlite3
    import subprocess
    import sys
    from contextlib import closing

    rows = ["id,kind,status,received_on,name"]
    rows += [f"2026-{n:04d},koordinator,received,2026-10-01,Person {n}" for n in range(6, 606)]
    (tmp_path / "more.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert cases("import", "cases", str(tmp_path / "more.csv")).exit_code == 0
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    target = tmp_path / "cases.xlsx"
    # The export's log entries go first, into the database's write-ahead log: room for
    # them, not for the sheet.
    with closing(sqlite3.connect(cases.db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    result = subprocess.run(
        [sys.executable, "-m", "kecli", "--db", str(cases.db), "export", "cases",
         "--format", "xlsx", "--output", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "KECLI_LANG": "en", "TMPDIR": str(scratch)},
        preexec_fn=small_files,
        check=False,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "The export could not be written" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert not target.exists()
    assert list(scratch.iterdir()) == []
