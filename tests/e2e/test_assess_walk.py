"""The guided assessment in a real terminal: one criterion at a time, a summary, a confirm."""

from __future__ import annotations

import pexpect
import pytest

from tests.fnr import CHILD

from .conftest import CTRL_C, DOWN, ENTER

pytestmark = pytest.mark.pty


def answer(child, question: str, yes: bool, note: str = "") -> None:
    child.expect(question)
    child.send(ENTER if yes else DOWN + ENTER)
    child.expect("Note")
    child.send(note + ENTER)


def test_the_walk_quotes_each_criterion_shows_progress_and_saves(spawn, kecli):
    kecli.new_case("--received", "2026-11-01")
    child = spawn("case", "assess", "2026-0001")
    child.expect("1/6")
    child.expect("pbrl § 2-5 b")
    answer(child, "two or more health and care services", True, "home nursing and GP")
    child.expect("2/6")
    answer(child, "long-term", False)
    child.expect("3/6")
    answer(child, "complex", True)
    answer(child, "coordinated", True)
    answer(child, "informed consent", True)
    child.expect("6/6")
    answer(child, "active part", True)
    child.expect("individuell plan")
    child.send("y")
    child.expect("Assessment of 2026-0001")
    child.expect("innvilget")
    child.expect("no statutory right")
    child.expect("Save the decision")
    child.send(ENTER)
    child.expect("Next: kecli case letter 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    case = kecli.json("case", "show", "2026-0001")
    assert case["decision"]["outcome"] == "innvilget"
    assert case["decision"]["answers"]["long_term"] is False
    assert case["decision"]["notes"] == {"services": "home nursing and GP"}
    assert case["wants_ip"] is True


def test_child_age_is_shown_not_asked_when_the_birth_date_decides_it(spawn, kecli):
    kecli.new_case("--fnr", CHILD, kind="barnekoordinator")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    child.expect("1/4")
    child.expect("Derived from the birth date: yes")
    answer(child, "serious illness", True)
    answer(child, "long-term and complex", False)
    answer(child, "want a child coordinator", True)
    child.expect("Reason")
    child.send("Needs are short-term" + ENTER)
    child.expect("avslag")
    child.expect("Appeal deadline")
    child.expect("Save the decision")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    decision = kecli.json("case", "show", "2026-0001")["decision"]
    assert decision["failed_criteria"] == ["complex_needs"]
    assert decision["reason"] == "Needs are short-term"


def test_ctrl_c_in_the_walk_saves_nothing(spawn, kecli):
    kecli.new_case()
    before = kecli.snapshot()
    child = spawn("case", "assess", "2026-0001")
    answer(child, "two or more", True)
    child.expect("long-term")
    child.expect("arrow keys, Enter answers")  # the prompt is listening
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before


def test_typing_the_answers_first_letter_answers_it(spawn, kecli):
    # y/n (j/n in bokmål) move to the answer; Enter answers. Typing n never saves yes.
    kecli.new_case("--received", "2026-11-01")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    for question, key in [
        ("two or more health and care services", "y"),
        ("long-term", "n"),
        ("complex", "n"),
        ("coordinated", "y"),
        ("informed consent", "y"),
        ("active part", "y"),
    ]:
        child.expect(question)
        child.expect(r"\(y/n or arrow keys, Enter answers\)")
        child.send(key + ENTER)
        child.expect("Note")
        child.send(ENTER)
    child.expect("Reason")
    child.send(ENTER)
    child.expect("avslag")
    child.expect("Save the decision")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = kecli.json("case", "show", "2026-0001")["decision"]["answers"]
    assert answers["long_term"] is False and answers["complex"] is False
    assert answers["services"] is True


def test_the_bokmal_walk_takes_j_for_ja(spawn, kecli, monkeypatch):
    kecli.new_case("--received", "2026-11-01")
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    child.expect("1/6")
    child.expect(r"\(j/n eller piltaster, Enter svarer\)")
    child.send("n" + ENTER)
    child.expect("Merknad")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_bad_options_are_refused_before_the_first_question(spawn, kecli):
    # Checked before the walk asks anything: no answers typed in only to be refused.
    kecli.new_case("--received", "2026-11-01")
    before = kecli.snapshot()
    for args, message in [
        (["--decided-on", "2026-10-31"], "is before the inquiry was received"),
        (["--decided-on", "2026-12-24"], "is after today"),
        (["--notified-on", "2026-10-31", "--decided-on", "2026-11-02"], "is before the decision"),
        (["--answer", "bogus=yes"], "Unknown criterion for koordinator: bogus"),
        (["--note", "bogus=x"], "Note for an unknown criterion: bogus"),
    ]:
        child = spawn("case", "assess", "2026-0001", *args)
        assert child.expect(["1/6", message]) == 1, args
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 2, args
    assert kecli.snapshot() == before


def test_the_bokmal_walk_names_local_practice_in_bokmal(spawn, kecli, monkeypatch):
    kecli.new_case("--received", "2026-11-01")
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    for _ in range(5):  # services, long_term, complex (local), coordination, consent
        child.expect(r"\(j/n eller piltaster, Enter svarer\)")
        child.send("j" + ENTER)
        child.expect("Merknad")
        child.send(ENTER)
    child.expect(r"6/6  participation — pbrl § 2-5 b; lokal praksis")
    # The prompt is listening only once its hint is drawn: a Ctrl-C before that reaches
    # prompt_toolkit as a signal, which its select ignores (the walk then waits for ever).
    child.expect(r"\(j/n eller piltaster, Enter svarer\)")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
