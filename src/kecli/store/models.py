"""Every table of kecli. Changing one means a new Alembic migration."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


class CaseRow(SQLModel, table=True):
    """One inquiry (henvendelse) and everything that follows from it."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_cases_year_seq"),
        Index("ix_cases_fnr_kind", "fnr", "kind"),
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
    birth_date: dt.date | None = Field(default=None, index=True)
    expected_birth_date: dt.date | None = None
    guardians: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    note: str | None = None
    wants_ip: bool = False
    closed_on: dt.date | None = None
    close_reason: str | None = None
    created_at: str = Field(max_length=40)
    created_by: str = Field(max_length=100)


class DecisionRow(SQLModel, table=True):
    """An avgjørelse: kept for ever; the newest one of a case is the current one."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_current_deadline", "is_current", "appeal_deadline"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: str = Field(foreign_key="cases.id", index=True, max_length=20)
    outcome: str = Field(max_length=20)
    decided_on: dt.date
    notified_on: dt.date
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
