"""A fødselsnummer typed into free text: saved with a warning, masked wherever the ``fnr``
is masked (views, lists, reports, the audit log, exports without ``--include-fnr``)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.fnr import ADULT, CHILD, with_controls

D_NUMBER = with_controls("410580123")
#: The control digits wrong: an order number, shown as typed.
ORDER = ADULT[:-1] + str((int(ADULT[-1]) + 1) % 10)
ALL = (ADULT, CHILD, D_NUMBER)


def masked(number: str) -> str:
    return number[:6] + "*****"


def whole_numbers_in(text: str) -> list[str]:
    return [n for n in ALL if n in text or f"{n[:6]} {n[6:]}" in text]


def typed_case(kecli: Any) -> str:
    """A case whose name, guardian, note and journal hold numbers, one written with a space."""
    view, _ = kecli.json_warned(
        "case", "new", "--name", f"Ola {ADULT}", "--kind", "koordinator",
        "--received", "2026-06-01", "--birth-date", "1980-01-01",
        "--guardian", f"Kari ({CHILD[:6]} {CHILD[6:]})", "--note", f"far: {D_NUMBER}, ordre {ORDER}",
    )  # fmt: skip
    kecli.json_warned("case", "note", "add", view["id"], f"ringte om {ADULT}")
    return str(view["id"])


@pytest.fixture
def case_id(kecli: Any) -> str:
    return typed_case(kecli)


# --- the warning ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Warning: fødselsnummer found in {field} – it is saved, but shown masked "
            "(DDMMYY*****).",
        ),
        (
            "nb",
            "Advarsel: fødselsnummer funnet i {field} – det lagres, men vises maskert "
            "(DDMMÅÅ*****).",
        ),
    ],
)
def test_case_new_warns_for_each_field_that_holds_a_number_and_saves(
    kecli, monkeypatch, lang, line
):
    monkeypatch.setenv("KECLI_LANG", lang)
    result = kecli(
        "case", "new", "--name", f"Ola {ADULT}", "--kind", "koordinator",
        "--guardian", "Kari", "--guardian", f"Per {CHILD}", "--note", f"ordre {ORDER}", "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    fields = {"en": ("name", "guardians"), "nb": ("navn", "foresatte")}[lang]
    assert result.stderr.splitlines() == [line.format(field=f) for f in fields]
    assert whole_numbers_in(result.stderr) == []
    view = json.loads(result.stdout)  # stdout is the JSON alone
    assert view["person"]["name"] == f"Ola {masked(ADULT)}"
    assert view["guardians"] == ["Kari", f"Per {masked(CHILD)}"]
    assert view["note"] == f"ordre {ORDER}"  # not a valid number: no warning, as typed


def test_text_without_a_number_gives_no_warning(kecli):
    result = kecli(
        "case", "new", "--name", "Ola", "--kind", "koordinator", "--note", "tlf 22334455"
    )
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("case", "edit", "{id}", "--note", f"ny: {ADULT}"), "note"),
        (("case", "edit", "{id}", "--name", f"Ola {ADULT}"), "name"),
        (("case", "edit", "{id}", "--add-guardian", f"Mor {ADULT}"), "guardians"),
        (("case", "edit", "{id}", "--phone", ADULT), "contact details"),
        (("case", "note", "add", "{id}", f"{ADULT[:6]} {ADULT[6:]} ringte"), "journal note"),
        (("case", "close", "{id}", "--reason", f"flyttet, {ADULT}"), "reason"),
        (("case", "void", "{id}", "--reason", f"dublett av {ADULT}"), "reason"),
    ],
)
def test_each_command_that_saves_free_text_warns_and_saves(kecli, args, field):
    case_id = kecli.new_case()["id"]
    result = kecli(*(a.format(id=case_id) for a in args), "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (
        f"Warning: fødselsnummer found in {field} – it is saved, but shown masked (DDMMYY*****).\n"
    )
    json.loads(result.stdout)
    assert ADULT not in result.stdout and f"{ADULT[:6]} {ADULT[6:]}" not in result.stdout


def test_appeal_grounds_warn_and_are_shown_masked(kecli):
    case_id = kecli.new_case("--received", "2025-06-01")["id"]
    answers = [
        f"--answer={c}={'no' if c == 'complex' else 'yes'}"
        for c in ("services", "long_term", "complex", "coordination", "consent", "participation")
    ]
    kecli.json("case", "assess", case_id, *answers, "--decided-on", "2026-11-02",
               "--notified-on", "2026-11-02")  # fmt: skip
    view, stderr = kecli.json_warned(
        "appeal", "file", case_id, "--filed-on", "2026-11-20", "--grounds", f"gjelder {CHILD}"
    )
    assert stderr == (
        "Warning: fødselsnummer found in grounds – it is saved, but shown masked (DDMMYY*****).\n"
    )
    assert view["appeals"][-1]["grounds"] == f"gjelder {masked(CHILD)}"
    assert CHILD not in kecli("case", "show", case_id).stdout


def test_case_edit_shows_the_changes_masked(kecli, case_id, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    result = kecli("case", "edit", case_id, "--note", f"ny {CHILD}")
    assert result.exit_code == 0, result.stderr
    assert f"merknad: far: {masked(D_NUMBER)}, ordre {ORDER} → ny {masked(CHILD)}" in result.stdout
    assert whole_numbers_in(result.stdout + result.stderr) == []


# --- shown masked ----------------------------------------------------------------------------


def test_case_show_masks_every_text_in_json_and_for_people(kecli, case_id):
    view = kecli.json("case", "show", case_id)
    assert view["person"]["name"] == f"Ola {masked(ADULT)}"
    assert view["guardians"] == [f"Kari ({masked(CHILD)})"]
    assert view["guardian_contacts"][0]["name"] == f"Kari ({masked(CHILD)})"
    assert view["note"] == f"far: {masked(D_NUMBER)}, ordre {ORDER}"
    assert view["notes"][0]["text"] == f"ringte om {masked(ADULT)}"
    shown = kecli("case", "show", case_id)
    assert f"far: {masked(D_NUMBER)}, ordre {ORDER}" in shown.stdout
    assert whole_numbers_in(json.dumps(view) + shown.stdout) == []


def test_show_fnr_shows_the_texts_whole_and_is_logged(kecli, case_id):
    view = kecli.json("case", "show", case_id, "--show-fnr")
    assert view["note"] == f"far: {D_NUMBER}, ordre {ORDER}"
    assert view["person"]["name"] == f"Ola {ADULT}"
    events = kecli.json("audit", "list", "--case", case_id, "--action", "fnr.displayed")
    assert len(events) == 1  # the case has no fnr of its own: its texts are what was shown


def test_lists_and_the_journal_show_names_and_notes_masked(kecli, case_id):
    outputs = [
        kecli("case", "list").stdout,
        json.dumps(kecli.json("case", "list")),
        kecli("case", "find", "Ola").stdout,
        json.dumps(kecli.json("case", "find", "Ola")),
        kecli("case", "note", "list", case_id).stdout,
        json.dumps(kecli.json("case", "note", "list", case_id)),
    ]
    assert all(masked(ADULT) in out for out in outputs)
    assert whole_numbers_in("".join(outputs)) == []


def test_reports_and_today_show_the_name_masked(kecli, case_id):
    outputs = [
        kecli("report", "deadlines", "--within", "365").stdout,
        json.dumps(kecli.json("report", "deadlines", "--within", "365")),
        kecli("report", "deadlines", "--within", "365", "--format", "csv").stdout,
        kecli("today", "--all").stdout,
        json.dumps(kecli.json("today", "--all")),
    ]
    assert all(f"Ola {masked(ADULT)}" in out for out in outputs)
    assert whole_numbers_in("".join(outputs)) == []


def test_audit_list_masks_an_edited_text_in_its_details(kecli, case_id):
    kecli.json_warned("case", "edit", case_id, "--note", f"ny {CHILD}")
    events = kecli.json("audit", "list", "--case", case_id, "--action", "case.edited")
    assert events and f"ny {masked(CHILD)}" in json.dumps(events, ensure_ascii=False)
    shown = kecli("audit", "list", "--case", case_id).stdout
    assert whole_numbers_in(json.dumps(events) + shown) == []


# --- exports ---------------------------------------------------------------------------------


def exported(kecli: Any, tmp_path: Path, fmt: str, *options: str) -> list[dict[str, Any]]:
    path = tmp_path / f"cases.{fmt}"
    result = kecli("export", "cases", "--output", str(path), "--force", *options)
    assert result.exit_code == 0, result.stderr
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    if fmt == "json":
        return list(json.loads(path.read_text()))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    from openpyxl import load_workbook

    header, *rows = load_workbook(path).active.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


def guardians_of(row: dict[str, Any]) -> list[str]:
    value = row["guardians"]
    return value if isinstance(value, list) else value.split("; ")


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "jsonl"])
def test_an_export_masks_numbers_in_every_text_column_unless_fnr_is_included(kecli, tmp_path, fmt):
    case_id = typed_case(kecli)
    kecli.json_warned("case", "close", case_id, "--reason", f"flyttet {CHILD}")
    [row] = exported(kecli, tmp_path, fmt)
    assert row["name"] == f"Ola {masked(ADULT)}"
    assert guardians_of(row) == [f"Kari ({masked(CHILD)})"]
    assert row["note"] == f"far: {masked(D_NUMBER)}, ordre {ORDER}"
    assert row["close_reason"] == f"flyttet {masked(CHILD)}"
    assert whole_numbers_in(json.dumps(row, default=str)) == []

    [whole] = exported(kecli, tmp_path, fmt, "--include-fnr")
    assert whole["name"] == f"Ola {ADULT}"
    assert guardians_of(whole) == [f"Kari ({CHILD[:6]} {CHILD[6:]})"]
    assert whole["note"] == f"far: {D_NUMBER}, ordre {ORDER}"
    assert whole["close_reason"] == f"flyttet {CHILD}"
    logged = kecli.json("audit", "list", "--action", "export.cases")
    began = [e["details"]["include_fnr"] for e in logged if e["action"] == "export.cases"]
    assert began == [False, True]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_export_with_include_fnr_round_trips_the_texts_byte_exact(
    kecli, tmp_path, empty_database, fmt
):
    from tests.cli.test_import import round_trip

    typed_case(kecli)
    other = str(empty_database())
    round_trip(kecli, tmp_path, other, fmt=fmt)
    view = kecli.json("--db", other, "case", "show", "--show-fnr", "2026-0001")
    assert view["note"] == f"far: {D_NUMBER}, ordre {ORDER}"


def test_coordinator_show_lists_the_case_names_masked(kecli):
    from tests.cli.test_coordinator import K_YES

    view, _ = kecli.json_warned(
        "case", "new", "--name", f"Ola {ADULT}", "--kind", "koordinator", "--received",
        "2026-11-01",
    )  # fmt: skip
    kecli.json("case", "assess", view["id"], *K_YES, "--decided-on", "2026-11-10")
    kecli.json("coordinator", "add", "--name", "Anne")
    kecli.json("coordinator", "assign", view["id"], "1")
    shown = kecli.json("coordinator", "show", "1")
    assert [c["name"] for c in shown["cases"]] == [f"Ola {masked(ADULT)}"]
    assert whole_numbers_in(kecli("coordinator", "show", "1").stdout) == []
