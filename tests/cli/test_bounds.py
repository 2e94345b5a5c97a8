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
        (["case", "find", "Kari"], "--limit"),
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


# Text that no database keeps: bytes that are not UTF-8 (Python hands them over as lone
# surrogates, as os.fsdecode does) and NUL (PostgreSQL refuses it; SQLite would keep it).
NOT_UTF8 = b"Ol\xff".decode("utf-8", "surrogateescape")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["case", "new", "--name", NOT_UTF8, "--kind", "koordinator"], "--name"),
        (["case", "new", f"--name={NOT_UTF8}", "--kind", "koordinator"], "--name"),
        (["--user", NOT_UTF8, "case", "new", "--name", "Ola", "--kind", "koordinator"], "--user"),
        (["case", "show", NOT_UTF8], "CASE"),
        (["audit", "list", "--user", NOT_UTF8], "--user"),
    ],
)
def test_an_argument_that_is_not_utf8_is_exit_2_naming_it(refused, args, named):
    refused(2, *args, message=f"{named} is not valid UTF-8.")


def test_a_nul_byte_in_an_argument_is_exit_2_on_both_databases(kecli, refused):
    refused(
        2,
        "case",
        "new",
        "--name",
        "Ola\x00",
        "--kind",
        "koordinator",
        message="--name holds a NUL byte",
    )
    case = kecli.new_case()["id"]
    refused(2, "case", "note", "add", case, "a\x00b", message="TEXT holds a NUL byte")


def _quick(refused, *args, message):
    """Refused within a few seconds: the file is not read to its end (it has none)."""
    import time

    started = time.monotonic()
    refused(2, *args, message=message)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{" + b" " * (1 << 20) + b"}", "the file is larger than 1 MiB"),
        (b'{"goals": []}\n\x00\x01', "not a text file (a NUL byte on line 2)"),
        (b'{\n"needs": "\xff"}', "line 2 is not UTF-8"),
        (b'{"needs": "a\\u0000b"}', "needs holds a NUL byte"),
        (b'{"goals": [{"text": "\\udcff"}]}', "goals[0].text is not valid UTF-8"),
    ],
)
def test_a_plan_file_that_is_not_a_plan_is_exit_2(refused, tmp_path, content, message):
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    _quick(refused, "plan", "edit", "2026-0001", "--from-file", str(path), message=message)


def test_a_plan_from_dev_zero_is_refused_at_once(refused):
    message = "/dev/zero: not a text file"
    _quick(refused, "plan", "edit", "2026-0001", "--from-file", "/dev/zero", message=message)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_import_of_dev_zero_is_refused_at_once(refused, fmt):
    message = "line 1: not a text file"
    _quick(refused, "import", "cases", "/dev/zero", "--format", fmt, message=message)


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_import_line_over_1_mib_is_refused(refused, tmp_path, fmt):
    path = tmp_path / f"long.{fmt}"
    path.write_bytes(b"a" * (1 << 20) + b"\n")
    _quick(refused, "import", "cases", str(path), message="line 1: the line is longer than 1 MiB")


@pytest.mark.parametrize(
    ("name", "value"),
    [("name", "Ola\u0000"), ("name", NOT_UTF8), ("guardians", ["Kari\u0000"])],
)
def test_nul_or_not_utf8_in_an_import_file_is_the_row_of_its_line(
    kecli, refused, tmp_path, name, value
):
    import json

    kecli.new_case()
    exported = tmp_path / "cases.jsonl"
    assert kecli("export", "cases", "--output", str(exported)).exit_code == 0
    record = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    record.update({"id": "2026-0100", name: value})
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    message = f"line 1: {name}: holds NUL or text that is not valid UTF-8"
    refused(2, "import", "cases", str(path), message=message)


BIG_IDS = ["2147483648", "9223372036854775808"]


@pytest.mark.parametrize("big", BIG_IDS)
@pytest.mark.parametrize(
    "command",
    [
        ["case", "show", "2026-{big}"],
        ["case", "show", "{big}-0001"],
        ["case", "note", "list", "2026-{big}"],
        ["plan", "show", "2026-{big}"],
        ["coordinator", "show", "{big}"],
        ["coordinator", "deactivate", "{big}", "--reason", "x"],
        ["coordinator", "assign", "2026-0001", "{big}"],
        ["case", "new", "--from", "2026-{big}"],
        ["audit", "list", "--case", "2026-{big}"],
        ["case", "list", "--coordinator", "{big}"],
        ["export", "cases", "--coordinator", "{big}"],
    ],
)
def test_an_id_beyond_what_the_database_keeps_is_never_an_internal_error(kecli, command, big):
    kecli.new_case()
    before = kecli.snapshot()
    result = kecli(*(part.format(big=big) for part in command), "--no-input")
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr)
    assert "internal error" not in result.stderr, result.stderr
    assert kecli.snapshot() == before


def test_a_deadline_past_the_calendars_last_day_is_exit_2(kecli, refused, monkeypatch):
    from tests.cli.test_plan import answers

    monkeypatch.setenv("KECLI_TODAY", "9999-12-31")
    case = kecli.new_case()["id"]
    kecli.json("case", "assess", case, *answers(services="no"), "--reason", "Ingen tjenester")
    message = "A deadline or date counted from the dates given falls after 9999-12-31."
    # Posted today: the appeal deadline is four weeks after it arrives.
    refused(2, "case", "notify", case, "--sent-on", "today", "--via", "post", message=message)
    refused(2, "today", message=message)


def test_a_plan_evaluation_on_the_calendars_last_day_is_in_the_calendar(kecli, tmp_path):
    import json

    import icalendar

    from tests.cli.test_plan import PLAN, granted_case

    case = granted_case(kecli)
    plan = dict(
        PLAN, next_evaluation="9999-12-31", period={"from": "2026-12-01", "to": "9999-12-31"}
    )
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    kecli.json("plan", "edit", case, "--from-file", str(path))
    result = kecli("plan", "show", case, "--format", "ics")
    assert result.exit_code == 0, result.stderr
    events = icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")
    [last] = [e for e in events if str(e.get("dtstart").dt) == "9999-12-31"]
    assert last.get("dtend") is None  # an all-day event without an end: its one day


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ('printf \'{"needs": "\\377"}\'', "the plan document: line 1 is not UTF-8."),
        ("head -c 2000000 /dev/zero", "the plan document: not a text file"),
    ],
)
def test_what_the_editor_leaves_is_read_as_a_plan_file_is(
    kecli, refused, tmp_path, monkeypatch, written, message
):
    from tests.cli.test_plan import granted_case

    case = granted_case(kecli)
    script = tmp_path / "editor.sh"
    script.write_text(f'#!/bin/sh\n{written} > "$1"\n')
    script.chmod(0o700)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    refused(2, "plan", "edit", case, "--editor", message=message)


def test_stats_for_people_over_all_the_calendar_list_the_months_with_cases(kecli):
    kecli.new_case("--received", "2026-10-05")
    result = kecli("report", "stats", "--from", "0001-01-01", "--to", "9999-12-31")
    assert result.exit_code == 0, result.stderr
    months = [line.split()[0] for line in result.stdout.splitlines() if line[:2] in ("00", "20")]
    assert months == ["2026-10"]  # not 120,000 months, most of them empty
    view = kecli.json("report", "stats", "--from", "0001-01-01", "--to", "9999-12-31")
    assert len(view["cases_by_month"]) == 9999 * 12


@pytest.mark.parametrize("big", ["2147483648", "9223372036854775808"])
def test_a_coordinator_id_in_an_import_beyond_what_the_database_keeps_is_a_bad_row(
    kecli, refused, tmp_path, big
):
    import json

    from tests.cli.test_plan import granted_case

    case = granted_case(kecli)
    kecli.json("coordinator", "add", "--name", "Kari", "--kind", "begge")
    kecli.json("coordinator", "assign", case, "1")
    exported = tmp_path / "cases.jsonl"
    assert kecli("export", "cases", "--output", str(exported)).exit_code == 0
    record = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    record.update({"id": "2026-0100", "coordinator_id": int(big)})
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    message = f"line 1: coordinator_id: '{big}' is not a coordinator id"
    refused(2, "import", "cases", str(path), message=message)
