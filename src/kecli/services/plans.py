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

NO_IP_RIGHT = Msg(
    "Koordinator er innvilget bare fordi behovet er komplekst, ikke langvarig: det gir ikke "
    "lovfestet rett til individuell plan (pbrl § 2-5), men enheten kan tilby en.",
    "The koordinator was granted only because the need is complex, not long-term: that gives "
    "no statutory right to an individuell plan (pbrl § 2-5), but the unit may offer one.",
)


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
        raise RuleViolation(
            Msg(
                f"Saken {row.id} er avsluttet; planen kan ikke endres.",
                f"Case {row.id} is closed; its plan cannot be changed.",
            ),
            Msg(
                f"Gjenåpne den først: kecli case reopen {row.id} --reason …",
                f"Reopen it first: kecli case reopen {row.id} --reason …",
            ),
        )
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
            Msg(
                f"Individuell plan krever en innvilget sak; gjeldende avgjørelse i {row.id} "
                f"er {outcome}.",
                f"An individuell plan needs a granted case; the current decision of {row.id} "
                f"is {outcome_en}.",
            ),
            Msg(f"Se saken: kecli case show {row.id}", f"See the case: kecli case show {row.id}"),
        )
    if not row.wants_ip:
        raise RuleViolation(
            Msg(
                f"Personen i sak {row.id} har ikke sagt ja til individuell plan "
                f"({IP_LEGAL_BASIS} krever at personen ønsker og samtykker).",
                f"The person of case {row.id} has not asked for an individuell plan "
                f"({IP_LEGAL_BASIS}: the person must want one and consent).",
            ),
            Msg(
                f"Når personen ønsker en: kecli case assess {row.id} --wants-ip",
                f"When the person wants one: kecli case assess {row.id} --wants-ip",
            ),
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
            Msg(
                f"Planen i {case_id} finnes allerede (versjon {plan.version}, lagret av {by} "
                f"{when}); dokumentet har ingen version.",
                f"The plan of {case_id} already exists (version {plan.version}, saved by {by} "
                f"at {when}); the document has no version.",
            ),
            Msg(
                f"Ta utgangspunkt i den lagrede: kecli plan show {case_id} --json",
                f"Start from the stored one: kecli plan show {case_id} --json",
            ),
        )
    if given < plan.version:
        raise Conflict(
            Msg(
                f"Noen andre har endret planen i {case_id}: versjon {plan.version} ble lagret av "
                f"{by} {when}, og endringene dine bygger på versjon {given}.",
                f"Someone else changed the plan of {case_id}: version {plan.version} was saved "
                f"by {by} at {when}, and your changes are based on version {given}.",
            ),
            Msg(
                f"Se endringene med kecli plan show {case_id} --version {given} og "
                f"--version {plan.version}; rediger på nytt fra kecli plan show {case_id} --json",
                f"See the changes with kecli plan show {case_id} --version {given} and "
                f"--version {plan.version}; edit again from kecli plan show {case_id} --json",
            ),
        )
    if given > plan.version:
        raise InvalidInput(
            Msg(
                f"version: {given} finnes ikke; planen i {case_id} er på versjon {plan.version}.",
                f"version: {given} does not exist; the plan of {case_id} is at version "
                f"{plan.version}.",
            ),
            Msg(
                f"Ta utgangspunkt i kecli plan show {case_id} --json",
                f"Start from kecli plan show {case_id} --json",
            ),
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
                raise InvalidInput(
                    Msg(
                        f"version: sak {row.id} har ingen lagret plan ennå; utelat version.",
                        f"version: case {row.id} has no saved plan yet; leave version out.",
                    )
                )
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
            raise Conflict(
                Msg(
                    f"Noen andre lagret planen i {row.id} samtidig.",
                    f"Someone else saved the plan of {row.id} at the same time.",
                ),
                Msg(
                    f"Se den lagrede: kecli plan show {row.id} --json",
                    f"See the stored one: kecli plan show {row.id} --json",
                ),
            )
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
        raise NotFound(
            Msg(
                f"Sak {row.id} har ingen individuell plan ennå.", f"Case {row.id} has no plan yet."
            ),
            Msg(
                f"Lag den med: kecli plan edit {row.id}",
                f"Create it with: kecli plan edit {row.id}",
            ),
        )
    if version is None or version == plan.version:
        return dict(plan.document), plan.updated_at, plan.updated_by
    old = repo.plan_version(session, row.id, version)
    if old is None:
        raise NotFound(
            Msg(
                f"Planen i {row.id} har ingen versjon {version} (nyeste er {plan.version}).",
                f"The plan of {row.id} has no version {version} (the newest is {plan.version}).",
            ),
            Msg(
                f"Se versjonene: kecli plan history {row.id}",
                f"List the versions: kecli plan history {row.id}",
            ),
        )
    return dict(old.document), old.saved_at, old.saved_by


def show_plan(ctx: Ctx, ref: str, version: int | None = None) -> PlanShowView:
    """The plan document (``version``: an older saved one) and what a reader needs around it."""
    if version is not None:
        at_most(version, "--version")
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
