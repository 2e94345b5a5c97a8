"""``kecli coordinator …``: the registry and the appointment rules of SPEC § 4."""

from __future__ import annotations

import pytest

from tests.fnr import CHILD

K_YES = [
    f"--answer={c}=yes"
    for c in ("services", "long_term", "complex", "coordination", "consent", "participation")
]
B_YES = ["--answer=serious_condition=yes", "--answer=complex_needs=yes", "--answer=consent=yes"]


def granted(kecli, *extra, kind="koordinator", name="Kari", fnr=None):
    args = ["--received", "2026-11-01"] + (["--fnr", fnr] if fnr else [])
    if kind == "barnekoordinator" and not fnr:
        args += ["--birth-date", "2015-01-01"]
    case_id = kecli.new_case(*args, *extra, kind=kind, name=name)["id"]
    kecli.json(
        "case",
        "assess",
        case_id,
        *(K_YES if kind == "koordinator" else B_YES),
        "--decided-on",
        "2026-11-10",
    )
    return case_id


def add(kecli, name="Anne", *extra):
    return kecli.json("coordinator", "add", "--name", name, *extra)["id"]


def test_add_returns_the_coordinator_object(kecli):
    view = kecli.json(
        "coordinator",
        "add",
        "--name",
        "Anne Berg",
        "--unit",
        "Helse",
        "--kind",
        "begge",
        "--independent",
        "--trained-on",
        "2025-03-01",
        "--max-cases",
        "12",
    )
    assert view == {
        "id": 1,
        "name": "Anne Berg",
        "unit": "Helse",
        "kind": "begge",
        "independent": True,
        "trained_on": "2025-03-01",
        "max_cases": 12,
        "active": True,
        "deactivated_on": None,
        "active_cases": 0,
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "--name"),
        (["--name", "A", "--kind", "lege"], "--kind"),
        (["--name", "A", "--trained-on", "2027-01-01"], "after today"),
        (["--name", "A", "--max-cases", "0"], "at least 1"),
        (["--name", "A", "--max-cases", "many"], "--max-cases"),
    ],
)
def test_bad_coordinators_are_refused(kecli, refused, args, message):
    refused(2, "coordinator", "add", *args, message=message)


def test_list_shows_the_active_caseload(kecli):
    case_id = granted(kecli)
    add(kecli, "Anne")
    add(kecli, "Bjørn")
    kecli.json("coordinator", "assign", case_id, "1")
    loads = {c["name"]: c["active_cases"] for c in kecli.json("coordinator", "list")}
    assert loads == {"Anne": 1, "Bjørn": 0}
    table = kecli("coordinator", "list").stdout
    assert "Anne" in table and "Bjørn" in table


def test_assign_sets_the_coordinator_and_reassign_keeps_the_history(kecli):
    case_id = granted(kecli)
    add(kecli, "Anne")
    add(kecli, "Bjørn")
    first = kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-12")
    assert first["coordinator"] == {"id": 1, "name": "Anne", "since": "2026-11-12"}
    second = kecli.json("coordinator", "assign", case_id, "2", "--on", "2026-11-20")
    assert second["coordinator"] == {"id": 2, "name": "Bjørn", "since": "2026-11-20"}
    assert [(c["name"], c["since"], c["until"]) for c in second["coordinators"]] == [
        ("Anne", "2026-11-12", "2026-11-20"),
        ("Bjørn", "2026-11-20", None),
    ]
    shown = kecli("case", "show", case_id).stdout
    assert "Anne" in shown and "Bjørn" in shown


def test_unassign_ends_the_appointment(kecli):
    case_id = granted(kecli)
    add(kecli)
    kecli.json("coordinator", "assign", case_id, "1")
    view = kecli.json("coordinator", "unassign", case_id, "--reason", "family asked")
    assert view["coordinator"] is None
    assert view["coordinators"][0]["until"] == "2026-11-28"
    assert view["coordinators"][0]["end_reason"] == "family asked"


def test_unassign_without_a_coordinator_is_refused(kecli, refused):
    case_id = granted(kecli)
    refused(1, "coordinator", "unassign", case_id, message="no active coordinator")


def test_only_a_granted_case_gets_a_coordinator(kecli, refused):
    case_id = kecli.new_case()["id"]
    add(kecli)
    refused(1, "coordinator", "assign", case_id, "1", message="no innvilget decision")
    kecli.json(
        "case",
        "assess",
        case_id,
        *K_YES[:1],
        "--answer=long_term=no",
        "--answer=complex=no",
        *K_YES[3:],
    )
    refused(1, "coordinator", "assign", case_id, "1", message="no innvilget decision")


def test_the_coordinators_kind_must_cover_the_cases_kind(kecli, refused):
    child_case = granted(kecli, kind="barnekoordinator")
    add(kecli, "Anne")  # koordinator
    refused(1, "coordinator", "assign", child_case, "1", message="cannot be appointed")
    add(kecli, "Bea", "--kind", "begge")
    assert kecli.json("coordinator", "assign", child_case, "2")["coordinator"]["id"] == 2


def test_independent_barnekoordinators_when_config_requires_them(kecli, refused):
    child_case = granted(kecli, kind="barnekoordinator")
    add(kecli, "Anne", "--kind", "barnekoordinator")
    add(kecli, "Ina", "--kind", "barnekoordinator", "--independent")
    kecli.json("config", "set", "require_independent_barnekoordinator", "true")
    refused(1, "coordinator", "assign", child_case, "1", message="not independent")
    assert kecli.json("coordinator", "assign", child_case, "2")["coordinator"]["name"] == "Ina"


def test_one_person_cannot_have_both_kinds_unless_replace_other(kecli, refused):
    k_case = granted(kecli, fnr=CHILD, name="Lise")
    b_case = granted(kecli, kind="barnekoordinator", fnr=CHILD, name="Lise")
    add(kecli, "Anne", "--kind", "begge")
    add(kecli, "Bea", "--kind", "begge")
    kecli.json("coordinator", "assign", k_case, "1")
    refused(1, "coordinator", "assign", b_case, "2", message=k_case)
    result = kecli.json("coordinator", "assign", b_case, "2", "--replace-other")
    assert result["coordinator"]["name"] == "Bea"
    assert kecli.json("case", "show", k_case)["coordinator"] is None


def test_a_full_coordinator_is_refused_unless_forced(kecli, refused):
    first = granted(kecli, name="A")
    second = granted(kecli, name="B")
    add(kecli, "Anne", "--max-cases", "1")
    kecli.json("coordinator", "assign", first, "1")
    refused(1, "coordinator", "assign", second, "1", message="1 of at most 1")
    assert kecli.json("coordinator", "assign", second, "1", "--force")["coordinator"]["id"] == 1


def test_a_family_with_another_coordinated_case_gets_a_warning(kecli):
    sibling = granted(kecli, "--guardian", "Mor", kind="barnekoordinator", name="Eldste")
    younger = granted(kecli, "--guardian", "Mor", kind="barnekoordinator", name="Yngste")
    add(kecli, "Anne", "--kind", "barnekoordinator")
    kecli.json("coordinator", "assign", sibling, "1")
    result = kecli("coordinator", "assign", younger, "1", "--json")
    assert result.exit_code == 0
    assert f"may already have a coordinator in case {sibling}" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["2026-0099", "1"], 1, "does not exist"),
        (["2026-0001", "9"], 1, "Coordinator 9 does not exist"),
        (["2026-0001", "x"], 1, "does not exist"),
        (["2026-0001"], 2, "COORDINATOR"),
        (["2026-0001", "1", "--on", "2026-12-01"], 2, "after today"),
        (["2026-0001", "1", "--on", "2026-11-09"], 2, "before the decision"),
    ],
)
def test_bad_assignments_are_refused(kecli, refused, args, code, message):
    granted(kecli)
    add(kecli)
    refused(code, "coordinator", "assign", *args, message=message)


def test_assigning_the_same_coordinator_again_is_refused(kecli, refused):
    case_id = granted(kecli)
    add(kecli)
    kecli.json("coordinator", "assign", case_id, "1")
    refused(1, "coordinator", "assign", case_id, "1", message="already the coordinator")


def test_deactivating_a_coordinator_leaves_their_cases_needing_a_new_one(kecli, refused):
    case_id = granted(kecli)
    other = granted(kecli, name="Uten")
    add(kecli)
    kecli.json("coordinator", "assign", case_id, "1")
    view = kecli.json("coordinator", "deactivate", "1", "--reason", "sluttet")
    assert view["active"] is False and view["cases_needing_coordinator"] == [case_id]
    needing = [c["id"] for c in kecli.json("case", "list", "--without-coordinator")]
    assert needing == [case_id, other]
    assert kecli.json("coordinator", "list") == []
    assert len(kecli.json("coordinator", "list", "--all")) == 1
    refused(1, "coordinator", "assign", case_id, "1", message="deactivated")
    refused(1, "coordinator", "deactivate", "1", message="already deactivated")


def test_case_list_by_coordinator(kecli):
    case_id = granted(kecli)
    granted(kecli, name="Other")
    add(kecli)
    kecli.json("coordinator", "assign", case_id, "1")
    assert [c["id"] for c in kecli.json("case", "list", "--coordinator", "1")] == [case_id]


def test_coordinator_show_lists_the_active_cases(kecli, refused):
    case_id = granted(kecli)
    add(kecli)
    kecli.json("coordinator", "assign", case_id, "1")
    view = kecli.json("coordinator", "show", "1")
    assert view["active_cases"] == 1
    assert view["cases"] == [{"id": case_id, "kind": "koordinator", "name": "Kari"}]
    refused(1, "coordinator", "show", "7", message="does not exist")


@pytest.mark.parametrize("ref", ["99999999999999999999999", "0"])
def test_an_absurd_coordinator_id_is_simply_not_found(kecli, refused, ref):
    case_id = granted(kecli)
    refused(1, "coordinator", "assign", case_id, ref, message="does not exist")
    refused(1, "case", "list", "--coordinator", ref, message="does not exist")


def _caseloads(kecli) -> dict[str, int]:
    return {c["name"]: c["active_cases"] for c in kecli.json("coordinator", "list")}


def test_closing_a_case_ends_its_appointment_the_day_it_closes(kecli):
    case_id = granted(kecli)
    add(kecli, "Anne", "--max-cases", "1")
    kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-12")
    view = kecli.json("case", "close", case_id, "--reason", "moved", "--on", "2026-11-20")
    assert view["coordinator"] is None
    assert view["coordinators"][0]["until"] == "2026-11-20"
    assert view["coordinators"][0]["end_reason"] == "case closed"
    assert _caseloads(kecli) == {"Anne": 0}
    # Anne's one place is free again for another case.
    other = granted(kecli, name="Per")
    assert kecli.json("coordinator", "assign", other, "1")["coordinator"]["id"] == 1


def test_an_avslag_on_reassessment_ends_the_appointment(kecli):
    case_id = granted(kecli)
    add(kecli, "Anne")
    kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-12")
    refusal = [a.replace("services=yes", "services=no") for a in K_YES]
    view = kecli.json("case", "assess", case_id, *refusal, "--decided-on", "2026-11-25")
    assert view["decision"]["outcome"] == "avslag"
    assert view["coordinator"] is None
    assert view["coordinators"][0]["until"] == "2026-11-25"
    assert kecli.json("case", "list", "--coordinator", "1") == []


def test_a_granted_reassessment_keeps_the_coordinator(kecli):
    case_id = granted(kecli)
    add(kecli, "Anne")
    kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-12")
    view = kecli.json("case", "assess", case_id, *K_YES, "--decided-on", "2026-11-25")
    assert view["coordinator"]["id"] == 1


def test_closing_before_the_appointment_began_is_refused(kecli, refused):
    case_id = granted(kecli)
    add(kecli, "Anne")
    kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-20")
    refused(
        2, "case", "close", case_id, "--reason", "x", "--on", "2026-11-15",
        message="--on 2026-11-15 is before coordinator 1 was appointed to the case (2026-11-20)",
    )  # fmt: skip


def test_deactivating_before_an_appointment_began_is_refused(kecli, refused):
    case_id = granted(kecli)
    add(kecli, "Anne")
    kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-20")
    refused(
        2, "coordinator", "deactivate", "1", "--on", "2026-11-15",
        message="--on 2026-11-15 is before the coordinator's latest appointment (2026-11-20)",
    )  # fmt: skip
    view = kecli.json("coordinator", "deactivate", "1", "--on", "2026-11-20")
    assert view["active"] is False


@pytest.mark.sqlite_only
def test_migration_0009_ends_appointments_earlier_versions_left_active(kecli):
    from tests.conftest import stamped

    refused_case, closed_case, kept = (
        granted(kecli),
        granted(kecli, name="Per"),
        granted(kecli, name="Ola"),
    )
    add(kecli, "Anne")
    for case_id in (refused_case, closed_case, kept):
        kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-12")
    # As kecli before 0009 left them: an avslag and a closed case, appointments still on.
    with stamped(kecli.db, "0008") as conn:
        conn.execute(
            "UPDATE decisions SET outcome = 'avslag', decided_on = '2026-11-20' WHERE case_id = ?",
            (refused_case,),
        )
        conn.execute(
            "UPDATE cases SET status = 'closed', closed_on = '2026-11-25', close_reason = 'x' "
            "WHERE id = ?",
            (closed_case,),
        )
    ended = {
        case_id: kecli.json("case", "show", case_id)["coordinators"][0]
        for case_id in (refused_case, closed_case, kept)
    }
    assert (ended[refused_case]["until"], ended[refused_case]["end_reason"]) == (
        "2026-11-20",
        "no current grant",
    )
    assert (ended[closed_case]["until"], ended[closed_case]["end_reason"]) == (
        "2026-11-25",
        "case closed",
    )
    assert ended[kept]["until"] is None


def test_the_walks_preview_refuses_an_avslag_before_the_appointment_began(kecli, refused):
    # The guided assess shows a summary (preview) before it saves: the same refusal there,
    # before the caseworker confirms, as the save gives.
    import datetime as dt

    from kecli.errors import InvalidInput
    from kecli.services.context import Ctx
    from kecli.services.decisions import AssessInput, preview_assessment

    case_id = granted(kecli)
    add(kecli, "Anne")
    kecli.json("coordinator", "assign", case_id, "1", "--on", "2026-11-20")
    answers = {a.split("=")[1]: a.endswith("yes") for a in K_YES} | {"services": False}
    data = AssessInput(answers=answers, decided_on=dt.date(2026, 11, 15))
    ctx = Ctx(kecli.url, "tester", dt.date(2026, 11, 28))
    with pytest.raises(InvalidInput, match="before coordinator 1 was appointed"):
        preview_assessment(ctx, case_id, data)
    refusal = [a.replace("services=yes", "services=no") for a in K_YES]
    refused(2, "case", "assess", case_id, *refusal, "--decided-on", "2026-11-15",
            message="before coordinator 1 was appointed")  # fmt: skip


def test_a_barnekoordinator_is_not_appointed_past_18_unless_the_municipality_continues(
    kecli, refused
):
    # Born 2008-11-20: 18 on 2026-11-20, after the decision (2026-11-10), before today.
    case_id = kecli.new_case(
        "--received", "2026-11-01", "--birth-date", "2008-11-20", kind="barnekoordinator"
    )["id"]
    kecli.json("case", "assess", case_id, *B_YES, "--decided-on", "2026-11-10")
    coordinator = add(kecli, "Berit", "--kind", "barnekoordinator")
    result = refused(
        1,
        "coordinator",
        "assign",
        case_id,
        str(coordinator),
        message=f"The child in case {case_id} turned 18 on 2026-11-20",
    )
    assert "barnekoordinator_past_18" in result.stderr
    refused(
        1, "coordinator", "assign", case_id, str(coordinator), "--on", "2026-11-20",
        message="pbrl § 2-5 c",
    )  # fmt: skip
    # The day before the birthday the right still holds.
    before = kecli.json("coordinator", "assign", case_id, str(coordinator), "--on", "2026-11-19")
    assert before["coordinator"]["id"] == coordinator
    kecli.json("coordinator", "unassign", case_id, "--on", "2026-11-19")
    kecli.json("config", "set", "barnekoordinator_past_18", "true")
    after = kecli.json("coordinator", "assign", case_id, str(coordinator))
    assert after["coordinator"]["since"] == "2026-11-28"


def test_a_new_appointment_does_not_begin_before_the_last_one_ended(kecli, refused):
    case_id = granted(kecli)
    first, second = add(kecli, "Anne"), add(kecli, "Bodil")
    kecli.json("coordinator", "assign", case_id, str(first), "--on", "2026-11-12")
    kecli.json("case", "close", case_id, "--reason", "flyttet", "--on", "2026-11-20")
    kecli.json("case", "reopen", case_id, "--reason", "flyttet tilbake")
    refused(
        2, "coordinator", "assign", case_id, str(second), "--on", "2026-11-15",
        message="--on 2026-11-15 is before the previous appointment ended (2026-11-20, "
        f"coordinator {first})",
    )  # fmt: skip
    view = kecli.json("coordinator", "assign", case_id, str(second), "--on", "2026-11-20")
    assert [(c["since"], c["until"]) for c in view["coordinators"]] == [
        ("2026-11-12", "2026-11-20"),
        ("2026-11-20", None),
    ]


def test_a_case_is_not_closed_before_its_decision(kecli, refused):
    case_id = granted(kecli)  # decided 2026-11-10
    refused(
        2, "case", "close", case_id, "--reason", "flyttet", "--on", "2026-11-05",
        message="--on 2026-11-05 is before the case's decision (2026-11-10)",
    )  # fmt: skip
    closed = kecli.json("case", "close", case_id, "--reason", "flyttet", "--on", "2026-11-10")
    assert closed["closed_on"] == "2026-11-10"


def test_case_show_in_bokmal_gives_the_reasons_an_appointment_ended_in_bokmal(kecli, monkeypatch):
    case_id = granted(kecli)
    first, second = add(kecli, "Anne"), add(kecli, "Bodil")
    kecli.json("coordinator", "assign", case_id, str(first), "--on", "2026-11-12")
    kecli.json("coordinator", "assign", case_id, str(second), "--on", "2026-11-15")
    kecli.json("coordinator", "unassign", case_id, "--on", "2026-11-18")
    kecli.json("coordinator", "assign", case_id, str(first), "--on", "2026-11-18")
    kecli.json("case", "close", case_id, "--reason", "flyttet", "--on", "2026-11-20")
    view = kecli.json("case", "show", case_id)
    reasons = [c["end_reason"] for c in view["coordinators"]]
    assert reasons == ["replaced", "unassigned", "case closed"]
    monkeypatch.setenv("KECLI_LANG", "nb")
    shown = kecli("case", "show", case_id).stdout
    assert "erstattet" in shown and "oppnevningen avsluttet" in shown
    assert "saken avsluttet" in shown
    assert "replaced" not in shown and "case closed" not in shown  # ("unassigned" is also
    # the name of an event in the history: its bokmål form above is what the table shows)
