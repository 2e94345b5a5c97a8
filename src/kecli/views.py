"""The JSON contract: what every command hands back, as typed views.

Services build these from stored rows; ``kecli.render`` draws them for people and
``kecli.cli`` prints them as JSON (key order as written here: the dicts are built in
this order). Dates are ISO strings (``YYYY-MM-DD``), moments ISO 8601 in UTC, as
stored. The deadline report is the exception: its items are tuples (a nightly report
over a big unit makes tens of thousands of them), turned into :class:`DeadlineItemView`
only when written.

A neutral module below every layer: it imports nothing of kecli.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, NamedTuple, NotRequired, TypedDict

# --- a case and what it holds -------------------------------------------------------


class PersonView(TypedDict):
    """The person a case is about; ``fnr`` masked (DDMMYY*****) unless shown on request."""

    name: str
    fnr: str | None
    birth_date: str | None
    expected_birth_date: str | None


class ContactView(TypedDict):
    """How to reach someone: the postal address the letters use, phone and e-mail."""

    address: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None


class GuardianContactView(TypedDict):
    """A guardian and their contact details (null where not recorded)."""

    name: str
    address: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None


class DecisionView(TypedDict):
    """One decision (vedtak) of a case; ``id`` None only in a preview not yet saved."""

    id: int | None
    outcome: str
    decided_on: str | None
    sent_on: str | None
    sent_via: str | None
    notified_on: str | None
    appeal_deadline: str | None
    appeal_deadline_estimated: bool
    failed_criteria: list[str]
    legal_basis: str
    local_grounds: dict[str, str]
    """Where the municipality's choice, not the statute, shaped a criterion: by code."""
    answers: dict[str, bool]
    notes: dict[str, str]
    reason: str | None
    wants_ip: bool
    set_aside: bool
    source: str
    decided_by: str


class ActiveCoordinatorView(TypedDict):
    """The case's coordinator now."""

    id: int
    name: str
    since: str | None


class AppointmentView(TypedDict):
    """One appointment in a case's coordinator history."""

    id: int
    name: str
    since: str | None
    until: str | None
    end_reason: str | None


class AppealStepView(TypedDict):
    """One step of an appeal (file, decide, escalate, resolve, withdraw)."""

    step: str
    on: str | None
    outcome: str | None
    note: str | None
    status: str
    user: str
    at: str


class AppealView(TypedDict):
    """An appeal (klage) against a decision, with its steps."""

    id: int
    case_id: str
    decision_id: int
    filed_on: str | None
    deadline: str | None
    timely: bool
    grounds: str | None
    signed: bool
    status: str
    unit_outcome: str | None
    unit_decided_on: str | None
    forwarded_on: str | None
    final_outcome: str | None
    resolved_on: str | None
    withdrawn: bool
    force_reason: str | None
    filed_by: str
    history: list[AppealStepView]


class PlanSummaryView(TypedDict):
    """The individuell plan as a case shows it: its version and how many entries each list has."""

    version: int
    active: bool
    next_evaluation: str | None
    goals: int
    measures: int
    participants: int
    meetings: int
    evaluations: int
    cooperation_partners: int


class EventView(TypedDict):
    """One entry of the audit log."""

    id: int
    at: str
    user: str
    case_id: str | None
    action: str
    details: dict[str, Any]


class AuditEntryView(EventView):
    """An audit log entry as ``audit list`` shows it: with its hash."""

    hash: str


class NoteView(TypedDict):
    """A note in the case journal: the day it is about, its kind, the text, who wrote it
    (``by``) and when (``at``)."""

    id: int
    case_id: str
    on: str
    kind: str
    text: str
    by: str
    at: str


class PreliminaryReplyView(TypedDict):
    """The case's last foreløpig svar (fvl § 11 a): when it was sent, and the date it
    promised a decision by."""

    on: str | None
    expect: str | None


class CaseView(TypedDict):
    """Everything about one case (``case show``, and what a command that changes it returns)."""

    id: str
    kind: str
    status: str
    received_on: str | None
    channel: str
    person: PersonView
    guardians: list[str]
    contact: ContactView
    """The person's contact details."""
    guardian_contacts: list[GuardianContactView]
    """Every guardian's contact details, in the order of ``guardians``."""
    related: list[str]
    """Cases linked to this one (``case new --from``), from both ends, oldest first."""
    note: str | None
    wants_ip: bool
    decision: DecisionView | None
    """The current decision: the newest not set aside."""
    decisions: list[DecisionView]
    coordinator: ActiveCoordinatorView | None
    coordinators: list[AppointmentView]
    appeals: list[AppealView]
    plan: PlanSummaryView | None
    closed_on: str | None
    close_reason: str | None
    created_by: str
    handler: str
    """The caseworker (saksbehandler) who handles the case."""
    preliminary_reply: PreliminaryReplyView | None
    notes: list[NoteView]
    """The case journal, newest first."""
    voided: bool
    """Registered by mistake: in no list, report, statistic or export (status ``voided``)."""
    voided_on: str | None
    void_reason: str | None
    history: NotRequired[list[EventView]]
    """``case show`` only: the case's audit log."""


class CaseRefView(TypedDict):
    """A case named in another view."""

    id: str
    kind: str
    name: str


# --- coordinators ---------------------------------------------------------------------


class CoordinatorView(TypedDict):
    """A coordinator of the registry and how many active cases they have."""

    id: int
    name: str
    unit: str | None
    kind: str
    independent: bool
    trained_on: str | None
    max_cases: int | None
    active: bool
    deactivated_on: str | None
    active_cases: int


class CoordinatorDetailView(CoordinatorView):
    """``coordinator show``: the coordinator and their active cases."""

    cases: list[CaseRefView]


class DeactivatedView(CoordinatorView):
    """``coordinator deactivate``: the cases whose appointment ended and need a new one."""

    cases_needing_coordinator: list[str]


# --- assessing, notifying, the letter ---------------------------------------------------


class TextView(TypedDict):
    nb: str
    en: str


class CriterionView(TypedDict):
    """One criterion of the law as the assessment asks it."""

    code: str
    question: TextView
    detail: TextView
    source: str


class RulesView(TypedDict):
    """What the municipality has chosen (config) where the law leaves it a choice."""

    participation_required: bool
    barnekoordinator_past_18: bool


class AssessmentFormView(TypedDict):
    """What the guided assessment needs: the case, its criteria, what is already known."""

    case: CaseView
    criteria: list[CriterionView]
    rules: RulesView
    derived: dict[str, bool | None]
    continued_past_18: bool


class LetterSettingsView(TypedDict):
    municipality: str | None
    unit_name: str | None
    unit_address: str | None
    unit_phone: str | None
    unit_email: str | None
    statsforvalter: str | None


class LetterDataView(TypedDict):
    """Everything a letter shows: the case, the decision (current, or the one appealed) and
    for an appeal's letters the appeal."""

    kind: str
    case: CaseView
    decision: DecisionView | None
    """None only for a foreløpig svar (the case awaits its decision)."""
    appeal: AppealView | None
    settings: LetterSettingsView
    handler: str
    today: str
    expect: str | None
    """The day a foreløpig svar promises a decision by."""


# --- the individuell plan ---------------------------------------------------------------

PlanDocument = dict[str, Any]
"""A plan document in its normal form; its keys are fixed by ``kecli.domain.plans``."""


class PlanCaseView(TypedDict):
    """The case as the plan shows it."""

    id: str
    name: str
    kind: str
    coordinator: ActiveCoordinatorView | None


class PlanShowView(TypedDict):
    """``plan show``: the document and what a reader needs around it."""

    document: PlanDocument
    case: PlanCaseView
    saved_at: str
    saved_by: str
    newest_version: int | None
    municipality: str | None
    unit_name: str | None
    today: str


class PlanVersionView(TypedDict):
    """One saved version in ``plan history``: who, when, what it held."""

    version: int
    saved_at: str
    saved_by: str
    next_evaluation: str | None
    goals: int
    measures: int
    participants: int
    cooperation_partners: int
    meetings: int
    evaluations: int


# --- settings, the log, the database ---------------------------------------------------


class ConfigEntryView(TypedDict):
    """One setting in ``config show``: the stored value, or the default."""

    key: str
    value: str | None
    default: str | None
    is_default: bool
    type: str
    help_nb: str
    help_en: str


class ConfigChangeView(TypedDict):
    """``config set``: the value stored and the one before."""

    key: str
    value: str | None
    previous: str | None


class AuditCheckView(TypedDict):
    """``audit verify``: ``ok``, the entries read, and where and why the chain first breaks
    (``broken_at`` None when the break is at the head)."""

    ok: bool
    entries: int
    broken_at: NotRequired[int | None]
    reason: NotRequired[str]


class UpgradeView(TypedDict):
    """``db upgrade``: the schema revision before and after."""

    before: str | None
    after: str | None


class BackupView(TypedDict):
    """``db backup``: where the copy is, how big, and SQLite's check of it (``ok``)."""

    target: str
    bytes: int
    quick_check: str


# --- report stats -------------------------------------------------------------------


class DaysToDecisionView(TypedDict):
    """Days from the inquiry to the first decision: median and nearest-rank 90th percentile."""

    count: int
    median: int | float | None
    p90: int | None


class CaseloadView(TypedDict):
    coordinator_id: int
    name: str
    active_cases: int
    max_cases: int | None


StatsView = TypedDict(
    "StatsView",
    {
        "from": str | None,
        "to": str | None,
        "cases": int,
        "cases_by_kind": dict[str, int],
        "cases_by_status": dict[str, int],
        "cases_by_month": dict[str, int],
        "decisions": dict[str, int],
        "appeals_by_outcome": dict[str, int],
        "days_to_decision": DaysToDecisionView,
        "caseload": list[CaseloadView],
    },
)
"""``report stats``: counts of the cases received in the period (``from``/``to`` None: open
ended), their current decisions and appeals, time to decision, every caseload today."""


# --- report deadlines ---------------------------------------------------------------

PRELIMINARY_REPLY: Final = "preliminary_reply"
EXPECTED_DECISION: Final = "expected_decision"
DECISION_UNSENT: Final = "decision_unsent"
APPEAL_WINDOW: Final = "appeal_window"
APPEAL_FORWARDING: Final = "appeal_forwarding"
PLAN_EVALUATION: Final = "plan_evaluation"
TURNS_18: Final = "turns_18"

DEADLINE_TYPES: Final = (
    PRELIMINARY_REPLY,
    EXPECTED_DECISION,
    DECISION_UNSENT,
    APPEAL_WINDOW,
    APPEAL_FORWARDING,
    PLAN_EVALUATION,
    TURNS_18,
)
"""Every deadline type, in the order they are documented."""

ITEM_KEYS: Final = (
    "case_id",
    "type",
    "due",
    "days_left",
    "overdue",
    "person",
    "assignee",
    "handler",
    "kind",
    "detail",
    "estimated",
)
"""The keys of a deadline item, in JSON and CSV column order."""


class DeadlineItemView(TypedDict):
    """A deadline item as JSON and CSV give it: exactly :data:`ITEM_KEYS`."""

    case_id: str
    type: str
    due: str
    days_left: int
    overdue: bool
    person: str
    assignee: str
    handler: str
    kind: str
    detail: str
    estimated: bool


class DeadlineItem(NamedTuple):
    """One deadline as the report shows it (a tuple: a nightly report over a big unit
    makes tens of thousands of them; the renderers read it as it is)."""

    case_id: str
    type: str
    due: dt.date
    days_left: int
    overdue: bool
    person: str
    assignee: str
    kind: str
    since: dt.date | None
    """What the due date is counted from, for the human detail (see :attr:`detail`)."""
    ref: int | None
    """The appeal id (appeal_forwarding) or plan version (plan_evaluation)."""
    reopened: bool = False
    """preliminary_reply only: counted from an ``opphevet`` appeal, not from receipt."""
    estimated: bool = False
    """appeal_window only: the deadline is counted from the posting day + postal_days, as
    the day the letter reached the person is not recorded (pbrl § 7-5)."""
    handler: str = ""
    """The caseworker (saksbehandler) who handles the case; ``assignee`` is its active
    coordinator, or the handler when it has none."""

    @property
    def detail(self) -> str:
        """A short, language-neutral note on where the due date comes from."""
        since = self.since.isoformat() if self.since else ""
        if self.type == PRELIMINARY_REPLY:
            return f"opphevet_on={since}" if self.reopened else f"received_on={since}"
        if self.type == EXPECTED_DECISION:
            return f"replied_on={since}"
        if self.type == DECISION_UNSENT:
            return f"decided_on={since}"
        if self.type == APPEAL_WINDOW:
            return f"sent_on={since} estimated" if self.estimated else f"notified_on={since}"
        if self.type == APPEAL_FORWARDING:
            return f"appeal_id={self.ref} filed_on={since}"
        if self.type == PLAN_EVALUATION:
            return f"plan_version={self.ref}"
        return f"granted_on={since}"

    def as_dict(self) -> DeadlineItemView:
        """The item for JSON and CSV: exactly :data:`ITEM_KEYS`, dates in ISO form."""
        return {
            "case_id": self.case_id,
            "type": self.type,
            "due": self.due.isoformat(),
            "days_left": self.days_left,
            "overdue": self.overdue,
            "person": self.person,
            "assignee": self.assignee,
            "handler": self.handler,
            "kind": self.kind,
            "detail": self.detail,
            "estimated": self.estimated,
        }


@dataclass(frozen=True)
class DeadlineReport:
    """``report deadlines``: every item due on or before ``horizon``, in the report's order."""

    as_of: dt.date
    within: int
    horizon: dt.date
    types: tuple[str, ...]
    items: list[DeadlineItem]

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.overdue)


# --- kecli today --------------------------------------------------------------------


class WaitingView(TypedDict):
    """A case waiting for its assessment (``kecli today``): received, no current decision."""

    case_id: str
    person: str
    kind: str
    received_on: str
    days_waiting: int
    handler: str
    decision_expected: str | None
    """The date a foreløpig svar promised a decision by, while it counts."""


class MeetingView(TypedDict):
    """A meeting of a case's individuell plan (``kecli today``: this week's)."""

    case_id: str
    person: str
    date: str
    purpose: str | None
    handler: str


class UnsentView(TypedDict):
    """A current decision not yet sent (``kecli today``)."""

    case_id: str
    person: str
    kind: str
    outcome: str
    decided_on: str
    days_since: int
    handler: str


@dataclass(frozen=True)
class TodayReport:
    """``kecli today``: a caseworker's day (or the unit's, ``all``), as of ``day``."""

    user: str
    day: dt.date
    all: bool
    week: tuple[dt.date, dt.date]
    overdue: list[DeadlineItem]
    due_soon: list[DeadlineItem]
    unassessed: list[WaitingView]
    meetings: list[MeetingView]
    unsent: list[UnsentView]

    def as_dict(self) -> dict[str, Any]:
        """The JSON of ``kecli today --json``."""
        return {
            "user": self.user,
            "date": self.day.isoformat(),
            "all": self.all,
            "overdue": [item.as_dict() for item in self.overdue],
            "due_soon": [item.as_dict() for item in self.due_soon],
            "unassessed": self.unassessed,
            "meetings": self.meetings,
            "unsent": self.unsent,
        }
