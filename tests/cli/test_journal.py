"""``kecli case note add|list``: the case journal, in case show, never exported."""

from __future__ import annotations

import pytest


def test_a_note_is_added_and_returned(kecli):
    case_id = kecli.new_case("--received", "2026-11-02")["id"]
    note = kecli.json(
        "case", "note", "add", case_id, "Ringte mor, avtalte møte", "--kind", "telefon",
        "--on", "2026-11-20",
    )  # fmt: skip
    assert {k: note[k] for k in ("case_id", "on", "kind", "text", "by")} == {
        "case_id": case_id,
        "on": "2026-11-20",
        "kind": "telefon",
        "text": "Ringte mor, avtalte møte",
        "by": "tester",
    }
    assert isinstance(note["id"], int) and note["at"]


def test_notes_are_listed_newest_first_by_their_day_then_as_added(kecli):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    kecli.json("case", "note", "add", case_id, "første", "--on", "2026-11-10")
    kecli.json("case", "note", "add", case_id, "tredje", "--on", "2026-11-20")
    kecli.json("case", "note", "add", case_id, "andre", "--on", "2026-11-10", "--kind", "møte")
    listed = kecli.json("case", "note", "list", case_id)
    assert [(n["text"], n["kind"]) for n in listed] == [
        ("tredje", "annet"),
        ("andre", "mote"),
        ("første", "annet"),
    ]
    shown = kecli.json("case", "show", case_id)
    assert [n["text"] for n in shown["notes"]] == ["tredje", "andre", "første"]
    assert set(shown["notes"][0]) >= {"on", "kind", "text", "by"}


def test_each_note_is_an_audit_event_without_its_text(kecli):
    case_id = kecli.new_case()["id"]
    note = kecli.json("case", "note", "add", case_id, "Hemmelig innhold", "--kind", "e-post")
    events = kecli.json("audit", "list", "--case", case_id)
    [event] = [e for e in events if e["action"] == "note.added"]
    assert event["details"] == {"note_id": note["id"], "kind": "epost", "on": "2026-11-28"}
    assert "Hemmelig" not in str(events)


def test_people_read_the_latest_notes_in_case_show_and_all_in_the_list(kecli, monkeypatch):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    for day in range(1, 8):
        kecli.json("case", "note", "add", case_id, f"notat {day}", "--on", f"2026-11-0{day}")
    shown = kecli("case", "show", case_id).stdout
    assert "Journal (newest first)" in shown
    assert "notat 7" in shown and "notat 3" in shown and "notat 2" not in shown
    assert f"… and 2 older: kecli case note list {case_id}" in shown
    listed = kecli("case", "note", "list", case_id).stdout
    assert "notat 1" in listed and "notat 7" in listed
    monkeypatch.setenv("KECLI_LANG", "nb")
    result = kecli("case", "note", "add", case_id, "Møtte familien", "--kind", "mote")
    assert "Notat #8" in result.stdout and "møte" in result.stdout


def test_an_empty_journal_says_so(kecli):
    case_id = kecli.new_case()["id"]
    assert kecli.json("case", "note", "list", case_id) == []
    assert "No notes." in kecli("case", "note", "list", case_id).stdout


def test_notes_are_never_exported(kecli, tmp_path):
    case_id = kecli.new_case()["id"]
    kecli.json("case", "note", "add", case_id, "Ringte mor om skolen")
    for fmt in ("csv", "json", "jsonl"):
        out = tmp_path / f"x.{fmt}"
        result = kecli("export", "cases", "--format", fmt, "--output", str(out))
        assert result.exit_code == 0, result.stderr
        assert "Ringte mor" not in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["  "], "The note cannot be empty"),
        (["x", "--kind", "sms"], "Invalid value for --kind"),
        (["x", "--on", "2026-11-29"], "--on 2026-11-29 is after today"),
        (["x", "--on", "2026-10-01"], "before the inquiry"),
        (["x", "--on", "igår"], "--on"),
        (["--no-input"], "TEXT is missing"),
    ],
)
def test_a_bad_note_is_exit_2_and_writes_nothing(kecli, refused, args, message):
    case_id = kecli.new_case("--received", "2026-11-02")["id"]
    refused(2, "case", "note", "add", case_id, *args, message=message)


def test_a_note_on_a_case_that_does_not_exist_is_exit_1(kecli, refused):
    refused(1, "case", "note", "add", "2026-0042", "x", message="does not exist")
    refused(1, "case", "note", "list", "2026-0042", message="does not exist")
