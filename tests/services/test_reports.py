"""``report deadlines`` and ``report stats`` as services: every deadline type of DOMAIN § 5
before, on and after its due date, what ends each one, the order, and the statistics.

Cases and decisions are made through the CLI; appeals, plans and appointments are stored
with the models (their commands have tests of their own), in :func:`store`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kecli.services.context import Ctx
from kecli.services.deadlines import deadline_report
from kecli.services.stats import nearest_rank, stats_report
from kecli.views.deadlines import DEADLINE_TYPES, ITEM_KEYS, DeadlineItem

TODAY = dt.date(2026, 11, 28)
STAMP = "2026-11-28T08:00:00+00:00"


@pytest.fixture(autouse=True, params=["sqlite3", "sqlalchemy"])
def deadline_queries(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, db_backend: str
) -> str:
    """Every test here runs with the deadline queries on SQLite's own module (what a report
    on an SQLite file at this schema does) and through SQLAlchemy (any other database; the
    same statements): the same items either way."""
    from kecli.store.deadline_sql import SqliteDeadlines

    if request.param == "sqlite3" and db_backend != "sqlite":
        pytest.skip("the sqlite3 path reads SQLite files only")
    if request.param == "sqlalchemy":
        monkeypatch.setattr(SqliteDeadlines, "open", classmethod(lambda cls, url: None))
    return str(request.param)


KOORDINATOR = ("services", "long_term", "complex", "coordination", "consent", "participation")
BARNEKOORDINATOR = ("serious_condition", "complex_needs", "consent")


# --- building the data ------------------------------------------------------------------


def store(kecli: Any, *rows: Any) -> list[Any]:
    """Write model rows in one transaction, logged as every change is (PostgreSQL refuses a
    change of the case tables without an audit entry); return their ids."""
    from kecli.store import repo
    from kecli.store.db import session_scope

    with session_scope(kecli.url, write=True) as session:
        for row in rows:
            session.add(row)
            session.flush()
        repo.record_event(session, user="tester", case_id=None, action="test.rows")
        return [getattr(row, "id", None) for row in rows]


def new_case(
    kecli: Any,
    received: str,
    *,
    name: str = "Kari Nordmann",
    kind: str = "koordinator",
    birth: str | None = None,
) -> str:
    extra = ["--received", received] + (["--birth-date", birth] if birth else [])
    return str(kecli.new_case(*extra, name=name, kind=kind)["id"])


def decide(
    kecli: Any, case_id: str, on: str, *, granted: bool = True, notified: bool = True
) -> dict[str, Any]:
    """Assess the case as granted or refused on ``on``; return the decision. ``notified``:
    handed over that day (``--notified-on``), else not yet sent."""
    view = kecli.json("case", "show", case_id)
    codes = KOORDINATOR if view["kind"] == "koordinator" else BARNEKOORDINATOR
    if view["kind"] == "barnekoordinator" and not view["person"]["birth_date"]:
        codes += ("child_age",)  # derived from the birth date when there is one
    answers = [f"--answer={c}={'yes' if granted or c != 'consent' else 'no'}" for c in codes]
    notice = ["--notified-on", on] if notified else []
    case = kecli.json("case", "assess", case_id, *answers, "--decided-on", on, *notice)
    return dict(case["decision"])


def coordinator(kecli: Any, name: str, *, max_cases: int | None = None) -> int:
    from kecli.store.models import CoordinatorRow

    row = CoordinatorRow(
        name=name, kind="begge", max_cases=max_cases, created_at=STAMP, created_by="tester"
    )
    return int(store(kecli, row)[0])


def appoint(kecli: Any, case_id: str, coordinator_id: int, *, until: dt.date | None = None) -> None:
    from kecli.store.models import AppointmentRow

    store(
        kecli,
        AppointmentRow(
            case_id=case_id,
            coordinator_id=coordinator_id,
            since=dt.date(2026, 11, 1),
            until=until,
            created_at=STAMP,
            created_by="tester",
        ),
    )


def appeal(
    kecli: Any,
    case_id: str,
    filed_on: dt.date,
    *,
    status: str = "filed",
    unit_outcome: str | None = None,
    final_outcome: str | None = None,
    resolved_on: dt.date | None = None,
) -> int:
    """An appeal against the case's current decision."""
    from kecli.store.models import AppealRow

    decision = kecli.json("case", "show", case_id)["decision"]
    row = AppealRow(
        case_id=case_id,
        decision_id=decision["id"],
        filed_on=filed_on,
        deadline=dt.date.fromisoformat(decision["appeal_deadline"] or "2026-12-31"),
        timely=True,
        status=status,
        unit_outcome=unit_outcome,
        final_outcome=final_outcome,
        resolved_on=resolved_on,
        created_at=STAMP,
        created_by="tester",
    )
    return int(store(kecli, row)[0])


def set_aside(kecli: Any, case_id: str, filed_on: dt.date, resolved_on: dt.date) -> None:
    """Statsforvalteren's ``opphevet``, as ``appeal resolve`` leaves it (SPEC § 4)."""
    from kecli.store.db import session_scope
    from kecli.store.models import CaseRow, DecisionRow

    decision_id = kecli.json("case", "show", case_id)["decision"]["id"]
    appeal(
        kecli,
        case_id,
        filed_on,
        status="closed",
        unit_outcome="ikke-medhold",
        final_outcome="opphevet",
        resolved_on=resolved_on,
    )
    from kecli.store import repo

    with session_scope(kecli.url, write=True) as session:
        decision = session.get(DecisionRow, decision_id)
        case = session.get(CaseRow, case_id)
        assert decision is not None and case is not None
        decision.set_aside = True
        case.status = "received"
        session.add(decision)
        session.add(case)
        repo.record_event(session, user="tester", case_id=case_id, action="test.rows")


def plan(kecli: Any, case_id: str, next_evaluation: dt.date | None, *, active: bool = True) -> None:
    from kecli.store.models import PlanRow

    store(
        kecli,
        PlanRow(
            case_id=case_id,
            version=2,
            document={},
            next_evaluation=next_evaluation,
            active=active,
            updated_at=STAMP,
            updated_by="tester",
        ),
    )


def report(kecli: Any, **options: Any) -> list[DeadlineItem]:
    return deadline_report(Ctx(kecli.url, "tester", TODAY), **options).items


def items(kecli: Any, **options: Any) -> list[tuple[str, str, str, int, bool]]:
    """(case id, type, due, days left, overdue) of every item."""
    return [
        (i.case_id, i.type, i.due.isoformat(), i.days_left, i.overdue)
        for i in report(kecli, **options)
    ]


# --- one scenario per type, each with a known due date ------------------------------------


def preliminary_reply(kecli: Any) -> str:
    # 31 Oct + 1 month = 30 Nov: a calendar month, clamped to the month's end.
    return new_case(kecli, "2026-10-31")


def preliminary_reply_after_opphevet(kecli: Any) -> str:
    case_id = new_case(kecli, "2026-05-04")
    decide(kecli, case_id, "2026-05-20", granted=False)
    set_aside(kecli, case_id, dt.date(2026, 6, 1), resolved_on=dt.date(2026, 11, 15))
    return case_id


def expected_decision(kecli: Any) -> str:
    # A foreløpig svar sent 20 Nov promised a decision by 4 Dec.
    case_id = new_case(kecli, "2026-10-20")
    kecli.json("case", "reply", case_id, "--on", "2026-11-20", "--expect", "2026-12-04")
    return case_id


def decision_unsent(kecli: Any) -> str:
    # Decided Tue 24 Nov 2026, not sent: + 7 days (send_target_days) = Tue 1 Dec.
    case_id = new_case(kecli, "2026-11-02")
    decide(kecli, case_id, "2026-11-24", notified=False)
    return case_id


def appeal_window(kecli: Any) -> str:
    # Notified Fri 20 Nov 2026 → appeal deadline Fri 18 Dec 2026.
    case_id = new_case(kecli, "2026-11-02")
    decide(kecli, case_id, "2026-11-20", granted=False)
    return case_id


def appeal_forwarding(kecli: Any) -> str:
    case_id = new_case(kecli, "2026-09-01")
    decide(kecli, case_id, "2026-10-30", granted=False)
    appeal(kecli, case_id, dt.date(2026, 11, 10))  # + 21 days = 1 Dec
    return case_id


def plan_evaluation(kecli: Any) -> str:
    case_id = new_case(kecli, "2026-06-01")
    decide(kecli, case_id, "2026-06-20")
    plan(kecli, case_id, dt.date(2026, 12, 3))
    return case_id


def turns_18(kecli: Any) -> str:
    case_id = new_case(kecli, "2026-09-01", kind="barnekoordinator", birth="2008-12-05")
    decide(kecli, case_id, "2026-09-20")
    return case_id


SCENARIOS = [
    pytest.param(preliminary_reply, "preliminary_reply", dt.date(2026, 11, 30), id="prelim"),
    pytest.param(
        preliminary_reply_after_opphevet,
        "preliminary_reply",
        dt.date(2026, 12, 15),
        id="prelim-after-opphevet",
    ),
    pytest.param(
        expected_decision, "expected_decision", dt.date(2026, 12, 4), id="expected_decision"
    ),
    pytest.param(decision_unsent, "decision_unsent", dt.date(2026, 12, 1), id="decision_unsent"),
    pytest.param(appeal_window, "appeal_window", dt.date(2026, 12, 18), id="appeal_window"),
    pytest.param(
        appeal_forwarding, "appeal_forwarding", dt.date(2026, 12, 1), id="appeal_forwarding"
    ),
    pytest.param(plan_evaluation, "plan_evaluation", dt.date(2026, 12, 3), id="plan_evaluation"),
    pytest.param(turns_18, "turns_18", dt.date(2026, 12, 5), id="turns_18"),
]

DAY = dt.timedelta(days=1)


@pytest.mark.parametrize(("build", "type_", "due"), SCENARIOS)
def test_each_type_before_on_and_after_its_due_date(kecli, build, type_, due):
    case_id = build(kecli)
    expected_before = [(case_id, type_, due.isoformat(), 1, False)]
    # Before: shown once the due date is within reach, not before.
    assert items(kecli, as_of=due - DAY, within=0) == []
    assert items(kecli, as_of=due - DAY, within=1) == expected_before
    # On the due date: 0 days left, not overdue.
    assert items(kecli, as_of=due, within=0) == [(case_id, type_, due.isoformat(), 0, False)]
    # After: overdue by a day, except the family's appeal window, which is simply over.
    after = items(kecli, as_of=due + DAY, within=0)
    if type_ == "appeal_window":
        assert after == []
    else:
        assert after == [(case_id, type_, due.isoformat(), -1, True)]


@pytest.mark.parametrize(("build", "type_", "due"), SCENARIOS)
def test_each_item_carries_the_contract_keys(kecli, build, type_, due):
    case_id = build(kecli)
    [item] = report(kecli, as_of=due, within=0)
    view = item.as_dict()
    assert tuple(view) == ITEM_KEYS
    assert view["case_id"] == case_id
    assert view["type"] == type_
    assert view["due"] == due.isoformat()
    assert view["person"] == kecli.json("case", "show", case_id)["person"]["name"]
    assert view["assignee"] == "tester"  # no coordinator: the caseworker who registered it
    assert view["kind"] in ("koordinator", "barnekoordinator")
    assert isinstance(view["detail"], str) and view["detail"]
    assert view["estimated"] is False


def test_the_default_is_today_and_fourteen_days(kecli):
    late = new_case(kecli, "2026-10-01", name="A")  # due 1 Nov: overdue
    soon = new_case(kecli, "2026-11-12", name="B")  # due 12 Dec = today + 14
    new_case(kecli, "2026-11-13", name="C")  # due 13 Dec: beyond the horizon
    assert [(i.case_id, i.days_left) for i in report(kecli)] == [(late, -27), (soon, 14)]


def test_the_appeal_window_is_never_overdue_and_ends_the_day_after_its_deadline(kecli):
    case_id = appeal_window(kecli)
    [last_day] = report(kecli, as_of=dt.date(2026, 12, 18), within=0)
    assert (last_day.case_id, last_day.days_left, last_day.overdue) == (case_id, 0, False)
    assert report(kecli, as_of=dt.date(2026, 12, 19), within=30) == []


def test_the_appeal_window_follows_a_later_notification(kecli):
    case_id = appeal_window(kecli)
    kecli.json("case", "notify", case_id, "--on", "2026-11-26")  # → Thu 24 Dec 2026
    assert items(kecli, within=30) == [(case_id, "appeal_window", "2026-12-24", 26, False)]


def test_a_decision_not_sent_has_no_window_but_an_alarm_to_send_it(kecli):
    # Refused Fri 20 Nov, not sent: no deadline runs, so no appeal window (pbrl § 7-5);
    # the unit is reminded to send it by Fri 27 Nov (overdue by 1 on the 28th).
    case_id = new_case(kecli, "2026-11-02")
    decide(kecli, case_id, "2026-11-20", granted=False, notified=False)
    assert items(kecli, within=60) == [(case_id, "decision_unsent", "2026-11-27", -1, True)]


@pytest.mark.parametrize(
    "notice",
    [
        ["--sent-on", "2026-11-25", "--via", "post"],
        ["--sent-on", "2026-11-25", "--via", "digital"],
        ["--sent-on", "2026-11-25", "--via", "hand"],
        ["--on", "2026-11-26"],
    ],
    ids=["post", "digital", "hand", "on"],
)
def test_sending_or_a_recorded_notification_ends_the_unsent_alarm(kecli, notice):
    case_id = decision_unsent(kecli)
    kecli.json("case", "notify", case_id, *notice)
    assert report(kecli, types=["decision_unsent"], within=60) == []


def test_the_unsent_alarm_is_for_the_current_decision_of_an_open_case(kecli):
    case_id = decision_unsent(kecli)
    decide(kecli, case_id, "2026-11-25")  # a new decision, handed over: the old one is history
    assert report(kecli, within=60) == []
    closed = decision_unsent(kecli)
    kecli.json("case", "close", closed, "--reason", "flyttet")
    assert report(kecli, within=60) == []


def test_the_send_target_comes_from_config(kecli):
    case_id = decision_unsent(kecli)
    kecli.json("config", "set", "send_target_days", "2")
    assert items(kecli) == [(case_id, "decision_unsent", "2026-11-26", -2, True)]


def test_a_posted_refusal_gives_an_estimated_window_until_its_arrival_is_recorded(kecli):
    # Posted Fri 20 Nov; + 7 postal days = Fri 27 Nov; + 4 weeks = Fri 25 Dec (Christmas),
    # then a Saturday (26 Dec, a holiday too) and a Sunday: Mon 28 Dec 2026, estimated.
    case_id = new_case(kecli, "2026-11-02")
    decide(kecli, case_id, "2026-11-20", granted=False, notified=False)
    kecli.json("case", "notify", case_id, "--sent-on", "2026-11-20", "--via", "post")
    [item] = report(kecli, within=30)
    assert (item.type, item.due, item.estimated) == ("appeal_window", dt.date(2026, 12, 28), True)
    assert item.as_dict()["estimated"] is True
    assert item.detail == "sent_on=2026-11-20 estimated"
    # It arrived Mon 23 Nov: the law's deadline, Mon 21 Dec, known.
    kecli.json("case", "notify", case_id, "--on", "2026-11-23")
    [item] = report(kecli, within=30)
    assert (item.due, item.estimated, item.detail) == (
        dt.date(2026, 12, 21),
        False,
        "notified_on=2026-11-23",
    )


def test_postal_days_from_config_move_the_estimate(kecli):
    case_id = new_case(kecli, "2026-11-02")
    decide(kecli, case_id, "2026-11-20", granted=False, notified=False)
    kecli.json("config", "set", "postal_days", "3")
    kecli.json("case", "notify", case_id, "--sent-on", "2026-11-20", "--via", "post")
    # 20 Nov + 3 = Mon 23 Nov; + 4 weeks = Mon 21 Dec.
    assert items(kecli, within=30) == [(case_id, "appeal_window", "2026-12-21", 23, False)]
    assert report(kecli, within=30)[0].estimated is True


def test_an_appeal_ends_the_window_and_starts_the_forwarding_deadline(kecli):
    case_id = appeal_window(kecli)
    appeal(kecli, case_id, dt.date(2026, 11, 25))
    assert items(kecli, within=30) == [(case_id, "appeal_forwarding", "2026-12-16", 18, False)]


def test_a_withdrawn_appeal_leaves_the_rest_of_the_window_open(kecli):
    # The family may appeal again until the deadline (18 Dec): the window comes back when
    # the appeal is withdrawn, and goes again with the next appeal.
    case_id = appeal_window(kecli)
    window = [(case_id, "appeal_window", "2026-12-18", 20, False)]
    kecli.json("appeal", "file", case_id, "--filed-on", "2026-11-25")
    assert [i.type for i in report(kecli, within=30)] == ["appeal_forwarding"]
    kecli.json("appeal", "withdraw", case_id, "--on", "2026-11-26")
    assert items(kecli, within=30) == window
    kecli.json("appeal", "file", case_id, "--filed-on", "2026-11-27")
    assert [i.type for i in report(kecli, within=30)] == ["appeal_forwarding"]
    kecli.json("appeal", "decide", case_id, "--outcome", "ikke-medhold", "--on", "2026-11-27")
    kecli.json("appeal", "withdraw", case_id, "--on", "2026-11-28")
    assert items(kecli, within=30) == window
    # Never beyond the deadline: withdrawn or not, the window is over the day after.
    assert report(kecli, as_of=dt.date(2026, 12, 19), within=30) == []


def test_only_a_withdrawn_appeal_leaves_the_window_open_whatever_state_it_ended_in(kecli):
    # Every state an appeal can reach, each against an avslag of its own: the window shows
    # exactly where the appeal was withdrawn (domain.appeals.is_withdrawn, said in SQL).
    from kecli.domain.appeals import is_withdrawn, reachable_states

    expected = []
    for n, (status, unit, final) in enumerate(sorted(reachable_states(), key=str)):
        case_id = new_case(kecli, "2026-11-02", name=f"P{n}")
        decide(kecli, case_id, "2026-11-20", granted=False)
        appeal(
            kecli,
            case_id,
            dt.date(2026, 11, 25),
            status=status,
            unit_outcome=unit,
            final_outcome=final,
            resolved_on=dt.date(2026, 11, 27) if final else None,
        )
        if is_withdrawn(status, unit, final):
            expected.append(case_id)
    found = [i.case_id for i in report(kecli, within=30, types=["appeal_window"])]
    assert sorted(found) == sorted(expected) and len(expected) == 4


@pytest.mark.parametrize("status", ["filed", "awaiting_forwarding"])
def test_forwarding_is_due_while_the_appeal_waits(kecli, status):
    case_id = new_case(kecli, "2026-09-01")
    decide(kecli, case_id, "2026-10-30", granted=False)
    appeal(kecli, case_id, dt.date(2026, 11, 10), status=status, unit_outcome="ikke-medhold")
    assert [i.type for i in report(kecli)] == ["appeal_forwarding"]


@pytest.mark.parametrize("status", ["forwarded", "closed"])
def test_a_forwarded_or_closed_appeal_has_no_forwarding_deadline(kecli, status):
    case_id = new_case(kecli, "2026-09-01")
    decide(kecli, case_id, "2026-10-30", granted=False)
    appeal(kecli, case_id, dt.date(2026, 11, 1), status=status)
    assert report(kecli, within=60) == []


def test_the_forwarding_target_comes_from_config(kecli):
    case_id = appeal_forwarding(kecli)
    kecli.json("config", "set", "forwarding_target_days", "10")
    assert items(kecli) == [(case_id, "appeal_forwarding", "2026-11-20", -8, True)]


def test_a_decision_ends_the_preliminary_reply(kecli):
    case_id = preliminary_reply(kecli)
    assert [i.type for i in report(kecli)] == ["preliminary_reply"]
    decide(kecli, case_id, "2026-11-27")
    assert report(kecli) == []


def test_a_preliminary_reply_ends_the_reply_alarm_and_opens_the_promised_decision(kecli):
    case_id = new_case(kecli, "2026-10-01")  # the reply was due 1 Nov: overdue
    assert items(kecli) == [(case_id, "preliminary_reply", "2026-11-01", -27, True)]
    kecli.json("case", "reply", case_id, "--on", "2026-11-25", "--expect", "2026-12-10")
    assert items(kecli) == [(case_id, "expected_decision", "2026-12-10", 12, False)]
    [item] = report(kecli)
    assert item.detail == "replied_on=2026-11-25"


def test_a_later_reply_moves_the_promise_and_a_decision_ends_it(kecli):
    case_id = new_case(kecli, "2026-10-01")
    kecli.json("case", "reply", case_id, "--on", "2026-11-01", "--expect", "2026-11-20")
    assert items(kecli) == [(case_id, "expected_decision", "2026-11-20", -8, True)]
    kecli.json("case", "reply", case_id, "--on", "2026-11-21", "--expect", "2026-12-05")
    assert items(kecli) == [(case_id, "expected_decision", "2026-12-05", 7, False)]
    decide(kecli, case_id, "2026-11-27")
    assert report(kecli) == []


def test_a_reply_before_an_opphevet_no_longer_counts(kecli):
    case_id = new_case(kecli, "2026-05-04")
    kecli.json("case", "reply", case_id, "--on", "2026-05-10", "--expect", "2026-05-25")
    decide(kecli, case_id, "2026-05-20", granted=False)
    set_aside(kecli, case_id, dt.date(2026, 6, 1), resolved_on=dt.date(2026, 11, 15))
    # The case waits again: the alarm counts from the resolve date, the old promise is kept.
    assert items(kecli, within=30) == [(case_id, "preliminary_reply", "2026-12-15", 17, False)]
    kecli.json("case", "reply", case_id, "--on", "2026-11-20", "--expect", "2027-01-10")
    assert items(kecli, within=60) == [(case_id, "expected_decision", "2027-01-10", 43, False)]


def test_after_opphevet_the_reply_is_counted_from_the_resolve_date_not_the_inquiry(kecli):
    case_id = preliminary_reply_after_opphevet(kecli)
    assert items(kecli, within=30) == [(case_id, "preliminary_reply", "2026-12-15", 17, False)]


def test_a_granted_plan_case_has_only_its_evaluation(kecli):
    case_id = plan_evaluation(kecli)
    assert [(i.case_id, i.type) for i in report(kecli, within=30)] == [(case_id, "plan_evaluation")]


@pytest.mark.parametrize(
    ("active", "next_evaluation"), [(False, dt.date(2026, 12, 3)), (True, None)]
)
def test_an_inactive_plan_or_one_without_a_date_has_no_evaluation(kecli, active, next_evaluation):
    case_id = new_case(kecli, "2026-06-01")
    decide(kecli, case_id, "2026-06-20")
    plan(kecli, case_id, next_evaluation, active=active)
    assert report(kecli, within=365) == []


def edit_plan(kecli: Any, case_id: str, document: dict[str, Any]) -> dict[str, Any]:
    import json

    result = kecli(
        "plan", "edit", case_id, "--from-file", "-", "--json", input=json.dumps(document)
    )
    assert result.exit_code == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_a_plan_without_consent_is_a_draft_and_has_no_evaluation(kecli):
    # Saved through plan edit: no consent, no alarm; consent given, the alarm; consent
    # withdrawn, a draft again.
    case_id = new_case(kecli, "2026-06-01")
    kecli.json("case", "assess", case_id, *[f"--answer={c}=yes" for c in KOORDINATOR],
               "--decided-on", "2026-06-20", "--notified-on", "2026-06-20",
               "--wants-ip")  # fmt: skip
    draft = edit_plan(kecli, case_id, {"next_evaluation": "2026-12-03"})
    assert report(kecli, within=30) == []
    consent = {"given": True, "on": "2026-11-20", "by": "Kari Nordmann"}
    given = edit_plan(kecli, case_id, {**draft, "consent": consent})
    assert items(kecli, within=30) == [(case_id, "plan_evaluation", "2026-12-03", 5, False)]
    edit_plan(kecli, case_id, {**given, "consent": {"given": False}})
    assert report(kecli, within=30) == []


def test_turns_18_on_the_leap_day_birthday_is_the_first_of_march(kecli):
    case_id = new_case(kecli, "2025-01-10", kind="barnekoordinator", birth="2008-02-29")
    decide(kecli, case_id, "2025-02-01")
    assert items(kecli, as_of=dt.date(2026, 2, 28), within=1) == [
        (case_id, "turns_18", "2026-03-01", 1, False)
    ]


def test_turns_18_needs_a_granted_barnekoordinator_with_a_known_birth_date(kecli):
    refused = new_case(kecli, "2026-09-01", kind="barnekoordinator", birth="2008-12-05")
    decide(kecli, refused, "2026-09-20", granted=False)
    adult = new_case(kecli, "2026-09-01", birth="2008-12-05", name="Voksen")
    decide(kecli, adult, "2026-09-20")
    unknown = new_case(kecli, "2026-09-01", kind="barnekoordinator", name="Ukjent")
    decide(kecli, unknown, "2026-09-20")
    assert report(kecli, types=["turns_18"], within=365) == []


@pytest.mark.parametrize(("build", "type_", "due"), SCENARIOS)
def test_a_closed_case_has_no_deadlines_but_a_waiting_appeal(kecli, build, type_, due):
    case_id = build(kecli)
    kecli.json("case", "close", case_id, "--reason", "flyttet")
    expected = ["appeal_forwarding"] if type_ == "appeal_forwarding" else []
    assert [i.type for i in report(kecli, within=365)] == expected


def test_the_active_coordinator_is_the_assignee_and_an_ended_one_is_not(kecli):
    mine = plan_evaluation(kecli)
    theirs = turns_18(kecli)
    ended = coordinator(kecli, "Ola Tidligere")
    current = coordinator(kecli, "Per Koordinator")
    appoint(kecli, mine, ended, until=dt.date(2026, 11, 10))
    appoint(kecli, mine, current)
    appoint(kecli, theirs, ended, until=dt.date(2026, 11, 10))
    assignees = {i.case_id: i.assignee for i in report(kecli)}
    assert assignees == {mine: "Per Koordinator", theirs: "tester"}


def test_overdue_first_then_by_due_date_then_case_then_type(kecli):
    a = new_case(kecli, "2026-10-20", name="A")  # preliminary_reply 20 Nov: overdue 8
    b = appeal_forwarding(kecli)  # 1 Dec
    c = new_case(kecli, "2026-09-01", kind="barnekoordinator", birth="2008-11-05", name="C")
    decide(kecli, c, "2026-09-10")  # turns_18 on 5 Nov: overdue 23
    plan(kecli, c, dt.date(2026, 12, 1))  # plan_evaluation 1 Dec, same day as b
    d = new_case(kecli, "2026-11-01", name="D")  # preliminary_reply 1 Dec, same day too
    e = appeal_window(kecli)  # 18 Dec: beyond 14 days
    got = [(i.case_id, i.type) for i in report(kecli)]
    assert got == [
        (c, "turns_18"),
        (a, "preliminary_reply"),
        (b, "appeal_forwarding"),
        (c, "plan_evaluation"),
        (d, "preliminary_reply"),
    ]
    assert e not in [case_id for case_id, _ in got]


def test_case_ids_sort_by_number(kecli):
    from kecli.services.deadlines import sort_key

    def item(case_id: str) -> DeadlineItem:
        return DeadlineItem(case_id, "turns_18", TODAY, 0, False, "x", "y", "koordinator", None, 1)

    ordered = sorted([item("2026-10000"), item("2026-9999"), item("2025-0001")], key=sort_key)
    assert [i.case_id for i in ordered] == ["2025-0001", "2026-9999", "2026-10000"]


def test_types_filter_and_repeat(kecli):
    plan_evaluation(kecli)
    turns_18(kecli)
    preliminary_reply(kecli)
    assert {i.type for i in report(kecli, types=["turns_18"])} == {"turns_18"}
    both = report(kecli, types=["turns_18", "plan_evaluation", "turns_18"])
    assert {i.type for i in both} == {"turns_18", "plan_evaluation"}
    assert {i.type for i in report(kecli)} == {"turns_18", "plan_evaluation", "preliminary_reply"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"types": ["turns18"]}, "Invalid value for type"),
        ({"within": -1}, "within must be 0 or more"),
    ],
)
def test_bad_options_are_bad_input(kecli, options, message):
    from kecli.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        report(kecli, **options)
    assert message in str(caught.value)


def test_every_type_of_domain_5_is_known():
    assert DEADLINE_TYPES == (
        "preliminary_reply",
        "expected_decision",
        "decision_unsent",
        "appeal_window",
        "appeal_forwarding",
        "plan_evaluation",
        "turns_18",
    )


# --- report stats -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "p90"), [([1], 1), ([10, 20, 30], 30), (list(range(1, 11)), 9), ([5, 1], 5)]
)
def test_the_90th_percentile_is_by_nearest_rank(values, p90):
    assert nearest_rank(sorted(values), 90) == p90


@pytest.fixture
def unit(kecli: Any, prebuilt: Any) -> dict[str, str]:
    """A small unit: five cases over four months, three decided, one appeal, two coordinators."""
    return dict(prebuilt("test_reports.unit", lambda: build_unit(kecli)))


def build_unit(kecli: Any) -> dict[str, str]:
    a = new_case(kecli, "2026-09-01", name="A")
    decide(kecli, a, "2026-09-11")  # 10 days to the first decision
    decide(kecli, a, "2026-09-30")  # a later one changes nothing for the timing
    b = new_case(kecli, "2026-10-01", name="B")
    decide(kecli, b, "2026-10-21", granted=False)  # 20 days
    appeal(kecli, b, dt.date(2026, 10, 25))
    c = new_case(kecli, "2026-10-15", kind="barnekoordinator", birth="2015-01-01", name="C")
    decide(kecli, c, "2026-11-14")  # 30 days
    d = new_case(kecli, "2026-11-20", name="D")
    e = new_case(kecli, "2026-08-03", name="E")
    kecli.json("case", "close", e, "--reason", "trukket", "--on", "2026-08-10")
    busy = coordinator(kecli, "Berit Travel", max_cases=2)
    coordinator(kecli, "Arne Ledig")
    appoint(kecli, a, busy)
    appoint(kecli, c, busy)
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


def stats(kecli: Any, **options: Any) -> dict[str, Any]:
    return stats_report(Ctx(kecli.url, "tester", TODAY), **options)


def test_stats_of_all_time(kecli, unit):
    view = stats(kecli)
    assert view["cases"] == 5
    assert view["cases_by_kind"] == {"koordinator": 4, "barnekoordinator": 1}
    assert view["cases_by_status"] == {"received": 1, "decided": 3, "closed": 1}
    assert view["cases_by_month"] == {"2026-08": 1, "2026-09": 1, "2026-10": 2, "2026-11": 1}
    assert view["decisions"] == {"innvilget": 2, "avslag": 1}
    assert view["appeals_by_outcome"] == {
        "open": 1,
        "medhold": 0,
        "stadfestet": 0,
        "omgjort": 0,
        "opphevet": 0,
        "avvist": 0,
        "withdrawn": 0,
    }
    assert view["days_to_decision"] == {"count": 3, "median": 20, "p90": 30}
    assert [(c["name"], c["active_cases"], c["max_cases"]) for c in view["caseload"]] == [
        ("Berit Travel", 2, 2),
        ("Arne Ledig", 0, None),
    ]
    assert set(view["caseload"][0]) == {"coordinator_id", "name", "active_cases", "max_cases"}


def test_stats_of_a_period_count_the_cases_received_in_it(kecli, unit):
    view = stats(kecli, received_from=dt.date(2026, 10, 1), received_to=dt.date(2026, 10, 31))
    assert view["cases"] == 2
    assert view["cases_by_month"] == {"2026-10": 2}
    assert view["decisions"] == {"innvilget": 1, "avslag": 1}
    assert view["appeals_by_outcome"]["open"] == 1
    assert view["days_to_decision"] == {"count": 2, "median": 25, "p90": 30}
    assert len(view["caseload"]) == 2  # the caseload is today's, whatever the period


def test_stats_months_without_cases_are_zero_within_the_period(kecli, unit):
    view = stats(kecli, received_from=dt.date(2026, 7, 1), received_to=dt.date(2026, 9, 30))
    assert view["cases_by_month"] == {"2026-07": 0, "2026-08": 1, "2026-09": 1}


def test_stats_appeal_outcomes_are_final_unit_or_open(kecli):
    for n, (status, unit_outcome, final) in enumerate(
        [
            ("closed", "medhold", None),
            ("closed", "ikke-medhold", "stadfestet"),
            ("closed", "ikke-medhold", "omgjort"),
            ("awaiting_forwarding", "delvis-medhold", None),
            ("forwarded", "ikke-medhold", None),
            ("closed", "ikke-medhold", None),  # withdrawn after the unit's answer
            ("closed", None, None),  # withdrawn at once
            ("closed", "ikke-medhold", "avvist"),  # statsforvalteren rejected it
            ("awaiting_forwarding", "avvist", None),  # the unit rejected it: waits
            ("closed", "avvist", None),  # withdrawn after the unit rejected it
        ]
    ):
        case_id = new_case(kecli, "2026-09-01", name=f"P{n}")
        decide(kecli, case_id, "2026-09-10", granted=False)
        appeal(
            kecli,
            case_id,
            dt.date(2026, 9, 20),
            status=status,
            unit_outcome=unit_outcome,
            final_outcome=final,
        )
    assert stats(kecli)["appeals_by_outcome"] == {
        "open": 3,
        "medhold": 1,
        "stadfestet": 1,
        "omgjort": 1,
        "opphevet": 0,
        "avvist": 1,
        "withdrawn": 3,
    }


def test_stats_of_an_empty_database(kecli):
    view = stats(kecli)
    assert view["cases"] == 0
    assert view["cases_by_month"] == {}
    assert view["days_to_decision"] == {"count": 0, "median": None, "p90": None}
    assert view["caseload"] == []


def test_stats_refuse_a_period_that_ends_before_it_starts(kecli):
    from kecli.errors import InvalidInput

    with pytest.raises(InvalidInput):
        stats(kecli, received_from=dt.date(2026, 10, 2), received_to=dt.date(2026, 10, 1))


def test_the_sqlite_queries_are_the_statements_compiled(deadline_queries):
    # deadline_sql.QUERIES is generated (scripts/gen_deadline_sql.py): never stale.
    from kecli.store.deadline_sql import QUERIES
    from kecli.store.reports import sqlite_deadline_queries

    assert sqlite_deadline_queries() == QUERIES


@pytest.mark.sqlite_only
def test_an_older_schema_takes_the_general_way_and_is_upgraded(kecli, deadline_queries):
    import sqlite3

    from kecli.store import db
    from tests.conftest import stamped

    case_id = preliminary_reply(kecli)
    with stamped(kecli.db, "0009"):
        pass
    assert [i.case_id for i in report(kecli)] == [case_id]
    conn = sqlite3.connect(kecli.db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (db.SCHEMA_HEAD,)
    conn.close()
