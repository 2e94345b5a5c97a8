"""The interactive plan editor in a real terminal: a live summary and a menu."""

from __future__ import annotations

import pexpect
import pytest

from .conftest import CTRL_C, ENTER, ESC

pytestmark = pytest.mark.pty

GRANT = [
    *("--answer", "services=yes", "--answer", "long_term=yes", "--answer", "complex=yes"),
    *("--answer", "coordination=yes", "--answer", "consent=yes", "--answer", "participation=yes"),
]


@pytest.fixture
def case(kecli):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    kecli.json("case", "assess", case_id, *GRANT, "--wants-ip")
    return case_id


def edit(spawn, case: str):
    # Without a terminal that answers prompt_toolkit's cursor-position request, every prompt
    # waits a second for it; the answer changes nothing that is tested here.
    return spawn("plan", "edit", case, PROMPT_TOOLKIT_NO_CPR="1")


def choose(child, title: str) -> None:
    """Type to filter the menu down to ``title`` and take it."""
    child.expect("What do you want to do|Hva vil du gjøre")
    child.send(title)
    child.expect(title)
    child.send(ENTER)


def test_the_menu_adds_a_goal_and_a_measure_and_saves_version_1(spawn, kecli, case):
    child = edit(spawn, case)
    child.expect(f"Individuell plan {case}: Kari Nordmann")
    child.expect("new plan")
    child.expect("0 goals, 0 measures")
    choose(child, "Add a goal")
    child.expect("Goal:")
    child.send("Walk to school on my own" + ENTER)
    child.expect("Target date")
    child.send("2027-02-30" + ENTER)  # refused as it is typed
    child.expect("is not a day in the calendar")
    child.send("\x7f" * 10 + "01.06.2027" + ENTER)
    child.expect("Status")
    child.send(ENTER)  # active
    child.expect("unsaved changes")
    child.expect("1 goal, 0 measures")
    choose(child, "Add a measure")
    child.expect("Measure")
    child.send("Physiotherapy" + ENTER)
    child.expect("Extent")
    child.send("Twice a week" + ENTER)
    child.expect("How")
    child.send(ENTER)
    child.expect("Responsible")
    child.send("Fysioterapitjenesten" + ENTER)
    child.expect("From date")
    child.send("2026-12-01" + ENTER)
    child.expect("To date")
    child.send("2026-11-01" + ENTER)  # before the from date
    child.expect("Cannot be before the from date")
    child.send("\x7f" * 10 + "2027-06-01" + ENTER)
    child.expect("1 goal, 1 measure,")
    choose(child, "Save and quit")
    child.expect(f"Created the plan of {case}, version 1: 1 goal, 1 measure")
    child.expect(f"Next: kecli plan show {case} --markdown")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    plan = kecli.json("plan", "show", case)
    assert plan["version"] == 1
    assert plan["goals"] == [
        {
            "id": 1,
            "text": "Walk to school on my own",
            "target_date": "2027-06-01",
            "status": "active",
        }
    ]
    assert plan["measures"] == [
        {
            "id": 1,
            "text": "Physiotherapy",
            "extent": "Twice a week",
            "how": None,
            "responsible": "Fysioterapitjenesten",
            "start": "2026-12-01",
            "end": "2027-06-01",
        }
    ]


def test_changing_a_goal_starts_from_the_stored_answers(spawn, kecli, case, tmp_path):
    source = tmp_path / "plan.json"
    source.write_text('{"goals": [{"text": "Walk to school", "target_date": "2027-06-01"}]}')
    kecli.json("plan", "edit", case, "--from-file", str(source))
    child = edit(spawn, case)
    child.expect("version 1")
    choose(child, "Change a goal")
    child.expect("Which one")
    child.send(ENTER)
    child.expect("Goal:")
    child.send(ENTER)  # keep the text
    child.expect("Target date")
    child.send(ENTER)  # keep the date
    child.expect("Status")
    child.send("\x1b[B" + ENTER)  # achieved
    choose(child, "Save and quit")
    child.expect("version 2")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    goal = kecli.json("plan", "show", case)["goals"][0]
    assert goal == {
        "id": 1,
        "text": "Walk to school",
        "target_date": "2027-06-01",
        "status": "achieved",
    }


def test_quit_without_saving_asks_first_and_writes_nothing(spawn, kecli, case):
    before = kecli.snapshot()
    child = edit(spawn, case)
    choose(child, "Set the next evaluation date")
    child.expect("Next evaluation:")
    child.send("2027-03-01" + ENTER)
    child.expect("unsaved changes")
    choose(child, "Quit without saving")
    child.expect("Quit without saving the changes")
    child.send("y" + ENTER)
    child.expect("nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.snapshot() == before


def test_ctrl_c_in_the_menu_writes_nothing_and_exits_130(spawn, kecli, case):
    before = kecli.snapshot()
    child = edit(spawn, case)
    choose(child, "Add a goal")
    child.expect("Goal:")
    child.send("Half typed")
    child.send(CTRL_C)
    child.expect("Interrupted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before


def test_a_broken_document_from_the_editor_can_be_opened_again(spawn, kecli, case, tmp_path):
    # The first run of the "editor" breaks the JSON; the second writes a good document.
    editor = tmp_path / "editor.sh"
    count = tmp_path / "count"
    editor.write_text(
        "#!/bin/sh\n"
        f'echo x >> "{count}"\n'
        f'if [ "$(wc -l < "{count}")" -eq 1 ]; then echo "{{" > "$1"; exit 0; fi\n'
        'echo \'{"goals": [{"text": "Ride the bus"}]}\' > "$1"\n'
    )
    editor.chmod(0o755)
    child = spawn(
        "plan", "edit", case, "--editor", EDITOR=str(editor), VISUAL="", PROMPT_TOOLKIT_NO_CPR="1"
    )
    child.expect("not valid JSON")
    child.expect("Open the editor again")
    child.send("y" + ENTER)
    child.expect(f"Created the plan of {case}, version 1: 1 goal, 0 measures")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.json("plan", "show", case)["goals"][0]["text"] == "Ride the bus"


def test_consent_is_checked_as_typed_and_an_entry_can_be_removed(spawn, kecli, case):
    child = edit(spawn, case)
    choose(child, "Add a participant")
    child.expect("Name:")
    child.send("Ola Hansen" + ENTER)
    child.expect("Role")
    child.send("koordinator" + ENTER)
    child.expect("Organisation")
    child.send(ENTER)
    child.expect("Contact")
    child.send(ENTER)
    choose(child, "Add a participant")
    child.expect("Name:")
    child.send("Wrong Person" + ENTER)
    for _ in range(3):
        child.send(ENTER)
    child.expect("2 participants")
    choose(child, "Remove a participant")
    child.expect("Which one is to be removed")
    child.send("\x1b[B" + ENTER)  # the second
    child.expect("Remove 'Wrong Person \\(new\\)'")
    child.send("y" + ENTER)
    child.expect("1 participant,")
    choose(child, "Set consent")
    child.expect("Has the person consented to the plan")
    child.send("yes" + ENTER)
    child.expect("Consent given on")
    child.send("\x7f" * 10 + "2026-12-01" + ENTER)  # after today (2026-11-28)
    child.expect("The date cannot be after today")
    child.send("\x7f" * 10 + "20.11.2026" + ENTER)
    child.expect("Given by")
    child.send("Kari Nordmann" + ENTER)
    child.expect("sharing the information")
    child.send("y" + ENTER)
    child.expect("Consent: given 2026-11-20 by Kari Nordmann, sharing information")
    choose(child, "Save and quit")
    child.expect("version 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    plan = kecli.json("plan", "show", case)
    assert [p["name"] for p in plan["participants"]] == ["Ola Hansen"]
    assert plan["consent"] == {
        "given": True,
        "on": "2026-11-20",
        "by": "Kari Nordmann",
        "share_information": True,
    }


WORDS = {
    "nb": {
        "menu": "Hva vil du gjøre",
        "add_goal": "Legg til mål",
        "goal": "Mål:",
        "target": "Nås innen",
        "status": "Status:",
        "meeting_search": "møte",
        "date": "Dato:",
        "purpose": "Formål:",
        "counts": "1 mål, 0 tiltak, 0 deltakere, 0 samarbeidspartnere, 0 møter",
        "save": "Lagre og avslutt",
        "saved": "versjon 1: 1 mål, 0 tiltak;",
    },
    "en": {
        "menu": "What do you want to do",
        "add_goal": "Add a goal",
        "goal": "Goal:",
        "target": "Target date",
        "status": "Status:",
        "meeting_search": "meeting",
        "date": "Date:",
        "purpose": "Purpose:",
        "counts": "1 goal, 0 measures, 0 participants, 0 cooperation partners, 0 meetings",
        "save": "Save and quit",
        "saved": "version 1: 1 goal, 0 measures;",
    },
}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_esc_goes_back_one_step_and_keeps_what_the_session_added(
    spawn, kecli, case, monkeypatch, lang
):
    words = WORDS[lang]
    monkeypatch.setenv("KECLI_LANG", lang)
    child = edit(spawn, case)
    choose(child, words["add_goal"])  # a goal, not yet saved
    child.expect(words["goal"])
    child.send("Gå til skolen" + ENTER)
    child.expect(words["target"])
    child.send(ENTER)
    child.expect(words["status"])
    child.send(ENTER)
    choose(child, words["meeting_search"])
    child.expect(words["date"])
    child.send("01.12.2026" + ENTER)
    child.expect(words["purpose"])
    child.send(ESC)  # back to the date, as it was typed
    child.expect(words["date"])
    child.expect("2026-12-01")
    child.send(ESC)  # back to the menu: no meeting, the goal still there
    child.expect(words["counts"])
    choose(child, words["add_goal"])
    child.expect(words["goal"])
    child.send(ENTER)  # an empty required answer goes back too
    child.expect(words["counts"])
    choose(child, words["save"])
    child.expect(words["saved"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    plan = kecli.json("plan", "show", case)
    assert [goal["text"] for goal in plan["goals"]] == ["Gå til skolen"]
    assert plan["meetings"] == []


def test_esc_in_a_change_keeps_the_entry_as_it_was(spawn, kecli, case, tmp_path):
    source = tmp_path / "plan.json"
    source.write_text('{"goals": [{"text": "Walk to school", "target_date": "2027-06-01"}]}')
    kecli.json("plan", "edit", case, "--from-file", str(source))
    before = kecli.snapshot()
    child = edit(spawn, case)
    choose(child, "Change a goal")
    child.expect("Which one")
    child.send(ENTER)
    child.expect("Goal:")
    child.send("\x7f" * 20 + "Something else" + ENTER)
    child.expect("Target date")
    child.send(ESC)  # back to the goal's text, as typed
    child.expect("Something else")
    child.send(ESC)  # back to "Which one"
    child.expect("Which one")
    child.send(ESC)  # back to the menu: nothing changed
    child.expect("What do you want to do")
    assert "unsaved changes" not in child.before
    child.send(ESC)  # Esc in the menu quits; nothing changed, so it does not ask
    child.expect("nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.snapshot() == before


def test_the_menu_filters_with_ae_oe_aa_and_never_answers_a_filter_matching_nothing(
    spawn, kecli, case, monkeypatch
):
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = edit(spawn, case)
    child.expect("Hva vil du gjøre")
    child.send("møtx" + ENTER)  # nothing matches: Enter answers nothing
    child.expect("Ingen treff")
    child.send("\x7f" + "e")
    child.expect("Legg til møte")
    child.send(ENTER)
    child.expect("Dato:")
    child.send("2026-11-20" + ENTER)
    child.expect("Formål:")
    child.send("Ansvarsgruppemøte" + ENTER)
    child.expect("Referat:")
    child.send(ENTER)
    choose(child, "mote")  # without the accent
    child.expect("Dato:")
    child.send(ESC)
    choose(child, "LAGRE")
    child.expect("versjon 1: 0 mål, 0 tiltak, 1 møte")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    plan = kecli.json("plan", "show", case)
    assert plan["goals"] == []
    assert [(m["date"], m["purpose"]) for m in plan["meetings"]] == [
        ("2026-11-20", "Ansvarsgruppemøte")
    ]


def test_quit_with_changes_asks_and_esc_there_returns_to_the_menu(spawn, kecli, case):
    child = edit(spawn, case)
    choose(child, "Set the next evaluation date")
    child.expect("Next evaluation:")
    child.send("2027-03-01" + ENTER)
    child.expect("unsaved changes")
    child.expect("What do you want to do")
    child.send(ESC)  # Esc in the menu: quit without saving? (asks, default no)
    child.expect("Quit without saving the changes")
    child.expect(r"\(y/N\)")
    child.send(ESC)  # no: back to the menu, the change kept
    child.expect("Next evaluation: 2027-03-01")
    choose(child, "Save and quit")
    child.expect("version 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.json("plan", "show", case)["next_evaluation"] == "2027-03-01"
