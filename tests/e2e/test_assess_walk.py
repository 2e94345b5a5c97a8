"""The guided assessment in a real terminal: one criterion at a time, a summary, a confirm."""

from __future__ import annotations

import pexpect
import pytest

from tests.fnr import CHILD

from .conftest import CTRL_C, ENTER

pytestmark = pytest.mark.pty


def answer(child, question: str, yes: bool, note: str = "") -> None:
    child.expect(question)
    child.expect(r"\(y/n\)")
    child.send(("y" if yes else "n") + ENTER)
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
    child.send("y" + ENTER)
    child.expect("Assessment of 2026-0001")
    child.expect("innvilget")
    child.expect("no statutory right")
    child.expect(r"Save the decision\? .*\(Y/n\)")
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
    child.expect("3/4  complex_needs")
    child.expect("long-term and composite \\(sammensatte\\), or coordinated")  # the statute
    answer(child, "long-term and composite \\(sammensatte\\), or coordinated", False)
    answer(child, "want a child coordinator", True)
    child.expect("Reason")
    child.send("Needs are short-term" + ENTER)
    child.expect("avslag")
    child.expect("Appeal deadline")
    child.expect(r"Save the decision\? .*\(Y/n\)")
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
    child.expect(r"\(y/n\)")  # the prompt is listening
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before


def test_each_criterion_saves_the_answer_typed(spawn, kecli):
    # y/n (j/n in bokmål, and the whole words) then Enter; typing n never saves yes.
    kecli.new_case("--received", "2026-11-01")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    for question, key in [
        ("two or more health and care services", "y"),
        ("long-term", "n"),
        ("complex", "no"),
        ("coordinated", "yes"),
        ("informed consent", "Y"),
        ("active part", "y"),
    ]:
        child.expect(question)
        child.expect(r"\(y/n\)")
        child.send(key + ENTER)
        child.expect("Note")
        child.send(ENTER)
    child.expect("Reason")
    child.send(ENTER)
    child.expect("avslag")
    child.expect(r"Save the decision\? .*\(Y/n\)")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = kecli.json("case", "show", "2026-0001")["decision"]["answers"]
    assert answers["long_term"] is False and answers["complex"] is False
    assert answers["services"] is True


def test_the_bokmal_walk_takes_j_ja_n_nei_at_each_criterion(spawn, kecli, monkeypatch):
    kecli.new_case("--received", "2026-11-01")
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    for number, key in enumerate(["j", "nei", "n", "ja", "J", "y"], start=1):
        child.expect(f"{number}/6")
        child.expect(r"\(j/n\)")
        child.send(key + ENTER)
        child.expect("Merknad")
        child.send(ENTER)
    child.expect("Begrunnelse")
    child.send(ENTER)
    child.expect(r"Lagre avgjørelsen\? .*\(J/n\)")
    child.send("ja" + ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    answers = kecli.json("case", "show", "2026-0001")["decision"]["answers"]
    assert answers == {
        "services": True,
        "long_term": False,
        "complex": False,
        "coordination": True,
        "consent": True,
        "participation": True,
    }


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


def test_the_bokmal_walk_names_the_municipalitys_practice_and_that_it_does_not_decide(
    spawn, kecli, monkeypatch
):
    kecli.new_case("--received", "2026-11-01")
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    for _ in range(5):  # services, long_term, complex, coordination, consent (the statute)
        child.expect(r"\(j/n\)")
        child.send("j" + ENTER)
        child.expect("Merknad")
        child.send(ENTER)
    child.expect(r"6/6  aktiv deltakelse — kommunens praksis")
    assert "participation" not in child.before  # the code is for --answer, not the screen
    child.expect("ikke et vilkår i loven")
    child.expect("Kommunen krever ikke aktiv deltakelse: svaret registreres, men avgjør ikke saken")
    # The prompt is listening only once its hint is drawn: a Ctrl-C before that reaches
    # prompt_toolkit as a signal, which it ignores (the walk then waits for ever).
    child.expect(r"\(j/n\)")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_past_18_the_walk_says_the_municipality_continues_and_grants(spawn, kecli):
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    kecli.new_case(
        "--received", "2026-11-01", "--birth-date", "2008-11-20", kind="barnekoordinator"
    )
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    child.expect("1/4")
    child.expect(r"Yes: continued after 18 by the municipality's choice \(not asked\)")
    answer(child, "serious illness", True)
    answer(child, "sammensatte", True)
    answer(child, "want a child coordinator", True)  # --no-ip: the plan is not asked
    child.expect("innvilget")
    child.expect("continued after 18 by the municipality's choice")
    child.expect(r"Save the decision\? .*\(Y/n\)")  # keys typed before it listens are lost
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    decision = kecli.json("case", "show", "2026-0001")["decision"]
    assert decision["local_grounds"] == {"child_age": "continued_past_18"}


def test_the_bokmal_walk_quotes_sammensatte(spawn, kecli, monkeypatch):
    kecli.new_case("--birth-date", "2015-01-01", kind="barnekoordinator")
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = spawn("case", "assess", "2026-0001", "--no-ip")
    child.expect("Avledet av fødselsdatoen: ja")
    child.expect(r"\(j/n\)")
    child.send("j" + ENTER)
    child.expect("Merknad")
    child.send(ENTER)
    child.expect("langvarige og sammensatte, eller koordinerte")
    child.expect(r"\(j/n\)")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
