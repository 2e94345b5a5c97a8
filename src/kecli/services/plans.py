"""The individuell plan: who may have one, showing it, saving a new version of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kecli.domain.checks import at_most
from kecli.domain.dates import oslo_minute
from kecli.domain.eligibility import INNVILGET, IP_LEGAL_BASIS
from kecli.domain.plans import (
    Document,
    consent_given,
    empty_plan,
    has_statutory_ip_right,
    normalize_plan,
    plan_counts,
    plan_is_active,
    plan_outcome,
    same_content,
)
from kecli.errors import Conflict, InvalidInput, Msg, NotFound, RuleViolation
from kecli.i18n.errors import plans as E
from kecli.services.config import load_settings
from kecli.services.context import Ctx
from kecli.services.lookup import load_case, normalize_case_id
from kecli.services.views import load_case_view
from kecli.store import repo
from kecli.store.db import session_scope
from kecli.store.models import CaseRow, PlanRow, PlanVersionRow
from kecli.views import CaseRefView, PlanShowView, PlanVersionView

if TYPE_CHECKING:
    from kecli.store.db import Session

NO_IP_RIGHT = E.KOORDINATOR_GRANTED_ONLY_BECAUSE


@dataclass
class PlanContext:
    """What an editor of the plan starts from: the case, the stored (or an empty) plan."""

    case: CaseRefView
    document: Document
    exists: bool
    warnings: list[Msg] = field(default_factory=list)


@dataclass
class SaveResult:
    """The plan after a save; ``saved`` is False when the document changed nothing."""

    document: Document
    saved: bool
    created: bool
    warnings: list[Msg] = field(default_factory=list)


def _editable(session: Session, row: CaseRow) -> list[Msg]:
    """An IP needs a granted case whose person wants one (pbrl § 2-5, hol § 7-1; DOMAIN § 2).

    Returns the warnings that do not stop the edit.
    """
    if row.status == "closed":
        raise RuleViolation(E.CASE_CLOSED_PLAN_CANNOT, E.REOPEN_FIRST_KECLI_CASE, row_id=row.id)
    current = repo.current_decision(session, row.id)
    if (
        current is None
        or current.set_aside
        or plan_outcome(current.outcome, current.failed_criteria, row.kind, current.answers)
        != INNVILGET
    ):
        outcome = "ingen" if current is None or current.set_aside else current.outcome
        outcome_en = "none" if current is None or current.set_aside else current.outcome
        raise RuleViolation(
            E.INDIVIDUELL_PLAN_NEEDS_GRANTED,
            E.SEE_THE_CASE,
            row_id=row.id,
            outcome=Msg(outcome, outcome_en),
        )
    if not row.wants_ip:
        raise RuleViolation(
            E.PERSON_HAS_NOT_ASKED_FOR_PLAN,
            E.WHEN_PERSON_WANTS_ONE,
            row_id=row.id,
            ip_legal_basis=IP_LEGAL_BASIS,
        )
    if not has_statutory_ip_right(row.kind, current.answers):
        return [NO_IP_RIGHT]
    return []


def _check_version(plan: PlanRow, given: int | None) -> None:
    """Two caseworkers never overwrite each other: a save must name the stored version."""
    case_id = plan.case_id
    by, when = plan.updated_by, oslo_minute(plan.updated_at)
    if given is None:
        raise Conflict(
            E.PLAN_ALREADY_EXISTS_VERSION,
            E.START_FROM_STORED_ONE,
            case_id=case_id,
            plan_version=plan.version,
            by=by,
            when=when,
        )
    if given < plan.version:
        raise Conflict(
            E.SOMEONE_ELSE_CHANGED_PLAN,
            E.SEE_CHANGES_KECLI_PLAN,
            case_id=case_id,
            plan_version=plan.version,
            by=by,
            when=when,
            given=given,
        )
    if given > plan.version:
        raise InvalidInput(
            E.VERSION_NOT_FOUND,
            E.START_FROM_KECLI_PLAN,
            given=given,
            case_id=case_id,
            plan_version=plan.version,
        )


def _prepare(raw: object, case_id: str) -> object:
    """``2026-7`` in a document's case_id names the same case as ``2026-0007``."""
    if isinstance(raw, dict) and isinstance(raw.get("case_id"), str):
        return {**raw, "case_id": normalize_case_id(raw["case_id"])}
    return raw


# --- use cases -------------------------------------------------------------------------


def edit_context(ctx: Ctx, ref: str) -> PlanContext:
    """The case and its plan as an editor starts from them; refuses a case that may not have
    one."""
    with session_scope(ctx.db_url) as session:
        row = load_case(session, ref)
        warnings = _editable(session, row)
        plan = session.get(PlanRow, row.id)
        document = dict(plan.document) if plan else empty_plan(row.id)
        return PlanContext(
            case={"id": row.id, "name": row.name, "kind": row.kind},
            document=document,
            exists=plan is not None,
            warnings=warnings,
        )


def save_plan(ctx: Ctx, ref: str, raw: object) -> SaveResult:
    """Check the document and save it as the next version (the first save is version 1)."""
    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        warnings = _editable(session, row)
        plan = repo.plan_for_update(session, row.id)
        document = normalize_plan(
            _prepare(raw, row.id),
            case_id=row.id,
            today=ctx.today,
            previous=plan.document if plan else None,
            earlier=[v.document for v in repo.plan_versions(session, row.id)] if plan else (),
        )
        if plan is None:
            if document["version"] is not None:
                raise InvalidInput(E.VERSION_WITHOUT_SAVED_PLAN, row_id=row.id)
            if same_content(document, empty_plan(row.id)):
                return SaveResult(document, saved=False, created=False, warnings=warnings)
            version = 1
        else:
            _check_version(plan, document["version"])
            if same_content(document, plan.document):
                return SaveResult(dict(plan.document), False, False, warnings)
            version = plan.version + 1
        document["version"] = version
        now = repo.now_utc()
        next_evaluation = (
            dt.date.fromisoformat(document["next_evaluation"])
            if document["next_evaluation"]
            else None
        )
        if plan is None:
            plan = PlanRow(case_id=row.id, version=version, updated_at=now, updated_by=ctx.user)
        plan.version = version
        plan.document = document
        plan.next_evaluation = next_evaluation
        # _editable refused all but a granted case with a plan wanted: consent decides.
        plan.active = plan_is_active(INNVILGET, row.wants_ip, consent_given(document))
        plan.updated_at = now
        plan.updated_by = ctx.user
        session.add(plan)
        session.add(
            PlanVersionRow(
                case_id=row.id,
                version=version,
                document=document,
                saved_at=now,
                saved_by=ctx.user,
            )
        )
        if not repo.flush_unless_taken(session):  # another server-side writer got there first
            raise Conflict(E.SOMEONE_ELSE_SAVED_PLAN, E.SEE_STORED_ONE_KECLI, row_id=row.id)
        repo.record_event(
            session,
            user=ctx.user,
            case_id=row.id,
            action="plan.saved",
            details={
                "version": version,
                "counts": plan_counts(document),
                "next_evaluation": document["next_evaluation"],
                "consent": document["consent"]["given"],
            },
        )
        return SaveResult(document, saved=True, created=version == 1, warnings=warnings)


def _stored(session: Session, row: CaseRow, version: int | None) -> tuple[Document, str, str]:
    plan = session.get(PlanRow, row.id)
    if plan is None:
        raise NotFound(E.CASE_HAS_NO_PLAN, E.CREATE_KECLI_PLAN_EDIT, row_id=row.id)
    if version is None or version == plan.version:
        return dict(plan.document), plan.updated_at, plan.updated_by
    old = repo.plan_version(session, row.id, version)
    if old is None:
        raise NotFound(
            E.PLAN_HAS_NO_SUCH_VERSION,
            E.LIST_VERSIONS_KECLI_PLAN,
            row_id=row.id,
            version=version,
            plan_version=plan.version,
        )
    return dict(old.document), old.saved_at, old.saved_by


def show_plan(ctx: Ctx, ref: str, version: int | None = None) -> PlanShowView:
    """The plan document (``version``: an older saved one) and what a reader needs around it."""
    if version is not None:
        at_most(version, "version")
    with session_scope(ctx.db_url) as session:
        row = load_case(session, ref)
        document, saved_at, saved_by = _stored(session, row, version)
        case = load_case_view(session, row)
        settings = load_settings(session)
        newest = session.get(PlanRow, row.id)
        return {
            "document": document,
            "case": {
                "id": row.id,
                "name": row.name,
                "kind": row.kind,
                "coordinator": case["coordinator"],
            },
            "saved_at": oslo_minute(saved_at),
            "saved_by": saved_by,
            "newest_version": newest.version if newest else None,
            "municipality": settings.municipality,
            "unit_name": settings.unit_name,
            "today": ctx.today.isoformat(),
        }


def plan_history(ctx: Ctx, ref: str) -> list[PlanVersionView]:
    """Every saved version of the plan, oldest first: who saved it, when, what it held."""
    with session_scope(ctx.db_url) as session:
        row = load_case(session, ref)
        if session.get(PlanRow, row.id) is None:
            _stored(session, row, None)  # raises the "no plan yet" error
        return [_version_view(v) for v in repo.plan_versions(session, row.id)]


def _version_view(version: PlanVersionRow) -> PlanVersionView:
    counts = plan_counts(version.document)
    return {
        "version": version.version,
        "saved_at": oslo_minute(version.saved_at),
        "saved_by": version.saved_by,
        "next_evaluation": version.document.get("next_evaluation"),
        "goals": counts["goals"],
        "measures": counts["measures"],
        "participants": counts["participants"],
        "cooperation_partners": counts["cooperation_partners"],
        "meetings": counts["meetings"],
        "evaluations": counts["evaluations"],
    }
