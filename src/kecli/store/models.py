"""Every table of kecli. Changing one means a new Alembic migration."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, String, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class CaseRow(SQLModel, table=True):
    """One inquiry (henvendelse) and everything that follows from it."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_cases_year_seq"),
        Index("ix_cases_fnr_kind", "fnr", "kind"),
        # turns_18 in report deadlines: open cases only (closed ones are most of a big unit)
        Index(
            "ix_cases_open_kind_birth_date",
            "kind",
            "birth_date",
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
        # case list --mine, kecli today: a caseworker's cases, by status.
        Index("ix_cases_handler_status", "handler", "status"),
    )

    id: str = Field(primary_key=True, max_length=20)
    year: int
    seq: int
    kind: str = Field(max_length=20, index=True)
    status: str = Field(max_length=20, index=True)
    received_on: dt.date = Field(index=True)
    channel: str = Field(max_length=20)
    name: str = Field(max_length=200)
    fnr: str | None = Field(default=None, max_length=11)
    birth_date: dt.date | None = None
    expected_birth_date: dt.date | None = None
    guardians: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    note: str | None = None
    wants_ip: bool = False
    closed_on: dt.date | None = None
    close_reason: str | None = None
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)
    # The person's contact details (migration 0012), for the letters; each guardian's in
    # guardian_contacts, by the guardian's name as in ``guardians``: {name: {field: value}}.
    address: str | None = Field(default=None, max_length=200)
    postcode: str | None = Field(default=None, max_length=10)
    city: str | None = Field(default=None, max_length=100)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    guardian_contacts: dict[str, dict[str, str]] | None = Field(
        default=None, sa_column=Column(JSON, nullable=True)
    )
    # The case this one was registered from (case new --from: a koordinator inquiry after a
    # refused or ended barnekoordinator); ``related`` shows the link from both ends.
    from_case: str | None = Field(default=None, max_length=20, index=True)
    # The last foreløpig svar (fvl § 11 a) and the day it promised a decision by
    # (migration 0013); it counts while it is newer than the inquiry or an opphevet.
    replied_on: dt.date | None = None
    decision_expected_on: dt.date | None = None
    # The caseworker (saksbehandler) who handles the case: the one who registered it
    # unless another was named; changed by case handover (migration 0013).
    handler: str = Field(max_length=100)
    # A case registered by mistake (status "voided", no decision): when and why.
    voided_on: dt.date | None = None
    void_reason: str | None = None


#: A search term: folded ASCII letters and digits, compared byte by byte (PostgreSQL's own
#: collation could order them otherwise, and a prefix would then not be a range).
TERM_TYPE = String(40).with_variant(String(40, collation="C"), "postgresql")


class CaseTermRow(SQLModel, table=True):
    """The search index of the cases (``case find``): per case, the folded words of its
    names and the digits of its birth date and fødselsnummer's first six (migration 0013).
    Kept up to date on write (``kecli.store.search``)."""

    __tablename__ = "case_terms"
    __table_args__ = (Index("ix_case_terms_case_id", "case_id"),)

    term: str = Field(sa_column=Column("term", TERM_TYPE, primary_key=True))
    case_id: str = Field(foreign_key="cases.id", primary_key=True, max_length=20)
    source: int  # 0 the person's name, 1 a guardian's, 2 the birth date or fnr's first six


class NoteRow(SQLModel, table=True):
    """A note in the case journal (journalnotat): a call, a meeting, a letter … (migration 0013).

    Never in ``export cases``."""

    __tablename__ = "case_notes"
    # A case's notes, newest first.
    __table_args__ = (Index("ix_case_notes_case_on", "case_id", "on", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="cases.id", max_length=20)
    on: dt.date
    kind: str = Field(max_length=20)
    text: str
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)


class DecisionRow(SQLModel, table=True):
    """An avgjørelse: kept for ever; the newest one of a case is the current one."""

    __tablename__ = "decisions"
    __table_args__ = (
        Index("ix_decisions_current_deadline", "is_current", "appeal_deadline"),
        # By case; covers "has the case a current decision" without reading the rows.
        Index("ix_decisions_case_current", "case_id", "is_current", "set_aside"),
        # decision_unsent in report deadlines: only the decisions neither sent nor
        # notified (a few among a big unit's decisions), by day.
        Index(
            "ix_decisions_unsent_decided_on",
            "decided_on",
            "case_id",
            sqlite_where=text("sent_on IS NULL AND notified_on IS NULL"),
            postgresql_where=text("sent_on IS NULL AND notified_on IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="cases.id", max_length=20)
    outcome: str = Field(max_length=20)
    decided_on: dt.date
    # The day the decision reached the person: None until recorded (pbrl § 7-5 counts the
    # deadline from it, never from the decision day).
    notified_on: dt.date | None = None
    appeal_deadline: dt.date | None = None
    failed_criteria: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    answers: dict[str, bool] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    notes: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    reason: str | None = None
    legal_basis: str = Field(max_length=200)
    wants_ip: bool = False
    set_aside: bool = False
    is_current: bool = True
    source: str = Field(default="assessment", max_length=20)
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)
    # How the letter left the unit (migration 0011): post | digital | hand, None until sent.
    sent_on: dt.date | None = None
    sent_via: str | None = Field(default=None, max_length=10)
    # The appeal_deadline is counted from sent_on + postal_days (posted, arrival unknown).
    appeal_deadline_estimated: bool = False


class EventRow(SQLModel, table=True):
    """The event (audit) log: append-only, each entry chained to the one before."""

    __tablename__ = "events"

    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(max_length=40, index=True)
    user: str = Field(max_length=100, index=True)
    case_id: str | None = Field(default=None, max_length=20, index=True)
    action: str = Field(max_length=40)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    # The database role that wrote it (PostgreSQL's session_user, recorded by the audit
    # function beside kecli's --user; migration 0014). SQLite has no roles: None.
    db_role: str | None = Field(default=None, max_length=100)


class AuditTxRow(SQLModel, table=True):
    """PostgreSQL: the transactions that changed a case table, until their commit checks
    that they wrote an audit entry too (kecli.store.guards; migration 0014). Always empty
    between transactions; SQLite never uses it."""

    __tablename__ = "kecli_tx"

    txid: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    audited: bool


class AuditHeadRow(SQLModel, table=True):
    """The newest event's hash, kept apart so that cutting the log short is caught."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    event_id: int
    hash: str = Field(max_length=64)


class ConfigRow(SQLModel, table=True):
    """One configuration value, stored in the database so a shared database shares it."""

    __tablename__ = "config"

    key: str = Field(primary_key=True, max_length=60)
    value: str


class CoordinatorRow(SQLModel, table=True):
    """A koordinator or barnekoordinator the unit can appoint (hol § 7-3)."""

    __tablename__ = "coordinators"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    unit: str | None = Field(default=None, max_length=200)
    kind: str = Field(max_length=20)  # koordinator | barnekoordinator | begge
    independent: bool = False
    trained_on: dt.date | None = None
    max_cases: int | None = None
    active: bool = Field(default=True, index=True)
    deactivated_on: dt.date | None = None
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)


class AppointmentRow(SQLModel, table=True):
    """A coordinator appointed to a case from ``since`` until ``until`` (None: still active)."""

    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_coordinator_until", "coordinator_id", "until"),
        # By case; covers a case's active coordinator without reading the rows.
        Index("ix_appointments_case_until", "case_id", "until", "coordinator_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="cases.id", max_length=20)
    coordinator_id: int = Field(foreign_key="coordinators.id")
    since: dt.date
    until: dt.date | None = None
    end_reason: str | None = None
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)


class PlanRow(SQLModel, table=True):
    """The individuell plan of a case: the document, its version, its next evaluation."""

    __tablename__ = "plans"
    # Covers the plan_evaluation deadlines without reading the plans' documents.
    __table_args__ = (
        Index(
            "ix_plans_active_next_evaluation_case",
            "active",
            "next_evaluation",
            "case_id",
            "version",
        ),
    )

    case_id: str = Field(foreign_key="cases.id", primary_key=True, max_length=20)
    version: int
    document: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    next_evaluation: dt.date | None = None
    active: bool = True
    updated_at: str = Field(max_length=40)
    updated_by: str = Field(max_length=100)


class PlanVersionRow(SQLModel, table=True):
    """Every saved version of a plan, so that a refused edit can be compared with it."""

    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_plan_versions"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="cases.id", index=True, max_length=20)
    version: int
    document: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    saved_at: str = Field(max_length=40)
    saved_by: str = Field(max_length=100)


class AppealRow(SQLModel, table=True):
    """A klage against a decision, from filing to statsforvalteren's answer."""

    __tablename__ = "appeals"
    __table_args__ = (
        Index("ix_appeals_status_filed_on", "status", "filed_on"),
        # By case; covers the newest opphevet of a case without reading the rows.
        Index("ix_appeals_case_outcome", "case_id", "final_outcome", "resolved_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="cases.id", max_length=20)
    # None only for an imported appeal whose decision was set aside (opphevet) and is
    # not in the file: the case waits for a new decision (migration 0008).
    decision_id: int | None = Field(default=None, foreign_key="decisions.id", index=True)
    filed_on: dt.date
    deadline: dt.date | None = None
    timely: bool
    grounds: str | None = None
    signed: bool = True
    status: str = Field(max_length=30)
    unit_outcome: str | None = Field(default=None, max_length=30)
    unit_decided_on: dt.date | None = None
    forwarded_on: dt.date | None = None
    final_outcome: str | None = Field(default=None, max_length=30)
    resolved_on: dt.date | None = None
    force_reason: str | None = None
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)


class AppealStepRow(SQLModel, table=True):
    """One step of an appeal: who, when, what, and an optional note."""

    __tablename__ = "appeal_steps"

    id: int | None = Field(default=None, primary_key=True)
    appeal_id: int = Field(foreign_key="appeals.id", index=True)
    step: str = Field(max_length=20)
    on: dt.date
    outcome: str | None = Field(default=None, max_length=30)
    note: str | None = None
    status_after: str = Field(max_length=30)
    at: str = Field(max_length=40)
    user: str = Field(max_length=100)


def _keep_the_search_index() -> None:
    from kecli.store.search import listen

    listen(CaseRow)


_keep_the_search_index()
