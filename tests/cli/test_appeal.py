"""``kecli appeal …``: filing, timeliness, every step and its effect on the decision."""

from __future__ import annotations

import json

import pytest

K = ("services", "long_term", "complex", "coordination", "consent", "participation")


def refused_case(kecli, decided="2026-10-09", notified: str | None = "2026-10-09"):
    """An avslag decided on ``decided``, handed over on ``notified`` (None: not yet sent)."""
    case_id = kecli.new_case("--received", "2025-06-01")["id"]
    answers = [f"--answer={c}={'no' if c in ('long_term', 'complex') else 'yes'}" for c in K]
    notice = ["--notified-on", notified] if notified else []
    kecli.json("case", "assess", case_id, *answers, "--decided-on", decided, *notice)
    return case_id


@pytest.fixture
def case(kecli):
    # Notified Fri 9 Oct 2026 → deadline Fri 6 Nov 2026 (no holiday in between).
    return refused_case(kecli)


def appeal_of(view):
    return view["appeals"][-1]


def test_filing_records_the_appeal_object(kecli, case):
    view = kecli.json("appeal", "file", case, "--filed-on", "2026-11-02", "--grounds", "Langvarig")
    appeal = appeal_of(view)
    assert appeal["id"] == 1
    assert appeal["filed_on"] == "2026-11-02"
    assert appeal["deadline"] == "2026-11-06"
    assert appeal["timely"] is True
    assert appeal["status"] == "filed"
    assert appeal["unit_outcome"] is None and appeal["forwarded_on"] is None
    assert appeal["final_outcome"] is None
    assert appeal["grounds"] == "Langvarig" and appeal["signed"] is True
    assert [s["step"] for s in appeal["history"]] == ["file"]


def test_an_appeal_on_the_last_day_is_timely(kecli, case):
    appeal = appeal_of(kecli.json("appeal", "file", case, "--filed-on", "2026-11-06"))
    assert appeal["timely"] is True


def test_an_appeal_the_day_after_is_late_but_registered_with_a_warning(kecli, case):
    result = kecli("appeal", "file", case, "--filed-on", "2026-11-07", "--json")
    assert result.exit_code == 0
    assert "after the deadline (2026-11-06)" in result.stderr
    assert appeal_of(json.loads(result.stdout))["timely"] is False


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "The unit first decides whether to hear it anyway (fvl § 31, § 33 second"),
        ("nb", "Enheten avgjør først om den likevel skal behandles (fvl § 31, § 33 annet"),
    ],
)
def test_the_late_warning_says_the_unit_decides_first_whether_to_hear_it(
    kecli, case, monkeypatch, lang, words
):
    # Not that it is refused: kecli registers it, and the unit decides (fvl § 31, § 33).
    monkeypatch.setenv("KECLI_LANG", lang)
    result = kecli("appeal", "file", case, "--filed-on", "2026-11-07")
    assert result.exit_code == 0, result.stderr
    [warning] = result.stderr.strip().splitlines()
    assert words in warning
    assert f"kecli appeal decide {case} --outcome avvist" in warning
    for refusal in ("cannot", "refused", "kan ikke", "avvises"):
        assert refusal not in warning.lower()


def test_the_deadline_follows_a_later_notification(kecli):
    # Notified Thu 26.11 → deadline Thu 24.12.2026 (DOMAIN § 4).
    case_id = refused_case(kecli, decided="2026-11-20", notified="2026-11-26")
    appeal = appeal_of(kecli.json("appeal", "file", case_id))
    assert appeal["deadline"] == "2026-12-24"


def test_an_unsigned_appeal_is_recorded_with_a_warning(kecli, case):
    result = kecli("appeal", "file", case, "--unsigned", "--filed-on", "2026-11-01")
    assert result.exit_code == 0
    assert "not signed" in result.stderr
    assert appeal_of(kecli.json("case", "show", case))["signed"] is False


def test_an_appeal_more_than_a_year_late_needs_force_and_a_reason(kecli, refused, monkeypatch):
    monkeypatch.setenv("KECLI_TODAY", "2027-12-01")
    case_id = refused_case(kecli)
    refused(1, "appeal", "file", case_id, message="more than a year")
    refused(2, "appeal", "file", case_id, "--force", message="--reason")
    view, warning = kecli.json_warned(
        "appeal", "file", case_id, "--force", "--reason", "asked by statsforvalteren"
    )
    assert "after the deadline" in warning
    assert appeal_of(view)["timely"] is False
    assert appeal_of(view)["force_reason"] == "asked by statsforvalteren"


def test_exactly_one_year_after_is_not_too_late(kecli, monkeypatch):
    monkeypatch.setenv("KECLI_TODAY", "2027-10-09")
    case_id = refused_case(kecli)
    view, _ = kecli.json_warned("appeal", "file", case_id)
    assert appeal_of(view)["timely"] is False


def test_a_timely_appeal_is_heard_however_old_the_decision(kecli, monkeypatch):
    # fvl § 31's year bars late appeals only: a decision that reached the person a year
    # after it was made can be appealed within its own four weeks, no --force needed.
    monkeypatch.setenv("KECLI_TODAY", "2027-12-01")
    case_id = refused_case(kecli, decided="2026-10-09", notified="2027-11-20")
    result = kecli("appeal", "file", case_id, "--filed-on", "2027-12-01", "--json")
    assert result.exit_code == 0, result.output
    appeal = appeal_of(json.loads(result.stdout))
    assert appeal["timely"] is True and appeal["deadline"] == "2027-12-20"
    assert appeal["force_reason"] is None
    assert "year" not in result.stderr


def test_an_appeal_against_a_decision_not_yet_sent_is_timely(kecli, monkeypatch):
    # No deadline runs before the decision reaches the person (pbrl § 7-5).
    case_id = refused_case(kecli, decided="2026-10-09", notified=None)
    result = kecli("appeal", "file", case_id, "--filed-on", "2026-11-20", "--json")
    assert result.exit_code == 0 and result.stderr == ""
    appeal = appeal_of(json.loads(result.stdout))
    assert (appeal["timely"], appeal["deadline"]) == (True, None)


def test_a_decision_never_notified_is_never_barred(kecli, monkeypatch):
    # Decided in 2026, never sent: an appeal years later is not barred by fvl § 31.
    monkeypatch.setenv("KECLI_TODAY", "2028-06-01")
    case_id = refused_case(kecli, decided="2026-10-09", notified=None)
    result = kecli("appeal", "file", case_id, "--json")
    assert result.exit_code == 0, result.output
    appeal = appeal_of(json.loads(result.stdout))
    assert (appeal["timely"], appeal["force_reason"]) == (True, None)


def test_after_an_estimated_deadline_the_appeal_is_late_and_the_warning_says_so(kecli):
    # Posted Fri 9 Oct; + 7 = Fri 16 Oct → Fri 13 Nov 2026, estimated.
    case_id = refused_case(kecli, notified=None)
    kecli.json("case", "notify", case_id, "--sent-on", "2026-10-09", "--via", "post")
    result = kecli("appeal", "file", case_id, "--filed-on", "2026-11-16", "--json")
    assert result.exit_code == 0
    assert "after the estimated deadline (2026-11-13; the letter was posted 2026-10-09" in (
        result.stderr
    )
    assert "case notify --on" in result.stderr
    appeal = appeal_of(json.loads(result.stdout))
    assert (appeal["timely"], appeal["deadline"]) == (False, "2026-11-13")
    # On the estimated last day it is timely.
    kecli.json("appeal", "withdraw", case_id, "--on", "2026-11-16")
    on_time = kecli("appeal", "file", case_id, "--filed-on", "2026-11-13", "--json")
    assert on_time.exit_code == 0 and on_time.stderr == ""


def test_late_only_against_an_estimated_deadline_is_not_barred_after_a_year(kecli, monkeypatch):
    monkeypatch.setenv("KECLI_TODAY", "2027-12-01")
    case_id = refused_case(kecli, notified=None)
    kecli.json("case", "notify", case_id, "--sent-on", "2026-10-09", "--via", "post")
    view, warning = kecli.json_warned("appeal", "file", case_id)
    assert appeal_of(view)["timely"] is False and appeal_of(view)["force_reason"] is None
    assert "estimated deadline" in warning


def test_the_bokmal_warning_names_the_estimate(kecli, monkeypatch):
    case_id = refused_case(kecli, notified=None)
    kecli.json("case", "notify", case_id, "--sent-on", "2026-10-09", "--via", "post")
    monkeypatch.setenv("KECLI_LANG", "nb")
    result = kecli("appeal", "file", case_id, "--filed-on", "2026-11-16")
    assert "etter den anslåtte fristen (2026-11-13" in result.stderr


def test_a_notification_that_makes_an_appeal_late_only_by_an_estimate_needs_no_force(
    kecli, monkeypatch
):
    # Filed 2027-11-20 against a decision of 2026-10-09 never sent: timely. Recording a
    # posting in 2026 makes it late against an estimate only: recounted, not barred.
    monkeypatch.setenv("KECLI_TODAY", "2027-11-20")
    case_id = refused_case(kecli, notified=None)
    kecli.json("appeal", "file", case_id)
    view = kecli.json("case", "notify", case_id, "--sent-on", "2026-10-09", "--via", "post")
    appeal = appeal_of(view)
    assert (appeal["deadline"], appeal["timely"], appeal["force_reason"]) == (
        "2026-11-13",
        False,
        None,
    )
    logged = kecli.json("audit", "list", "--action", "decision.notified")[-1]["details"]
    assert logged["appeals"][0]["estimated"] is True


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--filed-on", "2026-12-01"], 2, "after today"),
        (["--filed-on", "2026-10-01"], 2, "before the decision"),
        (["--filed-on", "someday"], 2, "YYYY-MM-DD"),
    ],
)
def test_bad_filings_are_refused(kecli, refused, case, args, code, message):
    refused(code, "appeal", "file", case, *args, message=message)


def test_a_case_without_a_decision_has_nothing_to_appeal(kecli, refused):
    case_id = kecli.new_case()["id"]
    refused(1, "appeal", "file", case_id, message="no current decision")


def test_a_second_open_appeal_is_refused(kecli, refused, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    refused(1, "appeal", "file", case, message="already has an open appeal")


def test_medhold_grants_and_closes_the_appeal(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    view = kecli.json(
        "appeal",
        "decide",
        case,
        "--outcome",
        "medhold",
        "--on",
        "2026-11-10",
        "--note",
        "new information",
    )
    appeal = appeal_of(view)
    assert appeal["status"] == "closed" and appeal["unit_outcome"] == "medhold"
    decision = view["decision"]
    assert decision["outcome"] == "innvilget"
    assert decision["decided_on"] == "2026-11-10"
    assert decision["failed_criteria"] == []
    assert decision["answers"] == view["decisions"][0]["answers"]
    assert "appeal #1" in decision["reason"]
    assert [d["outcome"] for d in view["decisions"]] == ["avslag", "innvilget"]
    assert appeal["history"][-1]["note"] == "new information"


@pytest.mark.parametrize("outcome", ["delvis-medhold", "ikke-medhold"])
def test_otherwise_the_appeal_waits_to_be_forwarded(kecli, case, outcome):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    view = kecli.json("appeal", "decide", case, "--outcome", outcome)
    assert appeal_of(view)["status"] == "awaiting_forwarding"
    assert appeal_of(view)["unit_outcome"] == outcome
    assert view["decision"]["outcome"] == "avslag"


def test_escalating_straight_from_filed_records_ikke_medhold(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    appeal = appeal_of(kecli.json("appeal", "escalate", case, "--on", "2026-11-20"))
    assert appeal["status"] == "forwarded"
    assert appeal["unit_outcome"] == "ikke-medhold"
    assert appeal["forwarded_on"] == "2026-11-20"


def test_escalating_keeps_a_delvis_medhold(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    kecli.json("appeal", "decide", case, "--outcome", "delvis-medhold")
    assert appeal_of(kecli.json("appeal", "escalate", case))["unit_outcome"] == "delvis-medhold"


def forwarded(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    kecli.json("appeal", "escalate", case, "--on", "2026-11-10")


def test_stadfestet_keeps_the_avslag(kecli, case):
    forwarded(kecli, case)
    view = kecli.json("appeal", "resolve", case, "--outcome", "stadfestet")
    assert appeal_of(view)["final_outcome"] == "stadfestet"
    assert view["decision"]["outcome"] == "avslag"


def test_omgjort_grants(kecli, case):
    forwarded(kecli, case)
    view = kecli.json("appeal", "resolve", case, "--outcome", "omgjort", "--on", "2026-11-25")
    assert view["decision"]["outcome"] == "innvilget"
    assert view["decision"]["decided_on"] == "2026-11-25"
    assert "statsforvalteren" in view["decision"]["reason"]


def test_opphevet_sets_the_decision_aside_and_the_case_can_be_decided_and_appealed_again(
    kecli, case
):
    forwarded(kecli, case)
    view = kecli.json("appeal", "resolve", case, "--outcome", "opphevet", "--on", "2026-11-20")
    assert view["decision"] is None
    assert view["status"] == "received"
    assert view["decisions"][0]["set_aside"] is True
    answers = [f"--answer={c}={'no' if c == 'consent' else 'yes'}" for c in K]
    again = kecli.json("case", "assess", case, *answers)
    assert again["decision"]["outcome"] == "avslag"
    assert [d["set_aside"] for d in again["decisions"]] == [True, False]
    second = kecli.json("appeal", "file", case)
    assert [a["id"] for a in second["appeals"]] == [1, 2]
    assert appeal_of(second)["decision_id"] == again["decision"]["id"]


@pytest.mark.parametrize(("outcome", "what"), [("stadfestet", "upheld"), ("omgjort", "changed")])
def test_statsforvalterens_answer_is_final_and_cannot_be_appealed(
    kecli, refused, case, outcome, what
):
    # fvl § 28 third paragraph: the decision in the appeal cannot itself be appealed.
    forwarded(kecli, case)
    kecli.json("appeal", "resolve", case, "--outcome", outcome, "--on", "2026-11-20")
    result = refused(
        1, "appeal", "file", case, "--filed-on", "2026-11-25", message=f"Statsforvalteren {what}"
    )
    assert "on 2026-11-20 (appeal #1)" in result.stderr
    assert "fvl § 28" in result.stderr
    assert f"kecli case assess {case}" in result.stderr


def test_a_new_assessment_after_statsforvalterens_answer_can_be_appealed(kecli, case):
    forwarded(kecli, case)
    kecli.json("appeal", "resolve", case, "--outcome", "stadfestet", "--on", "2026-11-20")
    answers = [f"--answer={c}={'no' if c == 'consent' else 'yes'}" for c in K]
    again = kecli.json("case", "assess", case, *answers, "--decided-on", "2026-11-24")
    second = kecli.json("appeal", "file", case, "--filed-on", "2026-11-25")
    assert appeal_of(second)["decision_id"] == again["decision"]["id"]


def test_after_a_withdrawn_appeal_the_decision_can_be_appealed_again(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    kecli.json("appeal", "withdraw", case, "--on", "2026-11-03")
    view = kecli.json("appeal", "file", case, "--filed-on", "2026-11-04")
    assert [a["status"] for a in view["appeals"]] == ["closed", "filed"]


@pytest.mark.parametrize(
    ("steps", "possible"),
    [
        ([], "appeal decide"),
        ([["decide", "--outcome", "ikke-medhold"]], "appeal escalate"),
        ([["escalate"]], "appeal resolve"),
    ],
)
def test_a_case_with_an_open_appeal_is_not_assessed_again(kecli, refused, case, steps, possible):
    # A new decision would leave the appeal against one no longer current, and its
    # resolve would then set aside or replace the wrong decision.
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    for step in steps:
        kecli.json("appeal", *step, case, "--on", "2026-11-03")
    answers = [f"--answer={c}=yes" for c in K]
    result = refused(1, "case", "assess", case, *answers, message="has an open appeal (#1")
    assert f"kecli {possible} {case}" in result.stderr


def test_once_the_appeal_is_closed_the_case_can_be_assessed_again(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    kecli.json("appeal", "withdraw", case, "--on", "2026-11-03")
    again = kecli.json("case", "assess", case, *[f"--answer={c}=yes" for c in K])
    assert again["decision"]["outcome"] == "innvilget"


@pytest.mark.parametrize(
    "steps",
    [
        [["withdraw"]],
        [["escalate"], ["resolve", "--outcome", "opphevet"]],
        [["escalate"], ["resolve", "--outcome", "stadfestet"]],
    ],
)
def test_a_new_assessment_is_not_dated_back_into_the_appeal(kecli, refused, case, steps):
    # Dated before the appeal's last step, the new decision would have stood beside the
    # open appeal (the rule case assess keeps while an appeal is open).
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    for n, step in enumerate(steps, start=1):
        on = "2026-11-20" if n == len(steps) else "2026-11-03"
        kecli.json("appeal", *step, case, "--on", on)
    answers = [f"--answer={c}=yes" for c in K]
    message = "--decided-on 2026-11-19 is before the last step of appeal #1 (2026-11-20)"
    refused(2, "case", "assess", case, *answers, "--decided-on", "2026-11-19", message=message)
    again = kecli.json("case", "assess", case, *answers, "--decided-on", "2026-11-20")
    assert again["decision"]["decided_on"] == "2026-11-20"


def test_a_withdrawn_appeal_is_closed(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    assert appeal_of(kecli.json("appeal", "withdraw", case))["status"] == "closed"


@pytest.mark.parametrize(
    ("setup", "step", "state"),
    [
        ([], ["resolve", "--outcome", "omgjort"], "is filed; possible now: decide, escalate"),
        (
            [["escalate"]],
            ["decide", "--outcome", "ikke-medhold"],
            "the appeal is forwarded to statsforvalteren; now only medhold",
        ),
        (
            [["decide", "--outcome", "ikke-medhold"]],
            ["decide", "--outcome", "avvist"],
            "the appeal is awaiting forwarding; now only medhold",
        ),
        ([], ["resolve", "--outcome", "avvist"], "is filed; possible now: decide, escalate"),
        ([["escalate"]], ["escalate"], "is forwarded"),
        ([["withdraw"]], ["escalate"], "is closed; possible now: nothing"),
    ],
)
def test_a_step_out_of_order_names_the_state_and_the_possible_step(
    kecli, refused, case, setup, step, state
):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    for args in setup:
        kecli.json("appeal", args[0], case, *args[1:])
    result = refused(1, "appeal", step[0], case, *step[1:], message=state)
    assert case in result.stderr or "appeal file" in result.stderr


def test_a_step_without_an_appeal_is_refused(kecli, refused, case):
    refused(1, "appeal", "escalate", case, message="has no appeal")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["decide"], "--outcome"),
        (["decide", "--outcome", "maybe"], "maybe"),
        (["decide", "--outcome", "medhold", "--on", "2026-11-01"], "before the appeal's previous"),
        (["decide", "--outcome", "medhold", "--on", "2026-12-24"], "after today"),
    ],
)
def test_bad_steps_exit_2(kecli, refused, case, args, message):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    refused(2, "appeal", args[0], case, *args[1:], message=message)


def test_case_show_tells_the_whole_story(kecli, case):
    forwarded(kecli, case)
    kecli.json("appeal", "resolve", case, "--outcome", "stadfestet", "--on", "2026-11-27")
    view = kecli.json("case", "show", case)
    steps = [(s["step"], s["on"], s["outcome"], s["user"]) for s in appeal_of(view)["history"]]
    assert steps == [
        ("file", "2026-11-02", None, "tester"),
        ("escalate", "2026-11-10", None, "tester"),
        ("resolve", "2026-11-27", "stadfestet", "tester"),
    ]
    table = kecli("case", "show", case).stdout
    assert "Appeal #1" in table and "stadfestet" in table


def test_escalating_from_filed_dates_the_implied_ikke_medhold(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    appeal = appeal_of(kecli.json("appeal", "escalate", case, "--on", "2026-11-20"))
    assert appeal["unit_decided_on"] == "2026-11-20"


def test_a_typo_in_the_outcome_is_bad_input_whatever_the_appeal_state(kecli, refused, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    refused(2, "appeal", "resolve", case, "--outcome", "typo", message="Unknown outcome 'typo'")
    kecli.json("appeal", "escalate", case, "--on", "2026-11-03")
    refused(2, "appeal", "resolve", case, "--outcome", "typo", message="Unknown outcome 'typo'")


def test_a_missing_outcome_names_the_case_in_the_hint(kecli, refused, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    result = refused(2, "appeal", "decide", case, message="needs --outcome")
    assert f"kecli appeal decide {case} --outcome" in result.stderr
    assert " CASE" not in result.stderr


def test_a_later_notification_recounts_the_appeal_already_filed(kecli, case):
    # Notified 9 Oct → deadline 6 Nov: filed 9 Nov is late. The letter in fact arrived on
    # 13 Oct → deadline 10 Nov, and the appeal was in time.
    late = kecli("appeal", "file", case, "--filed-on", "2026-11-09", "--json")
    assert appeal_of(json.loads(late.stdout))["timely"] is False
    view = kecli.json("case", "notify", case, "--on", "2026-10-13")
    assert view["decision"]["appeal_deadline"] == "2026-11-10"
    appeal = appeal_of(view)
    assert appeal["deadline"] == "2026-11-10" and appeal["timely"] is True
    assert "(late" not in kecli("case", "show", case).stdout
    events = kecli.json("audit", "list", "--case", case)
    notified = next(e for e in events if e["action"] == "decision.notified")
    assert notified["details"]["appeals"] == [
        {"appeal_id": 1, "deadline": "2026-11-10", "timely": True}
    ]


@pytest.mark.sqlite_only
def test_migration_0008_keeps_appeals_and_their_steps(kecli, case):
    # 0008 rebuilds the appeals table (SQLite): with appeal_steps referring to it, the
    # upgrade runs without foreign key checks and checks every reference before it commits.
    import sqlite3

    from kecli.store import db
    from tests.conftest import sqlite_migrated

    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    kecli.json("appeal", "escalate", case, "--on", "2026-11-03")
    before = kecli.json("case", "show", case)["appeals"]
    with sqlite_migrated(kecli.db, "0007", down=True):
        pass
    assert kecli.json("case", "show", case)["appeals"] == before
    conn = sqlite3.connect(kecli.db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (db.SCHEMA_HEAD,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_later_notification_recounts_an_appeal_against_an_innvilget_too(kecli):
    # Granted 5 Dec, appealed 20 Jan (late by the 2 Jan deadline); the letter in fact
    # arrived 28 Dec → deadline Sun 25 Jan, moved to Mon 26 Jan: in time.
    case_id = kecli.new_case("--received", "2025-11-01")["id"]
    kecli.json("case", "assess", case_id, *[f"--answer={c}=yes" for c in K],
               "--decided-on", "2025-12-05")  # fmt: skip
    kecli.json_warned("appeal", "file", case_id, "--filed-on", "2026-01-20")
    view = kecli.json("case", "notify", case_id, "--on", "2025-12-28")
    assert appeal_of(view)["deadline"] == "2026-01-26" and appeal_of(view)["timely"] is True


def test_opphevet_ends_the_coordinator_appointment(kecli, case):
    # A granted case is appealed (the family wanted more) and set aside: until it is
    # decided again there is no right to a coordinator.
    granted = kecli.new_case("--received", "2026-10-01", name="Per")["id"]
    kecli.json("case", "assess", granted, *[f"--answer={c}=yes" for c in K],
               "--decided-on", "2026-10-05")  # fmt: skip
    kecli.json("coordinator", "add", "--name", "Anne")
    kecli.json("coordinator", "assign", granted, "1", "--on", "2026-10-06")
    kecli.json("appeal", "file", granted, "--filed-on", "2026-10-20")
    kecli.json("appeal", "escalate", granted, "--on", "2026-11-02")
    view = kecli.json("appeal", "resolve", granted, "--outcome", "opphevet", "--on", "2026-11-20")
    assert view["coordinator"] is None
    assert view["coordinators"][0]["until"] == "2026-11-20"
    assert view["coordinators"][0]["end_reason"] == "decision set aside"


def test_a_notification_that_would_bar_a_filed_appeal_needs_force_and_a_reason(
    kecli, refused, monkeypatch
):
    # Decided 2025-03-05, notified 2027-03-04 (deadline 2027-04-01): an appeal filed on
    # 2027-03-30 is timely. Moving the notification back to the decision day would make it
    # late and over a year after the decision, which appeal file refuses without --force.
    monkeypatch.setenv("KECLI_TODAY", "2027-06-01")
    case_id = kecli.new_case("--received", "2025-03-01")["id"]
    answers = [f"--answer={c}={'no' if c == 'consent' else 'yes'}" for c in K]
    kecli.json("case", "assess", case_id, *answers, "--decided-on", "2025-03-05")
    kecli.json("case", "notify", case_id, "--on", "2027-03-04")
    kecli.json("appeal", "file", case_id, "--filed-on", "2027-03-30")
    result = refused(
        1, "case", "notify", case_id, "--on", "2025-03-05",
        message="appeal #1 (2027-03-30) came after the deadline (2025-04-02) and more than "
        "a year after the decision (fvl § 31)",
    )  # fmt: skip
    assert "--force --reason" in result.stderr
    refused(2, "case", "notify", case_id, "--on", "2025-03-05", "--force", message="--reason")
    view = kecli.json(
        "case", "notify", case_id, "--on", "2025-03-05", "--force", "--reason", "brevet kom"
    )
    appeal = appeal_of(view)
    assert appeal["timely"] is False and appeal["force_reason"] == "brevet kom"
    logged = kecli.json("audit", "list", "--action", "decision.notified")[-1]["details"]
    assert logged["appeals"] == [
        {"appeal_id": 1, "deadline": "2025-04-02", "timely": False, "forced": True,
         "reason": "brevet kom"}
    ]  # fmt: skip
    # Once forced, later notifications recount it without asking again; timely again,
    # it needs no reason to be heard.
    kecli.json("case", "notify", case_id, "--on", "2025-03-06")
    again = appeal_of(kecli.json("case", "notify", case_id, "--on", "2027-03-04"))
    assert again["timely"] is True and again["force_reason"] is None


# --- avvisning, medhold after forwarding, withdrawal --------------------------------------


def events_of(kecli, case, action):
    return [e["details"] for e in kecli.json("audit", "list", "--case", case, "--action", action)]


def test_the_units_avvist_waits_to_be_sent_on_and_statsforvalteren_may_review_it(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    view = kecli.json("appeal", "decide", case, "--outcome", "avvist", "--on", "2026-11-05")
    appeal = appeal_of(view)
    assert (appeal["status"], appeal["unit_outcome"]) == ("awaiting_forwarding", "avvist")
    assert appeal["unit_decided_on"] == "2026-11-05"
    assert view["decision"]["outcome"] == "avslag" and len(view["decisions"]) == 1
    # The family wants statsforvalteren to review the rejection: forwarded as it stands.
    appeal = appeal_of(kecli.json("appeal", "escalate", case, "--on", "2026-11-10"))
    assert (appeal["status"], appeal["unit_outcome"]) == ("forwarded", "avvist")
    view = kecli.json("appeal", "resolve", case, "--outcome", "stadfestet", "--on", "2026-11-20")
    assert appeal_of(view)["final_outcome"] == "stadfestet"
    assert view["decision"]["outcome"] == "avslag"


def test_the_units_avvist_tells_the_next_step(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    result = kecli("appeal", "decide", case, "--outcome", "avvist")
    assert result.exit_code == 0, result.stderr
    assert "awaiting forwarding" in result.stdout
    assert f"Next: kecli appeal escalate {case}" in result.stdout


def test_statsforvalterens_avvist_closes_the_appeal_but_is_not_final(kecli, case):
    forwarded(kecli, case)
    result = kecli("appeal", "resolve", case, "--outcome", "avvist", "--on", "2026-11-20")
    assert result.exit_code == 0, result.stderr
    assert "not final" in result.stdout and "fvl § 28" in result.stdout
    view = kecli.json("case", "show", case)
    appeal = appeal_of(view)
    assert (appeal["status"], appeal["final_outcome"]) == ("closed", "avvist")
    assert appeal["resolved_on"] == "2026-11-20" and appeal["withdrawn"] is False
    assert view["decision"]["outcome"] == "avslag" and len(view["decisions"]) == 1
    # A new appeal may follow (fvl § 28 third paragraph): it is registered, late by now.
    again, warning = kecli.json_warned("appeal", "file", case, "--filed-on", "2026-11-25")
    assert [a["status"] for a in again["appeals"]] == ["closed", "filed"]
    assert appeal_of(again)["decision_id"] == view["decision"]["id"]
    assert "after the deadline (2026-11-06)" in warning


@pytest.mark.parametrize(
    "before",
    [
        [["escalate", "--on", "2026-11-10"]],
        [["decide", "--outcome", "ikke-medhold", "--on", "2026-11-05"]],
        [
            ["decide", "--outcome", "avvist", "--on", "2026-11-05"],
            ["escalate", "--on", "2026-11-10"],
        ],
    ],
    ids=["forwarded", "awaiting", "avvist-forwarded"],
)
def test_the_unit_grants_in_the_persons_favour_also_after_answering_or_forwarding(
    kecli, case, before
):
    # fvl § 35 first paragraph a: the unit may change its decision in the person's favour
    # at any time; kecli grants and closes the appeal as medhold does before forwarding.
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    for step in before:
        kecli.json("appeal", *step[:1], case, *step[1:])
    view = kecli.json("appeal", "decide", case, "--outcome", "medhold", "--on", "2026-11-15")
    appeal = appeal_of(view)
    assert (appeal["status"], appeal["unit_outcome"]) == ("closed", "medhold")
    assert appeal["final_outcome"] is None and appeal["withdrawn"] is False
    decision = view["decision"]
    assert (decision["outcome"], decision["decided_on"]) == ("innvilget", "2026-11-15")
    assert decision["failed_criteria"] == [] and "appeal #1" in decision["reason"]
    assert [d["outcome"] for d in view["decisions"]] == ["avslag", "innvilget"]
    assert view["status"] == "decided"
    assert [s["step"] for s in appeal["history"]][-1] == "decide"
    logged = events_of(kecli, case, "appeal.decide")[-1]
    assert logged["effect"] == "grant"
    assert logged.get("after_forwarding", False) is (appeal["forwarded_on"] is not None)


def test_medhold_after_forwarding_reminds_the_caseworker_to_tell_statsforvalteren(
    kecli, case, monkeypatch
):
    forwarded(kecli, case)
    result = kecli("appeal", "decide", case, "--outcome", "medhold", "--on", "2026-11-15")
    assert result.exit_code == 0, result.stderr
    assert "Current decision: innvilget" in result.stdout
    assert "tell statsforvalteren that the unit has granted it (fvl § 35" in result.stdout
    assert result.stderr == ""


def test_medhold_in_bokmal_reminds_too_and_not_before_forwarding(kecli, case, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    forwarded(kecli, case)
    result = kecli("appeal", "decide", case, "--outcome", "medhold", "--on", "2026-11-15")
    assert "gi statsforvalteren beskjed om at enheten har gitt medhold" in result.stdout
    other = refused_case(kecli)
    kecli("appeal", "file", other, "--filed-on", "2026-11-02")
    plain = kecli("appeal", "decide", other, "--outcome", "medhold")
    assert plain.exit_code == 0 and "statsforvalteren" not in plain.stdout


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ([["escalate"]], ["decide", "--outcome", "ikke-medhold"], "now only medhold"),
        ([["escalate"]], ["decide", "--outcome", "delvis-medhold"], "now only medhold"),
        ([["escalate"]], ["decide", "--outcome", "avvist"], "now only medhold"),
        ([["decide", "--outcome", "avvist"]], ["decide", "--outcome", "avvist"], "only medhold"),
        ([["escalate"], ["resolve", "--outcome", "avvist"]], ["resolve", "--outcome", "avvist"],
         "is closed; possible now: nothing"),
        ([["escalate"], ["decide", "--outcome", "medhold"]], ["decide", "--outcome", "medhold"],
         "is closed; possible now: nothing"),
        ([], ["resolve", "--outcome", "avvist"], "is filed"),
        ([["decide", "--outcome", "avvist"]], ["resolve", "--outcome", "avvist"],
         "is awaiting forwarding"),
    ],
)  # fmt: skip
def test_avvist_and_a_late_medhold_are_refused_out_of_order_and_nothing_is_written(
    kecli, refused, case, setup, args, message
):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    for step in setup:
        kecli.json("appeal", *step[:1], case, *step[1:], "--on", "2026-11-05")
    result = refused(1, "appeal", *args[:1], case, *args[1:], message=message)
    assert " CASE" not in result.stderr


def test_decide_on_a_forwarded_appeal_needs_medhold_and_names_it(kecli, refused, case):
    forwarded(kecli, case)
    result = refused(2, "appeal", "decide", case, message="decide needs --outcome: medhold.")
    assert f"kecli appeal decide {case} --outcome medhold" in result.stderr


def test_a_withdrawn_appeal_says_the_window_stays_open_and_a_new_one_is_heard(kecli, case):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    result = kecli("appeal", "withdraw", case, "--on", "2026-11-03")
    assert result.exit_code == 0, result.stderr
    assert "may appeal again until the deadline" in result.stdout
    shown = kecli.json("case", "show", case)
    assert appeal_of(shown)["withdrawn"] is True
    assert "closed (withdrawn)" in kecli("case", "show", case).stdout
    # Appealed again before the deadline: timely, against the same decision and deadline.
    again = kecli.json("appeal", "file", case, "--filed-on", "2026-11-06")
    first, second = again["appeals"]
    assert (first["withdrawn"], second["withdrawn"]) == (True, False)
    assert second["timely"] is True and second["deadline"] == first["deadline"] == "2026-11-06"
    assert second["decision_id"] == first["decision_id"]


@pytest.mark.parametrize(
    "steps",
    [
        [["decide", "--outcome", "ikke-medhold"]],
        [["decide", "--outcome", "avvist"]],
        [["escalate"]],
    ],
)
def test_an_appeal_withdrawn_later_in_its_course_is_withdrawn_too(kecli, case, steps):
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-02")
    for step in steps:
        kecli.json("appeal", *step[:1], case, *step[1:], "--on", "2026-11-03")
    appeal = appeal_of(kecli.json("appeal", "withdraw", case, "--on", "2026-11-04"))
    assert appeal["status"] == "closed" and appeal["withdrawn"] is True
    kecli.json("appeal", "file", case, "--filed-on", "2026-11-05")


def test_the_help_names_avvist_and_the_late_medhold(kecli):
    def text(*args):
        return " ".join(kecli(*args, "--help").stdout.split())

    decide = text("appeal", "decide")
    assert (
        "avvist" in decide and "after forwarding (fvl § 35): then tell statsforvalteren" in decide
    )
    resolve = text("appeal", "resolve")
    assert "avvist" in resolve and "is not final: a new appeal may follow" in resolve
    assert "appeal again until the deadline" in text("appeal", "withdraw")
