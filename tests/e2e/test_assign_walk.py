"""Choosing a coordinator from the ones who qualify, in a real terminal."""

from __future__ import annotations

import pexpect
import pytest

from .conftest import DOWN, ENTER

pytestmark = pytest.mark.pty

K_YES = [
    f"--answer={c}=yes"
    for c in ("services", "long_term", "complex", "coordination", "consent", "participation")
]


def test_the_select_lists_only_qualifying_coordinators_with_caseload(spawn, kecli):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    kecli.json("case", "assess", case_id, *K_YES)
    kecli.json("coordinator", "add", "--name", "Anne", "--max-cases", "5")
    kecli.json("coordinator", "add", "--name", "Barn-Berit", "--kind", "barnekoordinator")
    kecli.json("coordinator", "add", "--name", "Begge-Bo", "--kind", "begge")
    child = spawn("coordinator", "assign", case_id)
    child.expect("Choose the coordinator")
    child.expect("Begge-Bo")
    assert "Barn-Berit" not in child.before
    assert "0/5 cases" in child.before
    child.send(DOWN + ENTER)
    child.expect("Begge-Bo is the coordinator of 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.json("case", "show", case_id)["coordinator"]["name"] == "Begge-Bo"


def test_a_case_that_cannot_have_a_coordinator_is_refused_before_the_choice(spawn, kecli):
    # Not granted, or a child already 18: no list to choose from, then a refusal.
    kecli.json("coordinator", "add", "--name", "Begge-Bo", "--kind", "begge")
    received = kecli.new_case("--received", "2026-11-01")["id"]
    teen = kecli.new_case(
        "--received", "2026-11-01", "--birth-date", "2008-11-20", kind="barnekoordinator"
    )["id"]
    kecli.json(
        "case", "assess", teen, "--answer=serious_condition=yes", "--answer=complex_needs=yes",
        "--answer=consent=yes", "--decided-on", "2026-11-10",
    )  # fmt: skip
    for case_id, extra, message, code in [
        (received, [], "has no innvilget decision", 1),
        (teen, [], "turned 18", 1),
        (teen, ["--on", "2026-12-24"], "is after today", 2),
        (teen, ["--on", "2026-11-09"], "is before the decision", 2),
    ]:
        child = spawn("coordinator", "assign", case_id, *extra)
        assert child.expect(["Choose the coordinator", message]) == 1
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == code
    assert kecli.json("case", "show", teen)["coordinator"] is None
