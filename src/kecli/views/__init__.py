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

from typing import Any, NotRequired, TypedDict

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
    db_role: NotRequired[str]
    """The database role that wrote it (PostgreSQL), beside kecli's user."""


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
