"""What a letter shows, checked against the case's state, and the record that it was made.

A letter is read first (``letter_data``), rendered, then recorded (``record_letter``) before
it leaves for its file: a letter whose rendering fails is never logged as made.
"""

from __future__ import annotations

import datetime as dt

from kecli.errors import InvalidInput, RuleViolation
from kecli.i18n.errors import letters as E
from kecli.services.config import settings_of
from kecli.services.context import Ctx
from kecli.services.lookup import case_not_found, no_current_decision, normalize_case_id
from kecli.services.views import read_case_view
from kecli.store import reads
from kecli.store.db import read_scope, write_scope
from kecli.store.events import append_event
from kecli.views import AppealView, CaseView, DecisionView, LetterDataView

LETTER_KINDS = ("decision", "preliminary-reply", "appeal-receipt", "forwarding")
"""The letters kecli writes: the decision, the foreløpig svar (fvl § 11 a), the receipt of an
appeal, and its forwarding to statsforvalteren (fvl § 33)."""


def check_letter_kind(kind: str, sent_via: str | None) -> str:
    """The letter kind as typed (InvalidInput naming the kinds), and ``--sent`` only with a
    decision letter (the sending it records is the decision's: ``case notify``)."""
    word = kind.strip().lower()
    if word not in LETTER_KINDS:
        raise InvalidInput(E.UNKNOWN_LETTER_KIND, f"--kind {'|'.join(LETTER_KINDS)}", kind=kind)
    if sent_via is not None and word != "decision":
        raise InvalidInput(E.RECORDS_THAT_DECISION_SENT)
    return word


def _appeal_for(case_id: str, appeals: list[AppealView], kind: str) -> AppealView:
    """The appeal a receipt or forwarding letter is about: the case's latest; RuleViolation
    naming the step that is missing."""
    if not appeals:
        raise RuleViolation(E.CASE_HAS_NO_APPEAL, E.REGISTER_APPEAL_FIRST_KECLI, case_id=case_id)
    appeal = appeals[-1]
    if kind == "forwarding" and appeal["forwarded_on"] is None:
        raise RuleViolation(
            E.APPEAL_NOT_FORWARDED,
            E.FORWARD_FIRST_KECLI_APPEAL,
            appeal=appeal["id"],
            case_id=case_id,
        )
    return appeal


def _expected(case_id: str, case: CaseView, expect: dt.date | None, today: dt.date) -> str:
    """The day a foreløpig svar promises a decision by: ``--expect``, else the one the last
    recorded reply promised (``case reply``). Only for a case not yet decided."""
    if case["decision"] is not None:
        raise RuleViolation(
            E.CASE_ALREADY_DECIDED_FORELOPIG, E.WRITE_DECISION_LETTER_KECLI, case_id=case_id
        )
    if expect is not None:
        if expect < today:
            raise InvalidInput(E.BEFORE_TODAY, field="expect", expect=expect.isoformat())
        return expect.isoformat()
    reply = case["preliminary_reply"]
    recorded = reply["expect"] if reply else None
    if recorded:
        return str(recorded)
    raise InvalidInput(
        E.FORELOPIG_SVAR_SAYS_WHEN, E.EXAMPLE_KECLI_CASE_LETTER, field="expect", case_id=case_id
    )


def letter_data(
    ctx: Ctx, ref: str, kind: str = "decision", *, expect: dt.date | None = None
) -> LetterDataView:
    """Everything the ``kind`` letter shows, read in one transaction (nothing written), with
    Core alone: a letter is made many times a day, and the ORM's models cost a third of a
    second to load."""
    with read_scope(ctx.db_url) as conn:
        row = reads.get_case(conn, normalize_case_id(ref))
        if row is None:
            raise case_not_found(ref)
        settings = settings_of(conn)
        case = read_case_view(conn, row)
        appeal: AppealView | None = None
        decision: DecisionView | None
        expected: str | None = None
        if kind in ("appeal-receipt", "forwarding"):
            appeal = _appeal_for(row.id, case["appeals"], kind)
            decision = next(
                (d for d in case["decisions"] if d["id"] == appeal["decision_id"]), None
            )
            if decision is None:  # an imported appeal whose decision was set aside
                decision = case["decisions"][-1] if case["decisions"] else None
            if decision is None:
                raise RuleViolation(E.APPEALED_DECISION_NOT_RECORDED, row_id=row.id)
        elif kind == "preliminary-reply":
            decision = None
            expected = _expected(row.id, case, expect, ctx.today)
        else:
            decision = case["decision"]
            if decision is None:
                raise no_current_decision(row.id)
        return {
            "kind": kind,
            "case": case,
            "decision": decision,
            "appeal": appeal,
            "settings": {
                "municipality": settings.municipality,
                "unit_name": settings.unit_name,
                "unit_address": settings.unit_address,
                "unit_phone": settings.unit_phone,
                "unit_email": settings.unit_email,
                "statsforvalter": settings.statsforvalter,
            },
            "handler": row.handler,
            "expect": expected,
            "today": ctx.today.isoformat(),
        }


def record_letter(
    ctx: Ctx,
    ref: str,
    kind: str,
    *,
    fmt: str,
    sent_via: str | None = None,
) -> None:
    """The audit entry of a letter made (kind, case, who, format; never its contents), and
    with ``sent_via`` the decision's sending today (as ``case notify --sent-on today``), in
    one transaction."""
    if sent_via is not None:
        _record_sent_letter(ctx, ref, kind, fmt=fmt, sent_via=sent_via)
        return
    with write_scope(ctx.db_url) as conn:
        row = reads.get_case(conn, normalize_case_id(ref))
        if row is None:
            raise case_not_found(ref)
        details: dict[str, object] = {"kind": kind, "format": fmt}
        if kind == "decision":
            current = read_case_view(conn, row)["decision"]
            if current is None:
                raise no_current_decision(row.id)
            details["decision_id"] = current["id"]
        append_event(conn, user=ctx.user, case_id=row.id, action="letter.written", details=details)


def _record_sent_letter(ctx: Ctx, ref: str, kind: str, *, fmt: str, sent_via: str) -> None:
    """The letter's entry and the decision's sending, through the notice's own rules."""
    from kecli.services.lookup import load_case
    from kecli.services.notices import NotifyInput, current_of, record_notice
    from kecli.store import repo
    from kecli.store.db import session_scope

    with session_scope(ctx.db_url, write=True) as session:
        row = load_case(session, ref)
        details: dict[str, object] = {"kind": kind, "format": fmt, "sent_via": sent_via}
        if kind == "decision":
            details["decision_id"] = current_of(session, row).id
        repo.record_event(
            session, user=ctx.user, case_id=row.id, action="letter.written", details=details
        )
        record_notice(session, ctx, row, NotifyInput(sent_on=ctx.today, via=sent_via))
