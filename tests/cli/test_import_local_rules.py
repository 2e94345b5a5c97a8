"""``kecli import cases`` and the municipality's choices: a stored decision keeps what it
decided (participation counted where a row lists it; a barnekoordinator continued past 18
as its legal basis records); no barnekoordinator decided before 1 August 2022."""

from __future__ import annotations

import csv
import json

import pytest

from tests.cli.test_export import KOORDINATOR_YES
from tests.cli.test_import import empty_db, import_workers, ok, round_trip, row, write

__all__ = ["empty_db", "import_workers"]  # fixtures, used by name

B_THREE = ["--answer=serious_condition=yes", "--answer=complex_needs=yes", "--answer=consent=yes"]
CONTINUED = "pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg"

REFUSED_ON_PARTICIPATION = {
    "status": "decided",
    "decision_outcome": "avslag",
    "decided_on": "2026-11-01",
    "failed_criteria": "participation",
}


def test_an_older_kecli_refusal_on_participation_imports_whatever_the_setting(kecli, tmp_path):
    # participation_required is off: case assess would grant this now, but the row was
    # decided when it counted, and keeps its outcome.
    ok(kecli, "import", "cases", str(write(tmp_path, row(**REFUSED_ON_PARTICIPATION))))
    decision = kecli.json("case", "show", "2026-0001")["decision"]
    assert decision["outcome"] == "avslag"
    assert decision["failed_criteria"] == ["participation"]
    assert decision["answers"]["participation"] is False
    # Without a legal basis in the file, the one case assess gives for such a refusal.
    assert (
        decision["legal_basis"] == "pbrl § 2-5 b, hol § 7-2; kommunens praksis (aktiv deltakelse)"
    )
    assert decision["local_grounds"] == {"participation": "local_practice"}


def test_a_refusal_on_participation_keeps_the_legal_basis_its_file_gives(kecli, tmp_path):
    values = REFUSED_ON_PARTICIPATION | {"legal_basis": "pbrl § 2-5 b, hol § 7-2"}
    ok(kecli, "import", "cases", str(write(tmp_path, row(**values))))
    decision = kecli.json("case", "show", "2026-0001")["decision"]
    assert decision["legal_basis"] == "pbrl § 2-5 b, hol § 7-2"
    assert decision["local_grounds"] == {"participation": "local_practice"}


def test_decisions_on_participation_round_trip(kecli, tmp_path, empty_db):
    kecli.new_case("--received", "2026-10-01", name="Deltar Ikke")
    kecli.new_case("--received", "2026-10-01", name="Krevd Deltakelse")
    no = [a.replace("participation=yes", "participation=no") for a in KOORDINATOR_YES]
    ok(kecli, "case", "assess", "2026-0001", *no, "--decided-on", "2026-10-10")
    ok(kecli, "config", "set", "participation_required", "true")
    ok(kecli, "case", "assess", "2026-0002", *no, "--decided-on", "2026-10-10")
    result = round_trip(kecli, tmp_path, empty_db)
    assert json.loads(result.stdout)["decisions"] == 2
    second = kecli.json("--db", empty_db, "case", "show", "2026-0002")["decision"]
    assert (second["outcome"], second["failed_criteria"]) == ("avslag", ["participation"])


def test_a_plan_kept_under_a_local_practice_avslag_round_trips(kecli, tmp_path, empty_db):
    # The statute's IP right stands under an avslag resting only on participation
    # (pbrl § 2-5): its plan, a draft without consent, moves with the case.
    kecli.new_case("--received", "2026-10-01", name="Krevd Deltakelse")
    no = [a.replace("participation=yes", "participation=no") for a in KOORDINATOR_YES]
    ok(kecli, "config", "set", "participation_required", "true")
    ok(kecli, "case", "assess", "2026-0001", *no, "--decided-on", "2026-10-10", "--wants-ip")
    document = tmp_path / "plan.json"
    document.write_text(json.dumps({"own_contribution": "Møter opp"}), encoding="utf-8")
    ok(kecli, "plan", "edit", "2026-0001", "--from-file", str(document))
    round_trip(kecli, tmp_path, empty_db)  # the same bytes after the move
    with (tmp_path / "first.csv").open(encoding="utf-8-sig", newline="") as handle:
        (exported,) = csv.DictReader(handle)
    assert exported["plan_consent"] == "false"  # the draft moved as a draft


# --- barnekoordinator: continued past 18, and not before 1 August 2022 ----------------


def adult_child(**values: str) -> str:
    """A barnekoordinator row for a child who turned 18 on 2026-01-01, granted after."""
    base = {
        "kind": "barnekoordinator",
        "birth_date": "2008-01-01",
        "status": "decided",
        "decision_outcome": "innvilget",
        "decided_on": "2026-11-01",
    }
    return row(**(base | values))


def test_a_grant_continued_past_18_imports_as_its_legal_basis_records(kecli, tmp_path):
    # Whatever barnekoordinator_past_18 says now (off): the decision was made so.
    ok(kecli, "import", "cases", str(write(tmp_path, adult_child(legal_basis=CONTINUED))))
    decision = kecli.json("case", "show", "2026-0001")["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["answers"]["child_age"] is True
    assert decision["local_grounds"] == {"child_age": "continued_past_18"}


def test_a_grant_past_18_without_the_continuation_is_a_bad_row(kecli, tmp_path, refused):
    refused(
        2, "import", "cases", str(write(tmp_path, adult_child())),
        message="line 2: failed_criteria: child_age is not met on 2026-11-01 by the birth date "
        f"(continued: legal_basis says '{CONTINUED.split('; ')[1]}')",
    )  # fmt: skip


@pytest.mark.parametrize(
    "values",
    [
        {"birth_date": "2015-01-01"},  # under 18: nothing to continue
        {"decision_outcome": "avslag", "failed_criteria": "child_age"},
    ],
)
def test_a_continuation_that_the_row_contradicts_is_a_bad_row(kecli, tmp_path, refused, values):
    path = write(tmp_path, adult_child(legal_basis=CONTINUED, **values))
    refused(2, "import", "cases", str(path), message="line 2: legal_basis: 'videreført etter 18 år")


def test_a_continued_barnekoordinator_round_trips_into_a_database_that_does_not_continue(
    kecli, tmp_path, empty_db
):
    kecli.new_case(
        "--received", "2026-11-01", "--birth-date", "2008-11-20", kind="barnekoordinator"
    )
    ok(kecli, "config", "set", "barnekoordinator_past_18", "true")
    ok(kecli, "case", "assess", "2026-0001", *B_THREE)
    round_trip(kecli, tmp_path, empty_db)
    decision = kecli.json("--db", empty_db, "case", "show", "2026-0001")["decision"]
    assert decision["legal_basis"] == CONTINUED


@pytest.mark.parametrize(("day", "bad"), [("2022-07-31", True), ("2022-08-01", False)])
def test_a_barnekoordinator_decided_before_1_august_2022_is_a_bad_row(
    kecli, tmp_path, refused, day, bad
):
    values = {
        "kind": "barnekoordinator",
        "birth_date": "2015-01-01",
        "received_on": "2022-06-01",
        "status": "decided",
        "decision_outcome": "innvilget",
        "decided_on": day,
    }
    path = write(tmp_path, row(**values))
    if bad:
        refused(
            2, "import", "cases", str(path),
            message=f"line 2: decided_on: {day} is before 2022-08-01, when the right to a "
            "barnekoordinator began (pbrl § 2-5 c)",
        )  # fmt: skip
    else:
        ok(kecli, "import", "cases", str(path))


def test_a_koordinator_decided_before_august_2022_imports(kecli, tmp_path):
    values = {
        "received_on": "2021-06-01",
        "status": "decided",
        "decision_outcome": "innvilget",
        "decided_on": "2021-07-01",
    }
    ok(kecli, "import", "cases", str(write(tmp_path, row(**values))))
