"""``kecli plan edit|show|history``: the individuell plan, its versions and its refusals."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

YES = ("services", "long_term", "complex", "coordination", "consent", "participation")


def answers(**overrides: str) -> list[str]:
    args: list[str] = []
    for code, value in (dict.fromkeys(YES, "yes") | overrides).items():
        args += ["--answer", f"{code}={value}"]
    return args


PLAN = {
    "goals": [{"text": "Walk to school on my own", "target_date": "2027-06-01"}],
    "measures": [
        {
            "text": "Physiotherapy",
            "extent": "Twice a week",
            "how": "At school",
            "responsible": "Fysioterapitjenesten",
            "start": "2026-12-01",
            "end": "2027-06-01",
        }
    ],
    "participants": [
        {
            "name": "Ola Hansen",
            "role": "koordinator",
            "organisation": "Bærum kommune",
            "contact": "ola@example.no",
        },
    ],
    "cooperation_partners": [{"name": "NAV Bærum", "role": "Hjelpemidler"}],
    "meetings": [{"date": "2026-11-20", "purpose": "Oppstartsmøte", "minutes": "Agreed goals."}],
    "evaluations": [],
    "resources": "Motivated, good support at home",
    "needs": "Help with mobility",
    "own_contribution": "Practise every day",
    "period": {"from": "2026-12-01", "to": "2027-11-30"},
    "next_evaluation": "2027-03-01",
    "consent": {
        "given": True,
        "on": "2026-11-20",
        "by": "Kari Nordmann",
        "share_information": True,
    },
}


@pytest.fixture
def case(kecli, prebuilt):
    """A granted koordinator case whose person wants an IP (long-term need: IP right)."""
    return prebuilt("test_plan.case", lambda: granted_case(kecli))


def granted_case(kecli):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    kecli.json("case", "assess", case_id, *answers(), "--wants-ip")
    return case_id


def write(tmp_path: Path, data: object, name: str = "plan.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.fixture
def saved(kecli, case, tmp_path):
    """The case with PLAN saved as version 1; returns the stored document."""
    return kecli.json("plan", "edit", case, "--from-file", write(tmp_path, PLAN))


# --- saving ------------------------------------------------------------------------------


def test_the_first_save_creates_version_1_and_json_is_the_document(kecli, case, saved):
    assert saved["case_id"] == case
    assert saved["version"] == 1
    assert saved["goals"] == [
        {
            "id": 1,
            "text": "Walk to school on my own",
            "target_date": "2027-06-01",
            "status": "active",
        },
    ]
    assert saved["measures"][0]["id"] == 1
    assert saved["measures"][0]["responsible"] == "Fysioterapitjenesten"
    assert saved["participants"][0] == {
        "id": 1,
        "name": "Ola Hansen",
        "role": "koordinator",
        "organisation": "Bærum kommune",
        "contact": "ola@example.no",
    }
    assert saved["consent"] == PLAN["consent"]
    assert saved["period"] == PLAN["period"]
    assert kecli.json("plan", "show", case) == saved


def test_people_get_one_line_and_the_next_command(kecli, case, tmp_path):
    result = kecli("plan", "edit", case, "--from-file", write(tmp_path, PLAN))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.strip().splitlines()
    assert lines == [
        f"Created the plan of {case}, version 1: 1 goal, 1 measure, 1 participant, "
        "1 cooperation partner, 1 meeting; next evaluation 2027-03-01.",
        f"Next: kecli plan show {case} --markdown",
    ]


def test_show_json_round_trips_through_edit_from_file_without_a_new_version(
    kecli, case, saved, tmp_path
):
    before = kecli.snapshot()
    result = kecli("plan", "edit", case, "--from-file", write(tmp_path, saved, "again.json"))
    assert result.exit_code == 0, result.stderr
    assert "No changes; the plan stays at version 1." in result.stdout
    assert kecli.snapshot() == before


def test_each_save_bumps_the_version_and_keeps_ids(kecli, case, saved, tmp_path):
    changed = json.loads(json.dumps(saved))
    changed["goals"][0]["status"] = "achieved"
    changed["goals"].append({"text": "Join the football team"})
    doc = kecli.json("plan", "edit", case, "--from-file", write(tmp_path, changed, "v2.json"))
    assert doc["version"] == 2
    assert [(g["id"], g["status"]) for g in doc["goals"]] == [(1, "achieved"), (2, "active")]
    doc["goals"] = doc["goals"][1:]  # remove goal 1
    doc["goals"].append({"text": "Ride the bus"})
    doc = kecli.json("plan", "edit", case, "--from-file", write(tmp_path, doc, "v3.json"))
    assert doc["version"] == 3
    assert [g["id"] for g in doc["goals"]] == [2, 3]


def test_a_document_may_leave_case_id_and_ids_out_and_use_the_short_case_id(kecli, case, tmp_path):
    source = write(tmp_path, {"case_id": "2026-1", "goals": [{"text": "a"}]})
    doc = kecli.json("plan", "edit", "2026-1", "--from-file", source)
    assert doc["case_id"] == case == "2026-0001"


def test_from_file_dash_reads_stdin(kecli, case):
    result = kecli("plan", "edit", case, "--from-file", "-", "--json", input=json.dumps(PLAN))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["version"] == 1


def test_the_case_shows_the_plan_and_the_next_evaluation_column_follows_the_document(
    kecli, case, saved, tmp_path
):
    shown = kecli.json("case", "show", case)["plan"]
    assert shown["version"] == 1
    assert shown["next_evaluation"] == "2027-03-01"  # read from plans.next_evaluation
    assert shown["goals"] == 1
    later = {**saved, "next_evaluation": "2027-05-02"}
    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, later, "later.json"))
    assert kecli.json("case", "show", case)["plan"]["next_evaluation"] == "2027-05-02"
    cleared = {**saved, "version": 2, "next_evaluation": None}
    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, cleared, "none.json"))
    assert kecli.json("case", "show", case)["plan"]["next_evaluation"] is None


def test_each_save_is_an_event_without_the_plan_text(kecli, case, saved, tmp_path):
    history = kecli.json("case", "show", case)["history"]
    events = [e for e in history if e["action"] == "plan.saved"]
    assert len(events) == 1
    details = events[0]["details"]
    assert details["version"] == 1
    assert details["counts"]["goals"] == 1
    assert details["counts"]["measures"] == 1
    text = json.dumps(details)
    for words in ("Walk to school", "Physiotherapy", "Ola Hansen", "mobility"):
        assert words not in text


def test_an_empty_document_for_a_case_without_a_plan_saves_nothing(kecli, case, tmp_path):
    before = kecli.snapshot()
    result = kecli("plan", "edit", case, "--from-file", write(tmp_path, {}))
    assert result.exit_code == 0
    assert "No changes; nothing was saved." in result.stdout
    assert kecli.snapshot() == before


# --- two caseworkers ---------------------------------------------------------------------


def test_two_caseworkers_from_the_same_version_the_second_is_refused(
    kecli, refused, case, saved, tmp_path
):
    anne = json.loads(json.dumps(saved))
    anne["goals"][0]["status"] = "achieved"
    bob = json.loads(json.dumps(saved))
    bob["measures"][0]["extent"] = "Once a week"
    result = kecli(
        "--user", "anne", "plan", "edit", case, "--from-file", write(tmp_path, anne, "anne.json")
    )
    assert result.exit_code == 0, result.stderr
    result = refused(
        1,
        "--user",
        "bob",
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, bob, "bob.json"),
        message=f"Someone else changed the plan of {case}: version 2 was saved by anne at ",
    )
    assert "your changes are based on version 1" in result.stderr
    assert f"Hint: See the changes with kecli plan show {case} --version 1 and --version 2" in (
        result.stderr
    )
    # The hint's commands show what changed; anne's change is kept.
    assert kecli.json("plan", "show", case, "--version", "1")["goals"][0]["status"] == "active"
    newest = kecli.json("plan", "show", case, "--version", "2")
    assert newest["goals"][0]["status"] == "achieved"
    assert newest["measures"][0]["extent"] == "Twice a week"
    assert kecli.json("plan", "show", case) == newest
    # bob starts again from the newest version and gets through.
    bob = json.loads(json.dumps(newest))
    bob["measures"][0]["extent"] = "Once a week"
    doc = kecli.json("plan", "edit", case, "--from-file", write(tmp_path, bob, "bob2.json"))
    assert doc["version"] == 3
    assert doc["goals"][0]["status"] == "achieved"
    assert doc["measures"][0]["extent"] == "Once a week"


def test_a_document_without_version_is_refused_once_a_plan_exists(refused, case, saved, tmp_path):
    refused(
        1,
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, PLAN, "again.json"),
        message=f"The plan of {case} already exists (version 1, saved by tester at ",
    )


def test_a_version_newer_than_the_stored_one_is_bad_input(refused, case, saved, tmp_path):
    refused(
        2,
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, {**saved, "version": 5}, "v5.json"),
        message="version: 5 does not exist; the plan of 2026-0001 is at version 1",
    )


def test_a_version_before_any_plan_exists_is_bad_input(refused, case, tmp_path):
    refused(
        2,
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, {**PLAN, "version": 1}),
        message="version: case 2026-0001 has no saved plan yet; leave version out",
    )


def test_history_lists_every_version_with_who_saved_it(kecli, case, saved, tmp_path):
    kecli(
        "--user",
        "anne",
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, {**saved, "needs": "More help"}, "v2.json"),
    )
    versions = kecli.json("plan", "history", case)
    assert [(v["version"], v["saved_by"], v["goals"]) for v in versions] == [
        (1, "tester", 1),
        (2, "anne", 1),
    ]
    result = kecli("plan", "history", case)
    assert result.exit_code == 0
    assert "anne" in result.stdout
    assert f"Next: kecli plan show {case} --version N" in result.stdout


# --- bad files: exit 2, nothing written ----------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"goals": [', "not valid JSON (line 1, column 12"),
        ("", "not valid JSON (line 1, column 1"),
        ('{"goals": [], "goals": []}', "key 'goals' is repeated"),
        ('{"next_evaluation": NaN}', "NaN is not valid JSON"),
        ("[]", "$: must be an object, not array"),
        (
            '{"goals": [{"text": "a", "target_date": "2026-02-30"}]}',
            "goals[0].target_date: Invalid date: '2026-02-30' is not a day in the calendar",
        ),
        (
            '{"goals": [{"text": "a"}, {"text": "b", "target_date": "30.02.2027"}]}',
            "goals[1].target_date: Invalid date",
        ),
        (
            '{"measures": [{"text": "m", "start": "2027-02-01", "end": "2027-01-01"}]}',
            "measures[0].end: 2027-01-01 is before start (2027-02-01)",
        ),
        (
            '{"period": {"from": "2027-02-01", "to": "2027-01-01"}}',
            "period.to: 2027-01-01 is before",
        ),
        (
            '{"goals": [{"text": "a", "status": "done"}]}',
            "goals[0].status: must be active, achieved or dropped, not 'done'",
        ),
        ('{"goals": [{"text": "a", "prio": 1}]}', "goals[0].prio: unknown key"),
        ('{"notes": "x"}', "notes: unknown key"),
        ('{"goals": [{"text": 1}]}', "goals[0].text: must be text or null, not number"),
        ('{"goals": [{"status": "active"}]}', "goals[0].text: is required"),
        (
            '{"consent": {"given": true, "on": "2026-11-29"}}',
            "consent.on: 2026-11-29 is after today (2026-11-28)",
        ),
        ('{"consent": {"given": "yes"}}', "consent.given: must be true or false, not string"),
        ('{"case_id": "2026-0002"}', "case_id: the document is for case 2026-0002, not 2026-0001"),
        (
            '{"goals": [{"id": 1, "text": "a"}, {"id": 1, "text": "b"}]}',
            "goals[1].id: id 1 is used earlier in the list",
        ),
    ],
)
def test_a_malformed_or_impossible_document_is_refused(refused, case, tmp_path, content, message):
    refused(2, "plan", "edit", case, "--from-file", write(tmp_path, content), message=message)


def test_a_missing_file_is_bad_input(refused, case, tmp_path):
    refused(
        2,
        "plan",
        "edit",
        case,
        "--from-file",
        str(tmp_path / "nope.json"),
        message="nope.json: no such file",
    )


def test_a_file_that_is_not_utf8_is_bad_input(refused, case, tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"needs": "bæ"}'.encode("latin-1"))
    refused(2, "plan", "edit", case, "--from-file", str(path), message="is not UTF-8")


def test_a_bad_file_on_a_plan_that_exists_changes_nothing(refused, case, saved, tmp_path):
    bad = {**saved, "measures": [{"text": "m", "start": "2027-02-30"}]}
    refused(
        2,
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, bad, "bad.json"),
        message="measures[0].start: Invalid date",
    )


def test_without_a_terminal_edit_needs_from_file(refused, case):
    refused(2, "plan", "edit", case, message="--from-file or --editor is missing")


def test_from_file_and_editor_together_are_bad_input(refused, case, tmp_path):
    refused(
        2,
        "plan",
        "edit",
        case,
        "--editor",
        "--from-file",
        write(tmp_path, PLAN),
        message="Use --from-file or --editor, not both",
    )


# --- who may have a plan: exit 1 ---------------------------------------------------------


def test_a_case_that_does_not_exist_is_refused(refused, kecli, tmp_path):
    kecli.new_case()
    refused(
        1,
        "plan",
        "edit",
        "2026-0042",
        "--from-file",
        write(tmp_path, PLAN),
        message="Case 2026-0042 does not exist",
    )
    refused(1, "plan", "show", "2026-0042", message="Case 2026-0042 does not exist")
    refused(1, "plan", "history", "2026-0042", message="Case 2026-0042 does not exist")


def test_an_undecided_case_is_refused(refused, kecli, tmp_path):
    case_id = kecli.new_case()["id"]
    result = refused(
        1,
        "plan",
        "edit",
        case_id,
        "--from-file",
        write(tmp_path, PLAN),
        message=f"An individuell plan needs a granted case; the current decision of {case_id} "
        "is none",
    )
    assert f"Hint: See the case: kecli case show {case_id}" in result.stderr


def test_a_refused_case_is_refused(refused, kecli, tmp_path):
    case_id = kecli.new_case()["id"]
    kecli.json("case", "assess", case_id, *answers(long_term="no", complex="no"), "--wants-ip")
    refused(
        1,
        "plan",
        "edit",
        case_id,
        "--from-file",
        write(tmp_path, PLAN),
        message="the current decision of 2026-0001 is avslag",
    )


def test_a_person_who_does_not_want_a_plan_is_refused_with_the_way_to_record_it(
    refused, kecli, tmp_path
):
    case_id = kecli.new_case()["id"]
    kecli.json("case", "assess", case_id, *answers(), "--no-ip")
    result = refused(
        1,
        "plan",
        "edit",
        case_id,
        "--from-file",
        write(tmp_path, PLAN),
        message="has not asked for an individuell plan",
    )
    assert f"kecli case assess {case_id} --wants-ip" in result.stderr


def test_a_closed_case_is_refused(refused, kecli, case, tmp_path):
    kecli.json("case", "close", case, "--reason", "moved")
    refused(
        1,
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, PLAN),
        message=f"Case {case} is closed",
    )


def test_a_koordinator_granted_on_a_complex_need_only_warns_but_saves(kecli, tmp_path):
    case_id = kecli.new_case()["id"]
    kecli.json_warned("case", "assess", case_id, *answers(long_term="no"), "--wants-ip")
    doc, stderr = kecli.json_warned("plan", "edit", case_id, "--from-file", write(tmp_path, PLAN))
    assert doc["version"] == 1
    assert stderr.startswith("Warning: ")
    assert "no statutory right to an individuell plan (pbrl § 2-5)" in stderr
    assert len(stderr.strip().splitlines()) == 1


# --- show --------------------------------------------------------------------------------


def test_show_without_a_plan_points_to_plan_edit(refused, case):
    refused(
        1,
        "plan",
        "show",
        case,
        message=f"Case {case} has no plan yet",
    )
    result = refused(1, "plan", "show", case, "--json", message="has no plan yet")
    assert f"Hint: Create it with: kecli plan edit {case}" in result.stderr


def test_show_of_a_version_that_does_not_exist_is_refused(refused, case, saved):
    result = refused(
        1,
        "plan",
        "show",
        case,
        "--version",
        "7",
        message=f"The plan of {case} has no version 7 (the newest is 1)",
    )
    assert f"kecli plan history {case}" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--json", "--markdown"), "Use --json or --markdown/--format, not both"),
        (("--markdown", "--lang", "de"), "--lang must be nb or en, not 'de'"),
        (("--version", "0"), "--version"),
    ],
)
def test_show_refuses_bad_options(refused, case, saved, args, message):
    refused(2, "plan", "show", case, *args, message=message)


def test_show_for_people_is_a_table_of_the_whole_plan(kecli, case, saved):
    result = kecli("plan", "show", case)
    assert result.exit_code == 0, result.stderr
    for words in (
        "Kari Nordmann",
        "Walk to school on my own",
        "Physiotherapy",
        "Ola Hansen",
        "NAV Bærum",
        "Oppstartsmøte",
        "2027-03-01",
        "Practise every day",
    ):
        assert words in result.stdout, words


def test_markdown_is_the_plan_for_the_person_in_bokmal_by_default(kecli, case, saved, monkeypatch):
    monkeypatch.delenv("KECLI_LANG")
    result = kecli("plan", "show", case, "--markdown")
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith("# Dette er din plan\n")
    for words in (
        "**Individuell plan for Kari Nordmann**",
        "## Dine mål",
        "1. **Walk to school on my own** (aktivt, innen 1. juni 2027)",
        "### 1. Physiotherapy",
        "- Ansvarlig: Fysioterapitjenesten",
        "- Når: 1. desember 2026 – 1. juni 2027",
        "## Dette bidrar du med",
        "Vi går gjennom planen sammen igjen: 1. mars 2027",
        "Du har samtykket til planen 20. november 2026",
        "pasient- og brukerrettighetsloven § 2-5",
    ):
        assert words in text, words


@pytest.mark.parametrize("how", ["option", "env"])
def test_markdown_in_english(kecli, case, saved, monkeypatch, how):
    monkeypatch.setenv("KECLI_LANG", "en" if how == "env" else "nb")
    args = ("--lang", "en") if how == "option" else ()
    text = kecli("plan", "show", case, "--markdown", *args).stdout
    assert text.startswith("# This is your plan\n")
    assert "1. **Walk to school on my own** (active, by 1 June 2027)" in text
    assert "You have consented to the plan on 20 November 2026" in text


def test_an_older_version_is_shown_as_it_was(kecli, case, saved, tmp_path):
    kecli.json(
        "plan",
        "edit",
        case,
        "--from-file",
        write(tmp_path, {**saved, "own_contribution": "New"}, "v2.json"),
    )
    old = kecli("plan", "show", case, "--version", "1")
    assert "Practise every day" in old.stdout
    assert "the newest is 2" in old.stdout


# --- --editor ----------------------------------------------------------------------------


@pytest.fixture
def editor_script(tmp_path, monkeypatch):
    """An $EDITOR that records the file's mode and path and then runs ``sed -i SCRIPT``."""
    log = tmp_path / "editor.log"

    def install(sed: str, *, code: int = 0) -> Path:
        script = tmp_path / "editor.sh"
        script.write_text(
            "#!/bin/sh\n"
            f'stat -c %a "$1" > "{log}"\n'
            f'echo "$1" >> "{log}"\n'
            f"sed -i '{sed}' \"$1\"\n"
            f"exit {code}\n"
        )
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
        monkeypatch.delenv("VISUAL", raising=False)
        monkeypatch.setenv("EDITOR", str(script))
        return log

    return install


def test_editor_opens_the_document_in_a_private_temp_file_and_saves_the_edit(
    kecli, case, editor_script
):
    log = editor_script('s/"needs": null/"needs": "Support at school"/')
    doc = kecli.json("plan", "edit", case, "--editor")
    assert doc["version"] == 1
    assert doc["needs"] == "Support at school"
    mode, path = log.read_text().split()
    assert mode == "600"
    assert not Path(path).exists()


def test_editor_may_be_a_command_with_arguments(kecli, case, saved, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "sed -i s/Practise/Train/")
    doc = kecli.json("plan", "edit", case, "--editor")
    assert doc["version"] == 2
    assert doc["own_contribution"] == "Train every day"


def test_visual_wins_over_editor(kecli, case, saved, monkeypatch):
    monkeypatch.setenv("VISUAL", "sed -i s/Practise/Run/")
    monkeypatch.setenv("EDITOR", "false")
    assert kecli.json("plan", "edit", case, "--editor")["own_contribution"] == "Run every day"


def test_an_unchanged_document_in_the_editor_is_no_change(kecli, case, saved, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "true")
    before = kecli.snapshot()
    result = kecli("plan", "edit", case, "--editor")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "No changes; the plan stays at version 1."
    assert kecli.snapshot() == before


def test_a_malformed_edit_is_refused_and_the_temp_file_removed(refused, case, saved, editor_script):
    log = editor_script('s/"goals": \\[/"goals": [[/')
    refused(2, "plan", "edit", case, "--editor", message="not valid JSON")
    assert not Path(log.read_text().split()[1]).exists()


def test_an_impossible_date_from_the_editor_is_refused(refused, case, saved, editor_script):
    editor_script("s/2027-03-01/2027-02-30/")
    refused(
        2, "plan", "edit", case, "--editor", message="next_evaluation: Invalid date: '2027-02-30'"
    )


def test_an_editor_that_fails_saves_nothing(refused, case, saved, editor_script):
    editor_script("s/Practise/Train/", code=3)
    refused(
        1,
        "plan",
        "edit",
        case,
        "--editor",
        message="The editor exited with code 3; nothing was saved",
    )


def test_an_editor_that_cannot_start_is_refused(refused, case, monkeypatch):
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")
    refused(
        1, "plan", "edit", case, "--editor", message="Cannot start the editor '/nonexistent/editor'"
    )


def test_the_editor_respects_the_version_rule(kecli, refused, case, saved, tmp_path, monkeypatch):
    # Someone saves while the editor is open: the editor's save is refused.
    other = write(tmp_path, {**saved, "needs": "Changed meanwhile"}, "other.json")
    script = tmp_path / "slow-editor.sh"
    script.write_text(
        "#!/bin/sh\n"
        f"KECLI_USER=anne kecli_run plan edit {case} --from-file {other} >/dev/null\n"
        'sed -i s/Practise/Train/ "$1"\n'
    )
    # kecli_run: the same program, as a second caseworker in another terminal would run it.
    import sys

    bindir = tmp_path / "bin"
    bindir.mkdir()
    runner = bindir / "kecli_run"
    runner.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kecli "$@"\n')
    runner.chmod(0o755)
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bindir}:{__import__('os').environ['PATH']}")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    result = kecli("plan", "edit", case, "--editor")
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "version 2 was saved by anne" in result.stderr
    doc = kecli.json("plan", "show", case)
    assert doc["version"] == 2
    assert doc["needs"] == "Changed meanwhile"
    assert doc["own_contribution"] == "Practise every day"


# --- while the plan is active ------------------------------------------------------------


def _evaluations(kecli) -> list[str]:
    items = kecli.json("report", "deadlines", "--type", "plan_evaluation", "--as-of", "2027-03-01")
    return [item["case_id"] for item in items]


@pytest.mark.parametrize(
    ("again", "active"),
    [
        (answers(services="no"), False),  # avslag: no coordinator, no plan to evaluate
        (answers(), False),  # granted, but the person no longer wants a plan (--no-ip)
        ([*answers(), "--wants-ip"], True),
    ],
)
def test_the_plan_is_evaluated_only_while_the_case_is_granted_with_a_plan_wanted(
    kecli, case, saved, again, active
):
    assert _evaluations(kecli) == [case]
    kecli.json("case", "assess", case, *again)
    assert _evaluations(kecli) == ([case] if active else [])
    events = kecli.json("audit", "list", "--case", case, "--action", "case.assessed")
    assert ("plan_active" in events[-1]["details"]) is (not active)


def test_a_plan_made_inactive_by_an_avslag_is_active_again_when_granted(kecli, case, saved):
    kecli.json("case", "assess", case, *answers(services="no"))
    assert _evaluations(kecli) == []
    # The history stays; a new grant with a plan wanted brings the alarm back at once.
    kecli.json("case", "assess", case, *answers(), "--wants-ip")
    assert _evaluations(kecli) == [case]
    assert kecli.json("plan", "show", case)["version"] == saved["version"]


def test_medhold_on_an_appeal_makes_the_plan_active_again(kecli, case, saved):
    kecli.json("case", "assess", case, *answers(services="no"), "--wants-ip")
    assert _evaluations(kecli) == []
    kecli.json("appeal", "file", case)
    kecli.json("appeal", "decide", case, "--outcome", "medhold")
    assert _evaluations(kecli) == [case]
    events = kecli.json("audit", "list", "--case", case, "--action", "appeal.decide")
    assert events[-1]["details"]["plan_active"] is True


@pytest.mark.sqlite_only
def test_migration_0007_sets_the_plans_of_refused_cases_inactive(kecli, case, saved, tmp_path):
    import sqlite3

    other = kecli.new_case("--received", "2026-11-01")["id"]
    kecli.json("case", "assess", other, *answers(), "--wants-ip")
    kecli.json("plan", "edit", other, "--from-file", write(tmp_path, PLAN, "other.json"))
    kecli.json("case", "assess", case, *answers(services="no"), "--wants-ip")
    # As a database of kecli before 0007 left it: the refused case's plan still active.
    from kecli.store import db
    from tests.conftest import stamped

    with stamped(kecli.db, "0006") as conn:
        conn.execute("UPDATE plans SET active = 1")
    assert _evaluations(kecli) == [other]  # upgraded on first use
    assert kecli.json("db", "upgrade")["before"] == db.SCHEMA_HEAD
    conn = sqlite3.connect(kecli.db)
    active = dict(conn.execute("SELECT case_id, active FROM plans").fetchall())
    conn.close()
    assert active == {case: 0, other: 1}


# --- a plan without the person's consent is a draft ----------------------------------------

NO_CONSENT = {**PLAN, "consent": {"given": False, "on": None, "by": None}}
DRAFT_EN = "Draft: the plan is not in use until the person has consented."


@pytest.fixture
def draft(kecli, case, tmp_path):
    """The case with PLAN saved without consent as version 1."""
    return kecli.json("plan", "edit", case, "--from-file", write(tmp_path, NO_CONSENT))


def test_a_plan_without_consent_is_a_draft_without_evaluation_alarms(kecli, case, draft):
    assert _evaluations(kecli) == []
    assert kecli.json("case", "show", case)["plan"]["active"] is False


def test_consent_puts_the_plan_in_use_and_withdrawing_it_makes_a_draft_again(
    kecli, case, draft, tmp_path
):
    given = {**draft, "consent": PLAN["consent"]}
    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, given, "given.json"))
    assert _evaluations(kecli) == [case]
    assert kecli.json("case", "show", case)["plan"]["active"] is True
    withdrawn = {**given, "version": 2, "consent": {"given": False}}
    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, withdrawn, "withdrawn.json"))
    assert _evaluations(kecli) == []
    assert kecli.json("case", "show", case)["plan"]["active"] is False


@pytest.mark.parametrize("how", ["assess", "medhold"])
def test_a_new_grant_does_not_put_a_draft_in_use(kecli, case, draft, how):
    kecli.json("case", "assess", case, *answers(services="no"), "--wants-ip")
    if how == "assess":
        kecli.json("case", "assess", case, *answers(), "--wants-ip")
    else:
        kecli.json("appeal", "file", case)
        kecli.json("appeal", "decide", case, "--outcome", "medhold")
    assert kecli.json("case", "show", case)["decision"]["outcome"] == "innvilget"
    assert _evaluations(kecli) == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", DRAFT_EN),
        ("nb", "Utkast: planen er ikke i bruk før personen har samtykket."),
    ],
)
def test_show_says_a_draft_is_not_in_use_until_consent(
    kecli, case, draft, monkeypatch, lang, words
):
    monkeypatch.setenv("KECLI_LANG", lang)
    result = kecli("plan", "show", case)
    assert result.exit_code == 0, result.stderr
    assert words in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", "**Utkast: planen er ikke i bruk før du har samtykket til den.**"),
        ("en", "**Draft: the plan is not in use until you have consented to it.**"),
    ],
)
def test_the_printable_draft_says_so_under_its_title(kecli, case, draft, lang, words):
    text = kecli("plan", "show", case, "--markdown", "--lang", lang).stdout
    assert text.splitlines()[2] == words


def test_a_plan_with_consent_is_not_called_a_draft(kecli, case, saved, tmp_path):
    shown = kecli("plan", "show", case)
    assert shown.exit_code == 0 and "Draft" not in shown.stdout
    printable = kecli("plan", "show", case, "--markdown", "--lang", "nb").stdout
    assert printable.startswith("# Dette er din plan") and "Utkast" not in printable
    edited = write(tmp_path, {**saved, "own_contribution": "More"}, "v2.json")
    result = kecli("plan", "edit", case, "--from-file", edited)
    assert "Saved the plan" in result.stdout and "Draft" not in result.stdout


def test_saving_a_draft_says_it_is_one(kecli, case, tmp_path):
    result = kecli("plan", "edit", case, "--from-file", write(tmp_path, NO_CONSENT))
    assert result.exit_code == 0, result.stderr
    assert DRAFT_EN in " ".join(result.stdout.split())


def test_migration_0010_makes_the_plans_without_consent_drafts(kecli, case, tmp_path):
    # Both ways on both databases: down to 0009 every plan of a granted case with a plan
    # wanted is active, as kecli had it; up again the one without consent is a draft.
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from kecli.store import db

    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, NO_CONSENT))
    other = kecli.new_case("--received", "2026-11-01")["id"]
    kecli.json("case", "assess", other, *answers(), "--wants-ip")
    kecli.json("plan", "edit", other, "--from-file", write(tmp_path, PLAN, "other.json"))
    engine = create_engine(kecli.url)
    config = Config()
    config.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))

    def migrate(how, revision) -> dict[str, bool]:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            how(config, revision)
            rows = conn.execute(text("SELECT case_id, active FROM plans")).all()
        return {case_id: bool(active) for case_id, active in rows}

    try:
        assert migrate(command.downgrade, "0009") == {case: True, other: True}
        assert migrate(command.upgrade, "head") == {case: False, other: True}
    finally:
        engine.dispose()
        db._checked.clear()
    assert _evaluations(kecli) == [other]


def test_a_removed_entry_never_lends_its_id_even_versions_later(kecli, case, tmp_path):
    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, {"goals": [
        {"text": "Walk"}, {"text": "Read"}]}, "1.json"))  # fmt: skip
    kecli.json("plan", "edit", case, "--from-file", write(tmp_path, {"version": 1, "goals": [
        {"id": 1, "text": "Walk"}]}, "2.json"))  # fmt: skip
    third = kecli.json("plan", "edit", case, "--from-file", write(tmp_path, {"version": 2, "goals": [
        {"id": 1, "text": "Walk"}, {"text": "Swim"}]}, "3.json"))  # fmt: skip
    assert [(g["id"], g["text"]) for g in third["goals"]] == [(1, "Walk"), (3, "Swim")]


# --- --format pdf|ics|md and --output ---------------------------------------------------


def test_pdf_is_the_markdown_plan_laid_out_as_pdf_a(kecli, case, saved, tmp_path, monkeypatch):
    from pypdf import PdfReader

    monkeypatch.delenv("KECLI_LANG")
    target = tmp_path / "plan.pdf"
    result = kecli("plan", "show", case, "--output", str(target))  # .pdf: PDF by default
    assert result.exit_code == 0, result.stderr
    assert "plan.pdf" in result.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(str(target))
    assert "pdfaid:part>2<" in reader.xmp_metadata.stream.get_data().decode()  # PDF/A-2
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    markdown = kecli("plan", "show", case, "--markdown").stdout
    for words in ("Dette er din plan", "Walk to school on my own", "Fysioterapitjenesten"):
        assert words in markdown and words in text, words
    assert "Side 1 av 1" in text


def test_md_to_a_file_is_the_markdown_plan(kecli, case, saved, tmp_path):
    target = tmp_path / "plan.md"
    assert kecli("plan", "show", case, "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == kecli("plan", "show", case, "--markdown").stdout


def test_ics_has_the_meetings_and_the_next_evaluation(kecli, case, saved):
    result = kecli("plan", "show", case, "--format", "ics")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("BEGIN:VEVENT") == 2  # one meeting, the next evaluation
    assert "DTSTART;VALUE=DATE:20261120" in result.stdout
    assert "DTSTART;VALUE=DATE:20270301" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--markdown", "--format", "pdf"), 2, "cannot be used together"),
        (("--format", "ics", "--json"), 2, "not both"),
        (("--format", "docx"), 2, "--format"),
    ],
)
def test_format_refusals(refused, case, saved, args, code, message):
    refused(code, "plan", "show", case, *args, message=message)


def test_an_existing_output_is_kept_without_force(kecli, refused, case, saved, tmp_path):
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    refused(1, "plan", "show", case, "--output", str(target), message="exists")
    assert target.read_bytes() == b"old"
    assert kecli("plan", "show", case, "--output", str(target), "--force").exit_code == 0
    assert target.read_bytes().startswith(b"%PDF")
